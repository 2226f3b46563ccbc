import Testing
@testable import Mizan

@Suite struct EnglishSpeakerLineSieveTests {
    @Test func transcriptLines() throws {
        let out = try QuoteMarkup.markedWithRules("BOULDUAN: Why not debate?\n\nPENCE: We will debate anyone, anytime.")
        #expect(out == [
            "speaker-line: {BOULDUAN}: [Why not debate]?",
            "speaker-line: {PENCE}: [We will debate anyone, anytime].",
        ])
    }

    @Test func headlineWithAName() throws {
        #expect(try QuoteMarkup.marked("Bernie Sanders: It Is Not A Radical Idea To Ask For A Living Wage") == [
            "{Bernie Sanders}: [It Is Not A Radical Idea To Ask For A Living Wage]",
        ])
    }

    @Test func headlineLabelTakesAVerbInsideWhatItSays() throws {
        let out = try QuoteMarkup.markedWithRules("Ruiz: Ortega thinks the levee is safe\n\nThe mayor spoke on Tuesday.")
        #expect(out.contains("speaker-line: {Ruiz}: [Ortega thinks the levee is safe]"))
        // (Not a label with a determiner: "The Latest" names a column, not a speaker.)
        #expect(try QuoteMarkup.markedWithRules("The Latest: Sanders declares victory in Ohio\n\nThe senator spoke on Tuesday.")
            .allSatisfy { !$0.hasPrefix("speaker-line") })
    }

    @Test func headlineLabelWithLowercaseNounsOrHyphens() throws {
        #expect(try QuoteMarkup.markedWithRules("Ruiz camp: Ortega's plan threatens the levee\n\nThe mayor spoke on Tuesday.")
            .contains("speaker-line: {Ruiz camp}: [Ortega's plan threatens the levee]"))
        #expect(try QuoteMarkup.markedWithRules("City Hall Fact-Check: If Ruiz Says It, It's True\n\nThe mayor spoke on Tuesday.")
            .contains("speaker-line: {City Hall Fact-Check}: [If Ruiz Says It, It's True]"))
        #expect(try QuoteMarkup.markedWithRules("Spoiler no more: Ruiz ends bid\n\nThe mayor spoke on Tuesday.").allSatisfy { !$0.hasPrefix("speaker-line") })
    }

    @Test func lowercaseOrLongLabelsAreNotSpeakers() throws {
        #expect(try QuoteMarkup.marked("the plan has three parts: taxes, roads and schools.").isEmpty)
        #expect(try QuoteMarkup.marked("The Plan For The Next Four Years In Ohio: taxes, roads and schools.").isEmpty)
    }
}
