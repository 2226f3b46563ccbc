import Testing
@testable import Mizan

/// The matcher's two tokenizers (bit masks, and one table load per scalar) against a
/// plain scalar-by-scalar reference built from ``TermWords/kind(_:)`` and the slow packer
/// ``TermWords/item(_:_:_:)``: same tokens, same keys, codes and hashes, same links. And the stem keys the
/// Arabic clitic stripping slices from a word's key (``PackedWords/slice(_:_:from:count:)``).
@Suite struct TermWordsPropertyTests {
    /// The reference: maximal runs of word scalars (`.`/`,` between two digits included), apostrophes
    /// trimmed from both ends; linked when the gap holds only joiners.
    private static func reference(_ text: [Unicode.Scalar]) -> [TermWords.Item] {
        func isWord(_ i: Int) -> Bool {
            let c = text[i]
            if c == "." || c == "," {
                return i > 0 && i + 1 < text.count && TermWords.isDigit(text[i - 1]) && TermWords.isDigit(text[i + 1])
            }
            return TermWords.kind(c) == .word
        }
        var items: [TermWords.Item] = []
        var linkable = false
        var i = 0
        while i < text.count {
            guard isWord(i) else {
                let c = text[i]
                if c == "." || c == "," || TermWords.kind(c) != .joiner { linkable = false }
                i += 1
                continue
            }
            var j = i
            while j < text.count && isWord(j) { j += 1 }
            var a = i, b = j
            while a < b && text[a] == "'" { a += 1 }
            while b > a && text[b - 1] == "'" { b -= 1 }
            if a < b {
                if !items.isEmpty { items[items.count - 1].linked = linkable }
                items.append(text.withUnsafeBufferPointer { TermWords.item($0.baseAddress!, a, b) })
                linkable = true
            }
            i = j
        }
        return items
    }

    /// Each tokenizer's tokens of `text` (by masks, scalar by scalar, and the usual choice) are the
    /// reference's.
    private static func check(_ text: [Unicode.Scalar]) {
        let expected = Self.reference(text)
        for byMasks in [true, false, nil] as [Bool?] {
            let tokens = text.withUnsafeBufferPointer { TermWords($0, byMasks: byMasks) }.items
            #expect(tokens.count == expected.count, "byMasks: \(String(describing: byMasks))")
            for (t, e) in zip(tokens, expected) {
                #expect(t.start == e.start && t.end == e.end && t.code == e.code && t.linked == e.linked)
                #expect(t.key0 == e.key0 && t.key1 == e.key1 && t.hash == e.hash)
                // The memo set comes from the 32-bit hash of the packed key (0 for a word that is not packed).
                #expect(t.hash == (t.code == TermWords.unpacked ? 0 : TermWords.hash32(t.key0, t.key1, t.code)))
            }
        }
    }

    @Test func tokensAgreeWithAScalarByScalarReference() {
        var rng = SeededGenerator(seed: 21)
        // Word scalars of every packing (ASCII, U+0600–U+067F, other BMP, astral), apostrophes, digits and
        // number punctuation, joiners and separators.
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", "7", "'", ".", ",", "\u{0627}", "\u{0628}", "\u{064A}", "\u{067F}", "\u{0680}", "\u{06A9}",
            "\u{E9}", "\u{0301}", "\u{1D400}", " ", "-", "\u{2013}", "\n", "!", "\u{A0}", "\u{1F600}",
        ]
        let letters: [Unicode.Scalar] = ["a", "b", "\u{0627}", "\u{0628}", "1"]
        for _ in 0..<3_000 {
            var text: [Unicode.Scalar] = []
            for _ in 0..<rng.below(40) {
                // Runs of letters of every length around the packing limits (8 and 16), between random scalars.
                if rng.below(3) == 0 {
                    text += (0..<[1, 7, 8, 9, 15, 16, 17, 25].randomElement(using: &rng)!).map { _ in rng.pick(letters) }
                } else {
                    text.append(rng.pick(alphabet))
                }
            }
            Self.check(text)
        }
    }

    /// Mostly ASCII texts, long enough to cross the tokenizer's 16- and 64-scalar blocks many times, so
    /// that words, gaps and numbers (`1,000.5`) straddle block ends, with now and then a scalar it must
    /// classify by the table (Arabic, accented, astral, a no-break space, a dash).
    @Test func asciiTextsAgreeWithTheReference() {
        var rng = SeededGenerator(seed: 22)
        let ascii: [Unicode.Scalar] = ["a", "b", "e", "s", "Z", "0", "1", "9", "'", ".", ",", " ", " ", " ", "-", "\t", "@", "#", "\n", "!", "(", "\u{7F}"]
        let rare: [Unicode.Scalar] = ["\u{0627}", "\u{E9}", "\u{1D400}", "\u{A0}", "\u{2013}", "\u{0301}", "\u{80}", "\u{130}", "\u{1F600}"]
        for _ in 0..<1_500 {
            let n = rng.below(300)
            let text: [Unicode.Scalar] = (0..<n).map { _ in rng.below(40) == 0 ? rng.pick(rare) : rng.pick(ascii) }
            Self.check(text)
            // Texts ending inside a word, at every length around a block.
            Self.check(Array(repeating: "a", count: rng.below(140)))
        }
    }

    /// The tokenizer's BMP check (four scalars at a time, then one by one) finds an astral scalar at any
    /// position of texts of every length around its block size, and passes texts without one.
    @Test func bmpCheckFindsAnyAstralScalar() {
        for n in 1...41 {
            let text = [Unicode.Scalar](repeating: "\u{FFFF}", count: n)
            #expect(text.withUnsafeBufferPointer { TermWords.isBMP($0.baseAddress!, n) })
            for k in 0..<n {
                var astral = text
                astral[k] = "\u{10000}"
                #expect(!astral.withUnsafeBufferPointer { TermWords.isBMP($0.baseAddress!, n) })
            }
        }
    }

    /// A stem's key sliced from its word's key (and a letter put after it) is the stem packed afresh.
    @Test func slicedStemsAgreeWithPackedStems() {
        var rng = SeededGenerator(seed: 22)
        let alphabet: [Unicode.Scalar] = ["a", "z", "0", "\u{0627}", "\u{0628}", "\u{0646}", "\u{067F}"]
        for _ in 0..<5_000 {
            let word = (0..<(1 + rng.below(16))).map { _ in rng.pick(alphabet) }
            guard let (key0, key1, _) = PackedWords.pack(word) else { Issue.record("unpackable \(word)"); continue }
            let from = rng.below(word.count)
            let count = 1 + rng.below(word.count - from)
            var (k0, k1) = PackedWords.slice(key0, key1, from: from, count: count)
            var stem = Array(word[from..<(from + count)])
            let packed = PackedWords.pack(stem)!
            #expect(k0 == packed.0 && k1 == packed.1)
            if count < 16 {
                let extra = rng.pick(alphabet)
                PackedWords.put(PackedWords.byte(extra)!, at: count, &k0, &k1)
                stem.append(extra)
                let longer = PackedWords.pack(stem)!
                #expect(k0 == longer.0 && k1 == longer.1)
            }
        }
    }
}
