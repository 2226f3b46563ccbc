/// English noun-phrase mentions around a cue, found without a parser: the subject before a speech verb
/// ("**Clinton's campaign manager Robby Mook** said", "**a source** said", "**many Republicans**
/// privately say") and the subject after it ("…," said **a spokesman for the campaign**).
///
/// A noun phrase is a run of words that may belong to one: names, nouns, adjectives, determiners,
/// possessives, numbers, "of"/"for"/"at" phrases and title abbreviations. It stops at punctuation, at
/// words that open or join clauses (conjunctions, complementizers, most prepositions), at auxiliaries
/// and at other cues. Mentions only need to point at the speaker (scorers ask for overlap), so a phrase
/// that runs a little long or short is still useful; one that lands on the wrong words is not.
extension QuoteContext {
    /// Words that never sit inside an English subject noun phrase.
    static let englishPhraseStops: Set<String> = [
        // conjunctions, complementizers, relatives
        "and", "but", "or", "nor", "so", "yet", "because", "as", "if", "when", "while", "although", "though", "since",
        "that", "which", "where", "whom", "whose", "than", "then", "whether", "unless", "until", "once",
        // prepositions that start adjuncts
        "in", "on", "to", "by", "into", "onto", "from", "with", "without", "about", "after", "before", "during",
        "over", "under", "through", "against", "between", "among", "across", "toward", "towards", "like", "via",
        "per", "amid", "despite", "upon", "within",
        // auxiliaries and copulas
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "shall", "should", "may", "might", "must",
        // negation and clause adverbs
        "not", "n't", "never", "also", "however", "instead", "meanwhile", "still", "even", "only", "just",
        "there", "here", "now", "not", "what", "why", "how",
    ]

    /// Prepositions whose phrase may sit inside a subject between its head and the verb.
    static let englishSubjectPrepositions: [StaticString] = ["in", "on", "from", "during", "since", "with", "by", "after", "over", "among", "across"]

    /// Irregular past forms that end a noun phrase read forward.
    static let englishIrregularPast: [StaticString] = [
        "brought", "made", "took", "gave", "went", "came", "got", "kept", "left", "became", "began", "ran", "saw", "won",
        "lost", "held", "met", "paid", "sent", "spent", "built", "led", "meant", "stood", "sat", "spoke", "wore", "drove",
        "fell", "grew", "chose", "broke", "rose", "knew", "thought", "felt", "found", "told", "said", "wrote",
    ]

    /// Adjective or participle + preposition pairs that post-modify a source noun ("a person familiar
    /// with the matter", "a source close to the campaign", "officials briefed on the talks").
    static let englishPostModifiers: [(StaticString, StaticString)] = [
        ("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledgeable", "about"), ("involved", "in"),
        ("loyal", "to"), ("aligned", "with"), ("affiliated", "with"), ("allied", "with"), ("sympathetic", "to"),
        ("opposed", "to"), ("connected", "to"), ("based", "in"), ("briefed", "about"), ("closest", "to"),
    ]

    /// Words allowed inside a phrase although they are in ``englishPhraseStops``' neighbourhood: "of",
    /// "for", "at" join a head to its complement ("a spokesman for the campaign", "an economist at Moody's").
    static let englishPhraseLinks: Set<String> = ["of", "for", "at"]

    /// Adverbs, auxiliaries and short adjuncts that may stand between a subject and its verb: "has also
    /// said", "privately say", "on Tuesday said".
    static let englishPreverbal: Set<String> = [
        "has", "have", "had", "also", "then", "later", "again", "already", "once", "previously", "recently",
        "repeatedly", "publicly", "privately", "reportedly", "often", "never", "even", "just", "would", "will",
        "did", "does", "do", "is", "was", "were", "are", "since", "subsequently", "initially", "first", "still",
        "long", "now", "herself", "himself", "themselves", "itself", "too", "not", "n't", "both", "all", "each",
        "flatly", "quickly", "simply", "clearly", "explicitly", "openly", "frequently", "consistently", "further",
        "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night", "on",
        "earlier", "can", "could", "may", "might", "must", "should", "to", "be", "been", "being", "generally",
        "however", "meanwhile", "instead", "likewise", "nonetheless", "nevertheless", "separately", "ultimately",
        "eventually", "therefore", "thus", "additionally", "specifically", "personally", "immediately", "always",
    ]


