import CICU

/// A compiled set of lexicons: finds loaded terms in a normalized text in one pass.
///
/// Compilation turns every entry (term and forms) into a sequence of *word ids* and inserts it into a trie
/// over word ids. Every term word's surface variants (article added or dropped, inflections) go into one
/// hashed word table, each variant pointing at the word ids it stands for and how it was derived
/// (``MatchFlags``). Matching tokenizes the normalized view (``TermWords``); for each token it looks up
/// the token and, for Arabic, the token without proclitics and/or an enclitic pronoun — a handful of
/// hash probes whatever the lexicon's size — and walks the trie from tokens that start some term. An
/// entry accepts a path only if its match options allow every transformation used on the way, so options
/// never multiply the table. The cost per token does not grow with the number of entries: 10,000 entries
/// cost about what 100 do.
///
/// Overlapping matches are resolved by Lexicons/README.md: most tokens, then most characters, then a
/// written-out form before one reached through clitics or inflection, then the earlier start, then the
/// entry listed first.
public struct LoadedTermMatcher: Sendable {
    /// The category whose entries block overlapping loaded entries but are never reported.
    public static let neutralCategory = "neutral"

    /// One match, in normalized and original offsets.
    public struct Match: Hashable, Sendable {
        /// Index into ``LoadedTermMatcher/entries``.
        public var entry: Int
        /// Scalar offsets into the normalized view.
        public var normalized: Range<Int>
        /// Scalar offsets into the original text.
        public var range: TextRange
        /// Number of word tokens matched.
        public var tokens: Int
        /// Whether the words are written exactly as in the term or one of its forms (no clitic,
        /// inflection, possessive or prefix).
        public var isWrittenOut: Bool
    }

    /// The entries, in lexicon order (the order that breaks ties).
    public let entries: [LexiconEntry]

    struct Candidate: Sendable {
        var word: Int32
        var flags: MatchFlags
    }

    struct Pattern: Sendable {
        var entry: Int32
        var words: Int32
        /// Transformations the entry accepts.
        var allowed: MatchFlags
        /// For case-sensitive entries: index into ``caseWords`` (the words as written), else -1.
        var caseWords: Int32
    }

    /// Surface variants of term words, and for each the candidates it stands for.
    /// (Split by the first letter: Arabic script or not, so that a lookup only probes its script's table.)
    private let arabicVariants: PackedWords
    private let otherVariants: PackedWords
    /// Answers, for most English words of a text, that they have no candidate (``CandidateFilter``).
    private let candidateFilter: CandidateFilter
    private let variantCandidates: [Candidate]
    private let variantBounds: [Int32]
    /// Last words of `prefix` entries (4+ letters), matched as prefixes of text words.
    private let prefixes: HashedWords
    private let prefixCandidates: [Candidate]
    private let prefixBounds: [Int32]
    /// Bit `n` set: some prefix word has `n` scalars.
    private let prefixLengths: UInt64
    /// Arabic words whose first letters belong to the stem (`Lexicons/ar/clitic-stems.txt`).
    private let protectedStems: HashedWords
    /// Trie edges below the root: `(node << 32) | word` → child node.
    private let edges: HashedEdges
    /// The root's child for each word id (-1: no term starts with the word).
    private let rootChildren: [Int32]
    /// Whether each node has a child (a longer term continues from it).
    private let hasChildren: [Bool]
    /// Whether each word id is on some edge below the root (it can be a term's second or later word).
    private let continuesTerms: [Bool]
    /// Patterns ending at each node.
    private let terminalBounds: [Int32]
    private let terminalPatterns: [Int32]
    private let patterns: [Pattern]
    /// Words of case-sensitive patterns as written (letters only), to compare letter case.
    private let caseWords: [[[Unicode.Scalar]]]

    /// Number of distinct term words, surface variants and trie nodes (for `lexicon stats` and benchmarks).
    public let statistics: (words: Int, variants: Int, nodes: Int, patterns: Int)

    /// Compiles `lexicons`. Entries whose term normalizes to no word are skipped (`lexicon check` reports them).
    /// - Parameter protectedStems: normalized Arabic words whose initial `و ف ب ك ل` are not proclitics.
    public init(_ lexicons: LexiconSet, protectedStems: Set<String> = []) {
        self.init(entries: lexicons.entries, protectedStems: protectedStems)
    }

