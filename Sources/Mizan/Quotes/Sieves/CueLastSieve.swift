/// Reported content followed by its source at the end of the sentence: "The economy is improving, the
/// minister said." / "…, said the minister." / "…، قال المتحدث". The content is the clause before.
struct CueLastSieve: AttributionSieve {
    let name = "cue-last"

    /// Whether no word follows English token `k` in its clause but time words ("…, she said Friday.").
    private func nothingAfterEnglishVerb(_ ctx: QuoteContext, _ k: Int) -> Bool {
        var j = k
        while j < ctx.count, ctx.isWord(j), ctx.has(j, .time) || ctx.wordIs(j, "on") { j += 1 }
        return j >= ctx.count || !ctx.isWord(j)
    }

    /// English: a named subject between commas, followed by an appositive that ends in a comma right
    /// before the verb at `i` ("…, John Smith, a senator from Ohio, said"; the appositive may hold
    /// commas of its own: "…, Anne Richards, assistant secretary for population, refugees, and
    /// migration, said"). The subject must be a name, so that a list item is not taken for it.
    private func appositiveSubject(_ ctx: QuoteContext, before i: Int, floor: Int) -> Mention? {
        guard i - 1 > floor, ctx.isComma(i - 1) else { return nil }
        var k = i - 2
        var commas = 0
        while k > floor && k >= i - 40 && commas < 4 {
            if ctx.isQuoteMark(k) || ctx.isPunct(k, ".") && !ctx.isTitleAbbreviation(k - 1) { return nil }
            if ctx.isComma(k) {
                commas += 1
                if let m = ctx.englishSubject(endingBefore: k, floor: floor), !m.isPronoun, !m.nameTokens.isEmpty,
                   m.tokens.upperBound == k || ctx.isPunct(m.tokens.upperBound, "."),
                   m.tokens.lowerBound > floor, ctx.isComma(m.tokens.lowerBound - 1) {
                    return m
                }
            }
            k -= 1
        }
        return nil
    }