    func isCapitalized(_ i: Int) -> Bool {
        isWord(i) && ScalarClass.of(text[tokens[i].range.start]).contains(.upper)
    }

    /// Whether English token `i` is a personal pronoun or relative that can be a source ("he", "who").
    func isEnglishSourcePronoun(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        return has(i, .pronoun)
    }

    /// Whether token `i` is a nominative personal pronoun that opens a clause: he, she, they, we, I.
    func isNominativePronoun(_ i: Int) -> Bool {
        wordIs(i, "he") || wordIs(i, "she") || wordIs(i, "they") || wordIs(i, "we") || wordIs(i, "i")
    }

    /// Whether token `i` is a possessive determiner of a third person or "our": his, her, their, its, our.
    func isPossessivePronoun(_ i: Int) -> Bool {
        wordIs(i, "his") || wordIs(i, "her") || wordIs(i, "their") || wordIs(i, "its") || wordIs(i, "our")
    }

    /// Whether token `i` is a sentence adverb that a comma follows ("However,", "Worse,", "Ultimately,").
    func isCommaAdverb(_ i: Int) -> Bool {
        isWord(i) && (Self.sentenceAdverbs.contains(where: { wordIs(i, $0) }) || isAdverbInLy(i))
    }

    /// Nouns in -ly, never adverbs (``isAdverbInLy(_:)``).
    static let nounsInLy: [StaticString] = ["family", "rally", "ally", "supply", "assembly", "monopoly", "anomaly", "homily", "bully", "butterfly"]

    /// Whether word `i` is shaped like an adverb in -ly ("Recently", "Ultimately"), not a name in -ly
    /// ("Kelly, a Democrat,", "Connolly": at a sentence's start capitalization tells them nothing) nor a
    /// noun in -ly (``nounsInLy``: "the Clinton family says").
    func isAdverbInLy(_ i: Int) -> Bool {
        wordEnds(i, "ly") && word(i).count > 4 && !wordEnds(i, "elly") && !wordEnds(i, "olly") && !wordEnds(i, "illy")
            && !Self.nounsInLy.contains(where: { wordIs(i, $0) })
    }

