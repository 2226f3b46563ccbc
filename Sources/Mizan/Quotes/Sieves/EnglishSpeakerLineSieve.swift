/// English transcript and headline lines: a paragraph that opens with a short name and a colon
/// ("PENCE: We will win.", "Q: How did it go?", "Bernie Sanders: ‘It Is Not A Radical Idea’"). The
/// content is the rest of the paragraph; the name is the speaker.
struct EnglishSpeakerLineSieve: AttributionSieve {
    let name = "speaker-line"

    /// Most words a speaker label may have.
    static let maxLabelWords = 4

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for (index, paragraph) in ctx.paragraphs.enumerated() {
            var first = ctx.token(atOrAfter: paragraph.range.start)
            // A transcript line may itself be quoted: "WALLACE: …
            if first < ctx.count, ctx.isQuoteMark(first) { first += 1 }
            guard first < ctx.count, ctx.tokens[first].range.start < paragraph.range.end else { continue }
            // The label: capitalized words (or Q / A) up to a colon.
            var k = first
            var words = 0
            // (In the headline a label may go on in lowercase and hyphens, "Clinton camp", "Wash Post
            // Fact-Check", when it names a known kind of source: checked below.)
            var lowercase = false
            while k < ctx.count, ctx.isWord(k) || ctx.isPunct(k, ".") && k > first && ctx.isTitleAbbreviation(k - 1)
                    || index == 0 && k > first && ctx.isPunct(k, "-") && ctx.isWord(k - 1) && ctx.isWord(k + 1), words <= Self.maxLabelWords {
                if ctx.isWord(k) {
                    if !ctx.isCapitalized(k) {
                        // (Nouns only: "Spoiler no more: …" is no label.)
                        guard index == 0, k > first, !ctx.has(k, [.stop, .link, .pronoun, .determiner, .preverbal, .quantity, .time]), !ctx.isCue(k),
                              !ctx.wordIs(k, "no"), !ctx.wordIs(k, "more"), !ctx.wordIs(k, "less"), !ctx.isAdverbInLy(k) else { break }
                        lowercase = true
                    }
                    words += 1
                }
                k += 1
            }
            guard words >= 1, words <= Self.maxLabelWords, k < ctx.count, ctx.isColon(k) else { continue }
            let label = first..<k
            // Not a cue.
            guard !label.contains(where: { ctx.isCue($0) }) else { continue }
            let m = ctx.classify(label)
            guard m.kind != .anonymous, !lowercase || m.kind != .unknown && !ctx.has(first, .determiner) else { continue }
            let start = k + 1
            var end = start
            while end < ctx.count && ctx.tokens[end].range.end <= paragraph.range.end { end += 1 }
            guard end > start, ctx.wordCount(ctx.range(start..<end)) >= 2 else { continue }
            let stop = ctx.trimEnd(start, end)
            let (kind, content) = ctx.typedContent(start, stop)
            // A quotation already attributed (by the colon rule) keeps its attribution. (In the headline, a
            // verb inside what a typed label without a determiner says does not: "Obama: Americans Will Say No
            // to Trump" is Obama's; "The Latest: …" is no one's.)
            let headline = index == 0 && m.kind != .unknown && !ctx.has(first, .determiner)
            guard !state.drafts.contains(where: { d in
                d.content.overlaps(content) && !(headline && d.anchor > k && d.anchor < ctx.count && content.contains(ctx.tokens[d.anchor].range.start))
            }) else { continue }
            var speaker = m
            if speaker.kind == .unknown { speaker.kind = .person }
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: nil, cue: nil, speaker: speaker, source: .mention,
                                       confidence: 0.7, rule: name, anchor: k), ctx)
        }
    }
}
