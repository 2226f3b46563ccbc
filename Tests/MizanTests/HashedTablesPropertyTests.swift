import Testing
@testable import Mizan

/// The matcher's hash tables and its word memo against plain dictionaries and sets: their bit filters,
/// packed keys and memo encodings must never turn a present key into a miss or a word into another.
@Suite struct HashedTablesPropertyTests {
    @Test func hashedEdgesAgreeWithADictionary() {
        var rng = SeededGenerator(seed: 11)
        for size in [0, 1, 5, 100, 3_000] {
            var pairs: [UInt64: Int32] = [:]
            while pairs.count < size {
                let node = UInt64.random(in: 0..<UInt64(max(1, size)), using: &rng)
                let word = UInt64.random(in: 0..<5_000, using: &rng)
                pairs[node << 32 | word] = Int32.random(in: 0..<Int32.max, using: &rng)
            }
            let table = HashedEdges(pairs)
            for (key, value) in pairs { #expect(table.value(key) == value) }
            for _ in 0..<2_000 {
                let key = UInt64.random(in: 0..<UInt64(max(1, size)), using: &rng) << 32 | UInt64.random(in: 0..<10_000, using: &rng)
                #expect(table.value(key) == (pairs[key] ?? -1))
            }
        }
    }

    @Test func hashedWordsAgreeWithASet() {
        var rng = SeededGenerator(seed: 12)
        let alphabet: [Unicode.Scalar] = ["a", "b", "\u{E9}", "\u{0627}", "\u{0628}", "\u{06A9}", "\u{1F600}"]
        func word() -> [Unicode.Scalar] {
            (0..<Int.random(in: 1...70, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
        }
        var words: [[Unicode.Scalar]] = []
        var seen = Set<[Unicode.Scalar]>()
        while words.count < 2_000 {
            let w = word()
            if seen.insert(w).inserted { words.append(w) }
        }
        let table = HashedWords(words)
        for (i, w) in words.enumerated() { #expect(table.lookup(w) == i) }
        for _ in 0..<5_000 {
            let w = word()
            #expect(table.lookup(w) == (words.firstIndex(of: w) ?? -1))
        }
    }

    /// Words of every length around the memo's packing limits (8 and 16 scalars), in ASCII, Arabic and
    /// other scripts: a tiny shared session (many slot collisions) finds what a fresh one finds.
    @Test func memoNeverConfusesWords() {
        var rng = SeededGenerator(seed: 13)
        let alphabets: [[Unicode.Scalar]] = [
            ["a", "b", "c"], ["\u{0627}", "\u{0628}", "\u{062A}"], ["a", "\u{E9}"], ["\u{0628}", "\u{06A9}", "\u{067F}", "\u{0680}"],
        ]
        func word() -> String {
            let alphabet = alphabets.randomElement(using: &rng)!
            let n = [1, 2, 7, 8, 9, 15, 16, 17, 20].randomElement(using: &rng)!
            return String(String.UnicodeScalarView((0..<n).map { _ in alphabet.randomElement(using: &rng)! }))
        }
        let vocabulary = (0..<300).map { _ in word() }
        let terms = Array(Set(vocabulary.filter { $0.unicodeScalars.count >= 2 }).sorted().prefix(120))
        let entries = terms.enumerated().map { i, t in
            LexiconEntry(language: TermMorphology.isArabicLetter(t.unicodeScalars.first!) ? "ar" : "en", term: t, category: "loaded",
                         weight: 0.5, note: "test", match: MatchOptions(), location: SourceLocation(path: "test", line: i + 1))
        }
        let matcher = LoadedTermMatcher(entries: entries)
        let session = MatchSession(memoSlots: 64)
        var found = 0
        for _ in 0..<300 {
            let text = (0..<20).map { _ in vocabulary.randomElement(using: &rng)! }.joined(separator: ". ")
            let normalized = TextNormalizer.standard.normalize(DocumentText(text))
            let fresh = matcher.matches(in: normalized).map { "\($0.entry)@\($0.normalized)" }
            let shared = matcher.matches(in: normalized, session: session).map { "\($0.entry)@\($0.normalized)" }
            #expect(fresh == shared, "on \(text.debugDescription)")
            found += fresh.count
        }
        #expect(found > 1_000)
    }

    /// The packed variant table: words of every length around the packing limit (16 scalars), packable
    /// or not, looked up whole, packed forwards and packed backwards one scalar at a time (as the
    /// Arabic stem lookup does).
    @Test func packedWordsAgreeWithASet() {
        var rng = SeededGenerator(seed: 14)
        let alphabets: [[Unicode.Scalar]] = [["a", "b", "'"], ["\u{0627}", "\u{0628}", "\u{064A}"], ["a", "\u{E9}"], ["\u{0628}", "\u{06A9}"], ["\u{1F600}", "b"]]
        func word() -> [Unicode.Scalar] {
            let alphabet = rng.pick(alphabets)
            let n = rng.pick([1, 2, 3, 7, 8, 9, 15, 16, 17, 18, 30])
            return (0..<n).map { _ in rng.pick(alphabet) }
        }
        var words: [[Unicode.Scalar]] = []
        var seen = Set<[Unicode.Scalar]>()
        while words.count < 1_500 {
            let w = word()
            if seen.insert(w).inserted { words.append(w) }
        }
        let table = PackedWords(words)
        for (i, w) in words.enumerated() { #expect(table.lookup(w) == i) }
        for _ in 0..<5_000 {
            let w = word()
            let expected = words.firstIndex(of: w) ?? -1
            #expect(table.lookup(w) == expected)
            // Backwards, as gatherArabic builds stems.
            var key0: UInt64 = 0, key1: UInt64 = 0
            var length: UInt8 = 0
            var packable = true
            for s in w.reversed() {
                if packable, length < 16, let e = PackedWords.byte(s) {
                    PackedWords.prepend(e, &key0, &key1)
                    length += 1
                } else {
                    packable = false
                }
            }
            if packable { #expect(table.lookup(key0, key1, length) == expected, "\(w)") }
        }
    }
    /// The candidate filter against the lookups it stands in for: a token it excludes is not a variant, is
    /// not a variant followed by `'s`, and is too short for a prefix entry (words around the filter's
    /// limits, ASCII, Arabic and mixed; with and without prefix entries). It must also exclude most absent
    /// words, or it would be useless.
    @Test func candidateFilterNeverExcludesACandidate() {
        var rng = SeededGenerator(seed: 15)
        let alphabets: [[Unicode.Scalar]] = [["a", "b", "c", "'", "s"], ["a", "\u{0628}"], ["\u{0627}", "\u{0628}"], ["a", "\u{E9}"]]
        func word() -> [Unicode.Scalar] {
            let alphabet = rng.pick(alphabets)
            return (0..<rng.pick([1, 2, 3, 4, 5, 6, 8, 12, 14, 15, 16, 17, 20])).map { _ in rng.pick(alphabet) }
        }
        for shortestPrefix in [nil, 4, 6] as [Int?] {
            var variants = Set<[Unicode.Scalar]>()
            while variants.count < 600 { variants.insert(word()) }
            let filter = CandidateFilter(variants: Array(variants), shortestPrefix: shortestPrefix)
            var absent = 0, excludedCount = 0
            for _ in 0..<6_000 {
                var w = Bool.random(using: &rng) ? word() : rng.pick(Array(variants))
                if rng.below(4) == 0 { w += ["'", "s"] }
                let text = w.map(String.init).joined()
                let scalars = Array(text.unicodeScalars)
                let items = scalars.withUnsafeBufferPointer { TermWords($0).items }
                for item in items {
                    let excluded = scalars.withUnsafeBufferPointer { filter.excludes(item, in: $0.baseAddress!) }
                    let token = Array(scalars[Int(item.start)..<Int(item.end)])
                    let possessive = token.count >= 3 && token.suffix(2) == ["'", "s"] && variants.contains(Array(token.dropLast(2)))
                    let candidate = variants.contains(token) || possessive
                        || (shortestPrefix.map { token.count > $0 } ?? false) || TermMorphology.isArabicLetter(token[0])
                    if candidate {
                        #expect(!excluded, "\(String(String.UnicodeScalarView(token)))")
                    } else if item.code <= 16 && token.count <= (shortestPrefix ?? 16) && token.suffix(2) != ["'", "s"] {
                        absent += 1
                        if excluded { excludedCount += 1 }
                    }
                }
            }
            #expect(absent > 100 && excludedCount * 4 > absent * 3, "\(excludedCount) of \(absent)")
        }
    }
}