    /// The English subject ending just before token `end` (the cue), looking back no further than `floor`.
    /// Skips adverbs and auxiliaries ("has also said") and a short temporal adjunct ("on Tuesday said").
    func englishSubject(endingBefore end: Int, floor: Int, limit: Int = 10) -> Mention? {
        var i = end - 1
        // Preverbal adverbs and auxiliaries, but only words: a comma ends the search.
        var skipped = 0
        while i >= floor, isWord(i), skipped < 5 {
            // (And "here" after the subject: "Her campaign workers here said".)
            let adverb = has(i, .preverbal) || !isCapitalized(i) && isAdverbInLy(i) || wordEnds(i, "n't")
                || wordIs(i, "here") && i - 1 >= floor && isWord(i - 1) && !has(i - 1, .stop)
            guard adverb, !isEnglishSourcePronoun(i) else {
                // "have in the past said", "less than two weeks ago said": a time phrase before the verb.
                if has(i, .timePhraseEnd), let t = timePhraseStart(endingAt: i, floor: floor) {
                    i = t - 1
                    skipped += 1
                    continue
                }
                break
            }
            // "this week", "on Tuesday": only skip temporal words when a subject still stands before them.
            i -= 1
            skipped += 1
        }
        // A name ending in an abbreviation: "Joseph R. Biden Jr. said", "Acme Inc. said".
        if i - 1 >= floor, isPunct(i, "."), isTitleAbbreviation(i - 1), isCapitalized(i - 1) { i -= 1 }
        // A party label or affiliation right before the verb: "Bernie Sanders (I-Vt.) said".
        if i >= floor, isPunct(i, ")"), let open = (max(floor, i - 10)..<i).last(where: { isPunct($0, "(") }), open - 1 >= floor,
           isCapitalized(open - 1) {
            i = open - 1
        }
        guard i >= floor, isWord(i) else { return nil }
        if isEnglishSourcePronoun(i) { return englishPronounMention(i) }
        // "he's said", "who's called for": a pronoun with a contracted auxiliary.
        if let p = contractedPronoun(i) { return p }
        // "the agency, which has denied …", "many of whom say …": a relative pronoun as subject.
        if wordIs(i, "which") || wordIs(i, "whom") {
            if wordIs(i, "whom"), i - 2 >= floor, wordIs(i - 1, "of"), isWord(i - 2), has(i - 2, .determiner) || isQuantity(i - 2) || wordIs(i - 2, "none") {
                return classifiedEnglish((i - 2)..<(i + 1))
            }
            if wordIs(i, "which") { return englishPronounMention(i) }
        }
        // A verb or participle right before the cue ("continue supporting", "bristled at the continued")
        // means the cue is not this clause's main verb.
        // A participle after a noun modifies it ("a poll released Tuesday shows", "a study published by").
        let reducedRelative = wordEnds(i, "ed") && i - 1 >= floor && isWord(i - 1)
            && !has(i - 1, .stop) && !looksVerbal(i - 1) && !isEnglishSourcePronoun(i - 1)
        // A noun in -ing after a determiner or possessive is still a noun ("the **meeting** says", "Tuesday's
        // **briefing** showed").
        let ingNoun = wordEnds(i, "ing") && i - 1 >= floor && isWord(i - 1) && (has(i - 1, .determiner) || has(i - 1, .nounContext)
            || wordEnds(i - 1, "'s") || wordEnds(i - 1, "s'"))
        if !isCapitalized(i) && (looksVerbal(i) && !reducedRelative && !ingNoun || isCue(i)) { return nil }
        let last = i
        var first = i
        var words = 0
        while i >= floor && words < limit {
            if !isWord(i) {
                // A party label inside the phrase: "Robert Menendez (D-N.J.)".
                if isPunct(i, ")"), i < last, let open = (max(floor, i - 10)..<i).last(where: { isPunct($0, "(") }), open > floor {
                    i = open - 1
                    continue
                }
                // Mr. / Sen. / U.S. inside a name; hyphens and ampersands join words.
                if isPunct(i, ".") && i > floor && isTitleAbbreviation(i - 1) { i -= 1; continue }
                if (isPunct(i, "-") || isPunct(i, "&")) && i > floor && isWord(i - 1) && i < last { i -= 1; continue }
                // A plural possessive: "Sanders' campaign manager".
                if i > floor && i < last && isPossessiveApostrophe(i) { i -= 1; continue }
                break
            }
            // "Commission on Presidential Debates", "Bureau of Labor Statistics": a link between names.
            let nameLink = (has(i, [.link, .coordinator]) || wordIs(i, "on") || wordIs(i, "de")) && i > floor && isCapitalized(i - 1) && isCapitalized(i + 1)
            if has(i, .stop) && (!isCapitalized(i) || isSentenceInitialWord(i)) && !nameLink { break }
            if i < last, isCue(i), !isCapitalized(i) { break }
            if isEnglishSourcePronoun(i) && !isCapitalized(i) { break }
            first = i
            words += 1
            i -= 1
            // A post-modifier before the head's verb: "a source **close to** him", "people **familiar
            // with** the talks", "officials **briefed on** the plan": the phrase goes on before it.
            if i - 1 >= floor, isWord(i), isWord(i - 1), has(i - 1, .postModifier),
               Self.englishPostModifiers.contains(where: { (adj, prep) in wordIs(i - 1, adj) && wordIs(i, prep) }) {
                i -= 2
                words += 2
            }
        }
        // A prepositional phrase inside the subject: "an arbitration panel **in 2001** found", "a poll
        // released **in late August** found": the phrase found is the preposition's object; the subject is
        // the noun phrase before it.
        if first - 2 >= floor, isWord(first - 1), Self.englishSubjectPrepositions.contains(where: { wordIs(first - 1, $0) }),
           isWord(first - 2), !has(first - 2, .stop), !isEnglishSourcePronoun(first - 2), limit >= 10,
           let head = englishSubject(endingBefore: first - 1, floor: floor, limit: 8), head.tokens.upperBound == first - 1 {
            first = head.tokens.lowerBound
            words += head.tokens.count
        }
        // A demonstrative opening the sentence: "**That person** said", "**Those officials** said".
        if first - 1 >= floor, Self.demonstratives.contains(where: { wordIs(first - 1, $0) }), isSentenceInitialWord(first - 1),
           !isCapitalized(first) || isCapitalized(first - 1) {
            first -= 1
            words += 1
        }
        guard words > 0 else { return nil }
        // Proportions: "More than six in 10", "One in three", "Half of those polled".
        if first == last, isQuantity(first) {
            var k = first - 1
            while k >= floor, k >= first - 4, isWord(k), isQuantity(k) || Self.proportionWords.contains(where: { wordIs(k, $0) }) {
                first = k
                k -= 1
            }
            while first < last, !isQuantity(first), !wordIs(first, "more"), !wordIs(first, "less"), !wordIs(first, "about"),
                  !wordIs(first, "nearly"), !wordIs(first, "almost") { first += 1 }
            return classifiedEnglish(first..<(last + 1))
        }
        // Do not start on a link word, or on an adverb opening the sentence ("Later the agency said").
        while first < last, has(first, .link) || wordIs(first, "and")
                || isSentenceInitialWord(first) && (has(first, [.preverbal, .time]) || wordEnds(first, "ly")) && !has(first, .determiner) { first += 1 }
        guard first <= last else { return nil }
        // Lowercase words before a determiner belong to something else ("features a New York Times ad").
        if !isCapitalized(first) && !has(first, .determiner),
           let d = (first...last).first(where: { isWord($0) && has($0, .determiner) && $0 > first }),
           (first..<d).allSatisfy({ !isWord($0) || !isCapitalized($0) }) {
            first = d
        }
        // "has recently made comments about", "have mostly chosen not to respond", "have fairly expansive
        // plans": a lowercase adverb in -ly and one lowercase word that is no plural noun are a verb or an
        // adjective, not a subject (but "likely voters", "roughly half"): the subject stands before them,
        // past any auxiliary ("**Donald Trump** has recently made comments"). (When none is found the
        // two words stay: a noun cue after them still reports, "highly personal, racially tinged attacks".)
        if first + 1 == last, !isCapitalized(first), !isCapitalized(last), isAdverbInLy(first), tokens[last].kind == .word,
           !wordEnds(last, "s"), !isQuantity(last), anonymous(at: last) == nil, title(at: last) == nil, head(at: last) == nil,
           let m = englishSubject(endingBefore: first, floor: floor, limit: limit) {
            return m
        }
        // A pronoun coordinated before it: "he and Mr. Allen said", "she and another reporter said".
        if first - 2 >= floor, wordIs(first - 1, "and"), isEnglishSourcePronoun(first - 2), !wordIs(first - 2, "who") {
            return classifiedEnglish((first - 2)..<(last + 1))
        }
        // One bare lowercase word must be a plural ("critics"), "another" or a known source word.
        if first == last, !isCapitalized(first), !wordEnds(first, "s"), !wordIs(first, "another"), anonymous(at: first) == nil,
           title(at: first) == nil, head(at: first) == nil {
            return nil
        }
        return classifiedEnglish(first..<(last + 1))
    }

