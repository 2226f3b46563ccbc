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
}
