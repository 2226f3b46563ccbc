import Testing
@testable import Mizan

/// ``QuoteContext/wordCount(_:)`` (two binary searches over prefix counts) against walking the tokens.
@Suite struct WordCountPropertyTests {
    @Test(arguments: [
        ("en", "“We will win,” Sen. Sanders (I-Vt.) said on Tuesday — and he meant it. 42 people, 3.5 percent: “Yes.”\n\nA new paragraph."),
        ("ar", "وقال الوزير: «الوضع مستقر»، مؤكدا أن 12 شخصا وصلوا. وأضاف —في بيان— أن الزيارة ناجحة."),
    ])
    func agreesWithTheTokenWalk(_ language: String, _ text: String) throws {
        let doc = try QuoteMarkup.analyze(text, language: language)
        let ctx = QuoteContext(document: doc, lexicon: TestSupport.data.quoteLexicons[language]!, quotes: [])
        let n = doc.text.scalars.count
        // Every range over the text and a little past it, empty ones included.
        for start in -2...(n + 2) {
            for end in start...(n + 2) {
                let r = TextRange(start, end)
                #expect(ctx.wordCount(r) == ctx.wordCountByScan(r), "\(r)")
            }
        }
    }
}