    /// The first token of "in the past" or of "(less than) two weeks ago" ending at token `i`, nil when
    /// `i` ends neither.
    private func timePhraseStart(endingAt i: Int, floor: Int) -> Int? {
        if wordIs(i, "past"), i - 2 >= floor, wordIs(i - 1, "the"), wordIs(i - 2, "in") { return i - 2 }
        // "this past week", "the past weekend": "past" before a time word (already skipped).
        if wordIs(i, "past"), i - 1 >= floor, wordIs(i - 1, "this") || wordIs(i - 1, "the"), isWord(i + 1),
           has(i + 1, .time) || wordIs(i + 1, "weekend") || Self.timeUnits.contains(where: { wordIs(i + 1, $0) }) { return i - 1 }
        guard wordIs(i, "ago"), i - 2 >= floor, Self.timeUnits.contains(where: { wordIs(i - 1, $0) }), isWord(i - 2),
              isQuantity(i - 2) || wordIs(i - 2, "few") || wordIs(i - 2, "several") || has(i - 2, .determiner) else { return nil }
        var k = i - 2
        while k - 1 >= floor, k > i - 6, isWord(k - 1),
              isQuantity(k - 1) || Self.agoQuantifiers.contains(where: { wordIs(k - 1, $0) }) { k -= 1 }
        return k
    }

    /// Words before the number of a time phrase in "ago" (``timePhraseStart(endingAt:floor:)``).
    private static let agoQuantifiers: [StaticString] = ["than", "less", "more", "about", "nearly", "almost", "just", "a"]

