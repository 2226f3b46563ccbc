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
            var found = ctx.arabic ? ctx.mention(startingAt: c.tokens.upperBound) : ctx.englishSubject(startingAt: c.tokens.upperBound)
            // "According to early results of the exit poll conducted by …, Clinton led": a source phrase
            // that no subject rule takes (it opens with a time word) runs to the comma when the phrase
            // opens its sentence.
            if found == nil, !ctx.arabic, c.tokens.upperBound < sentence.upperBound, ctx.isWord(c.tokens.upperBound), isSentenceStart(ctx, i, sentence),
               let comma = (c.tokens.upperBound..<min(sentence.upperBound, c.tokens.upperBound + 40)).first(where: { ctx.isComma($0) }),
               comma + 1 < sentence.upperBound {
                found = ctx.classify(c.tokens.upperBound..<comma)
            }
            // "…, according to early returns.": inside the sentence, a phrase that no subject rule takes
            // runs to the end of its clause.
            if found == nil, !ctx.arabic, c.tokens.upperBound < sentence.upperBound, ctx.isWord(c.tokens.upperBound), !isSentenceStart(ctx, i, sentence),
               let stop = (c.tokens.upperBound..<min(sentence.upperBound, c.tokens.upperBound + 12)).first(where: { ctx.isClauseBreak($0) || !ctx.isWord($0) }),
               stop > c.tokens.upperBound, ctx.isClauseBreak(stop) {
                found = ctx.classify(c.tokens.upperBound..<stop)
            }
            guard var m = found else { continue }
            // "according to a tally by the Associated Press", "a court document filed by the state
            // attorney", "a recent report from Bloomberg": a document and its author are one source.
            if !ctx.arabic, let author = documentAuthor(ctx, after: m, end: sentence.upperBound) {
                m = ctx.classify(m.tokens.lowerBound..<author.tokens.upperBound)
            }
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
                let clause = ctx.documentText[ctx.range(m.tokens.upperBound..<k)].lowercased()
                if clause.contains("anonym") || clause.contains("not to be named") || clause.contains("not authorized") {
                    mention.vague = true
                    mention.kind = .anonymous
                }
            }
            // English "…, according to X, …" inside its sentence: what stands before the phrase decides.
            let lead = ctx.arabic ? .opener : englishLead(ctx, state, before: i, sentence: sentence)
            var contentTokens: Range<Int>?
            if case .subject(let start) = lead, k < sentence.upperBound, ctx.isComma(k) {
                // "The plan, according to officials, failed": the subject and the rest of its clause.
                contentTokens = start..<ctx.contentEnd(from: k + 1, end: sentence.upperBound)
            } else if case .clause = lead {
                // "…have come from women, according to Crowdpac, the most of any candidate": the clause
                // before; what follows the source is an appositive or an adjunct.
                contentTokens = contentBefore(ctx, state, i, sentence: sentence, s: s)
            } else if k < sentence.upperBound, ctx.isComplementizer(k) {
                let start = k + 1
                contentTokens = start..<ctx.contentEnd(from: start, end: sentence.upperBound)
            } else if k < sentence.upperBound, ctx.isComma(k) || ctx.isColon(k), i == ctx.clauseStart(before: i) || isSentenceStart(ctx, i, sentence) {
                // "According to X, content" at the start of its clause.
                let start = k + 1
                contentTokens = start..<ctx.contentEnd(from: start, end: sentence.upperBound)
            } else if !ctx.arabic, isSentenceStart(ctx, i, sentence) || lead.isOpener,
                      let comma = (k..<min(sentence.upperBound, k + 40)).first(where: { ctx.isComma($0) }), comma + 1 < sentence.upperBound {
                // "According to a complaint filed by the SEC and a second one by Vermont, the developers …":
                // a long source phrase up to its comma.
                let start = comma + 1
                contentTokens = start..<ctx.contentEnd(from: start, end: sentence.upperBound)
            } else {
                // "content, according to X" / "content وفقا لمراقبين": the clause before.
                contentTokens = contentBefore(ctx, state, i, sentence: sentence, s: s)
            }
            guard let r = contentTokens, r.count >= 2 else { continue }
            let (kind, content) = ctx.typedContent(r.lowerBound, r.upperBound)
            guard ctx.wordCount(content) >= 2 else { continue }
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: mention, source: .mention,
                                       confidence: 0.8, rule: name, anchor: i), ctx)
        }
    }

    /// The author after a document phrase `m` ("a tally **by the Associated Press**", "a court document
    /// filed **by the state attorney**", "a post **from Arianna Huffington**"): "by" or "from", perhaps
    /// after a lowercase past participle, and a subject phrase. Nil when `m` names a person or is a
    /// pronoun, or no author follows.
    private func documentAuthor(_ ctx: QuoteContext, after m: Mention, end: Int) -> Mention? {
        guard !m.isPronoun, m.kind == .document || m.nameTokens.isEmpty else { return nil }
        var k = m.tokens.upperBound
        if k < end, ctx.isWord(k), !ctx.isCapitalized(k), ctx.isPastForm(k) { k += 1 }
        guard k + 1 < end, ctx.wordIs(k, "by") || ctx.wordIs(k, "from"), let a = ctx.englishSubject(startingAt: k + 1), a.tokens.upperBound <= end,
              !a.isPronoun else { return nil }
        return a
    }

    /// What stands before an English according-to phrase in its sentence (after an earlier
    /// attribution's content there).
    private enum Lead {
        /// Nothing, or only an opener: "According to X, …", "But, according to X, …", "In 2015, according to X, …".
        case opener
        /// A short subject: "The plan, according to officials, failed".
        case subject(Int)
        /// A clause of its own: "Clinton leads by 271 delegates, according to the AP".
        case clause

        var isOpener: Bool { if case .opener = self { true } else { false } }
    }

    private func englishLead(_ ctx: QuoteContext, _ state: AttributionState, before i: Int, sentence: Range<Int>) -> Lead {
        var start = sentence.lowerBound
        var afterAttribution = false
        if let prev = state.drafts.last(where: { $0.anchor < i && $0.content.end <= ctx.tokens[i].range.start && ctx.sentenceOf[min($0.anchor, ctx.count - 1)] == ctx.sentenceOf[i] }) {
            start = max(start, ctx.token(atOrAfter: prev.content.end))
            afterAttribution = start > sentence.lowerBound
        }
        // The words before the phrase: the first, whether there are more than three, whether all are openers.
        var first: Int?
        var words = 0
        var openers = true
        for k in start..<i where ctx.isWord(k) {
            if first == nil { first = k }
            words += 1
            if words > 3 { break }
            openers = openers && (ctx.has(k, [.coordinator, .adjunctOpener, .preverbal, .time]) || ctx.tokens[k].kind == .number
                || (ctx.wordEnds(k, "ly") && ctx.word(k).count > 4))
        }
        // Right after an earlier attribution's content, the phrase closes that clause ("What Romney has
        // said privately about Trump is a different story, according to former Sen. Scott Brown, R-Mass.").
        guard let first else { return afterAttribution ? .clause : .opener }
        // "But according to reports, …": a conjunction or adverb alone before it.
        if openers && words <= 2 { return .opener }
        // Only after a comma: "… according to" inside a clause ("leads according to") keeps the old reading.
        // After a colon, semicolon or dash a new clause starts ("…: According to recent polls, Trump …").
        var j = i - 1
        while j >= start && !ctx.isWord(j) && !ctx.isComma(j) && !ctx.isColon(j) && !ctx.isPunct(j, ";") && !ctx.isDash(j) { j -= 1 }
        if j >= start, ctx.isColon(j) || ctx.isPunct(j, ";") || ctx.isDash(j) { return .opener }
        guard j >= start, ctx.isComma(j) else { return .clause }
        guard words <= 3 else { return .clause }
        return openers || ctx.has(first, [.coordinator, .adjunctOpener]) ? .opener : .subject(first)
    }

    /// The content before the according-to phrase at `i`: the clause before (English: the sentence
    /// before, whose commas belong to the content).
    private func contentBefore(_ ctx: QuoteContext, _ state: AttributionState, _ i: Int, sentence: Range<Int>, s: Int) -> Range<Int>? {
        var end = i
        while end > sentence.lowerBound && !ctx.isWord(end - 1) && !ctx.isQuoteMark(end - 1) { end -= 1 }
        guard !ctx.arabic else {
            let start = independentClauseStart(ctx, before: end, floor: sentence.lowerBound)
            return end > start ? start..<end : nil
        }
        var start = sentence.lowerBound
        if let prev = state.drafts.last(where: { ctx.sentenceOf[min($0.anchor, ctx.count - 1)] == s && $0.anchor < i }) {
            // An attribution reported by the source ("“…,” Sanders said, according to CNN"; "Sanders
            // said the plan would fail, according to CNN"): the phrase covers it, which ends right
            // before the phrase but for its own clause. Otherwise the content follows it.
            let after = ctx.token(atOrAfter: prev.content.end)
            if ctx.wordCount(ctx.range(min(after, end)..<end)) > 6 { start = max(start, after) }
        }
        while start < end && !ctx.isWord(start) && !ctx.isQuoteMark(start) { start += 1 }
        return end > start ? start..<end : nil
    }

    /// The start of the independent clause ending at `end`: back past commas that continue a clause
    /// (…، التقى خلالها …) to one that opens a new clause with a conjunction (…، ولهذه الزيارة …).
    private func independentClauseStart(_ ctx: QuoteContext, before end: Int, floor: Int) -> Int {
        var k = end - 1
        while k >= floor {
            if ctx.isComma(k) || ctx.isPunct(k, "؛") || ctx.isPunct(k, ";") {
                let next = k + 1
                if !ctx.arabic || ctx.hasConjunction(next) || ctx.isColon(k) { return next }
            }
            k -= 1
        }
        return floor
    }

    private func isSentenceStart(_ ctx: QuoteContext, _ i: Int, _ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k < i && !ctx.isWord(k) { k += 1 }
        return k == i
    }
}