    /// Whether an English appositive starts at `k`: a determiner, a title, or a lower-case word that is
    /// not a verb, an auxiliary or a relative pronoun ("executive director of …").
    private func startsAppositive(_ ctx: QuoteContext, _ k: Int) -> Bool {
        guard k < ctx.count, ctx.isWord(k) else { return false }
        if ctx.has(k, .determiner) || ctx.title(at: k) != nil { return true }
        return !ctx.isCapitalized(k) && !ctx.has(k, [.auxiliary, .pronoun, .stop]) && !ctx.wordEnds(k, "n't") && !ctx.looksVerbal(k)
            && !ctx.isCue(k)
    }

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for c in ctx.cues where c.cue.kind == .verb && !state.usedCues.contains(c.tokens.lowerBound) {
            guard c.cue.cueClass != .belief else { continue }
            // "found himself in trouble": an idiom of "find" reports nothing, before it or after.
            if !ctx.arabic, ctx.lemma(c) == "find", ctx.isFindIdiom(c.tokens.upperBound, ctx.sentenceTokens(ctx.sentenceOf[c.tokens.lowerBound]).upperBound) { continue }
            let i = c.tokens.lowerBound
            let sentence = ctx.sentenceTokens(ctx.sentenceOf[i])
            if ctx.arabic {
                guard ctx.isSentenceFinal(c.tokens.upperBound - 1) || ctx.mention(startingAt: c.tokens.upperBound).map({ ctx.isSentenceFinal($0.tokens.upperBound - 1) }) == true else { continue }
            } else {
                // Verbs that take an object ("called X Y", "declared bankruptcy", "described X as") end
                // their clause only when nothing but a time word follows; a noun phrase after them is their
                // object, not an inverted subject.
                if c.cue.complement != .that && !nothingAfterEnglishVerb(ctx, c.tokens.upperBound) { continue }
                guard ctx.endsEnglishClause(after: c.tokens.upperBound)
                        || ctx.englishSubject(startingAt: c.tokens.upperBound).map({
                            (!ctx.isWord($0.tokens.upperBound) || ctx.isInvertedSourceBeforeAdjunct($0))
                                && ctx.endsEnglishClause(after: $0.tokens.upperBound) }) == true
                else { continue }
            }
            var speaker: Mention?
            var boundary: Int
            // "…، كما قال مسؤول": skip كما before the cue.
            var before = i
            if ctx.arabic, before > sentence.lowerBound, ctx.isWord(before - 1), ctx.word(before - 1).elementsEqual("كما".unicodeScalars) { before -= 1 }
            if before < i, before > sentence.lowerBound, ctx.isComma(before - 1), let m = ctx.mention(startingAt: c.tokens.upperBound) {
                speaker = m
                boundary = before - 1
            } else if let m = ctx.arabic ? ctx.mention(endingBefore: i, floor: sentence.lowerBound) : ctx.englishSubject(endingBefore: i, floor: sentence.lowerBound),
               m.tokens.lowerBound > sentence.lowerBound, ctx.isComma(m.tokens.lowerBound - 1) {
                speaker = m
                boundary = m.tokens.lowerBound - 1
            } else if i > sentence.lowerBound, ctx.isComma(i - 1),
                      let m = ctx.arabic ? ctx.mention(startingAt: c.tokens.upperBound) : ctx.englishSubject(startingAt: c.tokens.upperBound) {
                speaker = m
                boundary = i - 1
            } else if !ctx.arabic, let m = appositiveSubject(ctx, before: i, floor: sentence.lowerBound) {
                // "…, Patrick F. Kennedy, the undersecretary for management, wrote in a memo."
                speaker = m
                boundary = m.tokens.lowerBound - 1
            } else {
                continue
            }
            // English: "The museum, he said, would make visitors face the truth": the statement resumes
            // after a parenthetical attribution and is one content around it. Not when an inverted
            // subject's appositive follows it ("…, said RoseAnn DeMoro, executive director of …").
            var stop = boundary
            if !ctx.arabic {
                let invertedEnd = speaker.flatMap { $0.tokens.lowerBound > i ? $0.tokens.upperBound : nil }
                let after = invertedEnd ?? c.tokens.upperBound
                if invertedEnd != nil && ctx.isComma(after) && startsAppositive(ctx, after + 1) {
                    // "…, said Michael Kofman, an expert on Russia at …, would read this as …": the statement
                    // resumes with a verb after the appositive's comma.
                    if let close = (after + 2..<min(sentence.upperBound, after + 30)).first(where: { ctx.isComma($0) }),
                       close + 1 < sentence.upperBound, ctx.isWord(close + 1),
                       ctx.has(close + 1, .auxiliary) || ctx.wordEnds(close + 1, "n't") {
                        let end = ctx.contentEnd(from: close + 1, end: sentence.upperBound)
                        if end > close + 1 { stop = end }
                    }
                } else if let end = ctx.englishResumedContentEnd(after: after, sentence: sentence) {
                    stop = end
                }
            }
            // The content may itself contain commas: take the sentence from its start unless an earlier
            // attribution in the sentence ends there. (Only an attribution before this one: "…, Nefzi said,
            // adding, “…”" has the participle's after it.) In English, a reported clause nested in the
            // content does not cut it when this attribution ends the sentence: "Trump is on solid ground
            // attacking Bill Clinton, Carly Fiorina said" (but a quotation does, and so does a participle
            // opening the sentence, "Asked about …, he said").
            var start = sentence.lowerBound
            if let prev = state.drafts.last(where: { ctx.sentenceOf[min($0.anchor, ctx.count - 1)] == ctx.sentenceOf[i]
                && $0.content.end <= ctx.tokens[boundary].range.start }),
               ctx.arabic || prev.kind == .direct || prev.anchor <= ctx.sentenceBodyStart[ctx.sentenceOf[i]] {
                start = max(start, ctx.token(atOrAfter: prev.content.end))
            }
            while start < boundary && !ctx.isWord(start) && !ctx.isQuoteMark(start) { start += 1 }
            guard boundary - start >= 3 || (stop > boundary && boundary - start >= 1) else { continue }
            let (kind, content) = ctx.typedContent(start, stop)
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: speaker, source: .mention,
                                       confidence: 0.75, rule: name, anchor: i), ctx)
        }
    }
}