    /// The English subject starting at token `start` ("said **the senator**", "said **a spokesman for
    /// the campaign**"). Pronouns make one-word mentions.
    func englishSubject(startingAt start: Int, limit: Int = 10) -> Mention? {
        guard start < count, isWord(start) else { return nil }
        if isEnglishSourcePronoun(start) { return englishPronounMention(start) }
        // Adverbs and participles do not start a subject ("Recently", "Having", "sometimes").
        // "said Tuesday": a day is when, not who.
        if has(start, .time) && !has(start, .determiner) { return nil }
        if !isCapitalized(start) || isSentenceInitialWord(start) {
            // ("Both parents", "Each side": a quantifier opens a subject.)
            let quantifier = (wordIs(start, "both") || wordIs(start, "each")) && start + 1 < count && isWord(start + 1)
            if !quantifier && has(start, [.preverbal, .time, .adjunctOpener]) || isAdverbInLy(start) || wordEnds(start, "ing") { return nil }
        }
        var i = start
        var end = start
        var words = 0
        while i < count && words < limit {
            if !isWord(i) {
                if isPunct(i, ".") && i > start && isTitleAbbreviation(i - 1) && i + 1 < count && isCapitalized(i + 1) { i += 1; continue }
                if (isPunct(i, "-") || isPunct(i, "&")) && i > start && i + 1 < count && isWord(i + 1) { i += 1; continue }
                if i > start && isPossessiveApostrophe(i) { i += 1; continue }
                break
            }
            // ("and" before a capitalized word goes on: "lobbyist and GOP strategist Charlie Black".)
            let joinsNames = wordIs(i, "and") && i + 1 < count && isWord(i + 1) && isCapitalized(i + 1) && i > start && isWord(i - 1)
            if i > start && has(i, .stop) && !isCapitalized(i) && !joinsNames { break }
            if wordEnds(i, "n't") { break }
            // A verb after the head noun ends the phrase ("a televised interview appeared"); a participle
            // right after a determiner is an adjective ("a televised interview").
            // After a hyphen it is part of a compound modifier ("Texas-based Matt Mackowiak").
            let compound = i > start && isPunct(i - 1, "-") && tokens[i - 1].range.end == tokens[i].range.start
            if i > start && !isCapitalized(i) && looksVerbal(i) && !has(i - 1, .determiner) && !compound { break }
            // An irregular past verb ends it too ("the event **brought** back memories").
            if i > start && !isCapitalized(i) && has(i, .irregularPast) && !compound { break }
            if i > start, isCue(i), !isCapitalized(i) { break }
            if i > start && isEnglishSourcePronoun(i) { break }
            // An adverb in -ly before a verb ends it too ("Trump quickly pivoted", "officials privately
            // said"), but not a noun in -ly ("the Clinton family says").
            if i > start && !isCapitalized(i) && isAdverbInLy(i),
               i + 1 < count, isWord(i + 1), !isCapitalized(i + 1),
               looksVerbal(i + 1) || has(i + 1, [.irregularPast, .auxiliary, .pastForm]) || isCue(i + 1) { break }
            if marker(i) == .temporal && !isCapitalized(i) { break }
            if marker(i) == .temporal && i > start { break }
            words += 1
            i += 1
            end = i
        }
        while end > start + 1, isWord(end - 1), has(end - 1, .link) || wordIs(end - 1, "the") || wordIs(end - 1, "a") || wordIs(end - 1, "an") || wordIs(end - 1, "and") {
            end -= 1
        }
        guard end > start else { return nil }
        if has(start, .stop) && (!isCapitalized(start) || isSentenceInitialWord(start)) { return nil }
        return classifiedEnglish(start..<end)
    }

    /// A pronoun with a contracted auxiliary ("he's", "she's", "who's", "they've"), as a pronoun mention.
    func contractedPronoun(_ i: Int) -> Mention? {
        guard isWord(i) else { return nil }
        // The word's last apostrophe, found in place (most words have none), and the pieces before and
        // after it compared without building strings.
        guard let (base, tail) = apostropheSplit(i),
              Self.contractionTails.contains(where: { normalized(tail, is: $0) }),
              Self.contractedPronouns.contains(where: { normalized(base, is: $0) })
        else { return nil }
        return englishPronounMention(i)
    }

