import Testing
@testable import Mizan

/// Unbalanced, huge and mixed-direction English input: no crash, sensible output, findings where
/// something is unclear.
@Suite struct EnglishQuoteRobustnessTests {
    @Test func oddNumberOfQuotationMarksShiftsNothingBeyondItsParagraph() throws {
        let text = """
        The mayor called the plan “a disaster on Tuesday.

        Smith disagreed. “The budget is balanced,” Smith said.

        “Taxes will not rise,” Jones said.
        """
        let doc = try QuoteMarkup.analyze(text)
        #expect(doc.findings.contains { $0.code == "quotes.unclosed" })
        let rendered = doc.attributions.map { QuoteMarkup.render($0, in: doc) }
        #expect(rendered.contains("Smith disagreed. “[The budget is balanced,]” {Smith} <said>."))
        #expect(rendered.contains("“[Taxes will not rise,]” {Jones} <said>."))
    }

    @Test func quoteNeverClosedIsCutAtItsParagraph() throws {
        let doc = try QuoteMarkup.analyze("He said: “We will fight on and on and never stop\n\nThe vote is on Monday, officials said.")
        #expect(doc.findings.contains { $0.code == "quotes.unclosed" })
        for a in doc.attributions { #expect(a.content.end <= doc.paragraphs[0].range.end || a.content.start >= doc.paragraphs[1].range.start) }
        #expect(doc.attributions.contains { doc.text[$0.content] == "The vote is on Monday" })
    }

    @Test func tenThousandCharacterQuotation() throws {
        let body = String(repeating: "we will build more roads and more schools ", count: 240)  // ≈ 10,000 characters
        let text = "“\(body.trimmingCharacters(in: .whitespaces)),” the governor said."
        #expect(text.unicodeScalars.count > 10_000)
        let doc = try QuoteMarkup.analyze(text)
        // A long statement is still one direct quotation with its speaker.
        #expect(doc.attributions.count == 1)
        #expect(doc.attributions.first?.kind == .direct)
        #expect((doc.attributions.first?.content.length ?? 0) > 10_000)
        #expect(doc.attributions.first.flatMap { $0.speaker.map { doc.text[$0] } } == "the governor")
    }

    @Test func articleWithFiveHundredQuotations() throws {
        let paragraphs = (0..<500).map { "“Point number \($0) is important,” Senator Number\($0 % 7) said." }
        let doc = try QuoteMarkup.analyze(paragraphs.joined(separator: "\n\n"))
        #expect(doc.attributions.count == 500)
        #expect(doc.attributions.allSatisfy { $0.speaker != nil && $0.kind == .direct })
        #expect(doc.speakers.count == 7)
    }

    @Test func mixedDirectionText() throws {
        let text = "The minister said «الوضع مستقر» in Arabic, and added that “the talks — المحادثات — went well.”"
        let doc = try QuoteMarkup.analyze(text)
        #expect(!doc.attributions.isEmpty)
        for a in doc.attributions {
            #expect(a.content.start >= 0 && a.content.end <= doc.text.scalars.count && a.content.start < a.content.end)
        }
    }

    @Test func strayClosingMarkIsAFinding() throws {
        let doc = try QuoteMarkup.analyze("The bill passed” after a long night, officials said.")
        #expect(doc.findings.contains { $0.code == "quotes.unopened" })
        #expect(try QuoteMarkup.marked("The bill passed” after a long night, officials said.").count == 1)
    }

    @Test func aContentCutRightAfterAnOpeningMarkIsNotAQuotation() throws {
        // Found by random token soup: the content of "responded" ended before the words of the quotation
        // its first token opens, and typing it as direct made a range that ends before it starts (a trap).
        let doc = try QuoteMarkup.analyze("'' '' Scott responded ” )")
        for a in doc.attributions {
            #expect(a.content.start >= 0 && a.content.start < a.content.end && a.content.end <= doc.text.scalars.count)
        }
    }
}
