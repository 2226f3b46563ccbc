/// Reported content followed by its source at the end of the sentence: "The economy is improving, the
/// minister said." / "…, said the minister." / "…، قال المتحدث". The content is the clause before.
struct CueLastSieve: AttributionSieve {
    let name = "cue-last"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for c in ctx.cues where c.cue.kind == .verb && !state.usedCues.contains(c.tokens.lowerBound) {
            guard c.cue.cueClass != .belief else { continue }
            let i = c.tokens.lowerBound
            let sentence = ctx.sentenceTokens(ctx.sentenceOf[i])
            guard ctx.isSentenceFinal(c.tokens.upperBound - 1) || ctx.mention(startingAt: c.tokens.upperBound).map({ ctx.isSentenceFinal($0.tokens.upperBound - 1) }) == true else { continue }
            var speaker: Mention?
            var boundary: Int
            // "…، كما قال مسؤول": skip كما before the cue.
            var before = i
            if before > sentence.lowerBound, ctx.isWord(before - 1), ctx.word(before - 1).elementsEqual("كما".unicodeScalars) { before -= 1 }
            if before < i, before > sentence.lowerBound, ctx.isComma(before - 1), let m = ctx.mention(startingAt: c.tokens.upperBound) {
                speaker = m
                boundary = before - 1
            } else if let m = ctx.mention(endingBefore: i, floor: sentence.lowerBound), m.tokens.lowerBound > sentence.lowerBound, ctx.isComma(m.tokens.lowerBound - 1) {
                speaker = m
                boundary = m.tokens.lowerBound - 1
            } else if i > sentence.lowerBound, ctx.isComma(i - 1), let m = ctx.mention(startingAt: c.tokens.upperBound) {
                speaker = m
                boundary = i - 1
            } else {
                continue
            }
            var start = ctx.clauseStart(before: boundary)
            // The content may itself contain commas: take the sentence from its start unless an earlier
            // attribution in the sentence ends there.
            start = sentence.lowerBound
            if let prev = state.drafts.last(where: { ctx.sentenceOf[min($0.anchor, ctx.count - 1)] == ctx.sentenceOf[i] }) {
                start = max(start, ctx.token(atOrAfter: prev.content.end))
            }
            while start < boundary && !ctx.isWord(start) && !ctx.isQuoteMark(start) { start += 1 }
            guard boundary - start >= 3 else { continue }
            let (kind, content) = ctx.typedContent(start, boundary)
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: c.cue, speaker: speaker, source: .mention,
                                       confidence: 0.75, rule: name, anchor: i), ctx)
        }
    }
}