    public init(entries: [LexiconEntry], protectedStems: Set<String> = []) {
        self.entries = entries
        var wordIDs = WordInterner()
        func id(_ w: [Unicode.Scalar]) -> Int32 { Int32(wordIDs.intern(w).index) }
        var edges: [UInt64: Int32] = [:]
        var nodeCount: Int32 = 1
        var terminals: [Int32: [Int32]] = [:]
        var patterns: [Pattern] = []
        var caseWordLists: [[[Unicode.Scalar]]] = []
        var prefixWordIDs = Set<Int32>()
        let normalizer = TextNormalizer.standard

        for (e, entry) in entries.enumerated() {
            let arabic = entry.language == "ar"
            let allowed = MatchFlags.allowed(by: entry.match, arabic: arabic)
            var seenPatterns = Set<[Int32]>()
            for text in [entry.term] + entry.forms {
                let ws = TermWords.words(of: normalizer.normalize(text)).map { Array($0.unicodeScalars) }
                guard !ws.isEmpty else { continue }
                let ids = ws.map(id)
                guard seenPatterns.insert(ids).inserted else { continue }
                var node: Int32 = 0
                for w in ids {
                    let key = UInt64(node) << 32 | UInt64(UInt32(w))
                    if let child = edges[key] { node = child } else {
                        edges[key] = nodeCount
                        node = nodeCount
                        nodeCount += 1
                    }
                }
                var caseIndex: Int32 = -1
                if entry.match.caseSensitive {
                    let written = TermWords.rawWords(of: text).map { Array($0.unicodeScalars.filter { ScalarClass.of($0).contains(.letter) }) }
                    if written.count == ids.count {
                        caseIndex = Int32(caseWordLists.count)
                        caseWordLists.append(written)
                    }
                }
                terminals[node, default: []].append(Int32(patterns.count))
                patterns.append(Pattern(entry: Int32(e), words: Int32(ids.count), allowed: allowed, caseWords: caseIndex))
                if entry.match.prefix, let last = ids.last, ws[ws.count - 1].count >= 4, ws[ws.count - 1].count < 64 {
                    prefixWordIDs.insert(last)
                }
            }
        }

        // Surface variants of every word.
        let words = wordIDs.words
        var variantIndex = WordInterner()
        var variantLists: [[Candidate]] = []
        for (w, word) in words.enumerated() {
            for (form, flags) in TermMorphology.variants(of: word) {
                let c = Candidate(word: Int32(w), flags: flags)
                let (i, inserted) = variantIndex.intern(form)
                if inserted {
                    variantLists.append([c])
                } else if !variantLists[i].contains(where: { $0.word == c.word && $0.flags == c.flags }) {
                    variantLists[i].append(c)
                }
            }
        }
        let variantWords = variantIndex.words
        let indexed = variantWords.enumerated().map { (word: $0.element, index: Int32($0.offset)) }
        arabicVariants = PackedWords(indexed.filter { TermMorphology.isArabic($0.word) })
        let others = indexed.filter { !TermMorphology.isArabic($0.word) }
        otherVariants = PackedWords(others)
        (variantCandidates, variantBounds) = Self.flatten(variantLists)

        let prefixList = prefixWordIDs.sorted()
        prefixes = HashedWords(prefixList.map { words[Int($0)] })
        (prefixCandidates, prefixBounds) = Self.flatten(prefixList.map { [Candidate(word: $0, flags: .prefix)] })
        var lengths: UInt64 = 0
        for w in prefixList { lengths |= 1 << UInt64(words[Int(w)].count) }
        prefixLengths = lengths
        candidateFilter = CandidateFilter(variants: others.map(\.word),
                                          shortestPrefix: lengths == 0 ? nil : lengths.trailingZeroBitCount)
        self.protectedStems = HashedWords(protectedStems.sorted().map { Array(normalizer.normalize($0).unicodeScalars) })

        var roots = [Int32](repeating: -1, count: words.count)
        var inner: [UInt64: Int32] = [:]
        for (key, child) in edges {
            if key >> 32 == 0 { roots[Int(key & 0xFFFF_FFFF)] = child } else { inner[key] = child }
        }
        var parents = [Bool](repeating: false, count: Int(nodeCount))
        for key in edges.keys { parents[Int(key >> 32)] = true }
        hasChildren = parents
        var continues = [Bool](repeating: false, count: words.count)
        for key in inner.keys { continues[Int(key & 0xFFFF_FFFF)] = true }
        continuesTerms = continues
        self.edges = HashedEdges(inner)
        rootChildren = roots
        var tb: [Int32] = [0]
        var tp: [Int32] = []
        for node in 0..<nodeCount {
            tp.append(contentsOf: terminals[node] ?? [])
            tb.append(Int32(tp.count))
        }
        terminalBounds = tb
        terminalPatterns = tp
        self.patterns = patterns
        caseWords = caseWordLists
        statistics = (words.count, variantWords.count, Int(nodeCount), patterns.count)
    }

    private static func flatten(_ lists: [[Candidate]]) -> ([Candidate], [Int32]) {
        var flat: [Candidate] = []
        var bounds: [Int32] = [0]
        for l in lists {
            flat.append(contentsOf: l)
            bounds.append(Int32(flat.count))
        }
        return (flat, bounds)
    }

    public var isEmpty: Bool { patterns.isEmpty }

    // MARK: Matching

    /// Finds the loaded terms in a normalized text, sorted by position, without overlaps.
    /// - Parameters:
    ///   - original: the original text's scalars; needed only by case-sensitive entries (without it they
    ///     match case-insensitively).
    ///   - session: working memory to reuse across texts on one thread (remembers the words already seen);
    ///     nil for a temporary one.
    public func matches(in normalized: NormalizedText, original: [Unicode.Scalar]? = nil, session: MatchSession? = nil) -> [Match] {
        guard !patterns.isEmpty, normalized.count > 0 else { return [] }
        let s = session ?? MatchSession(memoSlots: min(1 << 13, normalized.count / 2))
        s.prepare(for: arabicVariants)
        return normalized.scalars.withUnsafeBufferPointer { text in
            // The probe works on the session's buffers (given back at the end, as they may have moved), so
            // the hot loop touches no class property.
            var probe = MemoProbe(matcher: self, text: text, original: original, normalized: normalized, session: s)
            defer { probe.giveBack(to: s) }
            if probe.candidatePool.count > MatchSession.poolLimit { s.clear(&probe.candidatePool) }
            TermWords.scan(text, into: &probe)
            probe.finish()
            return select(UnsafeBufferPointer(start: probe.hits.base, count: probe.hits.count), normalized)
        }
    }

