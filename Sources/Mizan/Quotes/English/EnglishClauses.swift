/// Where English reported content starts after a cue (and its subject or addressee).
extension QuoteContext {
    /// Words that open an adjunct clause after a verb rather than its content: "said **as** he left",
    /// "said **when** asked".
    static let englishAdjunctOpeners: Set<String> = [
        "as", "when", "while", "after", "before", "because", "since", "if", "though", "although", "during",
        "in", "at", "on", "from", "with", "without", "by", "for", "to", "of", "into", "through", "than", "and", "but",
        "or", "so", "via", "amid", "until", "where", "repeatedly", "again", "here", "not",
    ]

    /// Time words that may follow a verb before its content: "said Friday afternoon that …".
    static let englishTimeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "last", "this", "earlier",
        "later", "recently", "previously", "then", "now", "again", "also", "repeatedly", "late", "early",
    ]

    /// The first content token after English cue material ending at `i`, within `end`; nil when no
    /// content follows (the verb ends its clause: "…, she said Friday.").
    func englishContentStart(after i: Int, end: Int, for speech: CueMention) -> Int? {
        // The cue-clause rule asks twice in a row for most cues (whether anything is reported, then where
        // it starts): the last answer is kept.
        let key = ContentStartKey(after: i, end: end, cue: speech.tokens.lowerBound)
        if let last = lastContentStart, last.key == key { return last.start }
        let start = englishContentStartUncached(after: i, end: end, for: speech)
        lastContentStart = (key, start)
        return start
    }

    /// ``englishContentStart(after:end:for:)`` worked out afresh.
    private func englishContentStartUncached(after i: Int, end: Int, for speech: CueMention) -> Int? {
        let complement = speech.cue.complement
        var k = i
        // Time adjuncts: "Friday afternoon", "last week", "on Tuesday".
        var skipped = 0
        while k < end, isWord(k), skipped < 4 {
            // ("this" and "last" only before a time word: "say this is just a rough patch".)
            if has(k, .time), !(wordIs(k, "this") || wordIs(k, "last")) || k + 1 < end && has(k + 1, .time) { k += 1; skipped += 1; continue }
            if wordIs(k, "on"), k + 1 < end, has(k + 1, .time) { k += 2; skipped += 2; continue }
            break
        }
        // "said pleasantly into the phone", "said quietly that …": an adverb of manner after the verb.
        // (Only before a complementizer, a preposition or punctuation: "proposed nearly $1 billion" has
        // an object.)
        if k + 1 < end, isWord(k), !isCapitalized(k), isAdverbInLy(k),
           isComma(k + 1) || isColon(k + 1) || isClauseBreak(k + 1) || isComplementizer(k + 1) || has(k + 1, .adjunctOpener) { k += 1 }
        guard k < end else { return nil }
        // "said — on Twitter, as it happens — that …": a dashed aside after the verb.
        if isDash(k), let close = (k + 1..<min(end, k + 20)).first(where: { isDash($0) }), close + 1 < end, isWord(close + 1) {
            k = close + 1
        }
        if isQuoteMark(k), quote(openingAt: k) != nil { return k }
        if isColon(k) { return k + 1 < end ? k + 1 : nil }
        if isComma(k) {
            // "said, “…”" and "said, in a statement, that …".
            if k + 1 < end, isQuoteMark(k + 1), quote(openingAt: k + 1) != nil { return k + 1 }
            // "responded pointedly, with a smile: “…”": a short adjunct between the comma and a colon.
            if k + 1 < end, has(k + 1, .adjunctOpener), !has(k + 1, .coordinator),
               let colon = (k + 1..<min(end, k + 9)).first(where: { !isWord($0) }), colon > k + 1, isColon(colon), colon + 1 < end {
                return colon + 1
            }
            // "said, adding that …": a participle cue after the comma reports its own clause.
            // An adjunct or adverb stands between the comma and the complementizer, not a noun phrase:
            // after "…, Sanders said, a policy that goes further" the "that" opens a relative clause on
            // the appositive.
            if !isCue(k + 1), !has(k + 1, .determiner) || isComplementizer(k + 1),
               let c = complementizerAhead(k + 1, end: end, reach: 10) { return c + 1 < end ? c + 1 : nil }
            // "says, win or lose in Tuesday's primary, he's staying in the race": an aside between commas,
            // then a clause with a pronoun subject; the aside belongs to what is said.
            if k + 2 < end, !isCue(k + 1), isWord(k + 1), !has(k + 1, .coordinator),
               let c = (k + 2..<min(end, k + 16)).first(where: { !isWord($0) && !isPossessiveApostrophe($0) && !isPunct($0, "-") }), isComma(c),
               c + 2 < end, isNominativePronoun(c + 1) && isWord(c + 2) || contractedPronoun(c + 1) != nil {
                return k + 1
            }
            return nil
        }
        guard isWord(k) else { return nil }
        if complement == .infinitive { return wordIs(k, "to") && k + 1 < end && isWord(k + 1) ? k : nil }
        if isComplementizer(k) { return k + 1 < end ? k + 1 : nil }
        if has(k, .adjunctOpener) {
            // "said in a statement that …", "told reporters on Tuesday that …".
            if let c = complementizerAhead(k, end: end, reach: 10) { return c + 1 < end ? c + 1 : nil }
            // "said in a statement: …" (or a comma and a quotation: "adding of Mr. Trump, “…”"; a title's
            // period stays inside the adjunct)
            var j = k
            while j < end && j < k + 10 && (isWord(j) || isPunct(j, ".") && j > k && isTitleAbbreviation(j - 1) && isWord(j + 1)) { j += 1 }
            // (Not a short title in quotation marks that names the adjunct: "said in his 2012 book, ''An
            // American Son.''")
            if j < end, isColon(j) || isComma(j) && j + 1 < end && isQuoteMark(j + 1) && !isQuotedTitleEndingClause(j + 1) {
                return j + 1 < end ? j + 1 : nil
            }
            // "have not said when they would …": a wh-clause with its own subject.
            if ["when", "where", "how", "why", "whether"].contains(where: { wordIs(k, $0) }), k + 1 < end, isWord(k + 1),
               has(k + 1, [.pronoun, .determiner]) && !wordIs(k + 1, "who") { return k }
            // "said after the convention he would …", "said in an interview she was …": a nominative
            // pronoun after a short adjunct starts the reported clause.
            var p = k + 1
            while !wordIs(k, "if") && p < end && p < k + 7 && isWord(p) && !isComplementizer(p) && !isCue(p) {
                if isNominativePronoun(p), p + 1 < end, isWord(p + 1) { return p }
                p += 1
            }
            // "said if elected he would …": a conditional is part of what is said.
            if wordIs(k, "if"), complement == .that || complement == .nominal || complement == .any, k + 1 < end, isWord(k + 1) { return k }
            // "called for", "warned of": a nominal cue takes its prepositional object.
            if complement == .nominal, ["to", "for", "of", "on", "about"].contains(where: { wordIs(k, $0) }) { return k }
            return nil
        }
        switch complement {
        case .quote:
            // "called Trump's remarks “disgusting”", "called it a common ailment": an object and what it
            // is called.
            // (An initial's or a title's period and a possessive's apostrophe stay inside the object:
            // "called Donald J. Trump's remarks ''racist''".)
            // (An appositive may stand inside the object: "called Valeant's chief executive, J. Michael
            // Pearson, ''incredibly driven''".)
            var j = k
            while j < end && j < k + 14 && (isWord(j) || isPunct(j, "-") || isPunct(j, "'") && !isQuoteMark(j)
                                              || isPunct(j, ".") && j > k && isCapitalized(j - 1) && isWord(j + 1)
                                              || isComma(j) && j > k && j + 1 < end && (isWord(j + 1) || isQuoteMark(j + 1))) { j += 1 }
            if j < end, isQuoteMark(j), quote(openingAt: j) != nil, j > k { return k }
            if ["it", "him", "her", "them", "himself", "herself", "themselves", "itself", "this", "that"].contains(where: { wordIs(k, $0) }),
               k + 1 < end, ["a", "an", "the"].contains(where: { wordIs(k + 1, $0) }) { return k }
            // "calling them liars": a pronoun object and a bare plural.
            if ["him", "her", "them"].contains(where: { wordIs(k, $0) }), k + 1 < end, isWord(k + 1), !isCapitalized(k + 1), wordEnds(k + 1, "s"),
               !has(k + 1, [.stop, .adjunctOpener]) { return k }
            // "called the plan a disaster", "has called climate change a hoax": an object and an
            // indefinite noun phrase, within the clause.
            if !has(k, [.stop, .adjunctOpener, .time]), !wordIs(k, "a"), !wordIs(k, "an") {
                var j = k + 1
                while j < end && j < k + 20 && (isWord(j) || isPunct(j, "'") || isPunct(j, "-") || isPunct(j, ".") && j > k && isCapitalized(j - 1) && isWord(j + 1))
                        && !wordIs(j, "a") && !wordIs(j, "an")
                        && !wordIs(j, "but") && !wordIs(j, "or") && !isCue(j) { j += 1 }
                if j < end, j > k, wordIs(j, "a") || wordIs(j, "an"), j + 1 < end, isWord(j + 1) { return k }
                // "called her fallen son her hero", "calls North Carolina her home state": an object and a
                // possessive noun phrase.
                if let p = (k + 1..<min(j, k + 6)).first(where: isPossessivePronoun),
                   p > k, p + 1 < end, isWord(p + 1), !has(p - 1, [.stop, .adjunctOpener, .link]) { return k }
            }
            return nil
        case .that, .nominal, .any, .infinitive:
            // "has added another link to the chain", "added 255,000 jobs": "add" with a noun phrase
            // object adds a thing, not words — unless a colon introduces them ("added a caveat: …").
            if lemma(speech) == "add", !isComplementizer(k), tokens[k].kind == .number || has(k, .quantity) || Self.addedObjectOpeners.contains(where: { wordIs(k, $0) }),
               !(k + 1..<min(end, k + 9)).contains(where: { isColon($0) }) {
                return nil
            }
            // "found himself in", "find a way to", "find common ground": "find" with these objects finds
            // a place or a means, not a fact.
            if lemma(speech) == "find", isFindIdiom(k, end) { return nil }
            return k
        }
    }

    /// Whether the object of "find" at `k` makes an idiom that reports nothing: a reflexive pronoun
    /// ("found themselves in a battle"), "alone", "common ground", or "way(s)" as its head within two
    /// words ("find a way to", "found its way", "found ways to").
    func isFindIdiom(_ k: Int, _ end: Int) -> Bool {
        guard k < end else { return false }
        if Self.reflexivePronouns.contains(where: { wordIs(k, $0) }) || wordIs(k, "alone") { return true }
        if wordIs(k, "common"), k + 1 < end, wordIs(k + 1, "ground") { return true }
        for j in k..<min(end, k + 3) {
            guard isWord(j) else { return false }
            if wordIs(j, "way") || wordIs(j, "ways") { return true }
        }
        return false
    }

    static let reflexivePronouns: [StaticString] = ["himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"]

    /// Whether the quotation opening at token `k` is a short title that ends its clause ("in his 2012
    /// book, ''An American Son.''"): it names what stands before it, it is not what was said.
    func isQuotedTitleEndingClause(_ k: Int) -> Bool {
        guard let q = quote(openingAt: k), q.close != nil, isTitleCase(q.content) else { return false }
        let after = tokenAfter(q)
        return after >= count || endsEnglishClause(after: after)
    }

    /// Words that open the noun phrase object of "add" ("added another facet", "added his own comment").
    static let addedObjectOpeners: [StaticString] = ["a", "an", "another", "additional", "more", "less", "his", "her", "its", "their", "new", "nearly", "roughly", "some"]

    /// A complementizer within `reach` words after `k`, before any punctuation but commas around a
    /// short adjunct.
    func complementizerAhead(_ k: Int, end: Int, reach: Int) -> Int? {
        var j = k
        while j < end && j < k + reach {
            if isComplementizer(j) { return j }
            // A quoted title inside the adjunct ("said on ABC's “This Week” that …") is passed over whole.
            if j > k, isQuoteMark(j), let q = quote(openingAt: j), q.close != nil, wordCount(q.content) <= 6 {
                let after = tokenAfter(q)
                guard after > j, after < end else { return nil }
                j = after
                continue
            }
            // Hyphenated words ("op-ed", "face-to-face") do not end the adjunct.
            // Nor does an abbreviation's period inside the sentence ("on Nov. 8 that") or an elided
            // century ("in ’08 that").
            if !isWord(j) && !isComma(j) && !(isPunct(j, "-") && j > k && isWord(j - 1) && isWord(j + 1))
                && !(isPunct(j, ".") && j > k && isWord(j - 1) && isWord(j + 1))
                && !(isPunct(j, "'") && j + 1 < end && tokens[j + 1].kind == .number)
                // A plural possessive: "wrote to Sanders' Senate office that …".
                && !(j > k && j + 1 < end && isPossessiveApostrophe(j)) { return nil }
            if j > k, isCue(j) { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the English clause ends after token `i` but for a short adjunct ("said Friday afternoon,",
    /// "said in a statement.", "he said, and …"): the verb takes no content after it.
    func endsEnglishClause(after i: Int) -> Bool {
        let end = sentenceTokens(sentenceOf[min(i, count - 1)]).upperBound
        var k = i
        var words = 0
        while k < end {
            if isWord(k) {
                if isComplementizer(k) || isCue(k) { return false }
                words += 1
                if words > 8 { return false }
            } else if isQuoteMark(k) {
                return false
            } else if isClauseBreak(k) || isPunct(k, ")") {
                return true
            } else if !isPunct(k, "(") && !isPunct(k, "-") && !isPunct(k, "'") {
                return false
            }
            k += 1
        }
        return true
    }

    /// Where a statement interrupted by a parenthetical attribution ends ("The museum, he said, **would
    /// make visitors face the truth**."): nil when nothing resumes after the attribution's comma, or what
    /// follows opens a new clause ("…, he said, and the talks went on", "…, she said, adding that …").
    func englishResumedContentEnd(after i: Int, sentence: Range<Int>) -> Int? {
        var k = i
        while k < sentence.upperBound && k < i + 8 && isWord(k) && !isComplementizer(k) && !isCue(k) { k += 1 }
        guard k + 1 < sentence.upperBound, isComma(k) else { return nil }
        let next = k + 1
        if isQuoteMark(next) { return isQuotedTitleEndingClause(next) ? nil : contentEnd(from: next, end: sentence.upperBound) }
        guard isWord(next), !has(next, [.coordinator, .adjunctOpener]), !isCue(next), !wordEnds(next, "ing"),
              !isEnglishSourcePronoun(next) || isWord(next + 1) else { return nil }
        // "…, Sanders said, a policy that goes further": an indefinite noun phrase with a relative clause
        // sums up what was said; it does not resume it.
        if wordIs(next, "a") || wordIs(next, "an"),
           (next + 2..<max(next + 2, min(next + 6, sentence.upperBound))).contains(where: { isWord($0) && (wordIs($0, "that") || wordIs($0, "which") || wordIs($0, "who")) }) {
            return nil
        }
        let end = contentEnd(from: next, end: sentence.upperBound)
        return end > next ? end : nil
    }

    /// Whether a coordinator at `i` joins a second finite predicate ("and **attempted** to …", "but
    /// **noted** that …", "and **asserted** that …", "yet **refuses** to …"), perhaps after an adverb.
    func startsCoordinatedEnglishPredicate(_ i: Int) -> Bool {
        guard has(i, .coordinator), !wordIs(i, "then"), !wordIs(i, "or") else { return false }
        var k = i + 1
        if k < count, isWord(k), has(k, .preverbal) && !has(k, .auxiliary) || wordEnds(k, "ly") && !isCapitalized(k) { k += 1 }
        guard k < count, isWord(k), !isCapitalized(k), !wordEnds(k, "ing") else { return false }
        if let c = cue(at: k), c.cue.kind == .verb, c.cue.cueClass == .speech || c.cue.cueClass == .report { return true }
        // A past form of a verb then a word that opens its complement: "and attempted to", "and decided
        // against", "and encouraged Americans".
        return word(k).count >= 6 && wordEnds(k, "ed") && k + 1 < count && isWord(k + 1)
            && !has(k + 1, .coordinator) && !wordIs(k + 1, "by")
    }

    /// Whether a coordinated clause with its own subject and speech verb starts at `i` (", and **human
    /// rights groups warned** …", "— but **the senator said** …"): reported content stops before it.
    func startsCoordinatedEnglishAttribution(_ i: Int) -> Bool {
        guard has(i, .coordinator), !wordIs(i, "then") else { return false }
        var k = i + 1
        while k < count && k < i + 10 && isWord(k) && !isCue(k) { k += 1 }
        guard k > i + 1, k < count, let c = cue(at: k), c.cue.kind == .verb, !wordEnds(k, "ing") else { return false }
        guard let m = englishSubject(endingBefore: k, floor: i + 1), m.tokens.lowerBound <= i + 2 else { return false }
        return true
    }

    /// Whether a coordinated clause with its own pronoun subject starts at `i` (", and **he** railed …",
    /// ", but **they** …"): reported content stops before it.
    func startsCoordinatedEnglishClause(_ i: Int) -> Bool {
        guard has(i, .coordinator), i + 2 < count, isEnglishSourcePronoun(i + 1), !wordIs(i + 1, "who"), isWord(i + 2) else { return false }
        return true
    }
}
