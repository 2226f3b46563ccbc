/// English: a speech verb and a colon that end their paragraph, with what was said as the next paragraph
/// ("The mayor added:" / "“We will rebuild.”"; "He said:" / a transcript paragraph without marks). The
/// content is the next paragraph, or the quotation that opens it.
struct EnglishColonParagraphSieve: AttributionSieve {
    let name = "colon-paragraph"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        let paragraphs = ctx.paragraphs
        guard paragraphs.count > 1 else { return }
        for c in ctx.cues where c.cue.kind == .verb && c.cue.cueClass == .speech && !state.usedCues.contains(c.tokens.lowerBound) {
            // The verb, perhaps a time word, then the colon that ends the paragraph.
            var k = c.tokens.upperBound
            while k < ctx.count, ctx.isWord(k), ctx.has(k, .time) { k += 1 }
            guard k < ctx.count, ctx.isColon(k) else { continue }
            let s = ctx.sentenceOf[k]
            let p = ctx.sentences[s].paragraph
            guard p + 1 < paragraphs.count, ctx.token(atOrAfter: paragraphs[p].range.end) == k + 1 else { continue }
            // A cue inside a closed quotation is the quoted speaker's own word.
            if let q = ctx.quote(containing: ctx.tokens[c.tokens.lowerBound].range.start), q.close != nil { continue }
            let floor = ctx.sentenceTokens(s).lowerBound
            guard let speaker = ctx.englishSubject(endingBefore: c.tokens.lowerBound, floor: floor) else { continue }
            // The next paragraph: its opening quotation when one spans it, else all of it.
            let next = paragraphs[p + 1].range
            let first = ctx.token(atOrAfter: next.start)
            guard first < ctx.count, ctx.tokens[first].range.start < next.end else { continue }
            var kind = Attribution.Kind.indirect
            var content = next
            if ctx.isQuoteMark(first), let q = ctx.quote(openingAt: first) {
                kind = .direct
                content = q.close == nil || q.content.end > next.end ? TextRange(q.content.start, next.end) : q.content
            }
            guard ctx.wordCount(content) >= 3 else { continue }
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: speaker, source: .mention,
                                       confidence: 0.75, rule: name, anchor: c.tokens.lowerBound), ctx)
        }
    }
}