    /// Looks up every token of a text as the tokenizer finds it, and walks the trie along the way.
    ///
    /// Words repeat (في, من, the, of): the memo gives a word seen before the candidates it had then.
    /// Packed words (``TermWords/Item/code``) are kept inside the slot; a set of two slots is one cache
    /// line, the most recently used first. The slot also tells whether the word can start a term (with one
    /// candidate, the trie node it leads to), so a token that neither starts a term nor continues one —
    /// most tokens — costs one probe and leaves nothing behind.
    ///
    /// The trie is walked with the text: ``frontier`` holds the paths that end at the last token and may
    /// continue; each token with candidates extends them (when the gap before it holds only joiners) and
    /// starts new ones, recording every accepted pattern in ``hits``.
    private struct MemoProbe: TermWordSink {
        let matcher: LoadedTermMatcher
        let text: UnsafeBufferPointer<Unicode.Scalar>
        let original: [Unicode.Scalar]?
        let normalized: NormalizedText
        let memo: UnsafeMutablePointer<MemoSlot>
        let setShift: UInt32
        var candidatePool: ScratchBuffer<Candidate>
        /// The candidates of a word looked up afresh (a memo miss).
        var candidates: ScratchBuffer<Candidate>
        /// The paths that end at the last token, and the next token's (swapped after each token).
        var frontier: ScratchBuffer<WalkState>
        var reached: ScratchBuffer<WalkState>
        var hits: ScratchBuffer<Hit>
        /// The number of tokens received (a token's number is the count before it).
        var received = 0
        /// How many tokens went into the ring, and how many of them were probed.
        var queued = 0
        var probed = 0
        /// The tokens received but not yet probed (a ring of ``lookahead`` entries).
        let pending: UnsafeMutablePointer<Pending>
        /// ``CandidateFilter``'s bits, copied here so that the hot loop reads no class property.
        let filterBits: UnsafePointer<UInt64>
        let filterShift: UInt32
        let filterLongest: UInt8
        /// Whether a token the filter skipped came after the last token queued.
        var skipped = false
        static var lookahead: Int { MatchSession.lookahead }

        init(matcher: LoadedTermMatcher, text: UnsafeBufferPointer<Unicode.Scalar>, original: [Unicode.Scalar]?,
             normalized: NormalizedText, session s: MatchSession) {
            self.matcher = matcher
            self.text = text
            self.original = original
            self.normalized = normalized
            memo = s.memo
            setShift = s.setShift
            candidatePool = s.candidatePool
            candidates = s.candidates
            frontier = s.frontier
            reached = s.reached
            hits = s.hits
            pending = s.pending
            filterBits = UnsafePointer(matcher.candidateFilter.bits)
            filterShift = matcher.candidateFilter.shift
            filterLongest = matcher.candidateFilter.longest
            candidates.count = 0
            frontier.count = 0
            reached.count = 0
            hits.count = 0
        }

        /// Stores the buffers back into the session.
        func giveBack(to s: MatchSession) {
            s.candidatePool = candidatePool
            s.candidates = candidates
            s.frontier = frontier
            s.reached = reached
            s.hits = hits
        }

        /// Probes the memo ``lookahead`` tokens behind the tokenizer: the line of each word's memo set is
        /// requested when the word arrives, so that several lines load at once instead of one after the
        /// other (many words are not in cache, Arabic ones above all); tokens are still probed in order.
        ///
        /// A token the ``CandidateFilter`` excludes skips the ring: having no candidate, it would end every
        /// path of the frontier and start none, so it is enough that the next queued token is not joined
        /// to the paths before it (with `joined` false, a token's step ignores the frontier and replaces it).
        ///
        /// A token whose first byte is below 0x80 (an English word) is probed at once when the ring is
        /// empty: the words the filter lets through are few and frequent, so their memo lines are mostly
        /// in cache, and the ring's copies would cost more than they hide.
        @inline(__always)
        mutating func add(_ item: TermWords.Item, joined: Bool) {
            let t = Int32(truncatingIfNeeded: received)
            received &+= 1
            if CandidateFilter.excludes(item, text.baseAddress!, bits: filterBits, shift: filterShift, longest: filterLongest) {
                skipped = true
                return
            }
            var next = Pending(item: item, token: t, joined: joined && !skipped)
            skipped = false
            if queued != probed || item.key0 & 0x80 != 0 {
                mizan_prefetch(memo + (Int(truncatingIfNeeded: item.hash &>> setShift) &<< 1))
                let slot = pending + (queued & (Self.lookahead - 1))
                queued &+= 1
                if queued &- probed <= Self.lookahead {
                    slot.pointee = next
                    return
                }
                // The ring is full: its oldest token (in the slot the new one takes) is probed now.
                swap(&next, &slot.pointee)
                probed &+= 1
            }
            probe(next.item, Int(next.token), joined: next.joined)
        }

        /// Probes the tokens still pending at the text's end.
        mutating func finish() {
            while probed < queued {
                let p = pending[probed & (Self.lookahead - 1)]
                probed &+= 1
                probe(p.item, Int(p.token), joined: p.joined)
            }
        }

        /// Looks up token number `t` and takes its step through the trie.
        @inline(__always)
        mutating func probe(_ item: TermWords.Item, _ t: Int, joined: Bool) {
            let code = item.code
            let packed = code != TermWords.unpacked
            let set = Int(truncatingIfNeeded: item.hash &>> setShift) &<< 1
            if packed {
                // Code and key identify a packed word exactly (``TermWords/Item/code``).
                var m = memo[set]
                var hit = m.length == code && m.word0 == item.key0 && m.word1 == item.key1
                if !hit {
                    let m1 = memo[set + 1]
                    if m1.length == code && m1.word0 == item.key0 && m1.word1 == item.key1 {
                        hit = true
                        memo[set + 1] = m
                        memo[set] = m1
                        m = m1
                    }
                }
                if hit {
                    if m.count <= 1 {
                        var c = Candidate(word: m.first, flags: MatchFlags(rawValue: m.flags))
                        step(item, t, joined, &c, Int(m.count), m.summary)
                    } else {
                        step(item, t, joined, candidatePool.base + Int(m.first), Int(m.count), m.summary)
                    }
                    return
                }
            }
            candidates.count = 0
            matcher.gather(text, item, &candidates)
            let found = candidates.count
            let summary = matcher.summary(candidates.base, found)
            if packed && found <= Int(UInt8.max) {
                memo[set + 1] = memo[set]
                if found == 1 {
                    // One candidate (the usual case) lives in the slot itself.
                    let c = candidates[0]
                    memo[set] = MemoSlot(word0: item.key0, word1: item.key1, first: c.word,
                                         length: code, count: 1, flags: c.flags.rawValue, summary: summary)
                } else {
                    memo[set] = MemoSlot(word0: item.key0, word1: item.key1, first: Int32(candidatePool.count),
                                         length: code, count: UInt8(found), flags: 0, summary: summary)
                    if found > 1 { candidatePool.append(candidates.base, count: found) }
                }
            }
            if found == 0 {
                frontier.count = 0
            } else {
                step(item, t, joined, candidates.base, found, summary)
            }
        }

