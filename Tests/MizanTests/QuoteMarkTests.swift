import Testing
@testable import Mizan

/// Quotation-mark pairing. Expected quotations are written as the text between the marks.
@Suite struct QuoteMarkTests {
    func quotes(_ text: String) -> (contents: [String], findings: [String]) {
        let t = DocumentText(text)
        let paragraphs = Segmenter().paragraphs(in: t)
        let (q, f) = QuotePairer().pair(t.scalars, paragraphs: paragraphs)
        return (q.filter { $0.level == 0 }.map { t[$0.content] }, f.map(\.code))
    }

    @Test func allMarkStyles() {
        #expect(quotes("He said \"one\" and “two” and «ثلاثة» and „vier“ and ‹cinq›.").contents == ["one", "two", "ثلاثة", "vier", "cinq"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quotes("Trump’s aides don't say 'no' to voters’ demands.").contents == ["no"])
    }

    @Test func nestedQuotesAreOneTopLevelQuote() {
        let r = quotes("قال: «إن \"حزب الله\" لن يسمح بذلك».")
        #expect(r.contents == ["إن \"حزب الله\" لن يسمح بذلك"])
    }

    @Test func innerQuoteClosedAfterACommaKeepsTheOuterOne() {
        // The inner ’ and the outer ” both follow a comma: they close.
        let r = quotes("“When Trump says ‘Let’s make America great again,’ that is code for going backward,” Clinton said.")
        #expect(r.contents == ["When Trump says ‘Let’s make America great again,’ that is code for going backward,"])
        #expect(r.findings.isEmpty)
        #expect(quotes("\"He said 'no,' and left,\" she said.").contents == ["He said 'no,' and left,"])
    }

    @Test func tripleApostrophesAfterAWordCloseASingleThenADoubledQuotation() {
        let r = quotes("''Voters will not be satisfied with 'We'll bomb them,''' said McCain. ''I would use the word 'old-school,''' he said.")
        #expect(r.contents == ["Voters will not be satisfied with 'We'll bomb them,'", "I would use the word 'old-school,'"])
        #expect(r.findings.isEmpty)
    }

    @Test func quoteAttachedToConjunction() {
        // و"أشاد … المقدسة": the opening mark touches the conjunction و.
        #expect(quotes("تفقد المناطق، و\"أشاد بالنجاحات\"، مرجعا ذلك.").contents == ["أشاد بالنجاحات"])
    }

    @Test func reversedClosingGlyphAsOpener() {
        #expect(quotes("”Mr. Trump embodies the legacy.” ― Sonya").contents == ["Mr. Trump embodies the legacy."])
    }

    @Test func unclosedQuoteStopsAtItsParagraph() {
        let r = quotes("He said \"this never closes.\nNext paragraph \"is fine\" here.")
        #expect(r.contents == ["this never closes.", "is fine"])
        #expect(r.findings == ["quotes.unclosed"])
    }

    @Test func strayClosingMarkShiftsNothing() {
        let r = quotes("أوراق قانونية». وقال: «الأول» ثم «الثاني».")
        #expect(r.contents == ["الأول", "الثاني"])
        #expect(r.findings == ["quotes.unopened"])
    }

    @Test func spacedStrayMarkClosesWhatIsOpen() {
        // «8 مارس « : the second mark, spaced on both sides, closes the first.
        let r = quotes("مرشح فريق «8 مارس « وقام بتأمين الغطاء لمشروع «حزب الله» في لبنان.")
        #expect(r.contents == ["8 مارس", "حزب الله"])
    }

    @Test func colonLedMarkOpensANewQuoteWhenTheLastLostItsEnd() {
        let r = quotes("وقال:» لا عمالة ولا عمولة وقال:» انتم حكومة النفايات».")
        #expect(r.contents == ["لا عمالة ولا عمولة", "انتم حكومة النفايات"])
        #expect(r.findings == ["quotes.unclosed"])
    }

    @Test func multiParagraphQuoteWithRepeatedOpeningMarks() {
        let r = quotes("He said: “First part of the speech.\n“Second part of it.\n“Last part,” he added.")
        #expect(r.contents.count == 1)
        #expect(r.contents.first?.hasPrefix("First part") == true)
        #expect(r.contents.first?.hasSuffix("Last part,") == true)
    }

    @Test func oddMarksLongQuotesAndManyQuotesDoNotCrash() {
        _ = quotes(String(repeating: "\" ", count: 1001))
        let long = "She said \"" + String(repeating: "word ", count: 2000) + "\" then left."
        #expect(quotes(long).contents.count == 1)
        let many = (0..<500).map { "\"quote number \($0)\" he said." }.joined(separator: " ")
        #expect(quotes(many).contents.count == 500)
        _ = quotes("mixed \u{202E}«اتجاه» \"direction\"\u{202C} ”“”“ «»«")
    }
}
