/// English raising verbs that frame a claim without naming its source: "Trump appears to be ignorant of
/// the difference", "The sale is expected to close in March", "Clinton still seems not to have found a
/// voice". The content is the subject and the infinitive clause together; there is no speaker.
struct EnglishRaisingSieve: AttributionSieve {
    let name = "raising"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for c in ctx.cues where c.cue.kind == .raising && !state.usedCues.contains(c.tokens.lowerBound) {
            let i = c.tokens.lowerBound
            if let q = ctx.quote(containing: ctx.tokens[i].range.start), q.close != nil { continue }
            let sentence = ctx.sentenceTokens(ctx.sentenceOf[i])
            // "seems not to", "appears to".
            var k = c.tokens.upperBound
            if k < sentence.upperBound, ctx.wordIs(k, "not") { k += 1 }
            guard k + 1 < sentence.upperBound, ctx.wordIs(k, "to"), ctx.isWord(k + 1) else { continue }
            guard let subject = ctx.englishSubject(endingBefore: i, floor: ctx.clauseStart(before: i)), !ctx.wordIs(subject.tokens.lowerBound, "it") else { continue }
            // "he appeared to suggest that …", "she seems to blame the board": a speech verb in the
            // infinitive has the subject as its source and its own content.
            if let speech = ctx.cue(at: k + 1), speech.cue.kind == .verb, speech.cue.cueClass == .speech,
               !state.usedCues.contains(k + 1) {
                guard let start = ctx.englishContentStart(after: speech.tokens.upperBound, end: sentence.upperBound, for: speech),
                      start < sentence.upperBound else { continue }
                let stop = ctx.contentEnd(from: start, end: sentence.upperBound)
                guard stop > start else { continue }
                let (kind, content) = ctx.typedContent(start, stop)
                state.add(AttributionDraft(kind: kind, content: content, cueTokens: speech.tokens, cue: ctx.lexiconCue(speech), speaker: subject,
                                           source: .mention, confidence: 0.75, rule: name, anchor: speech.tokens.lowerBound), ctx)
                continue
            }
            let end = ctx.contentEnd(from: k, end: sentence.upperBound)
            guard end > k + 1 else { continue }
            let (kind, content) = ctx.typedContent(subject.tokens.lowerBound, end)
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: nil, source: .mention,
                                       confidence: 0.6, rule: name, anchor: i), ctx)
        }
    }
}
