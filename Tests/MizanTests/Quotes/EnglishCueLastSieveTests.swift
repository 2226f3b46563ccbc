import Testing
@testable import Mizan

/// The cue-last rule on English: content, then its source at the end of the clause.
@Suite struct EnglishCueLastSieveTests {
    @Test func sourceAfterTheContent() throws {
        #expect(try QuoteMarkup.markedWithRules("The campaign operative changed course to avoid the doctors, a source said.") == [
            "cue-last: [The campaign operative changed course to avoid the doctors], {a source} <said>.",
        ])
    }

    @Test func timeAndAdjunctAfterTheVerb() throws {
        #expect(try QuoteMarkup.marked("The obsession is an insult to all Americans, top black lawmakers said Friday afternoon, as they left.") == [
            "[The obsession is an insult to all Americans], {top black lawmakers} <said> Friday afternoon, as they left.",
        ])
    }

    @Test func parentheticalAttributionInTheMiddle() throws {
        #expect(try QuoteMarkup.marked("It would take three weeks to convene the committee, he said, and the wrangling could be paralyzing.") == [
            "[It would take three weeks to convene the committee], {he} <said>, and the wrangling could be paralyzing.",
        ])
    }

    @Test func statementResumedAfterAParentheticalAttribution() throws {
        #expect(try QuoteMarkup.marked("The museum, he said, would make visitors face uncomfortable truths.") == [
            "[The museum, {he} <said>, would make visitors face uncomfortable truths].",
        ])
    }

    @Test func aNamedSubjectWithAnAppositiveBeforeTheVerb() throws {
        #expect(try QuoteMarkup.marked("The plan will fail, John Smith, a senator from Ohio, said.") == [
            "[The plan will fail], {John Smith}, a senator from Ohio, <said>.",
        ])
        #expect(try QuoteMarkup.marked("Two emails were placed in storage, Patrick F. Kennedy, the undersecretary for management, wrote in a memo.") == [
            "[Two emails were placed in storage], {Patrick F. Kennedy}, the undersecretary for management, <wrote> in a memo.",
        ])
    }

    @Test func aListBeforeTheVerbIsNotAnAppositiveSubject() throws {
        // No name between the commas: the subject stays the pronoun.
        #expect(try QuoteMarkup.marked("We bought apples, pears, and plums, she said.") == [
            "[We bought apples, pears, and plums], {she} <said>.",
        ])
    }

    @Test func aParticipleAfterTheSourceDoesNotHideIt() throws {
        // The participle's attribution comes after; the source at the end of the first clause is still found,
        // and the participle's speaker is that source.
        #expect(try QuoteMarkup.marked("Mateen left as soon as prayers were finished, Nefzi said, adding, “He was not very religious.”") == [
            "[Mateen left as soon as prayers were finished], {Nefzi} <said>, adding, “He was not very religious.”",
            "Mateen left as soon as prayers were finished, {Nefzi} said, <adding>, “[He was not very religious.]”",
        ])
        #expect(try QuoteMarkup.marked("He left early, Nefzi said, adding that he was not very religious.") == [
            "[He left early], {Nefzi} <said>, adding that he was not very religious.",
            "He left early, {Nefzi} said, <adding> that [he was not very religious].",
        ])
    }

    @Test func anInvertedSubjectsAppositiveIsNotResumedContent() throws {
        // The appositive after the inverted subject is neither the content of "said" nor resumed content.
        #expect(try QuoteMarkup.marked("“We’re extremely happy” about the decision, said Rose Ann Kerr, executive director of the union, a group that has endorsed Sanders.") == [
            "[“We’re extremely happy” about the decision], <said> {Rose Ann Kerr}, executive director of the union, a group that has endorsed Sanders.",
        ])
        // A verb after the appositive's comma resumes the statement.
        #expect(try QuoteMarkup.marked("Any reading of the plan, said Michael Kofman, an expert on Russia at the center, would read this as a retreat.") == [
            "[Any reading of the plan, <said> {Michael Kofman}, an expert on Russia at the center, would read this as a retreat].",
        ])
    }

    @Test func aReportedClauseNestedInTheContent() throws {
        // The participle's clause is part of what the source said: the content starts with the sentence.
        #expect(try QuoteMarkup.marked("Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said.") == [
            "[Donald Trump is on solid ground attacking Bill Clinton], {Carly Fiorina} <said>.",
            "{Donald Trump} is on solid ground <attacking> [Bill Clinton], Carly Fiorina said.",
        ])
        // A participle opening the sentence asks the question; it is not what the source said.
        let asked = try QuoteMarkup.markedWithRules("Asked about the polls on Sunday, the senator said.")
        #expect(!asked.contains { $0.hasPrefix("cue-last") })
    }
}
