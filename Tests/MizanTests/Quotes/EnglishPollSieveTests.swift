import Testing
@testable import Mizan

/// The poll rule on English: findings reported "in" a poll or survey.
@Suite struct EnglishPollSieveTests {
    @Test func aPollPhraseOpeningTheSentence() throws {
        let out = try QuoteMarkup.markedWithRules("In the CBS poll, Trump’s lead over Cruz remained in double digits.")
        #expect(out == ["poll: <In> {the CBS poll}, [Trump’s lead over Cruz remained in double digits]."])
    }

    @Test func aPollPhraseEndingTheSentence() throws {
        let out = try QuoteMarkup.markedWithRules("By Jan. 18, Obama was winning blacks by 28 points in the same poll.")
        #expect(out == ["poll: [By Jan. 18, Obama was winning blacks by 28 points] <in> {the same poll}."])
        let released = try QuoteMarkup.markedWithRules("Donald Trump achieved 45 percent support among Republican voters in a new Fox News poll released Thursday.")
        #expect(released == ["poll: [Donald Trump achieved 45 percent support among Republican voters] <in> {a new Fox News poll} released Thursday."])
    }

    @Test func anAttributionThatCoversThePhraseKeepsIt() throws {
        // The cue-clause content runs past "in the polls": the poll rule adds nothing (and must not
        // build a range that ends before it starts).
        #expect(try QuoteMarkup.markedWithRules("Trump said he was far ahead in the polls.") == [
            "cue-clause: {Trump} <said> [he was far ahead in the polls].",
        ])
    }

    @Test func notAPollPhrase() throws {
        #expect(try QuoteMarkup.marked("He voted in the poll.").isEmpty)
        #expect(try QuoteMarkup.marked("Voters in Iowa answered a poll about the economy.").isEmpty)
    }
}
