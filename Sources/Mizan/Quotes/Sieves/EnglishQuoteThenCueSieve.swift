/// English: a quotation followed by its attribution. “…,” Marsh told reporters / “…,” said Marsh /
/// “…,” Rep. Gwen Moore (D-Wis.) said / “…,” Scott Pruitt, the attorney general of Oklahoma, said /
/// “…” ― Sonya Herridge. The content is the quotation; a cue that goes on with its own that-clause
/// (“Title,” Mr. McKinley said that …) is left to the cue-clause rule.
struct EnglishQuoteThenCueSieve: AttributionSieve {
    let name = "quote-then-cue"

    /// How far an appositive between the subject and the verb may run, in tokens.
    static let maxAppositive = 30

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for q in ctx.quotes where q.level == 0 && q.close != nil && !state.usedQuotes.contains(q.open.start) {
            guard ctx.wordCount(q.content) >= 2 else { continue }
            var k = ctx.tokenAfter(q)
            // Punctuation between the quotation and the attribution: , — ―
            var dash = false
            var stop = false
            while k < ctx.count && !ctx.isWord(k) && !ctx.isQuoteMark(k) {
                let c = ctx.text[ctx.tokens[k].range.start]
                if c == "\u{2015}" || c == "\u{2014}" || c == "\u{2013}" || c == "-" { dash = true }
                if c == "." || c == "!" || c == "?" || c == ";" || c == "(" { if !dash { stop = true; break } }
                k += 1
            }
            guard !stop, k < ctx.count, ctx.isWord(k) else { continue }
            let anchor = ctx.token(atOrAfter: q.open.start)
            // A quotation that ends its sentence (“… methods.” The president told …) is followed by a new
            // sentence, unless that sentence is only the attribution (“Never.” Trump said.).
            if ctx.isCapitalized(k), endsSentence(ctx, q), !isShortAttribution(ctx, from: k) { continue }
            // “…” ― Sonya Herridge
            if dash, ctx.cue(at: k) == nil, let m = ctx.englishSubject(startingAt: k), m.kind == .person || !m.nameTokens.isEmpty,
               !ctx.isWord(m.tokens.upperBound) {
                state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                           confidence: 0.85, rule: name, anchor: anchor), ctx)
                continue
            }
            // said Marsh / said the senator / he said
            if let c = ctx.cue(at: k), c.cue.kind == .verb, !state.usedCues.contains(k) {
                let m = ctx.englishSubject(startingAt: c.tokens.upperBound)
                let after = m?.tokens.upperBound ?? c.tokens.upperBound
                guard !ctx.isComplementizer(after) else { continue }
                state.add(AttributionDraft(kind: .direct, content: continued(ctx, state, q, after: after), cueTokens: c.tokens, cue: c.cue, speaker: m,
                                           source: m == nil ? .previous : .mention, confidence: m == nil ? 0.7 : 0.9,
                                           rule: name, anchor: anchor), ctx)
                continue
            }
            // Marsh told reporters / Rep. Gwen Moore (D-Wis.) said / Pruitt, the attorney general, said
            guard let m = ctx.englishSubject(startingAt: k), let c = cueAfterSubject(ctx, m),
                  !state.usedCues.contains(c.tokens.lowerBound) else { continue }
            guard !ctx.isComplementizer(c.tokens.upperBound) else { continue }
            state.add(AttributionDraft(kind: .direct, content: continued(ctx, state, q, after: c.tokens.upperBound), cueTokens: c.tokens, cue: c.cue,
                                       speaker: m, source: .mention, confidence: 0.9, rule: name, anchor: anchor), ctx)
        }
    }

    private func endsSentence(_ ctx: QuoteContext, _ q: QuoteSpan) -> Bool {
        var e = q.content.end
        while e > q.content.start, Segmenter.isSpace(ctx.text[e - 1]) || QuotePairer.family(ctx.text[e - 1]) != nil { e -= 1 }
        return e > q.content.start && ".!?".unicodeScalars.contains(ctx.text[e - 1])
    }

    /// Whether the sentence from `k` is only an attribution: a few words, and nothing reported after its
    /// verb (“Never.” Trump said on Tuesday.), not a new statement (The president told voters he …).
    private func isShortAttribution(_ ctx: QuoteContext, from k: Int) -> Bool {
        let end = ctx.sentenceTokens(ctx.sentenceOf[k]).upperBound
        let words = ctx.wordCount(ctx.range(k..<end))
        guard words <= 12 else { return false }
        // “…” ― Sonya Herridge, “…” Trump (R): a name alone.
        guard let c = (k..<end).first(where: { ctx.cue(at: $0) != nil }) else { return words <= 7 }
        let after = ctx.cue(at: c)!.tokens.upperBound
        let rest = (after..<end).filter { ctx.isWord($0) }
        return rest.count <= 7 && !rest.contains { ctx.isComplementizer($0) || (ctx.isEnglishSourcePronoun($0) && $0 > after) }
    }

    /// The content of quotation `q`, extended over a second quotation that resumes right after the
    /// attribution (“We will win,” she said. “And we will govern.”): one statement split around its
    /// source, which annotators mark as one discontinuous content.
    func continued(_ ctx: QuoteContext, _ state: AttributionState, _ q: QuoteSpan, after: Int) -> TextRange {
        var k = after
        let sentence = ctx.sentenceTokens(ctx.sentenceOf[min(after, ctx.count - 1)])
        // The rest of the attribution clause: "said in an interview Tuesday."
        while k < ctx.count && k < after + 12 && ctx.isWord(k) { k += 1 }
        guard k < ctx.count, !ctx.isWord(k), ctx.isComma(k) || ctx.isPunct(k, ".") || ctx.isColon(k) else { return q.content }
        if ctx.isComma(k) && k + 1 >= sentence.upperBound { return q.content }
        k += 1
        guard k < ctx.count, ctx.isQuoteMark(k), let next = ctx.quote(openingAt: k), next.close != nil,
              !state.usedQuotes.contains(next.open.start),
              ctx.doc.sentences[ctx.sentenceOf[k]].paragraph == ctx.doc.sentences[ctx.sentenceOf[after]].paragraph else { return q.content }
        return TextRange(q.content.start, next.content.end)
    }

    /// The speech verb after subject `m`, past a parenthesis ("(D-Wis.)"), an appositive between commas
    /// and adverbs ("also", "later").
    func cueAfterSubject(_ ctx: QuoteContext, _ m: Mention) -> QuoteContext.CueMention? {
        let sentence = ctx.sentenceTokens(ctx.sentenceOf[m.tokens.lowerBound])
        var j = m.tokens.upperBound
        // The period of a final abbreviation: "James B. Comey Jr., the director …, said".
        if j < sentence.upperBound, ctx.isPunct(j, "."), ctx.isTitleAbbreviation(j - 1) { j += 1 }
        if j < ctx.count, ctx.isPunct(j, "(") {
            var e = j + 1
            while e < sentence.upperBound && e < j + 12 && !ctx.isPunct(e, ")") { e += 1 }
            guard e < sentence.upperBound, ctx.isPunct(e, ")") else { return nil }
            j = e + 1
        }
        if j < ctx.count, ctx.isComma(j) {
            // An appositive: up to the next comma, which the verb must follow.
            var e = j + 1
            while e < sentence.upperBound && e < j + Self.maxAppositive && !ctx.isComma(e) {
                if ctx.isQuoteMark(e) || ctx.isPunct(e, ".") && !(e > 0 && ctx.isTitleAbbreviation(e - 1)) { return nil }
                e += 1
            }
            guard e < sentence.upperBound, ctx.isComma(e) else { return nil }
            // "one of the states suing the EPA," may add a second appositive.
            j = e + 1
            if ctx.cue(at: j) == nil, ctx.cue(at: ctx.skipEnglishAdverbs(j)) == nil {
                var e2 = j
                while e2 < sentence.upperBound && e2 < j + Self.maxAppositive && !ctx.isComma(e2) && !ctx.isQuoteMark(e2) { e2 += 1 }
                if e2 < sentence.upperBound, ctx.isComma(e2) { j = e2 + 1 }
            }
        }
        j = ctx.skipEnglishAdverbs(j)
        guard let c = ctx.cue(at: j), c.cue.kind == .verb else { return nil }
        return c
    }
}

extension QuoteContext {
    /// The first token at or after `i` that is not a preverbal adverb or auxiliary ("also", "has", "later").
    func skipEnglishAdverbs(_ i: Int) -> Int {
        var j = i
        while j < count, j < i + 4, isWord(j), cue(at: j) == nil {
            guard has(j, .preverbal) || (wordEnds(j, "ly") && word(j).count > 4 && !isCapitalized(j)) else { break }
            j += 1
        }
        return j
    }
}
