import Testing
@testable import Mizan

/// The quote context's memos against fresh computations: ``QuoteContext/looksLikeName(_:afterName:)``,
/// ``QuoteContext/isDefinite(_:)``, ``QuoteContext/isNameConnector(_:)`` and
/// ``QuoteContext/mention(startingAt:limit:)``.
@Suite struct QuoteMemoPropertyTests {
    /// The memoized name test and mentions answer what a fresh computation answers, whatever the order
    /// of the questions and whichever value of `afterName` (or limit) is asked first.
    @Test(arguments: [
        ("ar", "وقال اللواء محمد باقري رئيس هيئة الأركان إن «الوضع مستقر»، مؤكدا أن الجانبين تحدثوا مع الرئيس السوري بشار الأسد وزيارته ناجحة. وأضاف باقري أن علي عبد الله أيوب اقتراحاً للأسد."),
        ("en", "Sen. Bernie Sanders (I-Vt.) said on Tuesday that the Department of Transportation, a spokesman for the campaign, told reporters: “We will win.” He added that Mr. Ortega and Hillary Clinton agreed."),
    ])
    func memosAgreeWithFreshAnswers(_ language: String, _ text: String) throws {
        let doc = try QuoteMarkup.analyze(text, language: language)
        let lexicon = TestSupport.data.quoteLexicons[language]!
        let memoized = QuoteContext(document: doc, lexicon: lexicon, quotes: [])
        let fresh = QuoteContext(document: doc, lexicon: lexicon, quotes: [])
        var rng = SeededGenerator(seed: 44)
        var questions = (0..<memoized.count).flatMap { [($0, false), ($0, true)] }
        for _ in 0..<3 {
            questions.shuffle(using: &rng)
            for (i, afterName) in questions {
                #expect(memoized.looksLikeName(i, afterName: afterName) == fresh.looksLikeNameUncached(i, afterName: afterName))
                #expect(memoized.isDefinite(i) == (fresh.arabic && fresh.isWord(i) && fresh.isDefiniteUncached(i)))
                #expect(memoized.isNameConnector(i) == QuoteContext.nameConnectors.contains { $0.elementsEqual(fresh.word(i)) })
                let limit = afterName ? 7 : 10
                #expect(memoized.mention(startingAt: i, limit: limit) == fresh.mentionUncached(startingAt: i, limit: limit))
            }
        }
    }
}
