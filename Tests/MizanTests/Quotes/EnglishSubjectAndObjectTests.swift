import Testing
@testable import Mizan

/// English subjects the cue-clause rule finds before its verb, and verbs that take an object: the rules
/// added for PolNeAR-style attributions (test sentences written for these tests).
@Suite struct EnglishSubjectAndObjectTests {
    @Test func nameEndingInAnAbbreviation() throws {
        #expect(try QuoteMarkup.marked("Walter P. Grant Jr. said the bridge would reopen in May.") == [
            "{Walter P. Grant Jr}. <said> [the bridge would reopen in May].",
        ])
        #expect(try QuoteMarkup.marked("Later the F.A.A. has said the pilots followed the rules.") == [
            "Later {the F.A.A}. has <said> [the pilots followed the rules].",
        ])
    }

    @Test func postModifiedSourceBeforeTheVerb() throws {
        #expect(try QuoteMarkup.marked("The vote was delayed, a source close to the mayor said.") == [
            "[The vote was delayed], {a source close to the mayor} <said>.",
        ])
        #expect(try QuoteMarkup.marked("People familiar with the budget talks say the deal is nearly done.") == [
            "{People familiar with the budget talks} <say> [the deal is nearly done].",
        ])
    }

    @Test func demonstrativeSubjectOpeningTheSentence() throws {
        #expect(try QuoteMarkup.marked("That engineer said the pumps had failed twice.") == [
            "{That engineer} <said> [the pumps had failed twice].",
        ])
    }

    @Test func discourseAdverbBetweenSubjectAndVerb() throws {
        #expect(try QuoteMarkup.marked("Ortega however said the tariffs would stay.") == [
            "{Ortega} however <said> [the tariffs would stay].",
        ])
    }

    @Test func quantifierSubjectKeepsTheVerb() throws {
        #expect(try QuoteMarkup.marked("Several said they would vote for the levy.") == [
            "{Several} <said> [they would vote for the levy].",
        ])
        // A quantifier before a plural noun form still makes it a noun.
        #expect(try QuoteMarkup.marked("Some claims about the levy were wrong.").isEmpty)
    }

    @Test func nounInIngAfterADeterminerIsASubject() throws {
        #expect(try QuoteMarkup.marked("The briefing says the storm will turn north.") == [
            "{The briefing} <says> [the storm will turn north].",
        ])
    }

    @Test func adjunctBetweenAnAppositiveAndTheVerb() throws {
        #expect(try QuoteMarkup.marked("Mayor Ann Lutz, who chairs the board, on Monday defended the new parking fees.") == [
            "{Mayor Ann Lutz}, who chairs the board, on Monday <defended> [the new parking fees].",
        ])
    }

    @Test func hyphenatedWordInsideTheAdjunctBeforeThat() throws {
        #expect(try QuoteMarkup.marked("Dana Kim wrote in a Sunday op-ed that the council had ignored the audit.") == [
            "{Dana Kim} <wrote> in a Sunday op-ed that [the council had ignored the audit].",
        ])
    }

    @Test func toldAnAddresseeNotTo() throws {
        #expect(try QuoteMarkup.marked("Officials have told residents not to drink the tap water.") == [
            "{Officials} have <told> [residents not to drink the tap water].",
        ])
    }

    @Test func participleAfterACommaTakesTheMainSubject() throws {
        #expect(try QuoteMarkup.marked("Ruiz spoke at length about the levee, adding that repairs would take a year.") == [
            "{Ruiz} spoke at length about the levee, <adding> that [repairs would take a year].",
        ])
    }

    @Test func participleAfterANounTakesTheMainSubject() throws {
        #expect(try QuoteMarkup.marked("Ruiz spoke at a news conference announcing that the levee would be rebuilt.") == [
            "{Ruiz} spoke at a news conference <announcing> that [the levee would be rebuilt].",
        ])
    }

    @Test func callWithAnObjectAndAnIndefiniteNounPhrase() throws {
        #expect(try QuoteMarkup.marked("The governor has called the audit a distraction.") == [
            "{The governor} has <called> [the audit a distraction].",
        ])
        #expect(try QuoteMarkup.marked("Ruiz criticized the builders, calling them amateurs.") == [
            "{Ruiz} <criticized> [the builders], calling them amateurs.",
            "{Ruiz} criticized the builders, <calling> [them amateurs].",
        ])
    }

    @Test func respondAndCommentTakeAPrepositionalObject() throws {
        #expect(try QuoteMarkup.marked("The company did not respond to requests for comment.") == [
            "{The company} did not <respond> [to requests for comment].",
        ])
        #expect(try QuoteMarkup.marked("The mayor also commented on the closure of the plant.") == [
            "{The mayor} also <commented> [on the closure of the plant].",
        ])
    }

    @Test func coordinatedClauseWithItsOwnSpeakerEndsTheContent() throws {
        #expect(try QuoteMarkup.marked("Ruiz said the levee was safe, and two engineers warned that it could fail.") == [
            "{Ruiz} <said> [the levee was safe], and two engineers warned that it could fail.",
            "Ruiz said the levee was safe, and {two engineers} <warned> that [it could fail].",
        ])
    }

    @Test func prepositionalPhraseInsideTheSubject() throws {
        #expect(try QuoteMarkup.marked("A survey released in late April found that most tenants favor rent caps.") == [
            "{A survey released in late April} <found> that [most tenants favor rent caps].",
        ])
    }

    @Test func speechVerbAfterARaisingVerbHasTheSubjectAsSource() throws {
        #expect(try QuoteMarkup.marked("The coach appeared to suggest that the referees were biased.") == [
            "{The coach} appeared to <suggest> that [the referees were biased].",
        ])
    }

    @Test func laterAttributionWithItsOwnThatClauseEndsTheContent() throws {
        #expect(try QuoteMarkup.marked("Back when she wrote her memoir, Ms. Ruiz said that she distrusted banks.") == [
            "Back when {she} <wrote> [her memoir], Ms. Ruiz said that she distrusted banks.",
            "Back when she wrote her memoir, {Ms. Ruiz} <said> that [she distrusted banks].",
        ])
    }

    @Test func irregularPastVerbEndsAnInvertedSubject() throws {
        let out = try QuoteMarkup.markedWithRules("Ana Lee, 61, of Dover, who watched from the road, said the parade brought back memories of her town.")
        #expect(!out.contains { $0.hasPrefix("cue-last") })
    }

    @Test func passiveSpeechVerbHasNoSpeakerOrItsAgent() throws {
        #expect(try QuoteMarkup.marked("The contractor was accused of inflating the bills.") == [
            "The contractor was <accused> [of inflating the bills].",
        ])
        #expect(try QuoteMarkup.marked("The plan has been criticized by the auditors for its cost.") == [
            "The plan has been <criticized> by {the auditors} [for its cost].",
        ])
    }

    @Test func coordinatedPredicateEndsTheContent() throws {
        #expect(try QuoteMarkup.marked("The union has promised a strike and asked members to stay home.") == [
            "{The union} has <promised> [a strike] and asked members to stay home.",
            "{The union} has promised a strike and <asked> [members to stay home].",
        ])
    }

    @Test func clauseAfterAQuotationClosedWithACommaEndsTheContent() throws {
        #expect(try QuoteMarkup.marked("Ruiz said the repairs were \"nearly finished,\" but he added that costs had doubled.") == [
            "{Ruiz} <said> [the repairs were \"nearly finished,\"] but he added that costs had doubled.",
            "Ruiz said the repairs were \"nearly finished,\" but {he} <added> that [costs had doubled].",
        ])
    }

    @Test func relativePronounSubjects() throws {
        #expect(try QuoteMarkup.marked("The firm, which has denied any wrongdoing, will appeal.") == [
            "The firm, {which} has <denied> [any wrongdoing], will appeal.",
        ])
        #expect(try QuoteMarkup.marked("The growers, many of whom say the drought has ruined them, met on Friday.") == [
            "The growers, {many of whom} <say> [the drought has ruined them], met on Friday.",
        ])
    }

    @Test func pronounWithContractedAuxiliary() throws {
        #expect(try QuoteMarkup.marked("She’s claiming that the count was rigged.") == [
            "{She’s} <claiming> that [the count was rigged].",
        ])
    }

    @Test func pronounSubjectAfterAnAdjunctStartsTheContent() throws {
        #expect(try QuoteMarkup.marked("Ortega said after the hearing he would not resign.") == [
            "{Ortega} <said> after the hearing [he would not resign].",
        ])
    }

    @Test func whClauseAfterTheVerb() throws {
        #expect(try QuoteMarkup.marked("Officials have not said when they will reopen the bridge.") == [
            "{Officials} have not <said> [when they will reopen the bridge].",
        ])
    }

    @Test func hyphenatedAddresseeWithAName() throws {
        #expect(try QuoteMarkup.marked("Ortega told co-host Ana Ruiz that he had no regrets.") == [
            "{Ortega} <told> co-host Ana Ruiz that [he had no regrets].",
        ])
    }

    @Test func infinitiveAfterAPrepositionalPhraseTakesTheMainSubject() throws {
        #expect(try QuoteMarkup.marked("Ortega took to the radio station overnight to accuse the council of lying.") == [
            "{Ortega} took to the radio station overnight to <accuse> [the council of lying].",
        ])
    }

    @Test func aDayAfterTheVerbIsNotItsSubject() throws {
        let out = try QuoteMarkup.marked("The levee will hold, the engineer said Tuesday.")
        #expect(out == ["[The levee will hold], {the engineer} <said> Tuesday."])
    }

    @Test func verbCoordinatedWithAnIntransitiveOne() throws {
        #expect(try QuoteMarkup.marked("The chief waved at us. Ruiz paused and added that it was too late.") == [
            "The chief waved at us. {Ruiz} paused and <added> that [it was too late].",
        ])
    }

    @Test func participleOpeningTheSentenceTakesTheSubjectAfterItsComma() throws {
        #expect(try QuoteMarkup.marked("In defending the budget, Mayor Ruiz pointed to the new jobs.") == [
            "In <defending> [the budget], {Mayor Ruiz} pointed to the new jobs.",
        ])
    }

    @Test func participleAfterAnAttributionTakesItsSpeaker() throws {
        let out = try QuoteMarkup.marked("“The bridge is the priority. Residents agree with us,” Ortega said, suggesting a new budget vote.")
        #expect(out.contains("“The bridge is the priority. Residents agree with us,” {Ortega} said, <suggesting> [a new budget vote]."))
    }

    @Test func namedPersonRightBeforeTheParticiple() throws {
        #expect(try QuoteMarkup.marked("The clip shows Mayor Ortega saying that the levee is safe.") == [
            "{The clip} <shows> [Mayor Ortega saying that the levee is safe].",
            "The clip shows {Mayor Ortega} <saying> that [the levee is safe].",
        ])
    }

    @Test func nounPhraseAfterAPrepositionBeforeTheParticiple() throws {
        #expect(try QuoteMarkup.marked("The moderators came prepared, along with graphics showing that the cuts would not add up.") == [
            "The moderators came prepared, along with {graphics} <showing> that [the cuts would not add up].",
        ])
        // After a verb the noun phrase is its object: the speaker is the clause's subject.
        #expect(try QuoteMarkup.marked("At the hearing, the mayor released a statement saying that the levee is safe.").allSatisfy { !$0.contains("{a statement}") })
    }

    @Test func pluralNounRightBeforeTheParticiple() throws {
        #expect(try QuoteMarkup.marked("Last month $800,000 was spent on ads attacking the mayor as a spendthrift.") == [
            "Last month $800,000 was spent on {ads} <attacking> [the mayor as a spendthrift].",
        ])
        #expect(try QuoteMarkup.marked("The council met, and staff members suggesting that the vote be delayed were overruled.") == [
            "The council met, and {staff members} <suggesting> that [the vote be delayed were overruled].",
        ])
        // A verb's plural object is not the subject; nor is an adverbial plural ("in many cases").
        #expect(try QuoteMarkup.marked("The group planted newspaper articles alleging that the mayor had lied.").allSatisfy { !$0.contains("{newspaper articles}") })
        #expect(try QuoteMarkup.marked("The firms hid their profits, in many cases reporting different numbers to each agency.").allSatisfy { !$0.contains("{many cases}") })
    }

    @Test func infinitiveAfterAPastVerbsObjectTakesThatVerbsSubject() throws {
        #expect(try QuoteMarkup.marked("Since Thursday, Mayor Ruiz has mounted a public campaign to condemn the new tax as unfair.") == [
            "Since Thursday, {Mayor Ruiz} has mounted a public campaign to <condemn> [the new tax as unfair].",
        ])
        // Past an appositive with a relative clause.
        #expect(try QuoteMarkup.marked("Ana Ruiz, the mayor who ran last year, used part of her speech to call the plan a disaster.")
            .contains("{Ana Ruiz}, the mayor who ran last year, used part of her speech to <call> [the plan a disaster]."))
        // After "urged" the object does the infinitive.
        #expect(try QuoteMarkup.marked("The council urged residents to report the damage to the city.")
            .contains("The council urged {residents} to <report> [the damage to the city]."))
    }

    @Test func adverbAndVerbBeforeTheCueAreNotTheSubject() throws {
        #expect(try QuoteMarkup.marked("Mayor Ruiz has recently made comments about the safety of the levee.") == [
            "{Mayor Ruiz} has recently made <comments> [about the safety of the levee].",
        ])
        #expect(try QuoteMarkup.marked("The council has lately started asking residents to report damage.") == [
            "{The council} has lately started <asking> [residents to report damage].",
        ])
    }

    @Test func openingPastParticiplePhraseIsNotTheSubject() throws {
        let out = try QuoteMarkup.marked("Angered by the audit, the mayor revised the plan, promising to cut fees.")
        #expect(out == ["Angered by the audit, {the mayor} revised the plan, <promising> [to cut fees]."])
    }

    @Test func anObjectAfterTheVerbIsNotAnInvertedSubject() throws {
        let out = try QuoteMarkup.markedWithRules("At the rally, the singer called three senators to the stage.")
        #expect(!out.contains { $0.hasPrefix("cue-last") })
    }

    @Test func aCueWithItsOwnColonDoesNotTakeThePreviousQuotation() throws {
        let out = try QuoteMarkup.markedWithRules("He waved. “We are done here.”\n\nOrtega added: “The vote is tomorrow.”")
        #expect(!out.contains { $0.hasPrefix("quote-then-cue") && $0.contains("[We are done here") })
    }

    @Test func anOpeningTimePhraseIsNotTheSubject() throws {
        // The coordinated verb's speaker is the main clause's subject after the time phrase.
        #expect(try QuoteMarkup.marked("A few minutes later the organizers reversed themselves and said the vote would go ahead.") == [
            "A few minutes later {the organizers} reversed themselves and <said> [the vote would go ahead].",
        ])
        #expect(try QuoteMarkup.marked("Hours after the debate ended, the senator thanked the crowd and said she had won.") == [
            "Hours after the debate ended, {the senator} thanked the crowd and <said> [she had won].",
        ])
    }

    @Test func whatIsCalledBeforeAQuotationIsNotAnInvertedSubject() throws {
        // "calls Horgos “a mistake”": Horgos is what is called; the appositive's noun is the speaker.
        #expect(try QuoteMarkup.marked("Yang Shu, director of the institute, calls Horgos “a mistake” because so few people live there.") == [
            "{Yang Shu}, director of the institute, <calls> [Horgos “a mistake” because so few people live there].",
        ])
    }
}
