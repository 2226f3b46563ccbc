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
            // One quoted word is a statement only when it ends with its own punctuation (“Absolutely,” he
            // said; was “heartbreaking,” she said), not a title, a term or a number.
            let words = ctx.wordCount(q.content)
            guard words >= 2 || words == 1 && isOneWordStatement(ctx, q) else { continue }
            guard !isTitle(ctx, q) else { continue }
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
            // The attribution stands in the quotation's paragraph (a byline after a dash may open the next).
            if !dash, let close = q.close {
                let closing = ctx.token(atOrAfter: close.start)
                if closing < ctx.count, ctx.paragraph(ofToken: closing) != ctx.paragraph(ofToken: k) { continue }
            }
            let anchor = ctx.token(atOrAfter: q.open.start)
            // A quotation that ends its sentence (“… methods.” The president told …) is followed by a new
            // sentence, unless that sentence is only the attribution (“Never.” Trump said.).
            if ctx.isCapitalized(k), endsSentence(ctx, q), !isShortAttribution(ctx, from: k) { continue }
            // “…” ― Sonya Herridge
            if dash, !ctx.isCue(k), let m = ctx.englishSubject(startingAt: k), m.kind == .person || !m.nameTokens.isEmpty,
               !ctx.isWord(m.tokens.upperBound) {
                state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                           confidence: 0.85, rule: name, anchor: anchor), ctx)
                continue
            }
            // said Marsh / said the senator / he said
            // (Not a participle: what follows "…,” citing" is its object.)
            if let c = ctx.cue(at: k), c.cue.kind == .verb, !state.usedCues.contains(k), !ctx.wordEnds(k, "ing") {
                let m = ctx.englishSubject(startingAt: c.tokens.upperBound)
                let after = m?.tokens.upperBound ?? c.tokens.upperBound
                guard !ctx.isComplementizer(after), !introducesOwnContent(ctx, c, after: after) else { continue }
                // "…“sociopath,” said he doesn't believe …": a pronoun with a verb after it is the subject
                // of what was said, not an inverted subject.
                if let m, m.isPronoun, ctx.isWord(after), !ctx.has(after, [.time, .adjunctOpener]) { continue }
                let (kind, content) = content(ctx, state, q, after: after)
                state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: m,
                                           source: m == nil ? .previous : .mention, confidence: m == nil ? 0.7 : 0.9,
                                           rule: name, anchor: anchor), ctx)
                continue
            }
            // Marsh told reporters / Rep. Gwen Moore (D-Wis.) said / Pruitt, the attorney general, said
            guard let m = ctx.englishSubject(startingAt: k), let c = cueAfterSubject(ctx, m),
                  !state.usedCues.contains(c.tokens.lowerBound) else { continue }
            guard !ctx.isComplementizer(c.tokens.upperBound), !introducesOwnContent(ctx, c, after: c.tokens.upperBound) else { continue }
            let (kind, content) = content(ctx, state, q, after: c.tokens.upperBound)
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c),
                                       speaker: m, source: .mention, confidence: 0.9, rule: name, anchor: anchor), ctx)
        }
    }

    /// Whether the cue after the quotation goes on to its own content: a colon ("Scott added: “…”"), or,
    /// for a verb that takes an object, a word that starts one ("Trump accused Holt of …", "Clinton has
    /// not mentioned Machado since"). The quotation before it is then not what it attributes.
    private func introducesOwnContent(_ ctx: QuoteContext, _ c: QuoteContext.CueMention, after: Int) -> Bool {
        guard after < ctx.count else { return false }
        if ctx.isColon(after) { return true }
        guard c.cue.complement != .that, ctx.isWord(after) else { return false }
        return !ctx.has(after, [.time, .adjunctOpener, .preverbal])
    }

    private func isOneWordStatement(_ ctx: QuoteContext, _ q: QuoteSpan) -> Bool {
        var e = q.content.end
        while e > q.content.start, Segmenter.isSpace(ctx.text[e - 1]) { e -= 1 }
        guard e - 1 > q.content.start, ",.!?".unicodeScalars.contains(ctx.text[e - 1]) else { return false }
        let w = ctx.token(atOrAfter: q.content.start)
        guard w < ctx.count && ctx.isWord(w) && ctx.tokens[w].kind != .number else { return false }
        // On Fox News's “Hannity,” Gingrich said: a capitalized word inside a sentence is a name or a
        // title, not a statement.
        if ctx.isCapitalized(w), w >= 2, ctx.isQuoteMark(w - 1), ctx.isWord(w - 2), ctx.sentenceOf[w - 2] == ctx.sentenceOf[w] { return false }
        return true
    }

    /// A title in quotation marks inside a sentence: after a possessive or "on"/"in" and in title case
    /// (Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said …; on “Meet the Press,”).
    private func isTitle(_ ctx: QuoteContext, _ q: QuoteSpan) -> Bool {
        let open = ctx.token(atOrAfter: q.open.start)
        guard open >= 1, ctx.isWord(open - 1), ctx.sentenceOf[open - 1] == ctx.sentenceOf[open],
              ctx.wordEnds(open - 1, "'s") || ctx.wordIs(open - 1, "on") || ctx.wordIs(open - 1, "in") else { return false }
        var k = open + 1
        let end = ctx.token(atOrAfter: q.content.end)
        var words = 0
        while k < end {
            if ctx.isWord(k) {
                words += 1
                guard words <= 6, ctx.isCapitalized(k) || ctx.has(k, [.determiner, .coordinator]) || ctx.marker(k) == .preposition else { return false }
            }
            k += 1
        }
        return words >= 1
    }

    private func endsSentence(_ ctx: QuoteContext, _ q: QuoteSpan) -> Bool {
        ctx.lastScalar(ofContent: q.content).map { ".!?".unicodeScalars.contains($0) } ?? false
    }

    /// Whether the sentence from `k` is only an attribution: a few words, and nothing reported after its
    /// verb (“Never.” Trump said on Tuesday.), not a new statement (The president told voters he …).
    private func isShortAttribution(_ ctx: QuoteContext, from k: Int) -> Bool {
        let end = ctx.sentenceTokens(ctx.sentenceOf[k]).upperBound
        let words = ctx.wordCount(ctx.range(k..<end))
        guard words <= 12 else { return false }
        // “…” ― Sonya Herridge, “…” Trump (R): a name alone.
        guard let c = (k..<end).first(where: { ctx.isCue($0) }) else { return words <= 7 }
        let after = ctx.cue(at: c)!.tokens.upperBound
        let rest = (after..<end).filter { ctx.isWord($0) }
        // (“Others say this is just a rough patch.”: an auxiliary or copula after the verb is a reported
        // clause's.)
        return rest.count <= 7 && !rest.contains { ctx.isComplementizer($0) || (ctx.isEnglishSourcePronoun($0) && $0 > after) || ctx.has($0, .auxiliary) }
    }

    /// The content of quotation `q` attributed by the clause ending at token `after`: the quotation,
    /// widened to what annotators mark as one (often discontinuous) statement —
    /// - back over the words that lead into it in its sentence (Belgium failed and “should have acted
    ///   sooner,” said the minister): a mixed content from the sentence start;
    /// - on over a statement that resumes after the attribution in the same sentence (“Every time you say
    ///   that,” Tester said, referring to the excuse, “you give ammunition …”);
    /// - on over a quotation that opens the next sentence of the paragraph (“We will win,” she said, speaking
    ///   to reporters. “And we will govern.”).
    func content(_ ctx: QuoteContext, _ state: AttributionState, _ q: QuoteSpan, after: Int) -> (Attribution.Kind, TextRange) {
        let open = ctx.token(atOrAfter: q.open.start)
        let sentence = ctx.sentenceTokens(ctx.sentenceOf[min(open, ctx.count - 1)])
        var start = q.content.start
        var kind = Attribution.Kind.direct
        if let lead = leadingWords(ctx, state, q, open: open, sentence: sentence) {
            start = ctx.tokens[lead].range.start
            kind = .mixed
        }
        var end = q.content.end
        let attribution = ctx.sentenceTokens(ctx.sentenceOf[min(after, ctx.count - 1)])
        if let resumed = resumedInSentence(ctx, state, after: after, sentence: attribution) {
            end = max(end, resumed)
            kind = .mixed
        } else if let next = resumedInNextSentence(ctx, state, after: after, sentence: attribution) {
            end = max(end, next.content.end)
        }
        return (kind, TextRange(start, end))
    }

    /// The first word of the clause that leads into quotation `q` in its sentence, when words stand
    /// before it there (after any earlier attribution's content); nil when the quotation opens its
    /// sentence.
    private func leadingWords(_ ctx: QuoteContext, _ state: AttributionState, _ q: QuoteSpan, open: Int, sentence: Range<Int>) -> Int? {
        var start = sentence.lowerBound
        if let prev = state.drafts.last(where: { $0.content.end <= q.open.start && ctx.sentenceOf[min(ctx.token(atOrAfter: $0.content.start), ctx.count - 1)] == ctx.sentenceOf[open] }) {
            start = max(start, ctx.token(atOrAfter: prev.content.end))
        }
        // Not inside another quotation, and only plain words before this one (a colon or a dash there
        // introduces it: "Trump’s answer: “…”").
        var first: Int?
        var k = start
        while k < open {
            if ctx.isWord(k) {
                if first == nil { first = k }
                if ctx.isCue(k) && state.usedCues.contains(k) { return nil }
            } else if ctx.isColon(k) || ctx.isDash(k) || ctx.isPunct(k, "(") {
                return nil
            } else if ctx.isQuoteMark(k), ctx.quote(openingAt: k) == nil {
                return nil
            }
            k += 1
        }
        return first
    }

    /// Where a quotation that resumes the statement a few words after the attribution clause ending at
    /// `after` ends (…, he said, but “when it comes to …”). (Unquoted words after the clause are more often
    /// an appositive than the statement: “…,” said Renee Gold, 83, of Sarasota.)
    private func resumedInSentence(_ ctx: QuoteContext, _ state: AttributionState, after: Int, sentence: Range<Int>) -> Int? {
        var k = after
        // The rest of the attribution clause, to its comma.
        while k < sentence.upperBound && k < after + 12 && ctx.isWord(k) && !ctx.isCue(k) && !ctx.isComplementizer(k) { k += 1 }
        guard k + 1 < sentence.upperBound, ctx.isComma(k) else { return nil }
        // A few words, then a quotation that runs to the end of the sentence.
        var j = k + 1
        while j < sentence.upperBound && j < k + 14 && !ctx.isQuoteMark(j) {
            if ctx.isWord(j) && (ctx.isCue(j) || ctx.isComplementizer(j) || ctx.isEnglishSourcePronoun(j) && !ctx.wordIs(j, "it")) { return nil }
            if !ctx.isWord(j) && !ctx.isComma(j) { return nil }
            j += 1
        }
        guard j < sentence.upperBound, let next = ctx.quote(openingAt: j), next.close != nil, !state.usedQuotes.contains(next.open.start) else { return nil }
        var e = ctx.tokenAfter(next)
        while e < sentence.upperBound && !ctx.isWord(e) && !ctx.isQuoteMark(e) { e += 1 }
        guard e >= sentence.upperBound else { return nil }
        return next.content.end
    }

    /// A quotation that opens the sentence after the attribution's, in the same paragraph, when the
    /// attribution clause reports nothing of its own (only adjuncts: "said, speaking on condition of
    /// anonymity.").
    private func resumedInNextSentence(_ ctx: QuoteContext, _ state: AttributionState, after: Int, sentence: Range<Int>) -> QuoteSpan? {
        var k = after
        while k < sentence.upperBound {
            if ctx.isQuoteMark(k) || ctx.isComplementizer(k) || ctx.isColon(k) { return nil }
            if ctx.isWord(k), let c = ctx.cue(at: k), k > after, c.cue.kind == .verb || c.cue.kind == .participle { return nil }
            k += 1
        }
        guard ctx.wordCount(ctx.range(after..<sentence.upperBound)) <= 16 else { return nil }
        guard k < ctx.count, ctx.isQuoteMark(k), let next = ctx.quote(openingAt: k), next.close != nil,
              !state.usedQuotes.contains(next.open.start),
              ctx.paragraph(ofToken: k) == ctx.paragraph(ofToken: min(after, ctx.count - 1)) else { return nil }
        return next
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
                // (A plural possessive's apostrophe is no quotation mark: "Jeff Weaver, Sanders' campaign
                // manager, said".)
                if ctx.isQuoteMark(e) && !ctx.isPossessiveApostrophe(e) || ctx.isPunct(e, ".") && !(e > 0 && ctx.isTitleAbbreviation(e - 1)) { return nil }
                e += 1
            }
            guard e < sentence.upperBound, ctx.isComma(e) else { return nil }
            // "one of the states suing the EPA," may add a second appositive, and an appositive may hold
            // a list ("assistant secretary for population, refugees, and migration,"): up to three more
            // parts, while no verb follows.
            j = e + 1
            var parts = 0
            while parts < 3, !ctx.isCue(j), !ctx.isCue(ctx.skipEnglishAdverbs(j)) {
                var e2 = j
                while e2 < sentence.upperBound && e2 < j + Self.maxAppositive && !ctx.isComma(e2) && !ctx.isQuoteMark(e2) { e2 += 1 }
                guard e2 < sentence.upperBound, ctx.isComma(e2) else { break }
                j = e2 + 1
                parts += 1
            }
        }
        // "“…,” the pitch on Kickstarter says.": a short prepositional phrase with a name on the subject,
        // then a speech verb that ends the clause.
        if j < sentence.upperBound, !ctx.isCue(j), ["on", "in", "at", "from", "for", "of", "with"].contains(where: { ctx.wordIs(j, $0) }),
           let v = (j + 1..<min(sentence.upperBound, j + 6)).first(where: { !ctx.isWord($0) || ctx.isCue($0) }),
           v > j + 1, (j + 1..<v).allSatisfy({ ctx.isCapitalized($0) || ctx.has($0, .determiner) }),
           let c = ctx.cue(at: v), c.cue.kind == .verb, c.cue.cueClass == .speech, ctx.endsEnglishClause(after: c.tokens.upperBound) {
            return c
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
        while j < count, j < i + 4, isWord(j), !isCue(j) {
            guard has(j, .preverbal) || (wordEnds(j, "ly") && word(j).count > 4 && !isCapitalized(j)) else { break }
            j += 1
        }
        return j
    }
}
