/// An attribution as a rule proposes it, before speakers are resolved across the article.
struct AttributionDraft {
    enum SpeakerSource {
        /// The mention is in `speaker`.
        case mention
        /// No mention: the subject of the governing clause in the same sentence, else the previous speaker
        /// (participles ..., مؤكدا أن; "وأكد أن" without a subject; ", adding that").
        case governingClause
        /// No mention: the previous speaker goes on (floating quotations, وأضاف، بدوره).
        case previous
    }

    var kind: Attribution.Kind
    var content: TextRange
    var cueTokens: Range<Int>?
    var cue: QuoteLexicon.Cue?
    var speaker: Mention?
    var source: SpeakerSource
    var confidence: Double
    var rule: String
    /// Token where the attribution is anchored (its cue, or the quotation's opening mark): orders
    /// attributions and decides which one is "previous".
    var anchor: Int
}

/// What the sieves have found so far; later sieves skip cues and quotations earlier ones used.
///
/// (One state serves one article on one thread, and no access to its properties overlaps another, so
/// they go without the dynamic exclusivity check a class `var` pays on every access: the sieves ask
/// `usedCues` and `usedQuotes` in their inner loops.)
final class AttributionState {
    @exclusivity(unchecked) var drafts: [AttributionDraft] = []
    /// First tokens of cues already used.
    @exclusivity(unchecked) var usedCues = IndexBitSet()
    /// Opening-mark offsets of quotations already attributed.
    @exclusivity(unchecked) var usedQuotes = IndexBitSet()

    init() {}

    /// A state with room for the drafts, used cues and used quotations of an article with `cues` cues,
    /// `quotes` quotations, `tokens` tokens and `scalars` scalars of text (a draft uses at most one cue,
    /// and most use one or none of the quotations): the drafts are allocated once at about their final
    /// size instead of regrowing — and copying every draft — as the rules add to them.
    init(cues: Int, quotes: Int, tokens: Int, scalars: Int) {
        drafts.reserveCapacity(cues + quotes)
        usedCues = IndexBitSet(capacity: tokens)
        usedQuotes = IndexBitSet(capacity: scalars)
    }

    func add(_ draft: AttributionDraft, _ ctx: QuoteContext) {
        drafts.append(draft)
        if let c = draft.cueTokens { usedCues.insert(c.lowerBound) }
        // Top-level quotations inside the content, or more than half covered by it (only those near the
        // content can be).
        ctx.forEachQuote(touching: draft.content) { k in
            let q = ctx.quotes[k]
            if q.level == 0 && (draft.content.contains(q.content) || q.content.overlap(with: draft.content) * 2 > q.content.length) {
                usedQuotes.insert(q.open.start)
            }
        }
    }

    /// The latest draft anchored before token `i`.
    func previous(before i: Int) -> AttributionDraft? {
        // The first of the latest, as `filter` then `max(by:)` would give, without copying the drafts.
        var best = -1
        for k in drafts.indices where drafts[k].anchor < i && (best < 0 || drafts[best].anchor < drafts[k].anchor) { best = k }
        return best < 0 ? nil : drafts[best]
    }
}

/// One attribution rule. Sieves run in order; each sees what earlier ones found.
protocol AttributionSieve: Sendable {
    /// The name recorded in ``Attribution/rule``.
    var name: String { get }
    func apply(_ ctx: QuoteContext, _ state: AttributionState)
}

extension QuoteContext {
    /// The last scalar of `r` once trailing spaces and quotation marks are left out (nil when nothing
    /// else is there): whether a content ends in its own punctuation.
    func lastScalar(ofContent r: TextRange) -> Unicode.Scalar? {
        var e = r.end
        while e > r.start, Segmenter.isSpace(text[e - 1]) || QuotePairer.family(text[e - 1]) != nil { e -= 1 }
        return e > r.start ? text[e - 1] : nil
    }

    /// Type and content of an attribution whose content tokens are `start..<end`: direct when the content
    /// is one quotation (or mostly one), mixed when it embeds quoted fragments, indirect otherwise.
    func typedContent(_ start: Int, _ end: Int) -> (Attribution.Kind, TextRange) {
        let r = contentRange(start, end)
        // Among the top-level quotations (only those near the content can qualify, so the index is asked
        // rather than every quotation scanned): how many lie inside the content and the first of them,
        // and the first unclosed one that the content starts in.
        var inside = 0, firstInside = Int.max, firstUnclosed = Int.max
        forEachQuote(touching: r) { k in
            let q = quotes[k]
            guard q.level == 0 else { return }
            if r.contains(q.outer) {
                inside += 1
                firstInside = min(firstInside, k)
            }
            if q.close == nil && q.open.end <= r.start + 1 && q.content.overlaps(r) { firstUnclosed = min(firstUnclosed, k) }
        }
        guard inside > 0 else {
            // Content that starts inside an unclosed quotation is direct.
            if firstUnclosed < quotes.count, quotes[firstUnclosed].open.start >= r.start - 1 {
                return (.direct, r)
            }
            // (Not when the content ends before the quotation's words begin: a cut right after the mark.)
            if isQuoteMark(start), let q = quote(openedAt: tokens[start].range.start), q.content.start < r.end {
                return (.direct, TextRange(q.content.start, min(q.content.end, r.end)))
            }
            return (.indirect, r)
        }
        // Direct when the content is the one quotation, give or take a word (a complementizer or
        // preposition before it: قال إن «…», شدد على «…»).
        if inside == 1, case let q = quotes[firstInside], wordCount(TextRange(q.outer.end, r.end)) <= 1 {
            let before = wordCount(TextRange(r.start, q.outer.start))
            let open = token(atOrAfter: q.open.start)
            if before <= 1 || (before == 2 && open > 0 && (isContentPreposition(open - 1) || isComplementizer(open - 1))) {
                return (.direct, q.content)
            }
        }
        return (.mixed, r)
    }
}
