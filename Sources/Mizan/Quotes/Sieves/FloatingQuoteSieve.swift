/// A quotation that stands alone right after an attributed statement inherits its speaker: the second
/// quoted sentence of a paragraph, or a fully quoted paragraph after "X said:".
struct FloatingQuoteSieve: AttributionSieve {
    let name = "floating-quote"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for q in ctx.quotes where q.level == 0 && !state.usedQuotes.contains(q.open.start) {
            guard ctx.wordCount(q.content) >= 4 else { continue }
            // English titles in quotation marks ("All Bets Are Off.") are names of works, not speech.
            if !ctx.arabic && ctx.isTitleCase(q.content) { continue }
            let open = ctx.token(atOrAfter: q.open.start)
            let s = ctx.sentenceOf[min(open, ctx.count - 1)]
            let sentence = ctx.sentenceTokens(s)
            // The quotation must fill its sentence (apart from punctuation).
            let words = sentence.filter { ctx.isWord($0) }.count
            guard Double(ctx.wordCount(q.content)) >= 0.8 * Double(words) else { continue }
            // … and follow an attribution within the previous two sentences.
            guard let prev = state.previous(before: open) else { continue }
            let prevSentence = ctx.sentenceOf[min(prev.anchor, ctx.count - 1)]
            guard s - prevSentence <= 2, s >= prevSentence else { continue }
            let paragraphGap = ctx.sentences[s].paragraph - ctx.sentences[prevSentence].paragraph
            guard paragraphGap <= 1 else { continue }
            state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: nil, source: .previous,
                                       confidence: 0.6, rule: name, anchor: open), ctx)
        }
    }
}
