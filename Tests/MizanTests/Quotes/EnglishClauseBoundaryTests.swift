import Testing
@testable import Mizan

/// Where English reported content starts and which noun phrase speaks: objects that are not content,
/// appositives after a cue, adjuncts and adverbs before the main subject, nominal cues.
@Suite struct EnglishClauseBoundaryTests {
    // MARK: Content

    @Test func addWithANounPhraseObjectReportsNothing() throws {
        // The object of "add" is a thing added; the cue-last rule then finds the real attribution.
        #expect(try QuoteMarkup.markedWithRules("Social media has added another link to the misinformation chain, she noted.") == [
            "cue-last: [Social media has added another link to the misinformation chain], {she} <noted>.",
        ])
        #expect(try QuoteMarkup.marked("The company added 255,000 jobs in July.").isEmpty)
    }

    @Test func addWithAColonStillReports() throws {
        let out = try QuoteMarkup.marked("Scott added a caveat: the ballot is long and voters are tired.")
        #expect(out.contains("{Scott} <added> [a caveat: the ballot is long and voters are tired]."))
    }

    @Test func anAppositiveAfterTheCueIsNeitherContentNorResumed() throws {
        #expect(try QuoteMarkup.marked("Victims of domestic violence would be considered a distinct group for purposes of asylum, Sanders said, a policy that goes further.") == [
            "[Victims of domestic violence would be considered a distinct group for purposes of asylum], {Sanders} <said>, a policy that goes further.",
        ])
    }

    @Test func anAsideBetweenCommasBeforeAPronounClause() throws {
        #expect(try QuoteMarkup.marked("Marco Rubio says, win or lose in Tuesday’s primary, he’s staying in the race.") == [
            "{Marco Rubio} <says>, [win or lose in Tuesday’s primary, he’s staying in the race].",
        ])
        // A coordinated clause after the comma is not what was said.
        #expect(try QuoteMarkup.marked("The campaign said, and with its aides chastened, they moved on.").isEmpty)
    }

    @Test func aQuotedTitleInsideTheAdjunctBeforeThat() throws {
        let out = try QuoteMarkup.marked("Sanders said on ABC's “This Week” that he would take a look at such legislation.")
        #expect(out.contains("{Sanders} <said> on ABC's “This Week” that [he would take a look at such legislation]."))
    }

    @Test func thisIsATimeWordOnlyBeforeOne() throws {
        #expect(try QuoteMarkup.marked("Others say this is just a rough patch.") == [
            "{Others} <say> [this is just a rough patch].",
        ])
    }

    @Test func calledAnObjectAPossessiveNounPhraseOrAQuotationAfterAnAppositive() throws {
        #expect(try QuoteMarkup.marked("Lynch calls North Carolina her home state.") == [
            "{Lynch} <calls> [North Carolina her home state].",
        ])
        #expect(try QuoteMarkup.marked("Mr. Ubben called the chief executive, J. Michael Pearson, “incredibly driven.”") == [
            "{Mr. Ubben} <called> [the chief executive, J. Michael Pearson, “incredibly driven.”]",
        ])
        // A possessive after an adjunct is not what something is called.
        #expect(try QuoteMarkup.marked("He called the police after his car was stolen.").isEmpty)
    }

    @Test func aPluralPossessiveInsideTheAdjunct() throws {
        #expect(try QuoteMarkup.marked("The American Legion wrote to Sanders’ Senate office that it did not have permission.") == [
            "{The American Legion} <wrote> to Sanders’ Senate office that [it did not have permission].",
        ])
    }

    @Test func aPronounCoordinatedBeforeTheSubject() throws {
        #expect(try QuoteMarkup.marked("It's not only about big audiences for advertisers, he and Mr. Allen said.") == [
            "[It's not only about big audiences for advertisers], {he and Mr. Allen} <said>.",
        ])
        #expect(try QuoteMarkup.marked("Later, she and another reporter said the room was empty.") == [
            "Later, {she and another reporter} <said> [the room was empty].",
        ])
    }

    @Test func aPluralPossessiveInsideASubjectOrAnAppositive() throws {
        #expect(try QuoteMarkup.marked("Sanders' campaign manager said the race was close.") == [
            "{Sanders' campaign manager} <said> [the race was close].",
        ])
        #expect(try QuoteMarkup.marked("The race was close, said Sanders' campaign manager Jeff Weaver.") == [
            "[The race was close], <said> {Sanders' campaign manager Jeff Weaver}.",
        ])
        #expect(try QuoteMarkup.marked("“This campaign is revolutionizing politics,” Jeff Weaver, Sanders' campaign manager, said.") == [
            "“[This campaign is revolutionizing politics,]” {Jeff Weaver}, Sanders' campaign manager, <said>.",
        ])
    }

    @Test func anInvertedSubjectJoinedByAnd() throws {
        #expect(try QuoteMarkup.marked("The plan failed, said lobbyist and GOP strategist Charlie Black.") == [
            "[The plan failed], <said> {lobbyist and GOP strategist Charlie Black}.",
        ])
    }

    // MARK: Quotation, then its attribution

    @Test func aCueInTheNextParagraphDoesNotTakeTheQuotation() throws {
        let text = "There is still “a very powerful industry that has the freedom to charge whatever.”\n\nOthers say this is just a rough patch."
        let out = try QuoteMarkup.markedWithRules(text)
        #expect(out.count == 1)
        #expect(out.first?.hasPrefix("cue-clause: ") == true)
        #expect(out.first?.hasSuffix("{Others} <say> [this is just a rough patch].") == true)
    }

    @Test func aParticipleAfterAQuotationIsNotItsAttribution() throws {
        let out = try QuoteMarkup.markedWithRules("The union called Clinton a “champion,” citing her work after the attacks.")
        #expect(!out.contains { $0.hasPrefix("quote-then-cue") })
    }

    // MARK: Subjects

    @Test func noInvertedSubjectAfterTold() throws {
        let out = try QuoteMarkup.marked("Htay Oo, its acting chairman, told the Reuters news agency simply, “We lost.”")
        #expect(out == ["{Htay Oo}, its acting chairman, <told> the Reuters news agency simply, “[We lost.]”"])
    }

    @Test func aRelativeClauseWithCommasOfItsOwn() throws {
        let out = try QuoteMarkup.marked("Mr. Slinker, whose latest start-up, Paradata, uses big data, said Mr. Trump was a candidate in the spirit of Silicon Valley.")
        #expect(out.contains("{Mr. Slinker}, whose latest start-up, Paradata, uses big data, <said> [Mr. Trump was a candidate in the spirit of Silicon Valley]."))
    }

    @Test func aNameBetweenCommasAfterAnAdjunct() throws {
        let out = try QuoteMarkup.marked("In Berea, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”")
        #expect(out == ["In Berea, after winning Ohio in the primary, {Gov. John Kasich} (R-OH), <said>, “[I’m getting ready to rent a covered wagon.]”"])
    }

    @Test func eachAnotherAndHere() throws {
        #expect(try QuoteMarkup.marked("Each side said the other would be responsible.") == [
            "{Each side} <said> [the other would be responsible].",
        ])
        #expect(try QuoteMarkup.marked("Her campaign workers here said they have been working the state since the spring.") == [
            "{Her campaign workers} here <said> [they have been working the state since the spring].",
        ])
        #expect(try QuoteMarkup.marked("Yet another said it was a five-person battle.") == [
            "Yet {another} <said> [it was a five-person battle].",
        ])
        // A plain form after "another" is a noun.
        #expect(try QuoteMarkup.marked("He saw another claim that it was fine.").isEmpty)
    }

    @Test func supportBeforeForOrAmongIsTheNoun() throws {
        #expect(try QuoteMarkup.marked("Her support among women is a record low, and support for the plan has faded.").isEmpty)
    }

    // MARK: The main clause's subject, for participles

    @Test func aSecondAdjunctAfterTheOpeningOne() throws {
        let out = try QuoteMarkup.marked("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the United States should lead.")
        #expect(out.contains("At a campaign event in Ames, Iowa, on Sunday, {Mrs. Clinton} tried to expand on her statement, <saying> that [the United States should lead]."))
    }

    @Test func aSentenceAdverbBetweenCommas() throws {
        let out = try QuoteMarkup.marked("Graham said it was fine. On Thursday, however, Trump spoke to industry leaders, promising to lift regulations.")
        #expect(out.contains("Graham said it was fine. On Thursday, however, {Trump} spoke to industry leaders, <promising> [to lift regulations]."))
    }

    @Test func oneAdverbBeforeThePronounSubject() throws {
        let out = try QuoteMarkup.marked("Trump spoke first. Then he cut into Bush, calling him a liar.")
        #expect(out.contains("Trump spoke first. Then {he} cut into Bush, <calling> [him a liar]."))
    }

    @Test func aNameInLyIsNoOpeningAdverb() throws {
        #expect(try QuoteMarkup.marked("Kelly, a Democrat, spoke for an hour, saying the plan failed.") == [
            "{Kelly}, a Democrat, spoke for an hour, <saying> [the plan failed].",
        ])
        #expect(try QuoteMarkup.marked("Ultimately, the campaign spoke for an hour, saying the plan failed.") == [
            "Ultimately, {the campaign} spoke for an hour, <saying> [the plan failed].",
        ])
    }

    @Test func aSubordinateClauseBeforeTheParticiple() throws {
        let out = try QuoteMarkup.marked("It was a potent punch by the two women, as Mrs. Clinton echoed the criticism, saying Mr. Trump divides us.")
        #expect(out == ["It was a potent punch by the two women, as {Mrs. Clinton} echoed the criticism, <saying> [Mr. Trump divides us]."])
    }

    @Test func aQuantifierOpeningTheMainSubject() throws {
        let out = try QuoteMarkup.marked("Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral character.")
        #expect(out == ["{Both parents} stiffened their denunciation of Mr. Trump, <saying> that [he lacked the moral character]."])
    }

    @Test func anOpeningAdverbAndAsWellAs() throws {
        let worse = try QuoteMarkup.marked("Worse, the companies have hidden their havens, reporting different numbers to different governments.")
        #expect(worse.contains("Worse, {the companies} have hidden their havens, <reporting> [different numbers to different governments]."))
        let chastened = try QuoteMarkup.marked("Chastened by the analyses, as well as complaints over the costs, Trump revised his plan, promising to focus on families.")
        #expect(chastened.contains("Chastened by the analyses, as well as complaints over the costs, {Trump} revised his plan, <promising> [to focus on families]."))
    }

    @Test func aParticipleInTheOpeningPhraseDoesNotLendItsSpeaker() throws {
        let text = "A union endorsed Hillary Clinton on Thursday. In a statement announcing the pick, the Association of Flight Attendants praised Clinton as a champion, citing her work after the attacks."
        let out = try QuoteMarkup.marked(text)
        #expect(out.contains { $0.hasSuffix("{the Association of Flight Attendants} praised Clinton as a champion, <citing> [her work after the attacks].") })
    }

    @Test func aNominalCueAfterAdjectives() throws {
        let his = try QuoteMarkup.marked("His relentless attacks on illegal immigrants took many by surprise.")
        #expect(his.contains { $0.hasPrefix("{His} relentless <attacks> [on illegal immigrants") })
        let subject = try QuoteMarkup.marked("Trump delivered relentless attacks on the Democratic Party.")
        #expect(subject.contains("{Trump} delivered relentless <attacks> [on the Democratic Party]."))
    }

    @Test func aRelativeClauseWithItsOwnSubjectEndsWhereTheMainPredicateResumes() throws {
        #expect(try QuoteMarkup.marked("The changes, which officials said will go into effect in May, will not apply to all applicants.") == [
            "The changes, which {officials} <said> [will go into effect in May], will not apply to all applicants.",
        ])
        // Its own commas do not end it.
        let own = try QuoteMarkup.marked("He backed the rule, which he said risks leaving millions of voters, especially the young, disenfranchised.")
        #expect(own.contains("He backed the rule, which {he} <said> [risks leaving millions of voters, especially the young, disenfranchised]."))
    }

    @Test func idiomsOfFindReportNothing() throws {
        #expect(try QuoteMarkup.marked("The bank found itself at the center of the crisis.") == [])
        #expect(try QuoteMarkup.marked("Mr. Rubio must find a way to the nomination.") == [])
        #expect(try QuoteMarkup.marked("The justices find common ground.") == [])
        #expect(try QuoteMarkup.marked("He found himself in trouble two weeks ago.") == [])
        // A finding is still reported.
        #expect(try QuoteMarkup.marked("The poll found Clinton leading by five points.") == [
            "{The poll} <found> [Clinton leading by five points].",
        ])
    }

    @Test func anAttributionAfterTheCommaEndsTheContentBeforeIt() throws {
        // A subject and "told" with an addressee before the complementizer.
        let told = try QuoteMarkup.marked("In the wake of a poll showing him down, Priebus told Fox News that Trump is fine.")
        #expect(told.contains { $0.contains("<showing> [him down], Priebus told") })
        // "told" right after the comma resumes the main clause after an aside.
        let aside = try QuoteMarkup.marked("Priebus, after a poll showing him down by 14 points, told Fox News that Trump is fine.")
        #expect(aside.contains { $0.contains("<showing> [him down by 14 points], told") })
    }

    @Test func aRelativeClauseEndingInAQuotationBeforeTheVerb() throws {
        // The relative clause's comma stands inside the closing mark; the subject is the head before it,
        // and the pronoun after "said" is the subject of what was said, not an inverted subject.
        let out = try QuoteMarkup.marked("Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort will work.")
        #expect(out.contains("{Humphrey}, who calls Trump a “sociopath,” <said> [he doesn’t believe the effort will work]."))
        #expect(!out.contains { $0.contains("<said> {he}") })
    }

    @Test func whatIsSaidInASubordinateClauseEndsWhereTheMainClauseStarts() throws {
        #expect(try QuoteMarkup.marked("When he suggested that Cuba would sue the U.S. over the deal, Rubio fired back forcefully.") == [
            "When {he} <suggested> that [Cuba would sue the U.S. over the deal], Rubio fired back forcefully.",
        ])
    }

    @Test func aParticipleAfterAClauseWithItsOwnSubjectBetweenCommas() throws {
        // Not the subject of the subordinate clause that opens the sentence.
        let out = try QuoteMarkup.marked("In the debate, while his rivals called for a bigger war, Trump hewed more to Obama's approach, noting that the two sides are enemies.")
        #expect(out.contains { $0.hasSuffix("{Trump} hewed more to Obama's approach, <noting> that [the two sides are enemies].") })
    }

    @Test func aParticipleAfterACoordinatedClauseTakesItsSubject() throws {
        let out = try QuoteMarkup.marked("Trump quickly pivoted to trade, but Wallace brought him back to the attacks, asking Trump to share his views.")
        #expect(out.contains { $0.hasSuffix("{Wallace} brought him back to the attacks, <asking> [Trump to share his views].") })
    }

    @Test func anAdverbInLyBeforeAVerbEndsTheSubject() throws {
        #expect(try QuoteMarkup.marked("Officials privately said the plan would fail.") == [
            "{Officials} privately <said> [the plan would fail].",
        ])
        // A noun in -ly does not.
        #expect(try QuoteMarkup.marked("The Clinton family says the report is false.") == [
            "{The Clinton family} <says> [the report is false].",
        ])
    }

    @Test func anAsClauseWithAnAdverbOfPlaceInTheText() throws {
        #expect(try QuoteMarkup.marked("As I mentioned above, Trump got more than 13 million votes.") == [
            "As {I} <mentioned> above, [Trump got more than 13 million votes].",
        ])
    }

    @Test func aParticiplePhraseWithCommasAfterTheSubject() throws {
        #expect(try QuoteMarkup.marked("Trump, speaking at a rally in Wilmington, N.C., warned that Clinton would appoint liberal judges.") == [
            "{Trump}, speaking at a rally in Wilmington, N.C., <warned> that [Clinton would appoint liberal judges].",
        ])
    }

    @Test func aDocumentAfterOfSaysWhatItsParticipleReports() throws {
        let out = try QuoteMarkup.marked("In the wake of a new poll showing him down, Priebus told Fox News that Trump is fine.")
        #expect(out.contains("In the wake of {a new poll} <showing> [him down], Priebus told Fox News that Trump is fine."))
    }

    @Test func theHeadOfARestrictiveRelativeClauseIsTheSubject() throws {
        #expect(try QuoteMarkup.marked("Party officials who spoke with The Huffington Post said the committee had become a shell.") == [
            "{Party officials} who spoke with The Huffington Post <said> [the committee had become a shell].",
        ])
        // A nominative pronoun inside the relative clause is its verb's own subject.
        let own = try QuoteMarkup.marked("Obama rebuked critics who say he should condemn terrorists as radicals.")
        #expect(own.contains { $0.contains("{he} should <condemn>") })
    }

    @Test func anAdjectiveWithAnInfinitiveAfterACopula() throws {
        #expect(try QuoteMarkup.marked("Sexton was quick to point out that not all supporters share such views.") == [
            "{Sexton} was quick to <point out> that [not all supporters share such views].",
        ])
    }

    @Test func aTitlesPeriodInsideTheAdjunctBeforeAQuotation() throws {
        let out = try QuoteMarkup.marked("“We started,” Manafort said, adding of Mr. Trump, “He cares about the team.”")
        #expect(out.contains { $0.contains("<adding> of Mr. Trump, “[He cares about the team.]”") })
    }

    @Test func anAdverbOfMannerAfterTheVerb() throws {
        #expect(try QuoteMarkup.marked("He said quietly that he would run.") == ["{He} <said> quietly that [he would run]."])
        // Nothing reported after it.
        let none = try QuoteMarkup.marked("“How are you today?” Miller said pleasantly into the phone.")
        #expect(!none.contains { $0.contains("[pleasantly") })
        // "nearly" before an object is not an adverb of manner.
        let object = try QuoteMarkup.marked("The president proposed nearly $1 billion in new funds.")
        #expect(object.contains { $0.contains("<proposed> [nearly $1 billion in new funds]") })
    }

    @Test func aShortTitleInQuotationMarksAfterTheAdjunctIsNotTheContent() throws {
        let out = try QuoteMarkup.marked("The revolution dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.''")
        #expect(!out.contains { $0.contains("[An American Son") })
        #expect(out.contains { $0.hasPrefix("[The revolution dampened plans to return home], {Mr. Rubio} <said>") })
    }

    @Test func anAdjunctBetweenTheCommaAndAColon() throws {
        #expect(try QuoteMarkup.marked("Kelly responded pointedly, with a smile: “Can happen when you’re 45.”") == [
            "{Kelly} <responded> pointedly, with a smile: “[Can happen when you’re 45.]”",
        ])
    }

    @Test func afterACommaAVerbThatTakesAnObjectHasNoInvertedSubject() throws {
        let out = try QuoteMarkup.marked("But Chris Christie, eager all evening to jab senators, attacked Rubio for not answering the question.")
        #expect(out.contains { $0.contains("{Chris Christie}") && $0.contains("<attacked>") })
        #expect(!out.contains { $0.contains("{Rubio}") })
    }

    @Test func aConjunctionOpeningTheSentenceBeforeTheParticiplesSubject() throws {
        let out = try QuoteMarkup.marked("Trump sent another tweet. And then Trump went fully on the attack, saying, “Is Obama going to mention the words?”")
        #expect(out.contains { $0.contains("And then {Trump} went fully on the attack, <saying>") })
    }
}