        /// Token `t` has the candidates `cands[0..<n]`, summarized by `summary`. In the usual cases — no
        /// path from the previous token can go on with these candidates, and the token starts no path
        /// (``Summary/Start/none``) or one path that records nothing yet (``Summary/Start/simple``) — the
        /// frontier is rewritten without a branch on which of the two it is.
        @inline(__always)
        private mutating func step(_ item: TermWords.Item, _ t: Int, _ joined: Bool, _ cands: UnsafePointer<Candidate>, _ n: Int,
                                   _ summary: Summary) {
            if summary.start == .complex {
                advance(item, t, joined, cands, n, root: summary.root)
                return
            }
            if joined && summary.continues && frontier.count > 0 {
                // Usually one path and one candidate, and the path does not go on with it (its first word
                // started it, and the trie has no edge to this one): checked here, and the token is then as
                // if no path ended before it.
                if frontier.count > 1 || n > 1
                    || matcher.edges.value(UInt64(frontier[0].node) << 32 | UInt64(UInt32(cands[0].word))) >= 0 {
                    advance(item, t, joined, cands, n, root: summary.root)
                    return
                }
            }
            frontier.base.initialize(to: WalkState(node: summary.root, first: Int32(truncatingIfNeeded: t), start: item.start,
                                                   flags: cands[0].flags, last: cands[0].flags))
            frontier.count = Int(summary.start.rawValue)
        }

        /// Token `t` has the candidates `cands[0..<n]` (`root`: as in ``Summary/root``): extends the paths
        /// of the frontier with them, when the gap before the token holds only joiners, and starts new
        /// paths; the paths that may go on become the frontier.
        @inline(never)
        mutating func advance(_ item: TermWords.Item, _ t: Int, _ joined: Bool, _ cands: UnsafePointer<Candidate>, _ n: Int,
                              root: Int32) {
            reached.count = 0
            if joined && frontier.count > 0 {
                for f in 0..<frontier.count {
                    let state = frontier[f]
                    let carried = state.last.contains(.inflected) ? state.flags.union(.inflectedNonFinal) : state.flags
                    for c in 0..<n {
                        let cand = cands[c]
                        guard !cand.flags.contains(.proclitic) else { continue }
                        let child = matcher.edges.value(UInt64(state.node) << 32 | UInt64(UInt32(cand.word)))
                        if child >= 0 {
                            reach(WalkState(node: child, first: state.first, start: state.start, flags: carried.union(cand.flags),
                                            last: cand.flags), t, item.end)
                        }
                    }
                }
            }
            if root >= 0 {
                for c in 0..<n {
                    let cand = cands[c]
                    let child = n == 1 ? root : matcher.rootChildren[Int(cand.word)]
                    if child >= 0 {
                        reach(WalkState(node: child, first: Int32(truncatingIfNeeded: t), start: item.start, flags: cand.flags,
                                        last: cand.flags), t, item.end)
                    }
                }
            }
            swap(&frontier, &reached)
        }

        /// A path reaches `state.node` at token `t` (ending at `end`): records the patterns it accepts, and
        /// keeps it if a longer term may continue it.
        @inline(__always)
        private mutating func reach(_ state: WalkState, _ t: Int, _ end: Int32) {
            let node = Int(state.node)
            let m = matcher
            for k in Int(m.terminalBounds[node])..<Int(m.terminalBounds[node + 1]) {
                let p = Int(m.terminalPatterns[k])
                let pattern = m.patterns[p]
                guard state.flags.subtracting(pattern.allowed).isEmpty else { continue }
                if pattern.caseWords >= 0, let original,
                   !LoadedTermMatcher.caseAgrees(m.caseWords[Int(pattern.caseWords)], text, Int(state.start), Int(end),
                                                 normalized, original) { continue }
                hits.append(Hit(first: state.first, last: Int32(truncatingIfNeeded: t), start: state.start, end: end,
                                entry: pattern.entry, pattern: Int32(p), flags: state.flags))
            }
            if m.hasChildren[node] && state.last.isDisjoint(with: .finalOnly) { reached.append(state) }
        }
    }

    /// A token waiting for its memo probe, and its number.
    struct Pending {
        var item: TermWords.Item
        var token: Int32
        var joined: Bool
    }

    /// A remembered word (up to 16 scalars a byte each, or 8 BMP scalars 16 bits each) and its
    /// candidates: 32 bytes.
    struct MemoSlot {
        var word0: UInt64 = 0
        var word1: UInt64 = 0
        /// With one candidate, its word id; with more, where they start in the candidate pool.
        var first: Int32 = 0
        /// The word's ``TermWords/Item/code``; an empty slot has ``TermWords/unpacked``, which no packed
        /// token has, so it never matches.
        var length: UInt8 = TermWords.unpacked
        var count: UInt8 = 0
        /// With one candidate, its flags.
        var flags: UInt8 = 0
        /// What the trie walk does with the word's candidates.
        var summary = Summary()
    }

