/// English cue words that are nouns or names here rather than verbs: "the **claims**", "his **report**",
/// "the United **States**", "New York **Post**". Speech verbs and nouns share forms in English, so a verb
/// cue counts only where a verb can stand.
extension QuoteContext {
    /// Words after which a cue form is a noun: determiners and possessives.
    static let englishNounContext: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no", "any",
        "such", "every", "each", "whose", "another", "some", "many", "several", "few", "more", "most", "of",
        "new", "first", "latest", "recent", "previous", "false", "public", "official", "enough",
    ]

    /// Whether the English cue `cue` found at token `i` is used as a verb (or, for according-to
    /// phrases, as the phrase).
    func isEnglishCueUse(_ i: Int, _ cue: QuoteLexicon.CueEntry, words: Int = 1) -> Bool {
        guard cue.kind == .verb || cue.kind == .participle else { return true }
        // A capitalized cue word inside a sentence is part of a name: United States, Washington Post.
        // (Except in a headline written in title case: "Trump **Says** He Never Pledged …"; but not an
        // infinitive there: "… Idea To **Ask** For A Living Wage".)
        if isCapitalized(i) && !isSentenceInitialWord(i)
            && !(!wordIs(i - 1, "to") && isTitleCaseSentence(sentenceOf[i])) { return false }
        // A plural noun before a verb: "worries have dogged", "demands come with", "questions remain".
        if wordEnds(i, "s"), i + 1 < count, isWord(i + 1), has(i + 1, .auxiliary) { return false }
        // "support for the plan", "her support among women": the noun, before what it is for or among.
        if lexicon.lemma(cue) == "support", !isPastForm(i), !wordEnds(i, "ing"), i + words < count,
           ["for", "among", "from", "behind", "of"].contains(where: { wordIs(i + words, $0) }) { return false }
        // A phrasal verb that is not about speech ("show up", "show off").
        if i + words < count, wordIs(i + words, "up") || wordIs(i + words, "off") { return false }
        if i > 0, isWord(i - 1) {
            if has(i - 1, .nounContext) {
                // Adjectives that are also nouns ("an **official** said", "the **public** says") leave a
                // past form or a verb after a determined noun as the verb.
                let adjectiveNoun = wordIs(i - 1, "official") || wordIs(i - 1, "public")
                // A quantifier standing alone as the subject leaves a past or plain verb form a verb:
                // "many **said**", "several **argued**", "some **say**", "another **said**" (but "some claims",
                // "some warning", "another claim").
                let quantifierSubject = ["many", "several", "some", "few", "most", "both", "each"].contains(where: { wordIs(i - 1, $0) })
                    && (isPastForm(i) || !wordEnds(i, "s") && !wordEnds(i, "ing"))
                    || wordIs(i - 1, "another") && isPastForm(i)
                if !quantifierSubject && !(adjectiveNoun && (isPastForm(i) || i >= 2 && has(i - 2, .determiner))) { return false }
            }
            // A possessive before it: "Trump's claims".
            if (wordEnds(i - 1, "'s") || wordEnds(i - 1, "s'")) && contractedPronoun(i - 1) == nil { return false }
        }
        return true
    }

    /// Whether sentence `s` is a headline in title case: at least four words, and all but at most one of
    /// its words of four letters or more capitalized.
    func isTitleCaseSentence(_ s: Int) -> Bool {
        var words = 0, long = 0, capitalizedLong = 0
        for i in sentenceTokens(s) where isWord(i) && tokens[i].kind == .word {
            words += 1
            guard word(i).count >= 4 else { continue }
            long += 1
            if isCapitalized(i) { capitalizedLong += 1 }
        }
        return words >= 4 && words <= 30 && long >= 3 && capitalizedLong >= long - 1
    }

    /// A past-tense or participle form, which is never a noun: said, told, wrote, …ed.
    func isPastForm(_ i: Int) -> Bool {
        wordEnds(i, "ed") || has(i, .pastForm)
    }

    /// The irregular forms of ``isPastForm(_:)``.
    static let englishIrregularPastForms = ["said", "told", "wrote", "written", "thought", "knew", "felt", "found", "shown"]

    /// Forms of "be" and "get" that make a following participle passive ("was accused", "got blamed").
    static let englishPassiveAuxiliaries = ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"]
    /// Adverbs that may stand between a passive auxiliary and its participle ("was also accused"), besides
    /// lowercase words in -ly.
    static let englishPassiveAdverbs = ["also", "once", "often", "since", "repeatedly", "never", "not", "widely", "already"]
    /// Verbs whose -ing complement is not an adverbial participle ("keeps saying", "began arguing"), and
    /// forms of "be" ("am saying").
    static let englishAspectualVerbs = ["am", "be", "been", "being", "keep", "keeps", "kept", "continue", "continues", "continued",
                                        "began", "begin", "begins", "started", "start", "starts", "stop", "stopped", "quit", "avoid",
                                        "avoided"]

    /// Whether token `i` is the first word of its sentence (after punctuation and opening quote marks).
    func isSentenceInitialWord(_ i: Int) -> Bool {
        let floor = sentenceFloor(i)
        var k = i - 1
        while k >= floor && !isWord(k) {
            if isColon(k) { return true }
            k -= 1
        }
        return k < floor
    }
}
