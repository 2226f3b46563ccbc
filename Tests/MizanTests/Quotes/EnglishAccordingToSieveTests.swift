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
        // (The complaint's author is part of the source: ``aDocumentAndItsAuthorAreOneSource``.)
        #expect(out == ["<According to> {a complaint filed by the commission} and a second one by Vermont, [the developers looted millions]."])
    }

    @Test func aPhraseBetweenCommasAfterAClauseAttributesTheClauseBefore() throws {
        // What follows the source is an appositive, not the content.
        #expect(try QuoteMarkup.marked("Most of the money has come from women, according to Crowdpac, the most of any candidate.") == [
            "[Most of the money has come from women], <according to> {Crowdpac}, the most of any candidate.",
        ])
        #expect(try QuoteMarkup.marked("Profit fell by a third, according to Brian Wieser, an analyst at Pivotal.") == [
            "[Profit fell by a third], <according to> {Brian Wieser}, an analyst at Pivotal.",
        ])
    }

    @Test func aPhraseAfterAShortSubjectAttributesTheWholeClause() throws {
        #expect(try QuoteMarkup.marked("The plan, according to officials, failed badly.") == [
            "[The plan, <according to> {officials}, failed badly].",
        ])
    }

    @Test func aPhraseAfterAnOpenerAttributesWhatFollows() throws {
        #expect(try QuoteMarkup.marked("But, according to officials, the plan failed badly.") == [
            "But, <according to> {officials}, [the plan failed badly].",
        ])
    }

    @Test func aPhraseAfterAnAttributionReportsIt() throws {
        // The source reports Sanders' statement: both attributions, the outer one covering the inner.
        #expect(try QuoteMarkup.markedWithRules("Sanders said the plan would fail, according to CNN.") == [
            "according-to: [Sanders said the plan would fail], <according to> {CNN}.",
            "cue-clause: {Sanders} <said> [the plan would fail], according to CNN.",
        ])
        #expect(try QuoteMarkup.markedWithRules("“I ask you not to protest,” Sanders said, according to CNN.") == [
            "according-to: [“I ask you not to protest,” Sanders said], <according to> {CNN}.",
            "quote-then-cue: “[I ask you not to protest,]” {Sanders} <said>, according to CNN.",
        ])
    }

    @Test func aLongSourceThatOpensWithATimeWord() throws {
        #expect(try QuoteMarkup.marked("According to early results of the exit poll conducted by Edison Research, Clinton led in Virginia.") == [
            "<According to> {early results of the exit poll conducted by Edison Research}, [Clinton led in Virginia].",
        ])
    }

    @Test func aSourcePhraseNoSubjectRuleTakesInsideTheSentence() throws {
        #expect(try QuoteMarkup.marked("Late Sunday, Clinton won the Democratic primary in Puerto Rico, according to early returns.") == [
            "[Late Sunday, Clinton won the Democratic primary in Puerto Rico], <according to> {early returns}.",
        ])
    }

    @Test func afterAColonOrAConjunctionTheClauseFollows() throws {
        #expect(try QuoteMarkup.marked("It has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.") == [
            "It has not gone unnoticed: <According to> {recent polls}, [Trump holds only 14 percent of the Latino vote].",
        ])
        #expect(try QuoteMarkup.marked("But according to reports emerging in the news media, he could not convince the family.") == [
            "But <according to> {reports} emerging in the news media, [he could not convince the family].",
        ])
    }

    @Test func rightAfterAnAttributionThePhraseClosesItsClause() throws {
        // The reported clause before the phrase is its content, not the appositive after the source.
        let out = try QuoteMarkup.marked("What Romney has said privately about Trump is a different story, according to former Sen. Scott Brown, R-Mass.")
        #expect(out.contains("[What Romney has said privately about Trump is a different story], <according to> {former Sen. Scott Brown}, R-Mass."))
    }

    @Test func aDocumentAndItsAuthorAreOneSource() throws {
        #expect(try QuoteMarkup.marked("The count rose by 40 percent, according to a tally by the Associated Press.") == [
            "[The count rose by 40 percent], <according to> {a tally by the Associated Press}.",
        ])
        #expect(try QuoteMarkup.marked("According to a court document filed by the state attorney, the evidence was weak.") == [
            "<According to> {a court document filed by the state attorney}, [the evidence was weak].",
        ])
    }
}