    /// What the trie walk does with a token's candidates, worked out once per word (kept in the memo).
    struct Summary {
        enum Start: UInt8 {
            /// No term starts with any candidate (or no candidate).
            case none = 0
            /// One candidate, which starts a path that accepts no pattern yet and may go on.
            case simple = 1
            /// Anything else that starts a path.
            case complex = 2
        }
        /// With one candidate, the trie node it leads to from the root (-1: no term starts with it); with
        /// more, 0 when one of them starts a term, else -1.
        var root: Int32 = -1
        var start = Start.none
        /// Some candidate (not after a proclitic) can be a term's second or later word.
        var continues = false
    }

    /// An accepted pattern: its first and last tokens (numbers of the text's tokens) and their
    /// normalized offsets, and how it was matched.
    struct Hit {
        var first: Int32
        var last: Int32
        var start: Int32
        var end: Int32
        var entry: Int32
        var pattern: Int32
        var flags: MatchFlags
    }

    /// A path through the trie: its node, where it started (token number and normalized offset), flags so
    /// far, flags of the last token.
    struct WalkState {
        var node: Int32
        var first: Int32
        var start: Int32
        var flags: MatchFlags
        var last: MatchFlags
    }

    /// Whether the original words of a term, the tokens of `text[start..<end]`, have the letter case of
    /// `caseWords`. (Tokenizing the span again gives the text's tokens there: it starts at a token's start
    /// and ends at a token's end.) Out of line, so that the trie walk does not carry its set-up.
    @inline(never)
    fileprivate static func caseAgrees(_ caseWords: [[Unicode.Scalar]], _ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int,
                                       _ end: Int, _ normalized: NormalizedText, _ original: [Unicode.Scalar]) -> Bool {
        var check = CaseCheck(words: caseWords, start: start, normalized: normalized, original: original)
        // A term's span is a few words: the scalar-by-scalar tokenizer, with nothing to set up, suits it best.
        TermWords.scanByScalars(text.baseAddress! + start, end - start, &check)
        return check.agrees
    }

    /// Compares each token of a span, as the tokenizer finds it, with the next word of a case-sensitive
    /// pattern (no token list is built).
    private struct CaseCheck: TermWordSink {
        let words: [[Unicode.Scalar]]
        /// Where the span starts in the normalized text.
        let start: Int
        let normalized: NormalizedText
        let original: [Unicode.Scalar]
        var next = 0
        var agrees = true

        mutating func add(_ item: TermWords.Item, joined: Bool) {
            guard agrees && next < words.count else { return }
            let word = words[next]
            next += 1
            let r = normalized.originalRange(start + Int(item.start), start + Int(item.end))
            var i = 0
            for s in original[r.start..<r.end] where ScalarClass.of(s).contains(.letter) {
                guard i < word.count else { break }
                if ScalarClass.of(s).contains(.upper) != ScalarClass.of(word[i]).contains(.upper) {
                    agrees = false
                    return
                }
                i += 1
            }
        }
    }

    /// The ``Summary`` of the candidates `cands[0..<n]`.
    @inline(__always)
    fileprivate func summary(_ cands: UnsafePointer<Candidate>, _ n: Int) -> Summary {
        var summary = Summary()
        for k in 0..<n {
            let c = cands[k]
            if !c.flags.contains(.proclitic) && continuesTerms[Int(c.word)] { summary.continues = true }
            let child = rootChildren[Int(c.word)]
            guard child >= 0 else { continue }
            summary.root = n == 1 ? child : 0
            let node = Int(child)
            let simple = n == 1 && terminalBounds[node] == terminalBounds[node + 1] && hasChildren[node]
                && c.flags.isDisjoint(with: .finalOnly)
            summary.start = simple ? .simple : .complex
        }
        return summary
    }

    /// Resolves overlaps: most tokens, most characters, written-out, earlier start, earlier entry.
    private func select(_ hits: UnsafeBufferPointer<Hit>, _ normalized: NormalizedText) -> [Match] {
        guard !hits.isEmpty else { return [] }
        func match(_ h: Hit) -> Match {
            let s = Int(h.start), e = Int(h.end)
            return Match(entry: Int(h.entry), normalized: s..<e, range: normalized.originalRange(s, e),
                         tokens: Int(h.last - h.first) + 1, isWrittenOut: h.flags.isEmpty)
        }
        // Hits come in the order of their last tokens. When each starts after the previous one ends, none
        // overlaps another: all are taken, already in order.
        var disjoint = true
        for k in 1..<hits.count where hits[k].first <= hits[k - 1].last {
            disjoint = false
            break
        }
        if disjoint { return hits.map(match) }
        let ordered = hits.sorted { a, b in
            let la = a.last - a.first, lb = b.last - b.first
            if la != lb { return la > lb }
            let ca = a.end - a.start, cb = b.end - b.start
            if ca != cb { return ca > cb }
            if a.flags.isEmpty != b.flags.isEmpty { return a.flags.isEmpty }
            if a.first != b.first { return a.first < b.first }
            if a.entry != b.entry { return a.entry < b.entry }
            return a.pattern < b.pattern
        }
        // Tokens taken, numbered from the first token of any hit.
        var low = Int32.max, high = Int32.min
        for h in hits {
            low = min(low, h.first)
            high = max(high, h.last)
        }
        var occupied = [Bool](repeating: false, count: Int(high - low) + 1)
        var taken: [Hit] = []
        for h in ordered {
            let range = Int(h.first - low)...Int(h.last - low)
            guard !range.contains(where: { occupied[$0] }) else { continue }
            for t in range { occupied[t] = true }
            taken.append(h)
        }
        taken.sort { $0.first < $1.first }
        return taken.map(match)
    }

    // MARK: Candidates of one token

