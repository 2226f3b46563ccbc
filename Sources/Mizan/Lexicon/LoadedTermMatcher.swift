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
        /// For case-sensitive entries: the words as written (letters only), to compare letter case.
        var caseWords: [[Unicode.Scalar]]?
    }

    /// Surface variants of term words, and for each the candidates it stands for.
    private let variants: HashedWords
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
    /// Trie edges: `(node << 32) | word` → child node. The root is node 0.
    private let edges: [UInt64: Int32]
    /// Patterns ending at each node.
    private let terminalBounds: [Int32]
    private let terminalPatterns: [Int32]
    private let patterns: [Pattern]

    /// Number of distinct term words, surface variants and trie nodes (for `lexicon stats` and benchmarks).
    public let statistics: (words: Int, variants: Int, nodes: Int, patterns: Int)

    /// Compiles `lexicons`. Entries whose term normalizes to no word are skipped (`lexicon check` reports them).
    /// - Parameter protectedStems: normalized Arabic words whose initial `و ف ب ك ل` are not proclitics.
    public init(_ lexicons: LexiconSet, protectedStems: Set<String> = []) {
        self.init(entries: lexicons.entries, protectedStems: protectedStems)
    }

    public init(entries: [LexiconEntry], protectedStems: Set<String> = []) {
        self.entries = entries
        var wordIDs: [[Unicode.Scalar]: Int32] = [:]
        var words: [[Unicode.Scalar]] = []
        func id(_ w: [Unicode.Scalar]) -> Int32 {
            if let i = wordIDs[w] { return i }
            let i = Int32(words.count)
            wordIDs[w] = i
            words.append(w)
            return i
        }
        var edges: [UInt64: Int32] = [:]
        var nodeCount: Int32 = 1
        var terminals: [Int32: [Int32]] = [:]
        var patterns: [Pattern] = []
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
                var caseWords: [[Unicode.Scalar]]?
                if entry.match.caseSensitive {
                    caseWords = TermWords.rawWords(of: text).map { Array($0.unicodeScalars.filter { ScalarClass.of($0).contains(.letter) }) }
                    if caseWords?.count != ids.count { caseWords = nil }
                }
                terminals[node, default: []].append(Int32(patterns.count))
                patterns.append(Pattern(entry: Int32(e), words: Int32(ids.count), allowed: allowed, caseWords: caseWords))
                if entry.match.prefix, let last = ids.last, words[Int(last)].count >= 4, words[Int(last)].count < 64 {
                    prefixWordIDs.insert(last)
                }
            }
        }

        // Surface variants of every word.
        var variantIndex: [[Unicode.Scalar]: Int] = [:]
        var variantWords: [[Unicode.Scalar]] = []
        var variantLists: [[Candidate]] = []
        for (w, word) in words.enumerated() {
            for (form, flags) in TermMorphology.variants(of: word) {
                let c = Candidate(word: Int32(w), flags: flags)
                if let i = variantIndex[form] {
                    if !variantLists[i].contains(where: { $0.word == c.word && $0.flags == c.flags }) { variantLists[i].append(c) }
                } else {
                    variantIndex[form] = variantWords.count
                    variantWords.append(form)
                    variantLists.append([c])
                }
            }
        }
        variants = HashedWords(variantWords)
        (variantCandidates, variantBounds) = Self.flatten(variantLists)

        let prefixList = prefixWordIDs.sorted()
        prefixes = HashedWords(prefixList.map { words[Int($0)] })
        (prefixCandidates, prefixBounds) = Self.flatten(prefixList.map { [Candidate(word: $0, flags: .prefix)] })
        var lengths: UInt64 = 0
        for w in prefixList { lengths |= 1 << UInt64(words[Int(w)].count) }
        prefixLengths = lengths
        self.protectedStems = HashedWords(protectedStems.sorted().map { Array(normalizer.normalize($0).unicodeScalars) })

        self.edges = edges
        var tb: [Int32] = [0]
        var tp: [Int32] = []
        for node in 0..<nodeCount {
            tp.append(contentsOf: terminals[node] ?? [])
            tb.append(Int32(tp.count))
        }
        terminalBounds = tb
        terminalPatterns = tp
        self.patterns = patterns
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
    /// - Parameter original: the original text's scalars; needed only by case-sensitive entries (without
    ///   it they match case-insensitively).
    public func matches(in normalized: NormalizedText, original: [Unicode.Scalar]? = nil) -> [Match] {
        guard !patterns.isEmpty else { return [] }
        return normalized.scalars.withUnsafeBufferPointer { text in
            let tokens = TermWords(text)
            var candidates: [Candidate] = []
            candidates.reserveCapacity(64)
            var bounds = [Int32](repeating: 0, count: tokens.count + 1)
            var scratch = [UInt64](repeating: 0, count: 66)
            scratch.withUnsafeMutableBufferPointer { hashes in
                for t in 0..<tokens.count {
                    gather(text, Int(tokens.starts[t]), Int(tokens.ends[t]), hashes, &candidates)
                    bounds[t + 1] = Int32(candidates.count)
                }
            }
            if candidates.isEmpty { return [] }
            var hits: [Hit] = []
            for t in 0..<tokens.count where bounds[t] < bounds[t + 1] {
                walk(from: t, tokens, candidates, bounds, normalized, original, &hits)
            }
            return select(hits, tokens, normalized)
        }
    }

    struct Hit {
        var first: Int32
        var last: Int32
        var pattern: Int32
        var flags: MatchFlags
    }

    /// Walks the trie from token `first` along every candidate path, recording each accepted pattern.
    private func walk(from first: Int, _ tokens: TermWords, _ candidates: [Candidate], _ bounds: [Int32],
                      _ normalized: NormalizedText, _ original: [Unicode.Scalar]?, _ hits: inout [Hit]) {
        // Depth-first over (node, token, flags so far, flags of the last token).
        var stack: [(node: Int32, token: Int, flags: MatchFlags, last: MatchFlags)] = []
        for c in Int(bounds[first])..<Int(bounds[first + 1]) {
            let cand = candidates[c]
            if let child = edges[UInt64(cand.word) & 0xFFFF_FFFF] {
                stack.append((child, first, cand.flags, cand.flags))
            }
        }
        while let (node, token, flags, last) = stack.popLast() {
            let ts = Int(terminalBounds[Int(node)]), te = Int(terminalBounds[Int(node) + 1])
            for k in ts..<te {
                let p = Int(terminalPatterns[k])
                let pattern = patterns[p]
                guard flags.subtracting(pattern.allowed).isEmpty else { continue }
                if let caseWords = pattern.caseWords, let original,
                   !Self.caseAgrees(caseWords, tokens, first, normalized, original) { continue }
                hits.append(Hit(first: Int32(first), last: Int32(token), pattern: Int32(p), flags: flags))
            }
            let next = token + 1
            guard last.isDisjoint(with: .finalOnly), next < tokens.count, tokens.linked[token] else { continue }
            let carried = last.contains(.inflected) ? flags.union(.inflectedNonFinal) : flags
            for c in Int(bounds[next])..<Int(bounds[next + 1]) {
                let cand = candidates[c]
                guard !cand.flags.contains(.proclitic),
                      let child = edges[UInt64(node) << 32 | UInt64(UInt32(cand.word))] else { continue }
                stack.append((child, next, carried.union(cand.flags), cand.flags))
            }
        }
    }

    /// Whether the original words starting at token `first` have the letter case of `caseWords`.
    private static func caseAgrees(_ caseWords: [[Unicode.Scalar]], _ tokens: TermWords, _ first: Int,
                                   _ normalized: NormalizedText, _ original: [Unicode.Scalar]) -> Bool {
        for (k, word) in caseWords.enumerated() {
            let t = first + k
            let r = normalized.originalRange(Int(tokens.starts[t]), Int(tokens.ends[t]))
            var i = 0
            for s in original[r.start..<r.end] where ScalarClass.of(s).contains(.letter) {
                guard i < word.count else { break }
                if ScalarClass.of(s).contains(.upper) != ScalarClass.of(word[i]).contains(.upper) { return false }
                i += 1
            }
        }
        return true
    }

    /// Resolves overlaps: most tokens, most characters, written-out, earlier start, earlier entry.
    private func select(_ hits: [Hit], _ tokens: TermWords, _ normalized: NormalizedText) -> [Match] {
        guard !hits.isEmpty else { return [] }
        func chars(_ h: Hit) -> Int32 { tokens.ends[Int(h.last)] - tokens.starts[Int(h.first)] }
        let ordered = hits.sorted { a, b in
            let la = a.last - a.first, lb = b.last - b.first
            if la != lb { return la > lb }
            let ca = chars(a), cb = chars(b)
            if ca != cb { return ca > cb }
            if a.flags.isEmpty != b.flags.isEmpty { return a.flags.isEmpty }
            if a.first != b.first { return a.first < b.first }
            let ea = patterns[Int(a.pattern)].entry, eb = patterns[Int(b.pattern)].entry
            if ea != eb { return ea < eb }
            return a.pattern < b.pattern
        }
        var occupied = [Bool](repeating: false, count: tokens.count)
        var taken: [Hit] = []
        for h in ordered {
            let range = Int(h.first)...Int(h.last)
            guard !range.contains(where: { occupied[$0] }) else { continue }
            for t in range { occupied[t] = true }
            taken.append(h)
        }
        taken.sort { $0.first < $1.first }
        return taken.map { h in
            let s = Int(tokens.starts[Int(h.first)]), e = Int(tokens.ends[Int(h.last)])
            return Match(entry: Int(patterns[Int(h.pattern)].entry), normalized: s..<e, range: normalized.originalRange(s, e),
                         tokens: Int(h.last - h.first) + 1, isWrittenOut: h.flags.isEmpty)
        }
    }

    // MARK: Candidates of one token

    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func add(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 { (h ^ UInt64(s.value)) &* fnvPrime }

    /// Appends the candidates of token `text[a..<b]`.
    @inline(__always)
    private func gather(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                        _ hashes: UnsafeMutableBufferPointer<UInt64>, _ out: inout [Candidate]) {
        let n = b - a
        guard n < 64 else {
            var h = Self.fnvBasis
            for i in a..<b { h = Self.add(h, text[i]) }
            emit(variants.lookup(hash: h, text, a, b), [], &out)
            return
        }
        if TermMorphology.isArabicLetter(text[a]) {
            gatherArabic(text, a, b, hashes, &out)
        } else {
            // hashes[k] = hash of text[a..<a+k]
            var h = Self.fnvBasis
            hashes[0] = h
            for i in 0..<n {
                h = Self.add(h, text[a + i])
                hashes[i + 1] = h
            }
            emit(variants.lookup(hash: h, text, a, b), [], &out)
            if n >= 3 && text[b - 2] == "'" && text[b - 1] == "s" {
                emit(variants.lookup(hash: hashes[n - 2], text, a, b - 2), .possessive, &out)
            }
            prefixLookups(text, a, b, hashes, [], &out)
        }
    }

    @inline(__always)
    private func emit(_ variant: Int, _ flags: MatchFlags, _ out: inout [Candidate]) {
        guard variant >= 0 else { return }
        for i in Int(variantBounds[variant])..<Int(variantBounds[variant + 1]) {
            var c = variantCandidates[i]
            c.flags.formUnion(flags)
            out.append(c)
        }
    }

    /// Prefix entries: every strict prefix of `text[a..<b]` whose length some prefix word has.
    @inline(__always)
    private func prefixLookups(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                               _ hashes: UnsafeMutableBufferPointer<UInt64>, _ flags: MatchFlags, _ out: inout [Candidate]) {
        let n = b - a
        var lengths = prefixLengths & ((1 << UInt64(n)) - 1)
        while lengths != 0 {
            let k = lengths.trailingZeroBitCount
            lengths &= lengths - 1
            let p = prefixes.lookup(hash: hashes[k], text, a, a + k)
            guard p >= 0 else { continue }
            for i in Int(prefixBounds[p])..<Int(prefixBounds[p + 1]) {
                var c = prefixCandidates[i]
                c.flags.formUnion(flags)
                out.append(c)
            }
        }
    }

    /// Arabic: the token as is, and without proclitics (`و ف`, then `ب ك ل` or `لل`) and/or an enclitic
    /// pronoun; `ة` written `ت` before a pronoun, and the construct plural (`مقاتلو`, `ارهابيي`) restored.
    @inline(__always)
    private func gatherArabic(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                              _ hashes: UnsafeMutableBufferPointer<UInt64>, _ out: inout [Candidate]) {
        typealias M = TermMorphology
        gatherStem(text, a, b, hashes, [], &out)
        let c0 = text[a]
        let conjunction = (c0 == M.waw || c0 == M.feh) && b - a >= 3
        if conjunction { gatherStripped(text, a + 1, origin: a, b, hashes, &out) }
        gatherPrepositions(text, a, b, hashes, &out)
        if conjunction { gatherPrepositions(text, a + 1, b, hashes, &out) }
    }

    /// The stems after a preposition `ب ك ل` or `لل` (ل + ال) at `base`.
    @inline(__always)
    private func gatherPrepositions(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ base: Int, _ b: Int,
                                    _ hashes: UnsafeMutableBufferPointer<UInt64>, _ out: inout [Candidate]) {
        typealias M = TermMorphology
        guard b - base >= 3 else { return }
        let c = text[base]
        if c == M.lam && b - base >= 4 && text[base + 1] == M.lam {
            gatherStripped(text, base + 2, origin: base, b, hashes, &out)
        }
        if c == M.beh || c == M.kaf || c == M.lam {
            gatherStripped(text, base + 1, origin: base, b, hashes, &out)
        }
    }

    /// The candidates of the stem `text[s..<b]` after a proclitic that begins at `origin`, unless the word
    /// from `origin` is a protected stem (its first letter is not a proclitic).
    @inline(__always)
    private func gatherStripped(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ s: Int, origin: Int, _ b: Int,
                                _ hashes: UnsafeMutableBufferPointer<UInt64>, _ out: inout [Candidate]) {
        let mark = out.count
        gatherStem(text, s, b, hashes, .proclitic, &out)
        if out.count > mark && isProtected(text, origin, b) { out.removeSubrange(mark...) }
    }

    private func isProtected(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Bool {
        guard protectedStems.count > 0 else { return false }
        var h = Self.fnvBasis
        for i in a..<b { h = Self.add(h, text[i]) }
        return protectedStems.lookup(hash: h, text, a, b) >= 0
    }

    /// Candidates of an Arabic stem `text[s..<b]` (proclitics already removed, `flags` says whether).
    @inline(__always)
    private func gatherStem(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ s: Int, _ b: Int,
                            _ hashes: UnsafeMutableBufferPointer<UInt64>, _ flags: MatchFlags, _ out: inout [Candidate]) {
        typealias M = TermMorphology
        let n = b - s
        guard n >= 2 else { return }
        var h = Self.fnvBasis
        hashes[0] = h
        for i in 0..<n {
            h = Self.add(h, text[s + i])
            hashes[i + 1] = h
        }
        emit(variants.lookup(hash: h, text, s, b), flags, &out)
        let last = text[b - 1]
        if n >= 3 && (last == M.waw || last == M.yeh) {
            // Construct state of a sound plural: مقاتلو, ارهابيي → مقاتلون, ارهابيين.
            emit(variants.lookup(hash: Self.add(h, M.noon), text, s, b, extra: M.noon), flags.union(.inflected), &out)
        }
        if prefixLengths != 0 { prefixLookups(text, s, b, hashes, flags, &out) }
        // Enclitic pronouns (the stem keeps at least two letters).
        for pronoun in M.pronouns {
            let p = pronoun.count
            guard n - p >= 2 else { continue }
            var ok = true
            for i in 0..<p where text[b - p + i] != pronoun[i] { ok = false; break }
            guard ok else { continue }
            let e = b - p
            let f = flags.union(.enclitic)
            emit(variants.lookup(hash: hashes[n - p], text, s, e), f, &out)
            let before = text[e - 1]
            if before == M.teh && n - p >= 3 {
                // ة is written ت before a pronoun: حكومتهم → حكومه.
                emit(variants.lookup(hash: Self.add(hashes[n - p - 1], M.heh), text, s, e - 1, extra: M.heh), f, &out)
            } else if before == M.waw && n - p >= 3 {
                // مقاتلوهم → مقاتلون.
                emit(variants.lookup(hash: Self.add(hashes[n - p], M.noon), text, s, e, extra: M.noon), f.union(.inflected), &out)
            }
        }
    }
}
