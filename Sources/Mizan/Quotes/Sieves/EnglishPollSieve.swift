/// English findings reported "in" a poll or survey: "In the CBS poll, Trump's lead over Cruz remained in
/// double digits", "By Jan. 18, Obama was winning blacks by 28 points in the same poll". The poll is the
/// source (a document); the content is the clause after the phrase's comma when the phrase opens its
/// sentence, else the clause before the phrase when the phrase ends it.
struct EnglishPollSieve: AttributionSieve {
    let name = "poll"

    /// The cue recorded for the preposition: an according-to phrase.
    static let cue = QuoteLexicon.Cue(lemma: "in", kind: .according, stance: .neutral, cueClass: .according, complement: .any)
    /// Head words of a poll phrase (document heads in `Lexicons/en/quotes/organizations.tsv`).
    static let pollWords: [StaticString] = ["poll", "polls", "survey", "surveys"]
    /// How many words may stand between "in" and the head ("in a new Fox News national poll").
    static let maxModifiers = 6

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        guard !ctx.arabic else { return }
        var h = ctx.nextCandidate(from: 0, .heads)
        while h < ctx.count {
            defer { h = ctx.nextCandidate(from: h + 1, .heads) }
            guard Self.pollWords.contains(where: { ctx.wordIs(h, $0) }), let head = ctx.head(at: h), head.payload.kind == .document,
                  let i = preposition(ctx, before: h) else { continue }
            let sentence = ctx.sentenceTokens(ctx.sentenceOf[i])
            // The source runs past the head over a participle phrase ("poll released Thursday") to the
            // clause's punctuation.
            var after = h + head.words
            while after < sentence.upperBound, ctx.isWord(after), after < h + 6, !ctx.isComplementizer(after) { after += 1 }
            let source = ctx.classify((i + 1)..<(h + head.words))
            var contentTokens: Range<Int>?
            if ctx.isSentenceInitialWord(i) || i >= 2 && ctx.isComma(i - 1) && ctx.isSentenceInitialWord(i - 2), after + 1 < sentence.upperBound, ctx.isComma(after) {
                // "In the CBS poll, Trump's lead …".
                let start = after + 1
                let end = ctx.contentEnd(from: start, end: sentence.upperBound)
                if end > start { contentTokens = start..<end }
            } else if after >= sentence.upperBound || ctx.isClauseBreak(after) && !ctx.isComma(after) {
                // "… by 28 points in the same poll.": the clause before, from the sentence's start or the
                // end of an earlier attribution's content in the sentence.
                var start = ctx.sentenceFloor(i)
                if let last = state.drafts.last(where: { ctx.sentenceOf[min($0.anchor, ctx.count - 1)] == ctx.sentenceOf[i] }) {
                    start = max(start, ctx.token(atOrAfter: last.content.end))
                }
                while start < i && !ctx.isWord(start) && !ctx.isQuoteMark(start) { start += 1 }
                // (An earlier attribution in the sentence may reach past the phrase: then there is none.)
                if start < i { contentTokens = start..<i }
            }
            guard let r = contentTokens, r.count >= 3 else { continue }
            let (kind, content) = ctx.typedContent(r.lowerBound, r.upperBound)
            guard ctx.wordCount(content) >= 3, !state.drafts.contains(where: { $0.content.overlaps(content) }) else { continue }
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: i..<(i + 1), cue: Self.cue, speaker: source,
                                       source: .mention, confidence: 0.6, rule: name, anchor: i), ctx)
        }
    }

    /// The "in" opening the poll phrase whose head is token `h`: only determiners, numbers, capitalized
    /// words and a few adjectives between them.
    private func preposition(_ ctx: QuoteContext, before h: Int) -> Int? {
        var k = h - 1
        let floor = max(ctx.sentenceFloor(h), h - Self.maxModifiers - 1)
        while k >= floor, ctx.isWord(k) || ctx.isPunct(k, "'") || ctx.isPunct(k, "-") {
            if ctx.wordIs(k, "in") { return k < h - 1 ? k : nil }
            guard !ctx.isWord(k) || ctx.isCapitalized(k) || ctx.has(k, [.determiner, .time]) || ctx.tokens[k].kind == .number
                    || Self.pollAdjectives.contains(where: { ctx.wordIs(k, $0) }) else { return nil }
            k -= 1
        }
        return nil
    }

    static let pollAdjectives: [StaticString] = ["new", "same", "latest", "recent", "national", "statewide", "separate", "previous",
                                                 "earlier", "exit", "public", "online", "telephone", "own", "s"]
}
