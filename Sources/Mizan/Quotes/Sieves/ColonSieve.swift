/// A source followed by a colon and a quotation, without a speech verb: "وزير الخارجية: «…»",
/// "Trump: \"…\"". Common in headlines and interview write-ups.
struct ColonSieve: AttributionSieve {
    let name = "colon"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for q in ctx.quotes where q.level == 0 && !state.usedQuotes.contains(q.open.start) {
            let open = ctx.token(atOrAfter: q.open.start)
            guard open >= 2, ctx.isColon(open - 1), ctx.wordCount(q.content) >= 3 else { continue }
            let floor = ctx.clauseStart(before: open - 1)
            guard let m = ctx.mention(endingBefore: open - 1, floor: floor), m.kind != .unknown,
                  m.tokens.lowerBound == floor || !ctx.isCue(m.tokens.lowerBound - 1) else { continue }
            // Only when nothing but the source stands before the colon in its clause.
            guard m.tokens.lowerBound == floor else { continue }
            state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                       confidence: 0.7, rule: name, anchor: open), ctx)
        }
    }
}
