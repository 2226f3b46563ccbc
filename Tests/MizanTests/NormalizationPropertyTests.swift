import Testing
@testable import Mizan

/// Invariants of the matching view over random Arabic, Persian and English strings.
@Suite struct NormalizationPropertyTests {
    static let alphabet: [Unicode.Scalar] = {
        var s: [Unicode.Scalar] = []
        let ranges: [ClosedRange<UInt32>] = [
            0x0621...0x064A,   // Arabic letters
            0x064B...0x0652,   // harakat
            0x0660...0x0669,   // Arabic-Indic digits
            0x06F0...0x06F9,   // Persian digits
            0x0041...0x005A, 0x0061...0x007A, 0x0030...0x0039,
            0x00C0...0x00FF,
            0xFE80...0xFEFC,   // Arabic presentation forms B
            0x0300...0x0304,   // Latin combining marks
        ]
        for r in ranges { for v in r { if let u = Unicode.Scalar(v) { s.append(u) } } }
        s += ["\u{06CC}", "\u{06A9}", "\u{067E}", "\u{0686}", "\u{0698}", "\u{06AF}", "\u{0640}", "\u{0670}", "\u{0671}",
              "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{202B}", "\u{202C}", "\u{2019}", "\u{FDF2}",
              "\u{FB01}", " ", " ", " ", "\n", ".", "،", "؟", "«", "»", "\"", "'", "-", "\u{1F600}", "\u{0130}", "\u{00DF}"]
        return s
    }()

    static func randomStrings(count: Int, seed: UInt64) -> [[Unicode.Scalar]] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int(rng.next() % 60)
            return (0..<length).map { _ in rng.pick(alphabet) }
        }
    }

    @Test func idempotent() {
        let n = TextNormalizer.standard
        for s in Self.randomStrings(count: 2000, seed: 1) {
            let once = n.normalize(scalars: s).scalars
            let twice = n.normalize(scalars: once).scalars
            #expect(once == twice, "not idempotent on \(s.map { String($0.value, radix: 16) })")
        }
    }

    @Test func rangesStayInBoundsAndRoundTrip() {
        let n = TextNormalizer.standard
        var rng = SeededGenerator(seed: 20)
        for s in Self.randomStrings(count: 2000, seed: 2) {
            let v = n.normalize(scalars: s)
            // Every normalized scalar maps to a non-empty original range inside the text, and back to a
            // normalized range that contains it.
            for i in 0..<v.count {
                let o = v.originalRange(i, i + 1)
                #expect(o.start >= 0 && o.end <= s.count && o.start < o.end)
                let back = v.normalizedRange(o)
                #expect(back.contains(i))
            }
            // Every original range maps to a normalized range in bounds, and back to a range covering it.
            for _ in 0..<10 where !s.isEmpty {
                let a = Int(rng.next() % UInt64(s.count + 1))
                let b = a + Int(rng.next() % UInt64(s.count - a + 1))
                let r = v.normalizedRange(TextRange(a, b))
                #expect(r.lowerBound >= 0 && r.upperBound <= v.count)
                if !r.isEmpty {
                    let o = v.originalRange(r)
                    #expect(o.start <= a && o.end >= b || o.start >= a && o.end <= b || o.overlaps(TextRange(a, b)))
                    #expect(o.start >= 0 && o.end <= s.count)
                }
            }
            // Monotone: original starts never decrease along the normalized text.
            for i in 1..<max(1, v.count) { #expect(v.originalRange(i - 1, i).start <= v.originalRange(i, i + 1).start) }
        }
    }

    /// The one-pass mapping of sorted ranges gives what mapping each range alone gives: tokens, random
    /// sorted ranges (touching, overlapping, empty, past the end) and unsorted ones.
    @Test func normalizedRangesEqualsEachRangeMapped() {
        let n = TextNormalizer.standard
        let segmenter = Segmenter(clitics: nil)
        var rng = SeededGenerator(seed: 33)
        for s in Self.randomStrings(count: 3000, seed: 5) {
            let text = DocumentText(scalars: s)
            let view = n.normalize(scalars: s)
            let paragraphs = segmenter.paragraphs(in: text)
            let tokens = segmenter.segment(text, paragraphs: paragraphs, languages: paragraphs.map { _ in "ar" }).tokens.map(\.range)
            var sorted: [TextRange] = []
            var start = 0
            for _ in 0..<rng.below(12) {
                start += rng.below(6) - 1
                let a = max(0, start)
                sorted.append(TextRange(a, a + rng.below(8)))
            }
            sorted.sort { $0.start < $1.start }
            let shuffled = sorted.shuffled(using: &rng)
            for ranges in [tokens, sorted, shuffled] {
                #expect(view.normalizedRanges(ranges) == ranges.map(view.normalizedRange),
                        "\(s.map { String($0.value, radix: 16) }) \(ranges)")
            }
        }
    }

    @Test func normalizingOnlyRemovesOrFoldsNeverInventsText() {
        // Pure ASCII lower-case text is its own normalization, with the identity map.
        var rng = SeededGenerator(seed: 3)
        let ascii = Array("abcdefghijklmnopqrstuvwxyz0123456789 .,'".unicodeScalars)
        for _ in 0..<500 {
            let s = (0..<Int(rng.next() % 80)).map { _ in rng.pick(ascii) }
            let v = TextNormalizer.standard.normalize(scalars: s)
            #expect(v.scalars == s)
            for i in 0..<s.count { #expect(v.originalRange(i, i + 1) == TextRange(i, i + 1)) }
        }
    }
}

/// The normalizer's per-scalar table, built with one reused ICU buffer, against the plain computation:
/// ICU's NFKC_Casefold of the scalar as a string, then mizan's folding of each resulting scalar.
@Suite struct FoldTablePropertyTests {
    @Test func tableEqualsPlainComputation() {
        FoldTable.shared.withEntries { table in
            // Every 7th BMP scalar, and all of Latin-1, Arabic and the presentation forms.
            let values = Array(stride(from: 0, to: 0x10000, by: 7)) + Array(0...0xFF) + Array(0x0600...0x06FF) + Array(0xFB50...0xFEFF)
            for v in values {
                guard let s = Unicode.Scalar(UInt32(v)) else { continue }
                var e: UInt32 = ICU.nfkcCasefoldHasBoundaryBefore(s) ? (1 << 31) : 0
                let scalars = Array(String(decoding: ICU.nfkcCasefold([UInt16(v)]), as: UTF16.self).unicodeScalars)
                let folded = scalars.compactMap(TextNormalizer.fold)
                if folded.isEmpty {
                    e |= 1 << 29
                } else if folded.count == 1 && scalars.count == 1 {
                    e |= folded[0].value
                } else {
                    e |= 2 << 29
                }
                #expect(table[v] == e, "U+\(String(v, radix: 16))")
            }
        }
    }
}
