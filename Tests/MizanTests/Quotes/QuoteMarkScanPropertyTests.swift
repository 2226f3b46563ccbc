import Testing
@testable import Mizan

/// The pairer's block scan for quotation-mark candidates against a scalar-by-scalar scan.
@Suite struct QuoteMarkScanPropertyTests {
    /// ``QuotePairer/nextCandidate(_:from:to:)`` finds what a scalar-by-scalar test finds, with
    /// candidates (and near misses: U+2017, U+00AA, U+00BA, U+00BC, U+009B, `&`, `(`) at every position around its
    /// 8-scalar blocks.
    @Test func markCandidateScanAgreesWithScalarScan() {
        var rng = SeededGenerator(seed: 43)
        let marks: [Unicode.Scalar] = ["\"", "'", "\u{AB}", "\u{BB}", "\u{2018}", "\u{201D}", "\u{FF02}", "\u{1F600}"]
        let others: [Unicode.Scalar] = ["a", " ", "&", "(", "\u{AA}", "\u{BA}", "\u{BC}", "\u{9B}", "\u{2017}", "\u{0627}", "\u{E9}"]
        func isCandidate(_ c: Unicode.Scalar) -> Bool {
            c == "\"" || c == "'" || c == "\u{AB}" || c == "\u{BB}" || c.value >= 0x2018
        }
        for _ in 0..<3_000 {
            let n = Int.random(in: 0...70, using: &rng)
            var text = (0..<n).map { _ in others.randomElement(using: &rng)! }
            for _ in 0..<Int.random(in: 0...2, using: &rng) where n > 0 {
                text[Int.random(in: 0..<n, using: &rng)] = marks.randomElement(using: &rng)!
            }
            let from = Int.random(in: 0...n, using: &rng)
            let end = Int.random(in: from...n, using: &rng)
            let expected = (from..<end).first { isCandidate(text[$0]) } ?? end
            #expect(text.withUnsafeBufferPointer { QuotePairer.nextCandidate($0, from: from, to: end) } == expected)
        }
    }
}
