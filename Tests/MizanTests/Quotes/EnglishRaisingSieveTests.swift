import Testing
@testable import Mizan

@Suite struct EnglishRaisingSieveTests {
    @Test func subjectAndInfinitiveAreTheContentWithNoSpeaker() throws {
        #expect(try QuoteMarkup.markedWithRules("Trump appears to ignore the difference between the two plans.") == [
            "raising: [Trump <appears> to ignore the difference between the two plans].",
        ])
        #expect(try QuoteMarkup.marked("The sale is expected to close in March.") == [
            "[The sale <is expected> to close in March].",
        ])
    }

    @Test func itAppearsAndNonInfinitivesAreLeftAlone() throws {
        #expect(try QuoteMarkup.marked("It appears to be raining.").isEmpty)
        #expect(try QuoteMarkup.marked("The senator appeared on television.").isEmpty)
    }
}
