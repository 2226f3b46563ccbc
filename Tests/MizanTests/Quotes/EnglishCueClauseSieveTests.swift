import Testing
@testable import Mizan

/// The cue-clause rule on English: subject before the verb, content after it.
@Suite struct EnglishCueClauseSieveTests {
    @Test func subjectVerbThatClause() throws {
        #expect(try QuoteMarkup.markedWithRules("The New York Post reports that the team avoided the emergency room.") == [
            "cue-clause: {The New York Post} <reports> that [the team avoided the emergency room].",
        ])
    }

    @Test func bareClauseAfterTheVerb() throws {
        #expect(try QuoteMarkup.marked("Many lawmakers say there are also national security concerns.") == [
            "{Many lawmakers} <say> [there are also national security concerns].",
        ])
    }

    @Test func appositiveBetweenSubjectAndVerb() throws {
        let out = try QuoteMarkup.marked("But Megan Hester, senior associate at the Annenberg Institute, said parents still want neighborhood schools.")
        #expect(out.contains("But {Megan Hester}, senior associate at the Annenberg Institute, <said> [parents still want neighborhood schools]."))
        // The reported attitude inside is an attribution of its own, as attribution corpora annotate it.
        #expect(out.contains("But Megan Hester, senior associate at the Annenberg Institute, said {parents} still <want> [neighborhood schools]."))
    }

    @Test func addresseeAndTimeBeforeTheContent() throws {
        #expect(try QuoteMarkup.marked("The president told African-Americans this weekend he would consider it a personal insult.") == [
            "{The president} <told> African-Americans this weekend [he would consider it a personal insult].",
        ])
    }

    @Test func coordinatedVerbTakesTheFirstSubject() throws {
        let out = try QuoteMarkup.marked("Merrill says Machado promised to keep campaigning and said she would stand up to the attacks.")
        #expect(out.contains("{Merrill} says Machado promised to keep campaigning and <said> [she would stand up to the attacks]."))
    }

    @Test func aRelativeClauseSubjectIsNotTheMainClauses() throws {
        let out = try QuoteMarkup.marked("Reid, who endorsed Clinton in February, reiterated those feelings and stressed the need to treat voters respectfully.")
        #expect(out.contains("{Reid}, who endorsed Clinton in February, reiterated those feelings and <stressed> [the need to treat voters respectfully]."))
    }

    @Test func aNounCueAfterItsDeterminerAndAdjectives() throws {
        #expect(try QuoteMarkup.marked("Bill McInturff, a Republican pollster, sounded a cautious note about the jobs report.") == [
            "{Bill McInturff}, a Republican pollster, sounded a cautious <note> [about the jobs report].",
        ])
        #expect(try QuoteMarkup.marked("A few critics say the plan is too costly.") == ["{A few critics} <say> [the plan is too costly]."])
    }

    @Test func aVerbCoordinatedInASubordinateClauseHasItsSubject() throws {
        let out = try QuoteMarkup.marked("The crowd cheered when Trump spotted a sign in the crowd and asked it to be fetched for him.")
        #expect(out == ["The crowd cheered when {Trump} spotted a sign in the crowd and <asked> [it to be fetched for him]."])
    }

    @Test func aCueInAnOpeningParticiplePhraseHasTheMainSubject() throws {
        #expect(try QuoteMarkup.marked("Promising that his next book would look at the decision, Bolton said voters should be careful.") == [
            "<Promising> that [his next book would look at the decision], {Bolton} said voters should be careful.",
            "Promising that his next book would look at the decision, {Bolton} <said> [voters should be careful].",
        ])
        #expect(try QuoteMarkup.marked("Using a crude expression to describe the rivals as flatterers, he said they wanted favors.") == [
            "Using a crude expression to <describe> [the rivals as flatterers], {he} said they wanted favors.",
            "Using a crude expression to describe the rivals as flatterers, {he} <said> [they wanted favors].",
        ])
    }

    @Test func degreeWordsBeforeAnAdjectiveWithAnInfinitive() throws {
        #expect(try QuoteMarkup.marked("Democratic voters are slightly more likely to say that the plan works.") == [
            "{Democratic voters} are slightly more likely to <say> that [the plan works].",
        ])
    }

    @Test func anAgeAfterTheNameIsAnAppositive() throws {
        #expect(try QuoteMarkup.marked("Woodrow Benford, 58, who lives outside Minneapolis, says he will vote.") == [
            "{Woodrow Benford}, 58, who lives outside Minneapolis, <says> [he will vote].",
        ])
    }

    @Test func calledSomethingInQuotes() throws {
        #expect(try QuoteMarkup.marked("Clinton called half of Donald Trump’s supporters “deplorables.”") == [
            "{Clinton} <called> [half of Donald Trump’s supporters “deplorables.”]",
        ])
    }

    @Test func toInfinitiveCues() throws {
        #expect(try QuoteMarkup.marked("The campaign declined to comment on the report.") == [
            "{The campaign} <declined> [to comment on the report].",
        ])
        // "plans for" is a noun phrase, not a plan to do something.
        #expect(try QuoteMarkup.marked("Their plans for the summer were vague.").isEmpty)
    }

    @Test func cueFormsUsedAsNounsOrNamesAreNoCues() throws {
        #expect(try QuoteMarkup.marked("The United States says nothing. His claims were false.").isEmpty)
    }

    @Test func citingGivesTheMainSubjectsGrounds() throws {
        let out = try QuoteMarkup.marked("The publisher declined, citing legal risks and the costs of vetting.")
        #expect(out.contains("{The publisher} declined, <citing> [legal risks and the costs of vetting]."))
    }

    @Test func partyLabelBetweenSubjectAndVerb() throws {
        #expect(try QuoteMarkup.marked("Sen. Bernie Sanders (I-Vt.) said he will make his medical records public.") == [
            "{Sen. Bernie Sanders} (I-Vt.) <said> [he will make his medical records public].",
        ])
    }

    @Test func headlineInTitleCase() throws {
        #expect(try QuoteMarkup.marked("Trump Says He Never Pledged To Kill Family Members Of Terrorists") == [
            "{Trump} <Says> [He Never Pledged To Kill Family Members Of Terrorists]",
            "Trump Says {He} Never <Pledged> [To Kill Family Members Of Terrorists]",
        ])
    }

    @Test func promisesTakeAnInfinitiveOrAnObject() throws {
        #expect(try QuoteMarkup.marked("The Republican nominee vowed to punish those who violate classification rules.") == [
            "{The Republican nominee} <vowed> [to punish those who violate classification rules].",
        ])
        #expect(try QuoteMarkup.marked("Trump is promising lower taxes and new jobs.") == [
            "{Trump} is <promising> [lower taxes and new jobs].",
        ])
    }

    @Test func aConditionalAfterTheVerbIsReported() throws {
        #expect(try QuoteMarkup.marked("Cruz said if elected president he could work with the leadership.") == [
            "{Cruz} <said> [if elected president he could work with the leadership].",
        ])
    }

    @Test func aDatelineIsNeverTheSubject() throws {
        #expect(try QuoteMarkup.marked("WASHINGTON, Dec. 8 (UPI) — In response to the plan, the senator rallied supporters, saying: “We have to be ready.”") == [
            "WASHINGTON, Dec. 8 (UPI) — In response to the plan, {the senator} rallied supporters, <saying>: “[We have to be ready.]”",
        ])
        #expect(try QuoteMarkup.marked("MYRTLE BEACH, S.C. -- Trump criticized the plan, saying it would fail.")
            .contains("MYRTLE BEACH, S.C. -- {Trump} criticized the plan, <saying> [it would fail]."))
        // Only at the start of a paragraph.
        #expect(try QuoteMarkup.marked("He left. NATO — The alliance — said it would stay.").contains { $0.contains("{NATO}") })
    }

    @Test func datelineEndsAtItsDash() {
        func end(_ s: String) -> String {
            guard let doc = try? QuoteMarkup.analyze(s) else { return "error" }
            let tokens = doc.tokens
            let k = QuoteContext.datelineEnd(doc.text.scalars, tokens, 0..<tokens.count)
            return k < tokens.count ? doc.text[tokens[k].range] : "-"
        }
        #expect(end("WASHINGTON (AP) — The senator said no.") == "The")
        #expect(end("WASHINGTON, Dec. 8 (UPI) — In response, she left.") == "In")
        #expect(end("NEW YORK -- Markets fell.") == "Markets")
        // No dash, a lowercase word before it, or a first word not in capitals: no dateline.
        #expect(end("NATO said the plan would fail.") == "NATO")
        #expect(end("WASHINGTON is calm — for now.") == "WASHINGTON")
        #expect(end("Washington (AP) — The senator said no.") == "Washington")
        // An acronym before a dashed parenthesis opens no dateline, nor does a dateline-like start inside a paragraph.
        #expect(end("NATO — which has 30 members — said no.") == "NATO")
    }

    @Test func whatSomeoneIsCalledKeepsTheObject() throws {
        // A one-word quotation after the object is not the whole content.
        #expect(try QuoteMarkup.marked("The debate went on for hours. Jeb Bush called Trump “unhinged.”") == [
            "The debate went on for hours. {Jeb Bush} <called> [Trump “unhinged.”]",
        ])
        // An initial's period and a possessive stay inside the object.
        #expect(try QuoteMarkup.marked("The debate went on. Paul Ryan called Donald J. Trump's remarks ''racist'' on Tuesday.") == [
            "The debate went on. {Paul Ryan} <called> [Donald J. Trump's remarks ''racist'' on Tuesday].",
        ])
    }

    @Test func theQuestionAfterAReducedPassiveAsked() throws {
        // "when asked …": the question up to the clause's comma, no asker named.
        #expect(try QuoteMarkup.marked("When asked whom she supported, Ms. Sherry smiled and walked away.") == [
            "When <asked> [whom she supported], Ms. Sherry smiled and walked away.",
        ])
        // Time words may come before the question; a one-word quotation after "said," is a statement.
        #expect(try QuoteMarkup.marked("The debate was long. Asked on Monday whether Bill would serve, she shook her head and said, ''No.''") == [
            "The debate was long. <Asked> on Monday [whether Bill would serve], she shook her head and said, ''No.''",
            "The debate was long. Asked on Monday whether Bill would serve, {she} shook her head and <said>, ''[No.]''",
        ])
        #expect(try QuoteMarkup.marked("The senator only smiled when asked whether the bill would pass.") == [
            "The senator only smiled when <asked> [whether the bill would pass].",
        ])
    }

    @Test func aParticipleAfterAPlaceInTheOpenerHasTheMainSubject() throws {
        // "Salem, New Hampshire," belongs to the opening phrase; Trump is the subject that a verb follows.
        let lines = try QuoteMarkup.marked("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”")
        #expect(lines == [
            "Speaking at a town hall event in Salem, New Hampshire, {Trump} went after Bush, <calling> [him “a total stiff.”]",
        ])
    }

    @Test func aDashedAsideAfterTheVerb() throws {
        #expect(try QuoteMarkup.marked("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.") == [
            "{His campaign chairman Paul Manafort} <said> — on Twitter, as it happens — that [Trump raised $4 million that day].",
        ])
    }

    @Test func abbreviationsAndElidedYearsInTheAdjunctBeforeThat() throws {
        #expect(try QuoteMarkup.marked("The debate was long. Johnson said in D.C. that voters were tired.") == [
            "The debate was long. {Johnson} <said> in D.C. that [voters were tired].",
        ])
        // ‘08 is an apostrophe, not an opening quotation mark.
        #expect(try QuoteMarkup.marked("The debate was long. Johnson said in ‘08 that voters were tired.") == [
            "The debate was long. {Johnson} <said> in ‘08 that [voters were tired].",
        ])
    }

    @Test func asTheSourceSaidCommaContent() throws {
        #expect(try QuoteMarkup.marked("But as Clyburn noted, those voters will give Sanders a second look.") == [
            "But as {Clyburn} <noted>, [those voters will give Sanders a second look].",
        ])
        // "As expected" has no source and no cue.
        #expect(try QuoteMarkup.marked("As expected, the bill passed the Senate on Tuesday.") == [])
    }

    @Test func aCueGoingOnARelativeClauseHasWho() throws {
        #expect(try QuoteMarkup.marked("Ms. Lane, who saw the clash and described it as chaotic, left early.") == [
            "Ms. Lane, {who} saw the clash and <described> [it as chaotic], left early.",
        ])
        #expect(try QuoteMarkup.marked("The council rebuked the mayor, who angered residents by declaring that the budget was final.") == [
            "The council rebuked the mayor, {who} angered residents by <declaring> that [the budget was final].",
        ])
        // (Not a restrictive clause inside the object: the main subject goes on.)
        let out = try QuoteMarkup.marked("He praised those who left but said that the team would recover.")
        #expect(out.contains("{He} praised those who left but <said> that [the team would recover]."))
    }

    @Test func aParticipleAfterTheAdjunctOfAnAttribution() throws {
        let out = try QuoteMarkup.marked("“We will win,” Mr. Ortiz said at a rally in Denver, adding that the race was close.")
        #expect(out.contains("“We will win,” {Mr. Ortiz} said at a rally in Denver, <adding> that [the race was close]."))
    }

    @Test func anOpeningParticiplePhraseAfterACoordinatorOrATimeMeasure() throws {
        #expect(try QuoteMarkup.marked("But in describing the tax as a burden, the economists missed the point.") == [
            "But in <describing> [the tax as a burden], {the economists} missed the point.",
        ])
        let out = try QuoteMarkup.marked("Two weeks after announcing her bid, the senator said she was confident.")
        #expect(out.contains("Two weeks after <announcing> [her bid], {the senator} said she was confident."))
    }

    @Test func aPhraseOpeningOnAVerbAfterWhoIsTheRelativeClause() throws {
        let out = try QuoteMarkup.marked("Even farmers who oppose the tariff agree that prices will rise.")
        #expect(out.contains("Even {farmers} who oppose the tariff <agree> that [prices will rise]."))
    }

    @Test func thisPastWeekBeforeTheVerbIsTime() throws {
        #expect(try QuoteMarkup.marked("Ms. Diaz, the party chair, this past week announced that the vote would move.") == [
            "{Ms. Diaz}, the party chair, this past week <announced> that [the vote would move].",
        ])
    }

    @Test func askedAfterACommaIsAReducedPassiveWithNoSource() throws {
        let out = try QuoteMarkup.marked("“It has been years,” the senator said, asked about the delay in an interview.")
        #expect(out.contains("“It has been years,” the senator said, <asked> [about the delay in an interview]."))
    }

    @Test func aParticipleAfterTheObjectOfDespite() throws {
        #expect(try QuoteMarkup.marked("The crowd surged forward despite printed notices urging fans to stay calm.") == [
            "The crowd surged forward despite {printed notices} <urging> [fans to stay calm].",
        ])
    }

    @Test func aParticipleAfterANounPhraseWithAHolderInsideGoesOnItsObject() throws {
        #expect(try QuoteMarkup.marked("The fight left little room in the party for senators demanding deeper cuts.") == [
            "The fight left little room in the party for {senators} <demanding> [deeper cuts].",
        ])
        #expect(try QuoteMarkup.marked("Voters will decide on the race for candidates promising lower taxes.") == [
            "Voters will decide on the race for {candidates} <promising> [lower taxes].",
        ])
    }

    @Test func aParticipleAfterAnExistentialSubject() throws {
        #expect(try QuoteMarkup.marked("There is little evidence suggesting that the fund was misused.") == [
            "There is {little evidence} <suggesting> that [the fund was misused].",
        ])
    }

    @Test func aParticipleAfterTheObjectOfAVerbOfPerception() throws {
        #expect(try QuoteMarkup.marked("Organizers were surprised to find several delegates urging a walkout.") == [
            "Organizers were surprised to find {several delegates} <urging> [a walkout].",
        ])
    }

    @Test func anOpeningParticiplePhraseEndsAtACommaInsideAClosingQuotationMark() throws {
        let out = try QuoteMarkup.marked("Citing “pressing family matters,” the governor’s spokesman said she would skip the dinner.")
        #expect(out.contains("<Citing> “[pressing family matters],” {the governor’s spokesman} said she would skip the dinner."))
    }

    @Test func aPassiveCueTakesTheAgentAfterItsComplement() throws {
        #expect(try QuoteMarkup.marked("The clerk had been asked to keep the ballots by the Senate Ethics Committee.") == [
            "The clerk had been <asked> [to keep the ballots] by {the Senate Ethics Committee}.",
        ])
        // ("by phone" is no agent.)
        #expect(try QuoteMarkup.marked("The clerk was asked to resign by phone.") == ["The clerk was <asked> [to resign by phone]."])
    }
}