    /// Appends the candidates of a token (on a memo miss; kept out of the tokenizer's loop).
    @inline(never)
    fileprivate func gather(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ item: TermWords.Item, _ out: inout ScratchBuffer<Candidate>) {
        let a = Int(item.start), b = Int(item.end)
        if TermMorphology.isArabicLetter(text[a]) {
            gatherArabic(text, a, b, item, &out)
            return
        }
        // A byte-packed token is looked up by its key as it is.
        emit(item.code <= 16 ? otherVariants.lookup(item.key0, item.key1, item.code) : lookupVariant(text, a, b), [], &out)
        if b - a >= 3 && text[b - 1] == "s" && text[b - 2] == "'" {
            emit(lookupVariant(text, a, b - 2), .possessive, &out)
        }
        if prefixLengths != 0 { prefixLookups(text, a, b, [], &out) }
    }

    /// The surface variant `text[a..<b]`, or -1.
    private func lookupVariant(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Int {
        let variants = TermMorphology.isArabicLetter(text[a]) ? arabicVariants : otherVariants
        if let (key0, key1, length) = PackedWords.pack(text[a..<b]) { return variants.lookup(key0, key1, length) }
        var h = HashedWords.basis
        var i = b
        while i > a { i -= 1; h = HashedWords.step(h, text[i]) }
        return variants.lookupUnpackable(hash: h, text, a, b)
    }

    @inline(__always)
    private func emit(_ variant: Int, _ flags: MatchFlags, _ out: inout ScratchBuffer<Candidate>) {
        guard variant >= 0 else { return }
        for i in Int(variantBounds[variant])..<Int(variantBounds[variant + 1]) {
            var c = variantCandidates[i]
            c.flags.formUnion(flags)
            out.append(c)
        }
    }

    /// Prefix entries: every strict prefix of `text[a..<b]` whose length some prefix word has.
    private func prefixLookups(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ flags: MatchFlags,
                               _ out: inout ScratchBuffer<Candidate>) {
        let n = b - a
        guard n < 64 else { return }
        var lengths = prefixLengths & ((1 << UInt64(n)) - 1)
        while lengths != 0 {
            let k = lengths.trailingZeroBitCount
            lengths &= lengths - 1
            var h = HashedWords.basis
            var i = a + k
            while i > a { i -= 1; h = HashedWords.step(h, text[i]) }
            let p = prefixes.lookup(hash: h, text, a, a + k)
            guard p >= 0 else { continue }
            for i in Int(prefixBounds[p])..<Int(prefixBounds[p + 1]) {
                var c = prefixCandidates[i]
                c.flags.formUnion(flags)
                out.append(c)
            }
        }
    }

    // Arabic letters used by the clitic rules (normalized view); computed, so that no lazily initialized
    // global is touched in the hot loop.
    private static var waw: Unicode.Scalar { "\u{0648}" }
    private static var feh: Unicode.Scalar { "\u{0641}" }
    private static var beh: Unicode.Scalar { "\u{0628}" }
    private static var kaf: Unicode.Scalar { "\u{0643}" }
    private static var lam: Unicode.Scalar { "\u{0644}" }
    private static var heh: Unicode.Scalar { "\u{0647}" }
    private static var teh: Unicode.Scalar { "\u{062A}" }
    private static var yeh: Unicode.Scalar { "\u{064A}" }
    private static var noon: Unicode.Scalar { "\u{0646}" }
    private static var alef: Unicode.Scalar { "\u{0627}" }
    private static var meem: Unicode.Scalar { "\u{0645}" }

    /// An end of an Arabic stem: where it stops, a letter restored after it, the flags, and the shortest
    /// stem (from its start to `end`) the reading allows.
    private struct StemEnd {
        var end: Int
        var extra: Unicode.Scalar?
        var flags: MatchFlags
        var minLength: Int
    }

    /// The length of the enclitic pronoun (`هما هم هن ها كم كن نا ه ي`) ending `text[a..<b]`, or 0.
    @inline(__always)
    private static func pronounLength(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Int {
        let n = b - a
        let last = text[b - 1]
        if last == heh || last == yeh { return 1 }
        guard n >= 2 else { return 0 }
        let prev = text[b - 2]
        if last == alef {
            if prev == heh || prev == noon { return 2 }
            if prev == meem && n >= 3 && text[b - 3] == heh { return 3 }
        } else if last == meem || last == noon {
            if prev == heh || prev == kaf { return 2 }
        }
        return 0
    }

    /// Arabic: the token as is, and without proclitics (`و ف`, then `ب ك ل` or `لل`) and/or an enclitic
    /// pronoun; `ة` written `ت` before a pronoun, and the construct plural (`مقاتلو`, `ارهابيي`) restored.
    /// Every (start, end) pair is looked up; one backward hashing pass per end serves every start.
    @inline(__always)
    private func gatherArabic(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ item: TermWords.Item,
                              _ out: inout ScratchBuffer<Candidate>) {
        typealias M = LoadedTermMatcher
        let n = b - a
        guard n >= 2 else { return }
        // Starts, as offsets from a (bit k set: a stem may start at a + k after proclitics).
        var starts: UInt8 = 1
        let c0 = text[a]
        let conjunction = (c0 == M.waw || c0 == M.feh) && n >= 3
        if conjunction { starts |= 1 << 1 }
        for base in a...(conjunction ? a + 1 : a) where b - base >= 3 {
            let c = text[base]
            if c == M.lam && b - base >= 4 && text[base + 1] == M.lam { starts |= 1 << UInt8(base - a + 2) }
            if c == M.beh || c == M.kaf || c == M.lam { starts |= 1 << UInt8(base - a + 1) }
        }

        // Ends (at most four).
        var ends = (StemEnd(end: b, extra: nil, flags: [], minLength: 2), StemEnd(end: 0, extra: nil, flags: [], minLength: 0),
                    StemEnd(end: 0, extra: nil, flags: [], minLength: 0), StemEnd(end: 0, extra: nil, flags: [], minLength: 0))
        var endCount = 1
        func addEnd(_ e: StemEnd) {
            switch endCount {
            case 1: ends.1 = e
            case 2: ends.2 = e
            default: ends.3 = e
            }
            endCount += 1
        }
        let last = text[b - 1]
        if n >= 3 && (last == M.waw || last == M.yeh) {
            // Construct state of a sound plural: مقاتلو, ارهابيي → مقاتلون, ارهابيين.
            addEnd(StemEnd(end: b, extra: M.noon, flags: .inflected, minLength: 3))
        }
        let p = M.pronounLength(text, a, b)
        if p > 0 && n - p >= 2 {
            let e = b - p
            addEnd(StemEnd(end: e, extra: nil, flags: .enclitic, minLength: 2))
            let before = text[e - 1]
            if before == M.teh && n - p >= 3 {
                // ة is written ت before a pronoun: حكومتهم → حكومه.
                addEnd(StemEnd(end: e - 1, extra: M.heh, flags: .enclitic, minLength: 2))
            } else if before == M.waw {
                // مقاتلوهم → مقاتلون.
                addEnd(StemEnd(end: e, extra: M.noon, flags: [.enclitic, .inflected], minLength: 3))
            }
        }

        var protectedChecked: UInt8 = 0, protectedFound: UInt8 = 0
        for k in 0..<endCount {
            let stemEnd: StemEnd
            switch k {
            case 0: stemEnd = ends.0
            case 1: stemEnd = ends.1
            case 2: stemEnd = ends.2
            default: stemEnd = ends.3
            }
            if item.code <= 15 {
                // The word is packed a byte per scalar (``TermWords/Item``) in at most 15 bytes: every stem, with
                // its restored letter, is a slice of the word's key. Starts from the last to the first, as below.
                for offset in stride(from: min(3, stemEnd.end - a - 1), through: 0, by: -1) {
                    let i = a + offset
                    var length = stemEnd.end - i
                    guard starts & (1 << UInt8(offset)) != 0, length >= stemEnd.minLength else { continue }
                    var (key0, key1) = PackedWords.slice(item.key0, item.key1, from: offset, count: length)
                    if let x = stemEnd.extra {
                        // The restored letters (ن, ه) are in the packing.
                        PackedWords.put(PackedWords.byte(x)!, at: length, &key0, &key1)
                        length += 1
                    }
                    let variants = TermMorphology.isArabicLetter(text[i]) ? arabicVariants : otherVariants
                    let v = variants.lookup(key0, key1, UInt8(length))
                    guard v >= 0 else { continue }
                    emitStem(v, stemEnd.flags, text, a, b, offset, &protectedChecked, &protectedFound, &out)
                }
                continue
            }
            // The stem `text[i..<end]` (and the restored letter) packed backwards, one scalar at a time; once it
            // cannot be packed (over 16 scalars, or a scalar outside the packing), its backward hash instead.
            var key0: UInt64 = 0, key1: UInt64 = 0
            var length: UInt8 = 0
            var packable = true
            var h = HashedWords.basis
            if let x = stemEnd.extra {
                if let e = PackedWords.byte(x) {
                    key0 = e
                    length = 1
                } else {
                    packable = false
                    h = HashedWords.step(h, x)
                }
            }
            var i = stemEnd.end
            while i > a {
                i -= 1
                if packable {
                    if length < 16, let e = PackedWords.byte(text[i]) {
                        PackedWords.prepend(e, &key0, &key1)
                        length += 1
                    } else {
                        packable = false
                        if let x = stemEnd.extra { h = HashedWords.step(h, x) }
                        var j = stemEnd.end
                        while j > i { j -= 1; h = HashedWords.step(h, text[j]) }
                    }
                } else {
                    h = HashedWords.step(h, text[i])
                }
                let offset = i - a
                guard offset < 4, starts & (1 << UInt8(offset)) != 0, stemEnd.end - i >= stemEnd.minLength else { continue }
                // A stem that starts with an Arabic letter (nearly always) is in the Arabic table.
                let variants = TermMorphology.isArabicLetter(text[i]) ? arabicVariants : otherVariants
                let v = packable ? variants.lookup(key0, key1, length)
                                 : variants.lookupUnpackable(hash: h, text, i, stemEnd.end, extra: stemEnd.extra)
                guard v >= 0 else { continue }
                emitStem(v, stemEnd.flags, text, a, b, offset, &protectedChecked, &protectedFound, &out)
            }
        }
        if prefixLengths != 0 {
            for offset in 0..<4 where starts & (1 << UInt8(offset)) != 0 && b - (a + offset) >= 2 {
                let mark = out.count
                prefixLookups(text, a + offset, b, offset > 0 ? .proclitic : [], &out)
                if offset > 0 && out.count > mark && isProtected(text, origin(text, a, offset), b) { out.count = mark }
            }
        }
    }

    /// Emits the candidates of the variant `v` found for the stem at `a + offset` of the word `text[a..<b]`,
    /// unless a proclitic was stripped from a protected stem (checked once per offset: `checked`, `found`).
    @inline(__always)
    private func emitStem(_ v: Int, _ flags: MatchFlags, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ offset: Int,
                          _ checked: inout UInt8, _ found: inout UInt8, _ out: inout ScratchBuffer<Candidate>) {
        if offset > 0 {
            // A proclitic was stripped: not when the word from where it began is a protected stem.
            let bit = UInt8(1 << offset)
            if checked & bit == 0 {
                checked |= bit
                if isProtected(text, origin(text, a, offset), b) { found |= bit }
            }
            if found & bit != 0 { return }
        }
        emit(v, flags.union(offset > 0 ? .proclitic : []), &out)
    }

    /// Where the proclitics before the stem at `a + offset` begin, for the protected-stem check: the
    /// word itself for one proclitic or `لل`; after the conjunction for a conjunction and a preposition.
    @inline(__always)
    private func origin(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ offset: Int) -> Int {
        if offset == 1 { return a }
        if offset == 2 && text[a] == LoadedTermMatcher.lam && text[a + 1] == LoadedTermMatcher.lam { return a }
        return a + 1
    }

    private func isProtected(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Bool {
        guard protectedStems.count > 0 else { return false }
        var h = HashedWords.basis
        var i = b
        while i > a { i -= 1; h = HashedWords.step(h, text[i]) }
        return protectedStems.lookup(hash: h, text, a, b) >= 0
    }
}

/// Reusable working memory for ``LoadedTermMatcher/matches(in:original:session:)`` on one thread: it
/// remembers the words already seen, with what they matched, across texts, so that a repeated word (most
/// words of a corpus) costs one probe instead of a handful of lookups; and it keeps its buffers. Not
/// thread-safe: use one per task. Memory stays bounded (the memory is cleared when it grows past a limit).
public final class MatchSession {
    static let poolLimit = 1 << 20
    /// Sets of two slots, each set one 64-byte cache line.
    let memo: UnsafeMutablePointer<LoadedTermMatcher.MemoSlot>
    private let memoCount: Int
    /// The shift that turns a token's 32-bit hash (``TermWords/Item/hash``) into a set number.
    let setShift: UInt32
    /// Candidates of the memo's words that have more than one; the candidates of a word looked up afresh;
    /// the trie walk's paths (two sets); the patterns accepted.
    /// Taken out by ``LoadedTermMatcher/matches(in:original:session:)`` and given back (they may move).
    var candidatePool = ScratchBuffer<LoadedTermMatcher.Candidate>(capacity: 1 << 12)
    var candidates = ScratchBuffer<LoadedTermMatcher.Candidate>(capacity: 64)
    var frontier = ScratchBuffer<LoadedTermMatcher.WalkState>(capacity: 64)
    var reached = ScratchBuffer<LoadedTermMatcher.WalkState>(capacity: 64)
    var hits = ScratchBuffer<LoadedTermMatcher.Hit>(capacity: 256)
    /// How many tokens the memo probe trails the tokenizer by (a power of two), and their ring.
    static var lookahead: Int { 8 }
    let pending = UnsafeMutablePointer<LoadedTermMatcher.Pending>.allocate(capacity: lookahead)
    private var owner: ObjectIdentifier?

    /// - Parameter memoSlots: how many distinct words the memory holds at once (rounded up to a power of two).
    public init(memoSlots: Int = 1 << 17) {
        var n = 64
        while n < memoSlots && n < (1 << 20) { n <<= 1 }
        memoCount = n
        setShift = UInt32(32 - (n / 2).trailingZeroBitCount)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: n * MemoryLayout<LoadedTermMatcher.MemoSlot>.stride, alignment: 64)
        memo = raw.bindMemory(to: LoadedTermMatcher.MemoSlot.self, capacity: n)
        assert(MemoryLayout<LoadedTermMatcher.MemoSlot>.stride == 32, "two memo slots per cache line")
        memo.initialize(repeating: .init(), count: n)
    }

    deinit {
        memo.deallocate()
        candidatePool.deallocate()
        candidates.deallocate()
        frontier.deallocate()
        reached.deallocate()
        hits.deallocate()
        pending.deallocate()
    }

    /// Forgets everything remembered for another matcher.
    func prepare(for table: PackedWords) {
        let id = ObjectIdentifier(table)
        if owner != id {
            // A new session's memo is empty already.
            if owner != nil { clear(&candidatePool) }
            owner = id
        }
    }

    /// Forgets every word (the pool of candidates is the caller's working copy).
    func clear(_ pool: inout ScratchBuffer<LoadedTermMatcher.Candidate>) {
        memo.update(repeating: .init(), count: memoCount)
        pool.count = 0
    }
}

/// A growable buffer of plain values (no references, nothing to deinitialize) for the matcher's hot loop:
/// appends and reads without an `Array`'s uniqueness and bounds checks. A ``MatchSession`` owns each
/// buffer and frees it; a copy shares the storage, so a copy that may have grown must be stored back.
struct ScratchBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var capacity: Int
    /// Number of elements; set it lower to drop the last ones.
    var count = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    subscript(i: Int) -> Element {
        @inline(__always) get { base[i] }
    }

    @inline(__always)
    mutating func append(_ x: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: x)
        count += 1
    }