    /// What a contraction adds to a pronoun ("he's", "they've", "I'd", "we'll", "they're"), and the
    /// pronouns ``contractedPronoun(_:)`` takes.
    static let contractionTails: [StaticString] = ["s", "ve", "d", "ll", "re"]
    static let contractedPronouns: [StaticString] = ["he", "she", "they", "we", "i", "who", "it"]
    /// Demonstratives that open a subject ("That person said").
    static let demonstratives: [StaticString] = ["that", "this", "these", "those"]
    /// Words of a proportion before a quantity ("More than six in 10", "Half of those polled").
    static let proportionWords: [StaticString] = ["in", "of", "than", "more", "less", "about", "nearly", "almost"]

    private func englishPronounMention(_ i: Int) -> Mention {
        var m = classify(i..<(i + 1))
        m.isPronoun = true
        if m.kind == .unknown { m.kind = .person }
        return m
    }

    /// Types the phrase like ``classify(_:)`` but always returns it: an unknown kind stays unknown.
    private func classifiedEnglish(_ r: Range<Int>) -> Mention {
        classify(r)
    }

    /// Whether English cue token `i` is a verb coordinated with an earlier one ("… and **said**",
    /// "… but **added**"), possibly after an adverb: its subject is the earlier verb's.
    func isCoordinatedVerb(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, isWord(k), has(k, .preverbal) || (wordEnds(k, "ly") && !isCapitalized(k)), i - k < 3 { k -= 1 }
        guard k >= 0, isWord(k) else { return false }
        return has(k, .coordinator)
    }

    /// A lowercase word shaped like a verb form: -ed, -ing (of five letters or more).
    func looksVerbal(_ i: Int) -> Bool {
        return word(i).count >= 5 && (wordEnds(i, "ed") || wordEnds(i, "ing"))
    }

    /// The subject of the main clause of a sentence whose words start at `i`, before token `anchor`:
    /// past an opening adverbial up to its comma ("In a statement, **the campaign** said …",
    /// "Recently, **he** …").
    func englishMainSubject(from i: Int, before anchor: Int) -> Mention? {
        // ("And then Trump went on the attack, saying …": a conjunction opening the sentence first.)
        var i = i
        if i + 1 < anchor, has(i, .coordinator), !wordIs(i, "then"), isWord(i + 1) { i += 1 }
        var k = timeAdverbialEnd(from: i, before: anchor) ?? i
        // "Worse, the companies have …", "However, …": one adverb and its comma.
        if k + 1 < anchor, isWord(k), isComma(k + 1),
           isCommaAdverb(k) {
            k += 2
        }
        // ("Both parents stiffened …": a quantifier opening the subject opens no adjunct.)
        let quantifierSubject = (wordIs(k, "both") || wordIs(k, "each") || wordIs(k, "all")) && k + 1 < anchor && isWord(k + 1)
        let opensAdjunct = !quantifierSubject && (has(k, [.adjunctOpener, .preverbal, .time]) || isAdverbInLy(k) || wordEnds(k, "ing"))
            || (wordEnds(k, "ed") && word(k).count > 5 && k + 1 < anchor && (wordIs(k + 1, "by") || isComma(k + 1)))
        // "Then he cut into Bush, calling …", "Later Trump said": one adverb right before the subject.
        if opensAdjunct, !has(k, .adjunctOpener), !wordEnds(k, "ing"), !wordEnds(k, "ed"), k + 1 < anchor, isWord(k + 1),
           isEnglishSourcePronoun(k + 1) || isCapitalized(k + 1) && !has(k + 1, [.stop, .time, .adjunctOpener]),
           let m = englishSubject(startingAt: k + 1), m.tokens.upperBound <= anchor {
            return m
        }
        if opensAdjunct {
            while k < anchor && !isComma(k) { k += 1 }
            guard k < anchor else { return nil }
            k += 1
            // "Chastened by the analyses, as well as complaints over the costs, Trump revised …": the
            // adjunct goes on after "as well as" to its next comma.
            if k + 3 < anchor, wordIs(k, "as"), wordIs(k + 1, "well"), wordIs(k + 2, "as"),
               let comma = (k + 3..<min(anchor, k + 20)).first(where: { isComma($0) }) {
                k = comma + 1
            }
            // "On Thursday, however, Trump spoke …": a sentence adverb between commas.
            if k + 1 < anchor, isWord(k), !isCapitalized(k), isComma(k + 1),
               isCommaAdverb(k) || has(k, [.preverbal, .time]) {
                k += 2
            }
        }
        guard k < anchor, var m = englishSubject(startingAt: k), m.tokens.upperBound <= anchor else { return nil }
        // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": the opener's place
        // names run on past its first comma; the subject is the name that a word other than a comma
        // follows (a verb), not a capitalized name between commas.
        // So does a second adjunct between commas ("At a campaign event in Ames, Iowa, on Sunday, Mrs.
        // Clinton tried …").
        if opensAdjunct {
            var hops = 0
            while hops < 3, m.tokens.upperBound + 1 < anchor, isComma(m.tokens.upperBound) {
                var n = m.tokens.upperBound + 1
                if has(n, [.adjunctOpener, .time]), !has(n, .coordinator),
                   let comma = (n + 1..<min(anchor, n + 12)).first(where: { isComma($0) || !isWord($0) }), isComma(comma) {
                    n = comma + 1
                } else if !isCapitalized(n) {
                    break
                }
                guard n < anchor, !isCue(n), let next = englishSubject(startingAt: n), next.tokens.upperBound < anchor,
                      !isComma(next.tokens.upperBound), isWord(next.tokens.upperBound) else { break }
                m = next
                hops += 1
            }
        }
        return m
    }

