import Testing
@testable import Mizan

/// English subject noun phrases around cues.
@Suite struct EnglishMentionTests {
    func subject(before cue: String, in text: String) throws -> String? {
        let doc = try QuoteMarkup.analyze(text)
        let ctx = QuoteContext(document: doc, lexicon: TestSupport.data.quoteLexicons["en"]!, quotes: [])
        let i = (0..<ctx.count).first { doc.text[ctx.tokens[$0].range] == cue }!
        return ctx.englishSubject(endingBefore: i, floor: 0).map { ctx.mentionText($0) }
    }

    @Test func longNamesTitlesAndPossessives() throws {
        #expect(try subject(before: "said", in: "Clinton’s campaign manager Robby Mook said it.") == "Clinton’s campaign manager Robby Mook")
        #expect(try subject(before: "says", in: "The nonpartisan Commission on Presidential Debates says so.") == "The nonpartisan Commission on Presidential Debates")
    }

    @Test func adverbsAndAuxiliariesAreSkipped() throws {
        #expect(try subject(before: "say", in: "Many Republicans privately say so.") == "Many Republicans")
        #expect(try subject(before: "said", in: "Sen. David Perdue didn’t say, but Trump has also said it.") == "Trump")
    }

    @Test func timePhrasesBeforeTheVerbAreSkipped() throws {
        #expect(try subject(before: "said", in: "Her close friends have in the past said so.") == "Her close friends")
        #expect(try subject(before: "said", in: "The agency less than two weeks ago said so.") == "The agency")
        #expect(try subject(before: "maintained", in: "The campaign has always maintained it.") == "The campaign")
    }

    @Test func pronounsAreSources() throws {
        #expect(try subject(before: "said", in: "Later she said it.") == "she")
    }

    @Test func noSubjectAfterAVerbForm() throws {
        #expect(try subject(before: "supporting", in: "Machado promised to continue supporting Clinton.") == nil)
        #expect(try subject(before: "said", in: "They met, and said so.") == nil)
    }

    @Test func proportionsAndDashedParentheses() throws {
        #expect(try subject(before: "said", in: "More than six in 10 said they were tired.") == "More than six in 10")
        #expect(try subject(before: "said", in: "One in three said so.") == "One in three")
        let out = try QuoteMarkup.marked("Many speakers — including Muslims and Jews — said the loss is painful.")
        #expect(out == ["{Many speakers} — including Muslims and Jews — <said> [the loss is painful]."])
    }
}
