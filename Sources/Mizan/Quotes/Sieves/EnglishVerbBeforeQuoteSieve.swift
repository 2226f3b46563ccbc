/// English: a quotation opened right after a subject, a past verb and a comma or colon, where the verb is
/// not a listed cue ("He concluded, “…”", "She then addressed the supporters again: “…”", "“…,” Blackwell
/// concluded, “…”"), or closed by a comma and followed by such a subject and verb that end the clause
/// ("“…,” an angry Hollande retaliated."). The frame itself reports speech: the subject is the speaker
/// and the quotation what was said. Runs before the floating-quotation rule, which would give such a
/// quotation to the previous speaker.
struct EnglishVerbBeforeQuoteSieve: AttributionSieve {
    let name = "verb-quote"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for q in ctx.quotes where q.level == 0 && !state.usedQuotes.contains(q.open.start) {
            let open = ctx.token(atOrAfter: q.open.start)
            // (Short quoted terms, most quotations in a text, are passed over by their token span first.)
            guard ctx.token(atOrAfter: q.content.end) - open >= 4 else { continue }
            // A statement of three words or more, not a title in quotation marks (which names a work: "He
            // wrote, “A Tale of Two Cities”"), asked only once a frame is found (most quotations have none).
            let isStatement = { ctx.wordCount(q.content) >= 3 && !ctx.isTitleCase(q.content) }
            if let (m, v, after) = subjectAndVerbAfter(ctx, q) {
                guard isStatement() else { continue }
                // The content widens as after a listed cue: over a statement resumed after the attribution
                // ("“Let's take this opportunity,” Blackwell concluded, “to nominate …”").
                let (kind, content) = EnglishQuoteThenCueSieve().content(ctx, state, q, after: after)
                state.add(AttributionDraft(kind: kind, content: content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                           confidence: 0.65, rule: name, anchor: v), ctx)
                continue
            }
            if let (m, v) = shortSentenceBefore(ctx, state, open: open) {
                guard isStatement() else { continue }
                state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                           confidence: 0.6, rule: name, anchor: v), ctx)
                continue
            }
            guard open >= 3, ctx.isComma(open - 1) || ctx.isColon(open - 1) else { continue }
            if ctx.isColon(open - 1), let (m, v) = clauseBeforeColon(ctx, colon: open - 1) {
                guard isStatement() else { continue }
                state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                           confidence: 0.6, rule: name, anchor: v), ctx)
                continue
            }
            // Words between the verb and the mark: an adverb or particle ("then", "again", "back") or an
            // object pronoun ("interrupted me"); at most three.
            var v = open - 2
            let floor = ctx.sentenceFloor(v)
            var skipped = 0
            while v > floor, skipped < 3, ctx.isWord(v), !ctx.isCapitalized(v),
                  Self.afterVerb.contains(where: { ctx.wordIs(v, $0) }) || ctx.isAdverbInLy(v) {
                v -= 1
                skipped += 1
            }
            guard v > floor, ctx.isWord(v), !ctx.isCapitalized(v), !ctx.isCue(v), ctx.word(v).count >= 4,
                  ctx.isPastForm(v) || ctx.has(v, .irregularPast),
                  !ctx.has(v, [.stop, .auxiliary, .preverbal, .time]),
                  let m = ctx.englishSubject(endingBefore: v, floor: floor), m.tokens.upperBound <= v,
                  m.isPronoun ? ctx.isNominativePronoun(m.tokens.lowerBound) : (!m.nameTokens.isEmpty || m.kind != .unknown)
            else { continue }
            // Only adverbs between the subject and the verb ("She then addressed").
            guard (m.tokens.upperBound..<v).allSatisfy({ ctx.isWord($0) && !ctx.isCapitalized($0) && (ctx.has($0, .preverbal) || ctx.isAdverbInLy($0)) }) else { continue }
            // The subject opens its clause: at the sentence's start, after a coordinator, or after the
            // closing mark and comma of a quotation it interrupts ("“…,” Blackwell concluded, “…”").
            let before = m.tokens.lowerBound - 1
            guard m.tokens.lowerBound == floor || before >= floor && (ctx.has(before, .coordinator) && before == floor
                || ctx.isComma(before) && before > floor && ctx.isQuoteMark(before - 1)
                || ctx.isQuoteMark(before) && before > floor && ctx.isComma(before - 1)), isStatement() else { continue }
            state.add(AttributionDraft(kind: .direct, content: q.content, cueTokens: nil, cue: nil, speaker: m, source: .mention,
                                       confidence: 0.65, rule: name, anchor: v), ctx)
        }
    }

    /// For a closed quotation that ends in a comma and is followed by a subject and a past verb that end
    /// the clause ("“France will always be France,” an angry Hollande retaliated.", "“…,” the report
    /// concluded. “…”"): that subject (named, typed or a nominative pronoun) and the verb.
    private func subjectAndVerbAfter(_ ctx: QuoteContext, _ q: QuoteSpan) -> (Mention, Int, Int)? {
        guard q.close != nil, let last = ctx.lastScalar(ofContent: q.content), last == "," || last == "?" || last == "!" else { return nil }
        var k = ctx.tokenAfter(q)
        if k < ctx.count, ctx.isComma(k) { k += 1 }
        // (A subject opens on a capitalized word, a determiner or a pronoun; an inverted verb is lowercase.)
        guard k < ctx.count, ctx.isWord(k), !ctx.isCue(k),
              ctx.isCapitalized(k) || ctx.has(k, [.determiner, .pronoun]) || ctx.isPastForm(k) || ctx.has(k, .irregularPast) else { return nil }
        // "“…,” remembered Roy Verley, HP's former spokesman.": an unlisted verb, then its subject, which
        // ends the clause.
        if !ctx.isCapitalized(k), ctx.word(k).count >= 4, ctx.isPastForm(k) || ctx.has(k, .irregularPast), !ctx.has(k, [.stop, .auxiliary, .preverbal, .time]),
           let m = ctx.englishSubject(startingAt: k + 1, limit: 6), !m.isPronoun, !m.nameTokens.isEmpty || m.kind != .unknown,
           m.tokens.upperBound >= ctx.count || !ctx.isWord(m.tokens.upperBound) && !ctx.isQuoteMark(m.tokens.upperBound) {
            return (m, k, m.tokens.upperBound)
        }
        guard var m = ctx.englishSubject(startingAt: k, limit: 6) else { return nil }
        // "“…,” the Saudis state in the white paper": a present-tense verb read into the phrase is split off
        // when the words before it are a named or typed subject.
        if !m.isPronoun, m.tokens.count >= 2, case let l = m.tokens.upperBound - 1, !ctx.isCapitalized(l), ctx.tokens[l].kind == .word,
           !ctx.wordEnds(l, "s") || ctx.wordEnds(l, "es"), !ctx.isPastForm(l), !ctx.has(l, [.stop, .link, .determiner]), isNoSourceNoun(ctx, l) {
            let shorter = ctx.classify(m.tokens.lowerBound..<l)
            if !shorter.nameTokens.isEmpty || shorter.kind != .unknown, ctx.isCapitalized(l - 1) || ctx.wordEnds(l - 1, "s") { m = shorter }
        }
        guard m.isPronoun ? ctx.isNominativePronoun(m.tokens.lowerBound) : (!m.nameTokens.isEmpty || m.kind != .unknown) else { return nil }
        let v = m.tokens.upperBound
        // A past form, or a lowercase word of a present tense ("they conclude", "the Saudis state").
        guard v < ctx.count, ctx.isWord(v), !ctx.isCapitalized(v), !ctx.isCue(v), ctx.word(v).count >= 4, ctx.tokens[v].kind == .word,
              !ctx.has(v, [.stop, .auxiliary, .preverbal, .time, .determiner, .link, .pronoun]), !ctx.isAdverbInLy(v), !ctx.wordEnds(v, "ing") else { return nil }
        // The verb ends its clause (perhaps with a particle, or an adjunct up to punctuation: "retaliated.",
        // "went on, as if …", "state in the white paper, which …").
        var e = v + 1
        while e < ctx.count, e < v + 3, ctx.isWord(e), Self.afterVerb.contains(where: { ctx.wordIs(e, $0) }) || ctx.isAdverbInLy(e),
              !(ctx.has(e, .adjunctOpener) && e + 1 < ctx.count && ctx.isWord(e + 1)) { e += 1 }
        if e < ctx.count, ctx.isWord(e), ctx.has(e, .adjunctOpener), !ctx.isComplementizer(e), !ctx.has(e, .coordinator) {
            var a = e + 1
            while a < ctx.count, a < e + 8, ctx.isWord(a) || ctx.isPossessiveApostrophe(a) || ctx.isPunct(a, ".") && ctx.isTitleAbbreviation(a - 1) {
                if ctx.isComplementizer(a) || ctx.isEnglishSourcePronoun(a) || ctx.has(a, .auxiliary) { return nil }
                a += 1
            }
            e = a
        }
        guard e >= ctx.count || !ctx.isWord(e) && !ctx.isQuoteMark(e) && !ctx.isPunct(e, "-") || ctx.isQuoteMark(e) && e > v + 1 else { return nil }
        return (m, v, e)
    }

    /// For a quotation that opens its sentence and fills it, a short sentence right before it in the same
    /// paragraph that is only a subject and a verb reporting nothing (unused by the other rules), perhaps with adverbs or a short adjunct
    /// ("Iowa State University's Dianne Bystrom agreed. “…”"): that subject (named, typed or a nominative
    /// pronoun) and the verb.
    private func shortSentenceBefore(_ ctx: QuoteContext, _ state: AttributionState, open: Int) -> (Mention, Int)? {
        let s = ctx.sentenceOf[open]
        guard s > 0, ctx.sentenceTokens(s).lowerBound == open, ctx.sentences[s - 1].paragraph == ctx.sentences[s].paragraph else { return nil }
        let prev = ctx.sentenceTokens(s - 1)
        guard prev.count <= 16, let last = (prev.lowerBound..<prev.upperBound).last(where: { ctx.isWord($0) }),
              ctx.isPunct(prev.upperBound - 1, ".") || last + 1 == prev.upperBound,
              !prev.contains(where: { ctx.isQuoteMark($0) || ctx.isComplementizer($0) }),
              let m = ctx.englishSubject(startingAt: ctx.sentenceFloor(prev.lowerBound)),
              m.isPronoun ? ctx.isNominativePronoun(m.tokens.lowerBound) : (!m.nameTokens.isEmpty || m.kind == .person) else { return nil }
        var v = m.tokens.upperBound
        while v < last, ctx.isWord(v), !ctx.isCapitalized(v), ctx.has(v, [.preverbal, .auxiliary]) || ctx.isAdverbInLy(v) { v += 1 }
        guard v <= last, ctx.isWord(v), !ctx.isCapitalized(v), ctx.word(v).count >= 4, ctx.isPastForm(v) || ctx.has(v, .irregularPast),
              !ctx.has(v, [.stop, .time]), !state.usedCues.contains(v), !(m.tokens.upperBound..<v).contains(where: { ctx.isCue($0) }) else { return nil }
        // Nothing but adverbs or one short adjunct after the verb ("agreed.", "agreed with him.").
        var e = v + 1
        while e <= last, ctx.isWord(e), !ctx.isCapitalized(e), Self.afterVerb.contains(where: { ctx.wordIs(e, $0) }) || ctx.isAdverbInLy(e) { e += 1 }
        if e <= last, ctx.has(e, .adjunctOpener), !ctx.isComplementizer(e), !ctx.has(e, .coordinator), last - e < 4 { e = last + 1 }
        guard e == last + 1 else { return nil }
        return (m, v)
    }

    /// For a colon before a quotation, the subject of the clause that the colon ends and its finite verb
    /// ("Clinton has since apologized for what happened: “…”", "he returned to his familiar lines: “…”",
    /// "Isaiah 45:1 reads: “…”"): the main subject of the sentence (named, typed or a nominative pronoun),
    /// then, past adverbs and auxiliaries, a lowercase past form or a verb in -s; at most 24 tokens from
    /// the subject to the colon, with no other verb of speech, complementizer or quotation between.
    private func clauseBeforeColon(_ ctx: QuoteContext, colon: Int) -> (Mention, Int)? {
        let floor = ctx.sentenceFloor(colon)
        guard colon - floor <= 30, let m = ctx.englishMainSubject(from: floor, before: colon),
              m.isPronoun ? ctx.isNominativePronoun(m.tokens.lowerBound) : (!m.nameTokens.isEmpty || m.kind != .unknown),
              colon - m.tokens.upperBound <= 24 else { return nil }
        var v = m.tokens.upperBound
        while v < colon, ctx.isWord(v), !ctx.isCapitalized(v), ctx.has(v, [.preverbal, .auxiliary]) || ctx.isAdverbInLy(v) { v += 1 }
        guard v < colon, ctx.isWord(v), !ctx.isCapitalized(v), ctx.word(v).count >= 4, !ctx.has(v, [.stop, .time]),
              ctx.isPastForm(v) || ctx.has(v, .irregularPast) || ctx.wordEnds(v, "s") && !ctx.wordEnds(v, "ss"),
              !(v..<colon).contains(where: { ctx.isComplementizer($0) || ctx.isQuoteMark($0) || ctx.isCue($0) && ctx.cue(at: $0)?.cue.cueClass == .speech })
        else { return nil }
        return (m, v)
    }

    /// Whether the word at `l` is not a source head noun ("spokeswoman", "official"): no title, head or
    /// anonymous-source word.
    private func isNoSourceNoun(_ ctx: QuoteContext, _ l: Int) -> Bool {
        ctx.title(at: l) == nil && ctx.head(at: l) == nil && ctx.anonymous(at: l) == nil
    }

    /// Adverbs, particles and object pronouns that may stand between the verb and the mark.
    private static let afterVerb: [StaticString] = ["then", "again", "back", "on", "in", "out", "up", "me", "him", "her", "them", "us", "later",
                                                    "too", "also", "simply", "rhetorically"]
}
