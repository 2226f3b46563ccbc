import Testing
@testable import Mizan

@Suite struct EnglishQuoteThenCueSieveTests {
    @Test func subjectThenVerbAfterTheQuotation() throws {
        #expect(try QuoteMarkup.markedWithRules("“We will win this state,” Marsh told reporters.") == [
            "quote-then-cue: “[We will win this state,]” {Marsh} <told> reporters.",
        ])
    }

    @Test func invertedVerbAndSubject() throws {
        #expect(try QuoteMarkup.marked("“It is a disgrace,” said Sen. Claire McCaskill.") == [
            "“[It is a disgrace,]” <said> {Sen. Claire McCaskill}.",
        ])
    }

    @Test func parenthesisAndAppositiveBeforeTheVerb() throws {
        #expect(try QuoteMarkup.marked("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.") == [
            "“[It’s a dog whistle,]” {Rep. Gwen Moore} (D-Wis.) <said> Friday.",
        ])
        #expect(try QuoteMarkup.marked("“It’s an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, said at an event.") == [
            "“[It’s an invasion of the state regulatory domain,]” {Scott Pruitt}, the attorney general of Oklahoma, <said> at an event.",
        ])
    }

    @Test func quotationResumedAfterTheAttributionIsOneContent() throws {
        #expect(try QuoteMarkup.marked("“Every time you say that,” Warren said. “You give ammunition to the people who want to break up the banks.”") == [
            "“[Every time you say that,” Warren said. “You give ammunition to the people who want to break up the banks.]”"
                .replacingOccurrences(of: "Warren said", with: "{Warren} <said>"),
        ])
    }

    @Test func doubledApostrophesAreQuotationMarks() throws {
        #expect(try QuoteMarkup.marked("''You'd like to pay cash for your house, too,'' he said.") == [
            "''[You'd like to pay cash for your house, too,]'' {he} <said>.",
        ])
    }

    @Test func aVerbWithItsOwnThatClauseIsNotTheQuotationsCue() throws {
        let out = try QuoteMarkup.markedWithRules("In his book, ''Make Your Kid a Millionaire,'' Mr. McKinley said that he considered debt a last resort.")
        #expect(out == ["cue-clause: In his book, ''Make Your Kid a Millionaire,'' {Mr. McKinley} <said> that [he considered debt a last resort]."])
    }

    @Test func aQuotationEndingItsSentenceDoesNotTakeTheNextSentencesVerb() throws {
        let out = try QuoteMarkup.markedWithRules("Officials said the forms \"may be forged.\" The president told voters he would win.")
        #expect(!out.contains { $0.hasPrefix("quote-then-cue") })
    }

    @Test func lowercaseSourceAfterTheQuotation() throws {
        // "official" before "said" is the noun, not an adjective making "said" a noun.
        #expect(try QuoteMarkup.marked("“This is not a combat mission,” an official said.") == [
            "“[This is not a combat mission,]” {an official} <said>.",
        ])
    }

    @Test func abbreviationEndingTheNameBeforeAnAppositive() throws {
        #expect(try QuoteMarkup.marked("''Twitter works as a way to sell books,'' James B. Comey Jr., the director of the bureau, said at a news conference.") == [
            "''[Twitter works as a way to sell books,]'' {James B. Comey Jr}., the director of the bureau, <said> at a news conference.",
        ])
    }

    @Test func wordsLeadingIntoTheQuotationBelongToTheContent() throws {
        #expect(try QuoteMarkup.markedWithRules("Belgium failed to act and ''should possibly have acted sooner,'' said Ralf Jäger, the minister.") == [
            "quote-then-cue: [Belgium failed to act and ''should possibly have acted sooner,]'' <said> {Ralf Jäger}, the minister.",
        ])
    }

    @Test func quotationResumedLaterInTheSentence() throws {
        #expect(try QuoteMarkup.marked("\"You know, I love Larry,\" he said, but \"when it comes to energy, Larry has a history.\"") == [
            "\"[You know, I love Larry,\" {he} <said>, but \"when it comes to energy, Larry has a history.]\"",
        ])
    }

    @Test func quotationResumedAfterALongerAttributionClause() throws {
        #expect(try QuoteMarkup.marked("“This is not a combat mission,” one senior official said, speaking on condition of anonymity. “This is to enable partners.”") == [
            "“[This is not a combat mission,” {one senior official} <said>, speaking on condition of anonymity. “This is to enable partners.]”",
        ])
    }

    @Test func anAppositiveAfterAnInvertedSubjectIsNotResumedContent() throws {
        #expect(try QuoteMarkup.marked("“He is a very nice boy,” said Renee Gold, 83, of Sarasota, Florida.") == [
            "“[He is a very nice boy,]” <said> {Renee Gold}, 83, of Sarasota, Florida.",
        ])
    }

    @Test func aHyphenatedModifierStaysInTheSubject() throws {
        #expect(try QuoteMarkup.marked("\"Carson is cratering,\" Texas-based Matt Mackowiak said.") == [
            "\"[Carson is cratering,]\" {Texas-based Matt Mackowiak} <said>.",
        ])
    }

    @Test func oneQuotedWordWithItsOwnPunctuationIsAStatement() throws {
        #expect(try QuoteMarkup.marked("\"Absolutely,\" he said when asked by a reporter.") == [
            "\"[Absolutely,]\" {he} <said> when asked by a reporter.",
        ])
        // Words leading into it make it mixed.
        #expect(try QuoteMarkup.markedWithRules("The failure was \"heartbreaking,\" she said.") == [
            "quote-then-cue: [The failure was \"heartbreaking,]\" {she} <said>.",
        ])
    }

    @Test func oneQuotedWordWithoutItsOwnPunctuationIsNotAStatement() throws {
        // A title, a term or a number in quotation marks before a cue is not what the cue reports.
        #expect(try QuoteMarkup.markedWithRules("Ferrera called them \"rapists\" wrote the paper.").allSatisfy { !$0.hasPrefix("quote-then-cue") })
        #expect(try QuoteMarkup.markedWithRules("\"672149874046083072,\" he tweeted.").allSatisfy { !$0.hasPrefix("quote-then-cue") })
    }

    @Test func tripleApostrophesCloseTheInnerAndTheDoubledQuotation() throws {
        #expect(try QuoteMarkup.marked("''I would use the word 'old-school,''' said Gregory W. Slayton.") == [
            "''[I would use the word 'old-school,']'' <said> {Gregory W. Slayton}.",
        ])
    }

    @Test func anAppositiveHoldingAListBeforeTheVerb() throws {
        #expect(try QuoteMarkup.marked("“It will not solve this,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on a call.") == [
            "“[It will not solve this,]” {Anne Richards}, assistant secretary of state for population, refugees, and migration, <said> on a call.",
        ])
    }

    @Test func aCapitalizedWordQuotedInsideASentenceIsATitle() throws {
        // “Hannity,” is a show's name, not a one-word statement by Gingrich.
        #expect(try QuoteMarkup.marked("On Fox News Channel’s “Hannity,” Newt Gingrich said he would serve if asked.") == [
            "On Fox News Channel’s “Hannity,” {Newt Gingrich} <said> [he would serve if asked].",
        ])
    }

    @Test func aTitleAfterAPossessiveIsNotAStatement() throws {
        // “Sunday Morning Futures,” is a programme; Issa's own clause is what he said.
        #expect(try QuoteMarkup.marked("On Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the rules were broken.") == [
            "On Fox News channel’s “Sunday Morning Futures,” {Rep. Darrell Issa} <said> [the rules were broken].",
        ])
    }

    @Test func aSubjectWithAShortPrepositionalPhraseBeforeTheVerb() throws {
        #expect(try QuoteMarkup.marked("“Publish the book now,” the pitch on Kickstarter says.") == [
            "“[Publish the book now,]” {the pitch} on Kickstarter <says>.",
        ])
        // Not a noun that merely looks like a verb after a lowercase phrase.
        #expect(try QuoteMarkup.marked("It is the “Cadillac tax” — a levy on expensive health plans.") == [])
    }

    @Test func aFloatingQuotationAfterARelativeClauseNamesTheSpeaker() throws {
        // The speaker's latest mention is the relative pronoun of "who thinks …": the floating quotation
        // points at the name instead.
        let out = try QuoteMarkup.markedWithRules("“There is something about those stories,” said Murphy, who thinks often about the son’s words.\n\n“I don't think those things are coincidences.”")
        #expect(out.contains { $0.hasPrefix("floating-quote: ") && $0.contains("{Murphy}") })
        #expect(!out.contains { $0.hasPrefix("floating-quote: ") && $0.contains("{who}") })
    }
}