    /// Sentence adverbs that stand before a comma (``isCommaAdverb(_:)``).
    static let sentenceAdverbs: [StaticString] = ["however", "meanwhile", "though", "instead", "moreover", "still", "too", "nevertheless",
                                                  "indeed", "furthermore", "then", "worse", "better"]

    /// The token after an opening time phrase of a clause that starts at `i` ("A few minutes later they
    /// reversed", "Two days ago, the campaign said", "Hours after the debate, Trump said"): a short
    /// phrase ending in a unit of time followed by later/earlier/ago (and a comma, if any), or by
    /// after/before/since and the rest of the phrase up to its comma. Nil when the clause does not open so.
    func timeAdverbialEnd(from i: Int, before anchor: Int) -> Int? {
        var k = i
        while k < anchor, k < i + 4, isWord(k), !Self.timeUnits.contains(where: { wordIs(k, $0) }) {
            guard has(k, .determiner) || isQuantity(k) || wordIs(k, "few") || wordIs(k, "several") || wordIs(k, "couple") || wordIs(k, "of") else { return nil }
            k += 1
        }
        guard k < anchor, isWord(k), Self.timeUnits.contains(where: { wordIs(k, $0) }), k + 1 < anchor else { return nil }
        k += 1
        if wordIs(k, "later") || wordIs(k, "earlier") || wordIs(k, "ago") {
            k += 1
            if k < anchor, isComma(k) { k += 1 }
            return k < anchor ? k : nil
        }
        guard wordIs(k, "after") || wordIs(k, "before") || wordIs(k, "since"),
              let comma = (k + 1..<min(anchor, k + 20)).first(where: { isComma($0) }), comma + 1 < anchor else { return nil }
        return comma + 1
    }

    /// Units of time that open a time phrase (``timeAdverbialEnd(from:before:)``).
    static let timeUnits: [StaticString] = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments",
                                            "minute", "hour", "day", "week", "month", "year", "moment"]

    /// Whether `m`, found right after a verb, is its inverted subject followed only by an adjunct ("…,
    /// said **one GOP source** in the room."): a named or typed source (not a pronoun or a plain noun
    /// phrase, which would be the verb's object: "citing her work after the attacks").
    func isInvertedSourceBeforeAdjunct(_ m: Mention) -> Bool {
        guard !m.isPronoun, m.kind != .unknown || !m.nameTokens.isEmpty, m.tokens.lowerBound > 0,
              !wordEnds(m.tokens.lowerBound - 1, "ing") else { return false }
        return has(m.tokens.upperBound, .adjunctOpener) && endsEnglishClause(after: m.tokens.upperBound)
    }

    /// A number or number word ("10", "three", "half", "percent", "majority").
    func isQuantity(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        if tokens[i].kind == .number { return true }
        return has(i, .quantity)
    }

    /// The number words and quantity nouns of ``isQuantity(_:)``.
    static let englishQuantityWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third",
                                       "quarter", "percent", "majority", "most", "dozen", "hundreds", "thousands", "millions"]
}
