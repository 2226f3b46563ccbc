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

    @Test func clauseEndingInAColonBeforeAQuotation() throws {
        let out = try QuoteMarkup.markedWithRules("The mayor left early. Ruiz has since apologized for what happened: “Yes, I should have stayed for the vote.”")
        #expect(out.contains("verb-quote: The mayor left early. {Ruiz} has since apologized for what happened: “[Yes, I should have stayed for the vote.]”"))
    }

    @Test func questionThenSubjectAndUnlistedVerb() throws {
        let out = try QuoteMarkup.markedWithRules("“Would it be negotiable about the levee?” Ortega pressed.")
        #expect(out == ["verb-quote: “[Would it be negotiable about the levee?]” {Ortega} pressed."])
    }

    @Test func presentTenseOrInvertedUnlistedVerbAfterAQuotation() throws {
        #expect(try QuoteMarkup.markedWithRules("“The levee will hold through the spring,” they conclude in the report.") == [
            "verb-quote: “[The levee will hold through the spring,]” {they} conclude in the report.",
        ])
        #expect(try QuoteMarkup.markedWithRules("“She took it upon herself to prove them wrong,” remembered Ana Ruiz, the former spokeswoman.") == [
            "verb-quote: “[She took it upon herself to prove them wrong,]” remembered {Ana Ruiz}, the former spokeswoman.",
        ])
    }

    @Test func shortSentenceWithASubjectAndVerbBeforeAQuotation() throws {
        let out = try QuoteMarkup.markedWithRules("“We need a new levee,” said Mayor Ruiz. Ana Ortega agreed. “The levee will not hold through the spring.”")
        #expect(out.contains("verb-quote: “We need a new levee,” said Mayor Ruiz. {Ana Ortega} agreed. “[The levee will not hold through the spring.]”"))
    }

    @Test func namedSubjectAndPresentTenseVerbAfterAQuotation() throws {
        #expect(try QuoteMarkup.markedWithRules("“The levee will not hold through the spring,” the Ortegas state in their report.") == [
            "verb-quote: “[The levee will not hold through the spring,]” {the Ortegas} state in their report.",
        ])
        // (Not a source noun read as the verb: "the former spokeswoman" is an appositive-like byline.)
        #expect(try QuoteMarkup.markedWithRules("“The levee will not hold through the spring,” the former spokeswoman.").allSatisfy { !$0.hasPrefix("verb-quote") })
    }

    @Test func statementResumedAfterTheFrameIsOneContent() throws {
        #expect(try QuoteMarkup.markedWithRules("“Let’s take this opportunity,” Ortega concluded, “to rebuild the levee before the spring floods.”") == [
            "verb-quote: “[Let’s take this opportunity,” {Ortega} concluded, “to rebuild the levee before the spring floods.]”",
        ])
    }

    @Test func objectsAndTitlesAreNotSpeechFrames() throws {
        // A noun phrase object between the verb and the comma; a title in quotation marks.
        #expect(try QuoteMarkup.markedWithRules("He opened the book, “It was the best of times in the county.”").allSatisfy { !$0.hasPrefix("verb-quote") })
        #expect(try QuoteMarkup.markedWithRules("Ortega finished, “A Tale Of Two Cities In The County.”").allSatisfy { !$0.hasPrefix("verb-quote") })
    }
}
