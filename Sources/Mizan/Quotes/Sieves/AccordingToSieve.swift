/// According-to phrases: "وبحسب الإعلام الإيراني فإن …", "…، وفق بيان وزارة الدفاع", "… وفقا لمراقبين",
/// "According to officials, …", "…, according to the report". The source is the phrase after the cue;
/// the content is the clause after it (after فإن / a comma) or, when the phrase closes its clause, the
/// clause before it.
struct AccordingToSieve: AttributionSieve {
    let name = "according-to"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for c in ctx.cues where c.cue.kind == .according && !state.usedCues.contains(c.tokens.lowerBound) {
            let i = c.tokens.lowerBound
            let s = ctx.sentenceOf[i]
            let sentence = ctx.sentenceTokens(s)
            guard let m = ctx.mention(startingAt: c.tokens.upperBound) else { continue }
            var k = m.tokens.upperBound
            // Skip a relative clause after the source ("officials who spoke on condition of anonymity").
            var relative = false
            if k < sentence.upperBound, ctx.marker(k) == .relative {
                relative = true
                while k < sentence.upperBound && !ctx.isComma(k) && !ctx.isClauseBreak(k) { k += 1 }
            }
            var mention = m
            if relative, k > m.tokens.upperBound {
                // "who asked not to be named": a vague source.
                let clause = ctx.doc.text[ctx.range(m.tokens.upperBound..<k)].lowercased()
                if clause.contains("anonym") || clause.contains("not to be named") || clause.contains("not authorized") {
                    mention.vague = true
                    mention.kind = .anonymous
                }
            }
            var contentTokens: Range<Int>?
            if k < sentence.upperBound, ctx.isComplementizer(k) {
                let start = k + 1
                contentTokens = start..<ctx.contentEnd(from: start, end: sentence.upperBound)
            } else if k < sentence.upperBound, ctx.isComma(k) || ctx.isColon(k), i == ctx.clauseStart(before: i) || isSentenceStart(ctx, i, sentence) {
                // "According to X, content" at the start of its clause.
                let start = k + 1
                contentTokens = start..<ctx.contentEnd(from: start, end: sentence.upperBound)
            } else {
                // "content, according to X" / "content وفقا لمراقبين": the clause before.
                var end = i
                while end > sentence.lowerBound && !ctx.isWord(end - 1) && !ctx.isQuoteMark(end - 1) { end -= 1 }
                let start = ctx.clauseStart(before: end)
                if end > start { contentTokens = start..<end }
            }
            guard let r = contentTokens, r.count >= 2 else { continue }
            let (kind, content) = ctx.typedContent(r.lowerBound, r.upperBound)
            guard ctx.wordCount(content) >= 2 else { continue }
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: c.cue, speaker: mention, source: .mention,
                                       confidence: 0.8, rule: name, anchor: i), ctx)
        }
    }

    private func isSentenceStart(_ ctx: QuoteContext, _ i: Int, _ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k < i && !ctx.isWord(k) { k += 1 }
        return k == i
    }
}
