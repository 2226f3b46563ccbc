import Testing
@testable import Mizan

/// The one-pass token mapping agrees with the per-range one.
@Suite struct NormalizedRangesTests {
    @Test(arguments: [
        "Mr. Smith said: “We’ll win,” and she didn’t agree. ﬁne café",
        "وقالَ الوزيرُ إنّ الزيارةَ ناجحـــة، مؤكداً أنَّ «التعاون» سيستمر. السوری یوم",
        "The minister said «الوضع مستقر» and ﷺ left.",
    ])
    func agreesWithNormalizedRange(_ text: String) throws {
        let doc = try TestSupport.analyzer().analyze(text: text)
        let normalized = TextNormalizer.standard.normalize(doc.text)
        let ranges = doc.tokens.map(\.range)
        #expect(normalized.normalizedRanges(ranges) == ranges.map { normalized.normalizedRange($0) })
        // Out of order input falls back and still agrees.
        let shuffled = Array(ranges.reversed())
        #expect(normalized.normalizedRanges(shuffled) == shuffled.map { normalized.normalizedRange($0) })
    }

    /// Random texts full of what shifts offsets (vowel marks and tatweel removed, ligatures and ﷺ
    /// expanded, Persian letters folded), and random sorted ranges: tokens one after the other, and
    /// ranges that overlap, nest, are empty or run past the end.
    @Test func agreesWithNormalizedRangeOnRandomText() {
        var rng = SeededGenerator(seed: 2024)
        let pieces = ["ق", "ا", "ل", " ", "\u{064E}", "\u{0651}", "\u{0640}", "\u{FDFA}", "\u{FB01}", "ی", "ک", "A", "é", "e\u{0301}", "\u{200C}", ".", "لا", "\u{FEFB}"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...60, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            let doc = DocumentText(text)
            let normalized = TextNormalizer.standard.normalize(doc)
            let n = doc.scalars.count
            var tokens: [TextRange] = []
            var at = 0
            while at < n {
                let start = at + Int.random(in: 0...2, using: &rng)
                let end = min(n, start + Int.random(in: 1...6, using: &rng))
                if start < end { tokens.append(TextRange(start, end)) }
                at = end
            }
            #expect(normalized.normalizedRanges(tokens) == tokens.map { normalized.normalizedRange($0) })
            var ranges = (0..<Int.random(in: 0...12, using: &rng)).map { _ -> TextRange in
                let a = Int.random(in: 0...(n + 2), using: &rng)
                return TextRange(a, a + Int.random(in: 0...8, using: &rng))
            }
            ranges.sort { $0.start < $1.start }
            #expect(normalized.normalizedRanges(ranges) == ranges.map { normalized.normalizedRange($0) })
        }
    }

    /// The quote context's token mapping, which skips the offset map when normalization kept every
    /// scalar in place, agrees with the general one: texts whose normalization keeps offsets (and some
    /// that shift them), tokens in order, out of order, empty, and past the end.
    @Test func quoteContextTokenRangesAgree() {
        var rng = SeededGenerator(seed: 2025)
        let pieces = ["a", "B", "’", "'", " ", ".", "1", "Z", "\u{064E}", "ﬁ"]
        for round in 0..<500 {
            let shifted = round % 5 == 0
            let text = (0..<Int.random(in: 0...50, using: &rng)).map { _ in pieces[Int.random(in: 0..<(shifted ? pieces.count : 8), using: &rng)] }.joined()
            let normalized = TextNormalizer.standard.normalize(DocumentText(text))
            let n = normalized.originalCount
            var tokens = (0..<Int.random(in: 0...15, using: &rng)).map { _ -> Token in
                let a = Int.random(in: 0...(n + 2), using: &rng)
                return Token(range: TextRange(a, a + Int.random(in: 0...6, using: &rng)), kind: .word)
            }
            if round % 3 != 0 { tokens.sort { $0.range.start < $1.range.start } }
            #expect(QuoteContext.tokenRanges(normalized, tokens) == normalized.normalizedRanges(tokens.map(\.range)), "\(text)")
        }
    }
}
