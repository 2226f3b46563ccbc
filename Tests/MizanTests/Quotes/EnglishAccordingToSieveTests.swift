import Testing
@testable import Mizan

/// The according-to rule on English.
@Suite struct EnglishAccordingToSieveTests {
    @Test func accordingToAfterTheContent() throws {
        #expect(try QuoteMarkup.markedWithRules("Clinton and Trump are virtually tied, according to a new national poll.") == [
            "according-to: [Clinton and Trump are virtually tied], <according to> {a new national poll}.",
        ])
    }

    @Test func accordingToBeforeTheContent() throws {
        #expect(try QuoteMarkup.marked("According to officials, the plant will close next year.") == [
            "<According to> {officials}, [the plant will close next year].",
        ])
    }
}
