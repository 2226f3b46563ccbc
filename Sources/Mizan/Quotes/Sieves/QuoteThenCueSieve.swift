/// A quotation followed by its attribution: “…,” Marsh told reporters / “…,” said Marsh / “…” ― Name /
/// «…»، قال الوزير. The content is the quotation.
struct QuoteThenCueSieve: AttributionSieve {
    let name = "quote-then-cue"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for q in ctx.quotes where q.level == 0 && q.close != nil && !state.usedQuotes.contains(q.open.start) {
            guard ctx.wordCount(q.content) >= 2 else { continue }
            var k = ctx.tokenAfter(q)
            // Punctuation between the quotation and the cue: , ، —
            var dash = false
            while k < ctx.count && !ctx.isWord(k) && !ctx.isQuoteMark(k) {
                let c = ctx.text[ctx.tokens[k].range.start]
                if c == "\u{2015}" || c == "\u{2014}" || c == "\u{2013}" || c == "-" { dash = true }
                if c == "." || c == "!" || c == "?" || c == "؟" { if !dash { break } }
                k += 1
            }
            guard k < ctx.count, ctx.isWord(k) else { continue }
            let anchor = ctx.token(atOrAfter: q.open.start)
            // “…” ― Sonya Herridge
            if dash, let m = ctx.mention(startingAt: k), m.kind == .person || !m.nameTokens.isEmpty {
                state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                           confidence: 0.85, rule: name, anchor: anchor), ctx)
                continue
            }
            // said Marsh / قال الوزير
            if let c = ctx.cue(at: k), c.cue.kind == .verb, !state.usedCues.contains(k) {
                let m = ctx.mention(startingAt: c.tokens.upperBound)
                if m != nil || ctx.arabic == false {
                    state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: m,
                                               source: m == nil ? .previous : .mention, confidence: m == nil ? 0.7 : 0.9,
                                               rule: name, anchor: anchor), ctx)
                    continue
                }
            }
            // Marsh told reporters / she said / the senator added
            if let m = ctx.mention(startingAt: k, limit: 7) {
                var j = m.tokens.upperBound
                while j < ctx.count && ctx.isWord(j) && CueAdverbs.contains(ctx.word(j)) { j += 1 }
                if let c = ctx.cue(at: j), c.cue.kind == .verb, !state.usedCues.contains(j) {
                    state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: m,
                                               source: .mention, confidence: 0.9, rule: name, anchor: anchor), ctx)
                }
            }
        }
    }
}

/// Adverbs and auxiliaries that may stand between a subject and its speech verb ("she also said").
enum CueAdverbs {
    static let words: [[Unicode.Scalar]] = ["also", "has", "had", "have", "then", "later", "again", "once", "quickly", "simply", "flatly"]
        .map { Array($0.unicodeScalars) }

    static func contains(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { $0.elementsEqual(w) } || (w.count > 4 && w.last == "y" && w.dropLast().last == "l")
    }
}
