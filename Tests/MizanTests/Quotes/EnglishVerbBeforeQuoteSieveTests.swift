import Testing
@testable import Mizan

@Suite struct EnglishVerbBeforeQuoteSieveTests {
    @Test func subjectAndUnlistedVerbBeforeAQuotation() throws {
        let out = try QuoteMarkup.markedWithRules("The audit was harsh. He concluded, “There is not a single case like this one in the county.”")
        #expect(out.contains("verb-quote: The audit was harsh. {He} concluded, “[There is not a single case like this one in the county.]”"))
    }

    @Test func subjectAndUnlistedVerbAfterAQuotation() throws {
        let out = try QuoteMarkup.markedWithRules("“The levee will always hold,” an angry Ortega retaliated.")
        #expect(out == ["verb-quote: “[The levee will always hold,]” {an angry Ortega} retaliated."])
    }

    @Test func objectsAndTitlesAreNotSpeechFrames() throws {
        // A noun phrase object between the verb and the comma; a title in quotation marks.
        #expect(try QuoteMarkup.markedWithRules("He opened the book, “It was the best of times in the county.”").allSatisfy { !$0.hasPrefix("verb-quote") })
        #expect(try QuoteMarkup.markedWithRules("Ortega finished, “A Tale Of Two Cities In The County.”").allSatisfy { !$0.hasPrefix("verb-quote") })
    }
}
