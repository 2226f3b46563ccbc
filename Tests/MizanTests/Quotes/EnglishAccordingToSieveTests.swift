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

    @Test func theWholeSentenceBeforeThePhraseIsTheContent() throws {
        #expect(try QuoteMarkup.marked("Clinton now holds an advantage of 83 points over Trump, among black voters, according to a new poll.") == [
            "[Clinton now holds an advantage of 83 points over Trump, among black voters], <according to> {a new poll}.",
        ])
    }

    @Test func aLongSourcePhraseRunsToItsComma() throws {
        let out = try QuoteMarkup.marked("According to a complaint filed by the commission and a second one by Vermont, the developers looted millions.")
        #expect(out == ["<According to> {a complaint} filed by the commission and a second one by Vermont, [the developers looted millions]."])
    }
}
