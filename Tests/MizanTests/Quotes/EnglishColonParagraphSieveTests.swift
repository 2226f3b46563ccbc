import Testing
@testable import Mizan

@Suite struct EnglishColonParagraphSieveTests {
    @Test func quotationInTheNextParagraph() throws {
        let out = try QuoteMarkup.markedWithRules("The mayor spoke at the dam.\n\nShe added:\n\n“We will rebuild the levee before winter.”")
        #expect(out.contains("colon-paragraph: {She} <added>:\n\n“[We will rebuild the levee before winter.]”"))
    }

    @Test func unmarkedParagraphAfterTheColon() throws {
        let out = try QuoteMarkup.markedWithRules("Ortega said:\n\nThe levee is safe. The pumps work.")
        #expect(out == ["colon-paragraph: {Ortega} <said>:\n\n[The levee is safe. The pumps work.]"])
    }

    @Test func aColonInsideTheParagraphIsNotThisRule() throws {
        let out = try QuoteMarkup.markedWithRules("Ortega said: the levee is safe.\n\nThe pumps work.")
        #expect(!out.contains { $0.hasPrefix("colon-paragraph") })
    }
}