    /// Appends `n` elements copied from `source` (which must not point into this buffer).
    @inline(__always)
    mutating func append(_ source: UnsafePointer<Element>, count n: Int) {
        if count + n > capacity { grow(to: count + n) }
        (base + count).initialize(from: source, count: n)
        count += n
    }

    @inline(never)
    private mutating func grow(to n: Int) {
        var c = capacity * 2
        while c < n { c *= 2 }
        let b = UnsafeMutablePointer<Element>.allocate(capacity: c)
        b.moveInitialize(from: base, count: count)
        base.deallocate()
        base = b
        capacity = c
    }

    func deallocate() { base.deallocate() }
}

/// Gives each distinct word (scalar sequence) a dense index, in insertion order. Keyed by FNV hash with
/// the words compared on collision: much faster to build than a dictionary keyed by arrays.
struct WordInterner {
    private var buckets: [UInt64: [Int32]] = [:]
    private(set) var words: [[Unicode.Scalar]] = []

    /// The index of `word`, adding it when new.
    mutating func intern(_ word: [Unicode.Scalar]) -> (index: Int, inserted: Bool) {
        let h = ScalarHash.of(word)
        if let list = buckets[h] {
            for i in list where words[Int(i)] == word { return (Int(i), false) }
        }
        let i = words.count
        words.append(word)
        buckets[h, default: []].append(Int32(i))
        return (i, true)
    }
}
