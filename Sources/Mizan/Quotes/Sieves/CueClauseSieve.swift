/// Speech verbs and participles with their complement: "وقال الوزير إن …", "وأشارت الوزارة إلى أن …",
/// "الجانبين أكدا أن …", "…، مؤكدا أن …", "X said (that) …", "X told reporters that …", ", adding that …".
///
/// The speaker is the subject after the verb (Arabic VSO) or before it (SVO, English); without one the
/// speaker is resolved later from the governing clause or the previous attribution. The content runs
/// from the complementizer, colon or quotation to the end of the clause. One quotation as the whole
/// content makes a direct quote; quoted fragments inside make it mixed.
struct CueClauseSieve: AttributionSieve {
    let name = "cue-clause"

    func apply(_ ctx: QuoteContext, _ state: AttributionState) {
        for c in ctx.cues where !state.usedCues.contains(c.tokens.lowerBound) {
            guard c.cue.kind == .verb || c.cue.kind == .participle else { continue }
            let s = ctx.sentenceOf[c.tokens.lowerBound]
            let sentence = ctx.sentenceTokens(s)
            var end = sentence.upperBound
            // A cue inside a closed quotation is the quoted speaker's own word.
            if let q = ctx.quote(containing: ctx.tokens[c.tokens.lowerBound].range.start), q.close != nil { continue }
            // A quotation opened in this sentence may run past it.
            end = max(end, extendedEnd(ctx, from: c.tokens.upperBound, sentenceEnd: end))

            var speaker: Mention?
            var after = c.tokens.upperBound
            var source: AttributionDraft.SpeakerSource?
            if ctx.arabic, c.cue.kind == .participle, let relayed = relayedSource(ctx, c) {
                // "نقلت الوكالة عن الوزير قوله إن …": the source is after عن; "عنه قوله": the previous one.
                speaker = relayed
                if relayed == nil { source = .previous }
            }
            var toInfinitiveObject: Int?
            var question: Int?
            var asClause = false
            var passive = false
            var infinitive = false
            var nominal = false
            if c.cue.kind == .verb {
                if ctx.arabic {
                    // "يذكر أن …" opening a sentence is "it is worth noting that": the outlet's own
                    // background, reported by no one.
                    // (The word's lookup forms include it without و/ف.)
                    if ctx.isComplementizer(after), ctx.isSentenceInitialWord(c.tokens.lowerBound),
                       ctx.anyVariant(c.tokens.lowerBound, { v, _ in v.elementsEqual("يذكر".unicodeScalars) }) {
                        continue
                    }
                    if !ctx.isComplementizer(after), let m = ctx.mention(startingAt: after) {
                        speaker = m
                        after = m.tokens.upperBound
                        // "علمت «سبق» من مصادرها أن …", "نقلت الوكالة عن مصادر أن …": the named outlet only
                        // relays; the sources after من/عن are the speaker.
                        if let relay = relayedAnonymous(ctx, after) {
                            speaker = relay
                            after = relay.tokens.upperBound
                        }
                        if ctx.isQuoteMark(after), let q = ctx.quote(openingAt: after), ctx.wordCount(q.content) <= 4,
                           m.tokens.upperBound <= ctx.token(atOrAfter: q.content.end) {
                            after = ctx.tokenAfter(q)
                        }
                    } else if !c.conjunction, let m = ctx.mention(endingBefore: c.tokens.lowerBound, floor: ctx.clauseStart(before: c.tokens.lowerBound)),
                              !overlapsEarlierCue(ctx, m) {
                        speaker = m
                    }
                    // «الحذيفي» quoted speaker: skip its closing mark.
                    if let m = speaker, m.tokens.upperBound < ctx.count, ctx.isQuoteMark(m.tokens.upperBound),
                       m.tokens.lowerBound > c.tokens.upperBound { after = m.tokens.upperBound + 1 }
                } else {
                    // "X was accused of …", "he has been asked whether …": the subject is spoken about; the
                    // source is the agent after "by", or unnamed.
                    passive = isEnglishPassive(ctx, c)
                    // "when asked whether …", "Asked which candidate she would back, …": the question is
                    // the content, up to the clause's comma; the asker is not named.
                    // ("Asked on Monday whether …": time words may come first.)
                    if passive, ctx.lemma(c) == "ask" {
                        var q = after
                        while q < end, ctx.isWord(q), ctx.has(q, .time) || ctx.wordIs(q, "on") && ctx.has(q + 1, .time), q < after + 4 { q += 1 }
                        if ctx.isWord(q), Self.questionWords.contains(where: { ctx.wordIs(q, $0) }) { question = q }
                    }
                    if passive, ctx.wordIs(after, "by"), var m = ctx.englishSubject(startingAt: after + 1) {
                        // "criticized by the auditors for its cost": the agent ends before a phrase that
                        // starts the content.
                        if ctx.englishContentStart(after: m.tokens.upperBound, end: end, for: c) == nil,
                           let link = m.tokens.dropFirst().first(where: { ctx.has($0, .link) }),
                           ctx.englishContentStart(after: link, end: end, for: c) != nil {
                            m = ctx.classify(m.tokens.lowerBound..<link)
                        }
                        speaker = m
                        after = m.tokens.upperBound
                    }
                    // "had been asked to keep the files by the committee": the agent after the content.
                    if passive, speaker == nil, question == nil, let (m, by) = trailingAgent(ctx, after: after, end: end) {
                        speaker = m
                        end = by
                    }
                    // "As Clyburn noted, those voters will …": the clause after the comma is what was said.
                    if !passive, let (m, comma) = asClauseSource(ctx, c, end: end) {
                        speaker = m
                        after = comma + 1
                        asClause = true
                    }
                    // Nothing reported after the verb, and no subject after it to skip: no need to look for
                    // the subject (the cue-last rule takes "…, she said.").
                    let before = c.tokens.lowerBound - 1
                    if ctx.lemma(c) != "tell", question == nil, !asClause, !(before >= 0 && (ctx.isComma(before) || ctx.isQuoteMark(before))),
                       ctx.englishContentStart(after: after, end: end, for: c) == nil {
                        continue
                    }
                    if !passive && !asClause, let holder = nominalHolder(ctx, c) {
                        // "with sharp and relentless attacks on Clinton", "his relentless attacks on": a noun's
                        // holder is a possessive before it, else the clause's subject.
                        speaker = holder
                        nominal = true
                    } else if !passive && !asClause {
                        let coordinated = ctx.isCoordinatedVerb(c.tokens.lowerBound)
                        speaker = coordinated || isAdverbialParticiple(ctx, c) ? nil : englishSubject(ctx, c)
                        // "sounded a cautious note about", "made an impassioned call for": the phrase before
                        // the cue is its own determiner and adjectives; the clause's subject holds the noun.
                        if isDeterminerBeforeNounCue(ctx, c, speaker) {
                            speaker = nil
                            nominal = true
                        }
                        if speaker == nil, isAdverbialParticiple(ctx, c) {
                            let i = c.tokens.lowerBound
                            // "…," Sanders said, suggesting …: the attribution just before the comma speaks.
                            if ctx.isComma(i - 1), let d = state.drafts.last(where: { d in
                                d.speaker != nil && (d.cueTokens?.upperBound == i - 1 || d.speaker?.tokens.upperBound == i - 1) }) {
                                speaker = d.speaker
                            } else if ctx.isComma(i - 1), let d = attributionBeforeAdjunct(ctx, state, comma: i - 1) {
                                // "…," Trump said at a rally in San Diego, adding …: the attribution whose
                                // verb an adjunct follows up to the comma speaks.
                                speaker = d
                            } else if ctx.isComma(i - 1), let m = subordinateSubject(ctx, before: i - 1) {
                                // "…, as Mrs. Clinton echoed the criticism, saying …": the clause right
                                // before the comma, opened by a subordinator, has its own subject.
                                speaker = m
                            } else if ctx.isComma(i - 1), let m = commaClauseSubject(ctx, before: i - 1) {
                                // "…, while his competitors called for …, Trump hewed more to Obama's
                                // approach, noting …": the clause between the last two commas has its own
                                // subject.
                                speaker = m
                            } else if !ctx.isComma(i - 1), let m = ctx.englishSubject(endingBefore: i, floor: ctx.sentenceFloor(i)),
                                      m.tokens.upperBound == i {
                                if let d = documentAfterOf(ctx, m) {
                                    // "in the wake of a new poll showing …": a document right before the
                                    // participle says it.
                                    speaker = d
                                } else if !m.nameTokens.isEmpty && m.kind == .person || m.isPronoun && !ctx.wordIs(m.tokens.lowerBound, "it")
                                            || !m.isPronoun && m.tokens.lowerBound > 0 && Self.participleHolders.contains(where: { ctx.wordIs(m.tokens.lowerBound - 1, $0) }) {
                                    // "footage of Trump saying …": a named person right before the participle;
                                    // "along with graphics showing that …": a noun phrase after a preposition
                                    // (after a verb, the noun phrase is its object: "released a statement saying").
                                    speaker = m
                                } else if !m.isPronoun, m.tokens.lowerBound > 0, Self.smallClauseVerbs.contains(where: { ctx.wordIs(m.tokens.lowerBound - 1, $0) }) {
                                    // "to see a Republican administration defending …", "found several delegates urging
                                    // …": after a verb of perception or result, the object is the participle's
                                    // subject.
                                    speaker = m
                                } else if !m.isPronoun, isExistentialSubject(ctx, m) {
                                    // "There is no evidence showing …": the noun phrase after "there is" is the
                                    // participle's subject.
                                    speaker = m
                                } else if let o = innerHolderObject(ctx, m) {
                                    // "new questions in the race for candidates proposing …": the participle
                                    // goes on the object of a holder preposition inside the phrase.
                                    speaker = o
                                } else if let p = pluralNounPhrase(ctx, m) {
                                    // "spent on ads attacking …", "staff members suggesting …", "receive 911
                                    // calls saying …": a plural noun right before the participle is its subject
                                    // (a reduced relative), even as a verb's object.
                                    speaker = p
                                }
                            }
                        }
                        // "In defending himself, Trump offered …": a participle opening the sentence after a
                        // preposition has the main clause's subject, after the comma; the content ends there.
                        if let (m, comma) = openingParticipleSubject(ctx, c, end: end, current: speaker) {
                            speaker = m
                            end = comma
                        }
                        // "I laughed and said": after an intransitive first verb, that verb's subject.
                        if speaker == nil, coordinated, let m = subjectOfIntransitiveCoordinate(ctx, c) { speaker = m }
                        // "The crowd cheered when Trump spotted a sign and asked …": a verb coordinated
                        // inside a subordinate clause has that clause's subject.
                        if speaker == nil, coordinated, let m = subordinateCoordinateSubject(ctx, c) { speaker = m }
                        // "Ryan, who a week ago surprised Trump by declaring …", "Terris, who saw the incident
                        // and described it": a verb or participle that goes on a relative clause in "who"
                        // has "who" as its subject.
                        // (A coordinated verb only in a clause set off by commas: in "he praised those who
                        // left but said …" the restrictive clause ends before "but".)
                        if speaker == nil, coordinated || isAdverbialParticiple(ctx, c) && !ctx.isComma(c.tokens.lowerBound - 1),
                           let m = relativeWhoSubject(ctx, c), !coordinated || ctx.isComma(m.tokens.lowerBound - 1) { speaker = m }
                        // "took to Twitter overnight to accuse …": an infinitive after an adjunct has the
                        // main clause's subject, not the noun phrase before "to".
                        // "Mr. Khan has mounted a public campaign to condemn …", "Carson used part of his
                        // address to call …": after a past verb's object (and its prepositional phrases), that
                        // verb's subject (not after verbs whose object does the infinitive: "urged them to").
                        if c.tokens.lowerBound >= 2, ctx.wordIs(c.tokens.lowerBound - 1, "to"), let m = speaker, !m.isPronoun,
                           m.tokens.upperBound == c.tokens.lowerBound - 1 || m.tokens.upperBound == c.tokens.lowerBound - 2 && ctx.wordIs(m.tokens.upperBound, "here"),
                           let v = pastVerbBeforeObject(ctx, m),
                           let s = englishSubject(ctx, before: v, floor: ctx.sentenceFloor(v)), s.tokens.upperBound <= v {
                            speaker = s
                        }
                        if c.tokens.lowerBound >= 2, ctx.wordIs(c.tokens.lowerBound - 1, "to"), let m = speaker, m.tokens.upperBound == c.tokens.lowerBound - 1,
                           !m.isPronoun, m.kind == .unknown && (m.nameTokens.isEmpty || ctx.has(m.tokens.upperBound - 1, .time))
                            || m.tokens.lowerBound > 0 && ["to", "in", "on", "at", "into", "from", "with"].contains(where: { ctx.wordIs(m.tokens.lowerBound - 1, $0) }) {
                            speaker = nil
                            infinitive = true
                        }
                    }
                    // "…," said Charlie King, a Democrat: the content is not after an inverted subject.
                    if let m = speaker, m.tokens.lowerBound >= c.tokens.upperBound, m.tokens.lowerBound < end { after = m.tokens.upperBound }
                    // "told reporters that": skip the addressee.
                    if ctx.lemma(c) == "tell", let m = ctx.mention(startingAt: after) ?? lowercaseObject(ctx, after) {
                        after = m.tokens.upperBound
                        // "told his advisers to find a way": the order, with its addressee, is the content.
                        if ctx.wordIs(after, "to") || ctx.wordIs(after, "not") && ctx.wordIs(after + 1, "to"), ctx.isWord(after + 1) {
                            toInfinitiveObject = m.tokens.lowerBound
                        }
                    }
                }
            }
            guard let start = ctx.arabic ? ctx.contentStart(after: after, end: end, complement: c.cue.complement)
                    : toInfinitiveObject ?? question ?? (asClause ? after : ctx.englishContentStart(after: after, end: end, for: c)),
                  start < end else { continue }
            // "“…” about the decision, said RoseAnn DeMoro, director of …, a union that has …": after an
            // inverted subject only a comma may stand before the content; what comes later is the
            // subject's appositive (the cue-last rule takes the content before).
            if !ctx.arabic, let m = speaker, m.tokens.lowerBound >= c.tokens.upperBound, after == m.tokens.upperBound, ctx.isComma(after), start > after + 2 { continue }
            if !ctx.arabic && c.cue.kind == .verb && speaker == nil && !passive && !infinitive && !nominal && !isContinuation(ctx, c) { continue }
            var stop = ctx.contentEnd(from: start, end: end)
            // ", which has denied the claims, will appeal": a non-restrictive relative clause ends at its
            // comma; so does the question after a reduced "when asked" ("When asked whom she supported, …").
            let relativeClause = !ctx.arabic && speaker.map { m in
                m.tokens.lowerBound > 0 && ctx.isComma(m.tokens.lowerBound - 1)
                    && Self.isRelativeSubjectWord(ctx, m.tokens.upperBound - 1)
            } == true
            // "…, while most of his competitors called for a bigger effort, Trump hewed …": what is said
            // in a subordinate clause ends where the main clause starts with its own subject.
            // (Not "As Clyburn noted, those voters will …", whose content is that main clause.)
            if !ctx.arabic, !asClause, let m = speaker, m.tokens.lowerBound > 0, m.tokens.upperBound <= c.tokens.lowerBound,
               Self.subordinators.contains(where: { ctx.wordIs(m.tokens.lowerBound - 1, $0) }),
               let comma = (start..<stop).first(where: { ctx.isComma($0) && ctx.quote(containing: ctx.tokens[$0].range.start) == nil
                   && clauseSubject(ctx, at: $0 + 1) != nil }) {
                stop = ctx.trimEnd(start, comma)
            }
            if relativeClause || question != nil,
               let comma = (start..<stop).first(where: { ctx.isComma($0) && ctx.quote(containing: ctx.tokens[$0].range.start) == nil }) {
                stop = ctx.trimEnd(start, comma)
            }
            // A relative clause whose subject follows the relative word ends where the main clause's
            // predicate resumes after a comma (", which officials said will go into effect in May, will not
            // apply"); its own commas do not end it ("which he said runs the risk of leaving millions of
            // voters, especially his supporters, disenfranchised").
            if !ctx.arabic, let m = speaker, m.tokens.lowerBound > 1, ctx.isComma(m.tokens.lowerBound - 2),
               Self.isRelativeSubjectWord(ctx, m.tokens.lowerBound - 1),
               let comma = (start..<stop).first(where: { ctx.isComma($0) && $0 + 1 < stop && ctx.has($0 + 1, .auxiliary)
                   && ctx.quote(containing: ctx.tokens[$0].range.start) == nil }) {
                stop = ctx.trimEnd(start, comma)
            }
            guard stop > start else { continue }
            var (kind, content) = ctx.typedContent(start, stop)
            // "called Trump “unhinged.”": the object belongs with what it is called (the quotation alone
            // may be one word).
            if !ctx.arabic, c.cue.complement == .quote, kind == .direct, ctx.isWord(start), !ctx.isComplementizer(start) {
                kind = .mixed
                content = ctx.contentRange(start, stop)
            }
            // One quoted word that ends in its own punctuation is a statement ("said, ''No.''").
            guard ctx.wordCount(content) >= 2 || kind == .direct && ctx.lastScalar(ofContent: content).map({ ",.!?".unicodeScalars.contains($0) }) == true
            else { continue }
            let resolvedSource: AttributionDraft.SpeakerSource = speaker != nil || passive ? .mention : (source ?? .governingClause)
            let confidence = speaker != nil ? 0.85 : 0.7
            state.add(AttributionDraft(kind: kind, content: content, cueTokens: c.tokens, cue: ctx.lexiconCue(c), speaker: speaker,
                                       source: resolvedSource, confidence: confidence, rule: name, anchor: c.tokens.lowerBound), ctx)
        }
    }

    /// For قوله/قولها: the source written after عن before it — `.some(mention)` for "عن الوزير قوله",
    /// `.some(nil)` for "عنه قوله" (a pronoun: the previous source), nil when there is no عن.
    private func relayedSource(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Mention?? {
        guard ctx.word(c.tokens.lowerBound).first == "ق" else { return nil }
        var k = c.tokens.lowerBound - 1
        let floor = max(0, c.tokens.lowerBound - 8)
        while k >= floor && ctx.isWord(k) {
            let w = ctx.word(k)
            if w.elementsEqual("عنه".unicodeScalars) || w.elementsEqual("عنها".unicodeScalars) || w.elementsEqual("عنهم".unicodeScalars) {
                return .some(nil)
            }
            if w.elementsEqual("عن".unicodeScalars) {
                if let m = ctx.mention(startingAt: k + 1), m.tokens.upperBound <= c.tokens.lowerBound { return .some(m) }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// An anonymous source introduced by من or عن right after a subject (من مصادرها، عن مصادر مطلعة).
    private func relayedAnonymous(_ ctx: QuoteContext, _ i: Int) -> Mention? {
        var k = i
        if k < ctx.count, ctx.isQuoteMark(k) { k += 1 }
        guard k < ctx.count, ctx.isWord(k) else { return nil }
        let w = ctx.word(k)
        guard w.elementsEqual("من".unicodeScalars) || w.elementsEqual("عن".unicodeScalars) else { return nil }
        guard let m = ctx.mention(startingAt: k + 1), m.vague else { return nil }
        return m
    }

    /// End of a quotation that opens between `from` and the sentence end and closes later.
    private func extendedEnd(_ ctx: QuoteContext, from: Int, sentenceEnd: Int) -> Int {
        var k = from
        while k < sentenceEnd && k < from + 16 {
            if ctx.isQuoteMark(k), let q = ctx.quote(openingAt: k) { return ctx.tokenAfter(q) }
            k += 1
        }
        return sentenceEnd
    }

    private func overlapsEarlierCue(_ ctx: QuoteContext, _ m: Mention) -> Bool {
        m.tokens.contains { ctx.isCue($0) }
    }

    /// For an English cue used as a noun after an adjective ("relentless attacks", "a verbal attack",
    /// "forceful promise"): `.some(possessive)` when a possessive pronoun stands before the adjectives
    /// ("his relentless attacks"), `.some(nil)` when the holder is the clause's subject; nil when the cue is
    /// not such a noun (a past or -ing form, or no adjective before it).
    private func nominalHolder(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Mention?? {
        let i = c.tokens.lowerBound
        guard c.cue.complement == .nominal, !ctx.isPastForm(i), !ctx.wordEnds(i, "ing"), isAdjective(ctx, i - 1) else { return nil }
        var k = i - 1
        let floor = ctx.sentenceFloor(i)
        while k > floor, isAdjective(ctx, k - 1) || ctx.wordIs(k - 1, "and") && isAdjective(ctx, k - 2) { k -= 1 }
        if k - 1 >= floor, ctx.isPossessivePronoun(k - 1) {
            return .some(ctx.classify((k - 1)..<k))
        }
        // "Clinton's aggressive attack on Trump".
        if k - 1 >= floor, ctx.wordEnds(k - 1, "'s"), let m = ctx.englishSubject(endingBefore: k, floor: floor), m.tokens.upperBound == k {
            return .some(m)
        }
        return .some(nil)
    }

    /// Whether `m`, found right before the cue, is a determiner and adjectives that make the cue a noun:
    /// "a cautious note", "an impassioned call" (a singular article before a form without -s, never a
    /// verb's subject), "her firmest promise", "the most detailed plans" (adjectives in -est, -ed, -ing
    /// or ``adjectiveEndings`` up to the cue). Not "the candidates agree", whose last word is a noun.
    private func isDeterminerBeforeNounCue(_ ctx: QuoteContext, _ c: QuoteContext.CueMention, _ m: Mention?) -> Bool {
        let i = c.tokens.lowerBound
        guard let m, m.tokens.upperBound == i, !m.isPronoun, m.nameTokens.isEmpty, !ctx.isPastForm(i), !ctx.wordEnds(i, "ing"),
              let d = m.tokens.last(where: { ctx.has($0, .determiner) }), d + 1 < i,
              i - d <= 4, (d + 1..<i).allSatisfy({ ctx.isWord($0) && !ctx.isCapitalized($0) && ctx.tokens[$0].kind == .word && !ctx.has($0, [.stop, .link]) })
        else { return false }
        // (Not "a few critics say": a plural noun before the cue is its subject.)
        if Self.singularDeterminers.contains(where: { ctx.wordIs(d, $0) }), !ctx.wordEnds(i, "s"),
           (d + 1..<i).allSatisfy({ !ctx.wordEnds($0, "s") || isAdjective(ctx, $0) }) { return true }
        return (d + 1..<i).allSatisfy { k in
            isAdjective(ctx, k) || ctx.wordIs(k, "most") || ctx.isAdverbInLy(k) || ctx.word(k).count >= 5 && (ctx.wordEnds(k, "est") || ctx.wordEnds(k, "ed") || ctx.wordEnds(k, "ing"))
        }
    }

    /// Determiners of a singular noun (``isDeterminerBeforeNounCue(_:_:_:)``).
    private static let singularDeterminers: [StaticString] = ["a", "an", "another", "each", "every"]

    /// A lowercase word with an adjective's ending ("relentless", "verbal", "aggressive"), not an
    /// adverb's -ly; `i` may be out of range.
    private func isAdjective(_ ctx: QuoteContext, _ i: Int) -> Bool {
        guard i >= 0, ctx.isWord(i), ctx.tokens[i].kind == .word, !ctx.isCapitalized(i), ctx.word(i).count >= 5, !ctx.wordEnds(i, "ly") else { return false }
        return Self.adjectiveEndings.contains { ctx.wordEnds(i, $0) }
    }

    /// Endings of English adjectives (``isAdjective(_:_:)``).
    static let adjectiveEndings: [StaticString] = ["al", "ive", "ous", "ful", "less", "ic", "ent", "ant", "ary", "ible", "able", "ish"]

    /// "He added", "adding that", "also said" without a subject: the previous speaker goes on.
    private func isContinuation(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Bool {
        c.cue.kind == .participle || ctx.word(c.tokens.lowerBound).last == "g" || (!ctx.arabic && ctx.isCoordinatedVerb(c.tokens.lowerBound))
    }

    /// The English subject of the cue: after it when it follows a quotation or a comma and ends its
    /// clause ("…," said Marsh), before it otherwise, skipping an appositive (", a Democrat,").
    private func englishSubject(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Mention? {
        let i = c.tokens.lowerBound
        let floor = ctx.sentenceFloor(i)
        // (Never after "told": what follows it is the addressee, "…, told the Reuters news agency"; nor
        // after a verb that takes an object, "…, attacked Rubio for not answering".)
        if i - 1 >= floor, ctx.isQuoteMark(i - 1) || ctx.isComma(i - 1), ctx.lemma(c) != "tell", c.cue.complement == .that {
            // An inverted subject ends the clause, perhaps with an adjunct ("…, said one source in the room").
            // (Not before a quotation: "…, calls Horgos “a mistake”" names what is called.)
            if let m = ctx.englishSubject(startingAt: c.tokens.upperBound),
               !ctx.isWord(m.tokens.upperBound) && ctx.quote(openingAt: m.tokens.upperBound) == nil || ctx.isInvertedSourceBeforeAdjunct(m) {
                return m
            }
        }
        // "Sexton was quick to point out that …", "she is careful to say": an adjective with a
        // to-infinitive after a copula; the copula's subject speaks.
        // ("Democratic voters are slightly more likely to say": degree words before the adjective.)
        if i - 3 >= floor, c.cue.cueClass == .speech, ctx.wordIs(i - 1, "to"), ctx.isWord(i - 2), !ctx.isCapitalized(i - 2), !ctx.isCue(i - 2),
           !ctx.has(i - 2, [.stop, .time, .adjunctOpener, .determiner]) {
            var a = i - 3
            while a > floor, i - a < 6, ctx.isWord(a), !ctx.isCapitalized(a),
                  Self.degreeWords.contains(where: { ctx.wordIs(a, $0) }) || ctx.isAdverbInLy(a) { a -= 1 }
            if ctx.has(a, .passiveAuxiliary), let m = ctx.englishSubject(endingBefore: a, floor: floor), m.tokens.upperBound <= a {
                return m
            }
        }
        return englishSubject(ctx, before: i, floor: floor)
    }

    /// The English subject of the verb at token `i`, before it: past a dashed parenthesis, short adjuncts,
    /// a relative clause or an appositive between commas (``englishSubject(_:_:)`` after its checks of
    /// an inverted subject and of an adjective with a to-infinitive).
    private func englishSubject(_ ctx: QuoteContext, before i: Int, floor: Int) -> Mention? {
        // "Many speakers at the service — including Muslims and Jews — said": a dashed parenthesis.
        if i - 1 >= floor, ctx.isDash(i - 1), let open = (max(floor, i - 32)..<(i - 1)).last(where: { ctx.isDash($0) }),
           let m = ctx.englishSubject(endingBefore: open, floor: floor) {
            return m
        }
        // "NAME, who chairs the panel, on Sunday defended": short adjuncts between the comma and the verb
        // ("this past week": "past" too).
        var v = i
        var p = i - 1
        while p >= floor, p >= i - 4, ctx.isWord(p), ctx.has(p, [.preverbal, .time, .timePhraseEnd]) || ctx.wordEnds(p, "ly") && !ctx.isCapitalized(p) { p -= 1 }
        if p < i - 1, p >= floor, ctx.isComma(p) { v = p + 1 }
        // "Humphrey, who calls Trump a “sociopath,” said": the comma that ends the relative clause stands
        // inside the closing quotation mark.
        if v - 2 > floor, ctx.isQuoteMark(v - 1), ctx.isComma(v - 2),
           (max(floor + 1, v - 40)..<(v - 2)).contains(where: { t in ctx.isComma(t - 1) && Self.relativeWords.contains(where: { ctx.wordIs(t, $0) }) }) {
            v -= 1
        }
        if v - 1 >= floor, ctx.isComma(v - 1) {
            // A relative clause with commas of its own: "Mr. Slinker, whose latest start-up, Paradata, uses
            // big data …, said".
            if v - 1 > floor + 1, let r = (max(floor + 1, v - 40)..<(v - 1)).last(where: { t in ctx.isComma(t - 1) && Self.relativeWords.contains(where: { ctx.wordIs(t, $0) }) }),
               (r..<(v - 1)).contains(where: { ctx.isComma($0) }), r - 1 > floor, let m = ctx.englishSubject(endingBefore: r - 1, floor: floor) {
                return m
            }
            // So does a participle phrase after a name opening the sentence: "Trump, speaking at a rally in
            // Wilmington, N.C., warned".
            if v - 1 > floor + 1, let r = (max(floor + 1, v - 40)..<(v - 1)).last(where: { t in
                   ctx.isComma(t - 1) && ctx.isWord(t) && !ctx.isCapitalized(t) && ctx.wordEnds(t, "ing") && ctx.word(t).count > 5 }),
               (r..<(v - 1)).contains(where: { ctx.isComma($0) }), r - 1 > floor, let m = ctx.englishSubject(endingBefore: r - 1, floor: floor),
               m.tokens.lowerBound == ctx.sentenceBodyStart[ctx.sentenceOf[i]], !m.nameTokens.isEmpty || m.kind == .person {
                return m
            }
            // Appositive: NAME , a Democrat , said / NAME , who …, said
            var k = v - 2
            while k >= floor && !ctx.isComma(k) && v - k < 32 { k -= 1 }
            if k >= floor, ctx.isComma(k), let m = ctx.englishSubject(endingBefore: k, floor: floor) {
                // "…, after winning Ohio in the primary, Gov. John Kasich (R-OH), said": an adjunct before
                // the commas, and the name between them.
                if ctx.wordEnds(m.tokens.lowerBound, "ing") && !ctx.isCapitalized(m.tokens.lowerBound)
                    || m.tokens.lowerBound > floor && ctx.has(m.tokens.lowerBound - 1, .adjunctOpener) && !ctx.has(m.tokens.lowerBound - 1, .coordinator)
                        && m.kind != .person,
                   let name = ctx.englishSubject(startingAt: k + 1), !name.nameTokens.isEmpty,
                   name.tokens.upperBound == v - 1 || ctx.isPunct(name.tokens.upperBound, "(") && ctx.isPunct(v - 2, ")") && v - 2 - name.tokens.upperBound <= 6 {
                    return name
                }
                // "Woodrow Benford, 58, who lives outside Minneapolis, says": an age between commas after the
                // name is another appositive.
                let a = m.tokens.lowerBound
                if m.tokens.count == 1, ctx.tokens[a].kind == .number, a - 1 > floor, ctx.isComma(a - 1),
                   let name = ctx.englishSubject(endingBefore: a - 1, floor: floor), !name.nameTokens.isEmpty {
                    return name
                }
                return m
            }
            // A long subject with commas inside ("A USA TODAY analysis of PACs … since Jan. 1, 2015, shows").
            return ctx.englishMainSubject(from: floor, before: v)
        }
        guard let m = ctx.englishSubject(endingBefore: i, floor: floor) else { return nil }
        return restrictiveRelativeHead(ctx, before: m, floor: floor) ?? m
    }

    /// The head of a restrictive relative clause that ends with `m` ("Current and former officials who
    /// spoke with **The Huffington Post** said"): the subject is the noun phrase before "who", when the
    /// words between "who" and `m` hold a verb and no punctuation.
    private func restrictiveRelativeHead(_ ctx: QuoteContext, before m: Mention, floor: Int) -> Mention? {
        // (A nominative pronoun is the verb's own subject: "critics who say he should condemn".)
        guard !(m.isPronoun && ctx.isNominativePronoun(m.tokens.lowerBound)) else { return nil }
        var k = m.tokens.lowerBound - 1
        // "economists who favor consumption taxes agree": a phrase opening on a lowercase word right after
        // "who" is the relative clause's verb and its object.
        let f = m.tokens.lowerBound
        var verb = ctx.has(k, .pronoun) && ctx.wordIs(k, "who") && !m.isPronoun && !ctx.isCapitalized(f) && !ctx.has(f, [.determiner, .quantity, .pronoun])
            && !ctx.isQuantity(f) && !ctx.isAdverbInLy(f)
        while k > floor, m.tokens.lowerBound - k <= 6, ctx.isWord(k) {
            if ctx.wordIs(k, "who") || ctx.wordIs(k, "whose") {
                guard verb, let head = ctx.englishSubject(endingBefore: k, floor: floor), head.tokens.upperBound == k, !head.isPronoun,
                      !head.tokens.contains(where: { ctx.isWord($0) && !ctx.isCapitalized($0) && ctx.isPastForm($0) }) else { return nil }
                return head
            }
            if ctx.isPastForm(k) || ctx.has(k, [.irregularPast, .auxiliary]) || ctx.isCue(k) { verb = true }
            k -= 1
        }
        return nil
    }

    /// A document after the last "of" of the phrase `m` right before a participle ("in the wake of
    /// **a new poll** showing", "the release of **a report** finding"). (Not a document that is a verb's
    /// object: in "released a statement saying" the subject speaks.)
    private func documentAfterOf(_ ctx: QuoteContext, _ m: Mention) -> Mention? {
        let i = m.tokens.upperBound
        guard !m.isPronoun, let of = m.tokens.dropLast().last(where: { ctx.wordIs($0, "of") }), of + 1 < i,
              // (Not one's own: "spent much of his own speech praising …" is his praise.)
              !ctx.isPossessivePronoun(of + 1) else { return nil }
        let d = ctx.classify(of + 1..<i)
        return d.kind == .document ? d : nil
    }

    /// The subject of a clause between the comma before `comma` and `comma` ("…, **Trump** hewed more
    /// to Obama's approach,"): a name or a nominative pronoun right after that comma (or its
    /// coordinator), then a verb and at least one more word (``clauseSubject(_:at:)``). Nil for a
    /// clause that opens the sentence (the main clause's subject is found later) and for relative
    /// clauses.
    private func commaClauseSubject(_ ctx: QuoteContext, before comma: Int) -> Mention? {
        let floor = ctx.sentenceFloor(comma)
        guard comma - floor > 4, let prev = (max(floor, comma - 30)..<comma).last(where: { ctx.isComma($0) }), prev + 3 < comma else { return nil }
        // (After a coordinator too: "…, but Wallace brought him back to the attacks, asking …".)
        let start = ctx.has(prev + 1, .coordinator) && !ctx.wordIs(prev + 1, "or") ? prev + 2 : prev + 1
        guard let m = clauseSubject(ctx, at: start), m.tokens.upperBound + 1 < comma, !ctx.isCue(m.tokens.upperBound) else { return nil }
        return m
    }

    /// The subject of a clause that starts at `k` with a name or a nominative pronoun and goes on with a
    /// verb (an auxiliary, a past form, or a lowercase word in -s): "**Trump** hewed …", "**he** has …".
    private func clauseSubject(_ ctx: QuoteContext, at k: Int) -> Mention? {
        guard let m = ctx.englishSubject(startingAt: k), m.tokens.lowerBound == k,
              m.isPronoun ? ctx.isNominativePronoun(m.tokens.lowerBound) : !m.nameTokens.isEmpty && m.kind != .unknown || m.kind == .person,
              !Self.relativeWords.contains(where: { ctx.wordIs(m.tokens.lowerBound, $0) }) else { return nil }
        let v = m.tokens.upperBound
        guard v + 1 < ctx.count, ctx.isWord(v), ctx.isWord(v + 1), !ctx.isCapitalized(v),
              ctx.has(v, [.auxiliary, .irregularPast]) || ctx.isPastForm(v) || ctx.wordEnds(v, "s") && !ctx.has(v, [.stop, .adjunctOpener, .determiner]) else { return nil }
        return m
    }

    /// The subject of a subordinate clause that ends at the comma `comma` ("as **Mrs. Clinton** echoed
    /// the criticism,"): the clause opens after the previous comma or at the sentence's start with as,
    /// while, when, after, because, since or though, and its subject follows that word.
    private func subordinateSubject(_ ctx: QuoteContext, before comma: Int) -> Mention? {
        let floor = ctx.sentenceFloor(comma)
        var k = comma - 1
        while k > floor, ctx.isWord(k - 1) || ctx.isPossessiveApostrophe(k - 1) || ctx.isPunct(k - 1, "-")
                || ctx.isPunct(k - 1, ".") && k - 2 >= floor && ctx.isTitleAbbreviation(k - 2) { k -= 1 }
        guard k >= floor, comma - k >= 3, Self.subordinators.contains(where: { ctx.wordIs(k, $0) }),
              let m = ctx.englishSubject(startingAt: k + 1), m.tokens.upperBound < comma,
              m.isPronoun || !m.nameTokens.isEmpty || m.kind != .unknown else { return nil }
        return m
    }

    /// The speaker of an attribution in this sentence whose finite verb is followed by an adjunct running
    /// up to `comma` ("Trump **said** at a campaign rally in San Diego, adding …"): no punctuation between
    /// the verb and the comma, at most a dozen words, and no other verb, infinitive or subordinate clause
    /// (in "he said he plans to preview a strategy after Christmas, insisting …" the adjunct is not the
    /// cue's).
    private func attributionBeforeAdjunct(_ ctx: QuoteContext, _ state: AttributionState, comma: Int) -> Mention? {
        let floor = ctx.sentenceFloor(comma)
        var k = comma - 1
        while k > floor, comma - k <= 12, ctx.isWord(k) || ctx.isPunct(k, ".") && ctx.isTitleAbbreviation(k - 1) || ctx.isPunct(k, "-") {
            if ctx.isCue(k) {
                guard !ctx.isCapitalized(k), ctx.isPastForm(k) || ctx.has(k, .irregularPast) || ctx.wordEnds(k, "s") else { return nil }
                let d = state.drafts.last(where: { $0.speaker != nil && $0.cueTokens?.upperBound == k + 1 })
                return d?.speaker
            }
            // (Subordinators, relatives and "to" are all phrase stops or pronouns.)
            if ctx.isWord(k), !ctx.isCapitalized(k) {
                if ctx.has(k, [.stop, .pronoun]) {
                    if ctx.has(k, [.auxiliary, .pronoun]) || ctx.isComplementizer(k) || ctx.wordIs(k, "to")
                        || Self.subordinators.contains(where: { ctx.wordIs(k, $0) }) || Self.relativeWords.contains(where: { ctx.wordIs(k, $0) }) { return nil }
                } else if ctx.has(k, .irregularPast) || ctx.isPastForm(k) || ctx.wordEnds(k, "ing") {
                    return nil
                }
            }
            k -= 1
        }
        return nil
    }

    /// "who" as the subject of the relative clause that a cue goes on: walking back from the cue over
    /// words of the same clause (no punctuation but a name's), "who" after a comma or a noun, with a
    /// verb between it and the cue. Nil when a subordinator, complementizer or other relative comes first.
    private func relativeWhoSubject(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Mention? {
        let i = c.tokens.lowerBound
        let floor = ctx.sentenceFloor(i)
        // "who" first, looking only at the word classes (most cues have none before them); then a verb
        // between it and the cue.
        var k = i - 1
        while true {
            guard k > floor, i - k < 24 else { return nil }
            if !ctx.isWord(k) {
                guard ctx.isPossessiveApostrophe(k) || ctx.isPunct(k, "-") || ctx.isPunct(k, ".") && ctx.isTitleAbbreviation(k - 1) else { return nil }
            } else if ctx.has(k, [.stop, .pronoun]) {
                if ctx.wordIs(k, "who") { break }
                if Self.subordinators.contains(where: { ctx.wordIs(k, $0) }) || Self.relativeWords.contains(where: { ctx.wordIs(k, $0) })
                    || ctx.isComplementizer(k) || ctx.wordIs(k, "that") { return nil }
            }
            k -= 1
        }
        guard !ctx.isCue(k - 1), ctx.isComma(k - 1) || ctx.isWord(k - 1) && !ctx.has(k - 1, .stop),
              (k + 1..<i).contains(where: { ctx.isWord($0) && !ctx.isCapitalized($0)
                  && (ctx.has($0, [.auxiliary, .irregularPast]) || ctx.isPastForm($0) || ctx.wordEnds($0, "s") && !ctx.has($0, [.determiner, .stop])) })
        else { return nil }
        return ctx.englishSubject(startingAt: k, limit: 1)
    }

    /// Degree words before an adjective ("slightly more likely", "much less willing").
    private static let degreeWords: [StaticString] = ["more", "less", "most", "least", "much", "far", "even", "very", "so", "too"]

    static let subordinators: [StaticString] = ["as", "while", "when", "after", "because", "since", "though", "although"]

    /// Words that open a relative clause on a subject.
    static let relativeWords: [StaticString] = ["who", "whose", "which"]

    /// The subject of a verb coordinated right before the cue with nothing after it ("She paused and
    /// added", "I laughed and said"), when that verb is a past form.
    private func subjectOfIntransitiveCoordinate(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Mention? {
        let k = c.tokens.lowerBound - 1
        guard k >= 2, ctx.has(k, .coordinator), ctx.isWord(k - 1), !ctx.isCapitalized(k - 1), ctx.isPastForm(k - 1) || ctx.has(k - 1, .auxiliary) == false && ctx.wordEnds(k - 1, "ed"),
              !ctx.isCue(k - 1) else { return nil }
        let floor = ctx.sentenceFloor(k)
        guard let m = ctx.englishSubject(endingBefore: k - 1, floor: floor), m.tokens.upperBound == k - 1 || m.isPronoun else { return nil }
        return m
    }

    /// The subject of the subordinate clause that a coordinated cue goes on ("when **Trump** spotted a
    /// sign in the crowd and asked", "as **Obama** lectured the nation and defended"): the clause opens
    /// with a subordinator (``subordinators``) before the coordinator, with no punctuation between.
    private func subordinateCoordinateSubject(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Mention? {
        var and = c.tokens.lowerBound - 1
        while and > 0, ctx.isWord(and), !ctx.has(and, .coordinator) { and -= 1 }
        let floor = ctx.sentenceFloor(and)
        var k = and - 1
        while k > floor, and - k < 24 {
            if !ctx.isWord(k) {
                guard ctx.isPossessiveApostrophe(k) || ctx.isPunct(k, "-") || ctx.isPunct(k, ".") && ctx.isTitleAbbreviation(k - 1) else { return nil }
            } else if ctx.has(k, [.stop, .pronoun]) {
                // (Subordinators, relatives and complementizers are all phrase stops or pronouns: the
                // word lists are only read for those.)
                if Self.subordinators.contains(where: { ctx.wordIs(k, $0) }) {
                    guard let m = clauseSubject(ctx, at: k + 1), m.tokens.upperBound + 1 < and else { return nil }
                    return m
                }
                if Self.relativeWords.contains(where: { ctx.wordIs(k, $0) }) || ctx.isComplementizer(k) { return nil }
            }
            k -= 1
        }
        return nil
    }

    /// For a cue in a participle phrase that opens its sentence, the subject after the comma that ends the
    /// phrase, and that comma: the participle after a preposition ("In defending …, Trump offered", "After
    /// criticizing …, she said") or alone ("Promising that …, Bolton said"), or a cue further inside a
    /// phrase that a participle opens ("Using a crude expression to describe …, he said"), when no subject
    /// was found for it before (or only the phrase itself, `current`). After a participle alone the
    /// subject must be followed by a lowercase word (its verb), since such a phrase may hold commas of its own.
    private func openingParticipleSubject(_ ctx: QuoteContext, _ c: QuoteContext.CueMention, end: Int, current: Mention?) -> (Mention, Int)? {
        let i = c.tokens.lowerBound
        let afterPreposition = ctx.wordEnds(i, "ing") && i >= 1 && opensSentence(ctx, prepositionBefore: i)
        if !afterPreposition {
            // The participle opening the sentence: the cue itself, or a word before it with no comma between.
            var f = ctx.sentenceFloor(i)
            while f < i, !ctx.isWord(f) { f += 1 }
            guard ctx.wordEnds(f, "ing"), ctx.isCapitalized(f), ctx.word(f).count >= 5, f == i || i - f < 24 && (current == nil || current!.tokens.lowerBound == f),
                  !Self.ingNouns.contains(where: { ctx.wordIs(f, $0) }), !(f..<i).contains(where: { ctx.isComma($0) }) else { return nil }
        }
        var k = c.tokens.upperBound
        while k < min(end, i + 40) {
            defer { k += 1 }
            guard ctx.isComma(k) else { continue }
            // "Citing “obligations at home,” the spokeswoman said": a comma just inside a closing quotation
            // mark ends the phrase too; the subject follows the mark.
            var subject = k + 1
            if let q = ctx.quote(containing: ctx.tokens[k].range.start) {
                guard q.close != nil, ctx.isQuoteMark(k + 1), ctx.tokenAfter(q) == k + 2 else { continue }
                subject = k + 2
            }
            // (After a preposition a plain noun phrase too, when a verb follows: "In describing the plan,
            // the journalists missed …".)
            guard let m = ctx.englishSubject(startingAt: subject), m.kind != .unknown || m.isPronoun || !m.nameTokens.isEmpty
                    || afterPreposition && ctx.isWord(m.tokens.upperBound) && !ctx.isCapitalized(m.tokens.upperBound)
                        && (ctx.isPastForm(m.tokens.upperBound) || ctx.has(m.tokens.upperBound, [.irregularPast, .auxiliary, .preverbal])),
                  afterPreposition || ctx.isWord(m.tokens.upperBound) && !ctx.isCapitalized(m.tokens.upperBound) else {
                // ("Rattling off promises to lower debt, reform the system and improve schools, Clinton
                // promised": a list in the phrase goes on to a later comma.)
                if afterPreposition { return nil }
                continue
            }
            return (m, k)
        }
        return nil
    }

    /// Whether the word before `i` is a preposition that opens its sentence's adjunct ("In defending …",
    /// "After criticizing …"), perhaps after a coordinator ("But in describing …"), a sentence adverb and
    /// its comma ("Now, after arguing …") or a measure of time ("One month after announcing …"); "in
    /// addition to" and "besides" count as prepositions.
    private func opensSentence(_ ctx: QuoteContext, prepositionBefore i: Int) -> Bool {
        var p = i - 1
        // (All the prepositions but "besides" are phrase stops.)
        guard ctx.has(p, .stop) || ctx.wordIs(p, "besides") else { return false }
        if ctx.wordIs(p, "to"), p >= 2, ctx.wordIs(p - 1, "addition"), ctx.wordIs(p - 2, "in") {
            p -= 2
        } else if !Self.participlePrepositions.contains(where: { ctx.wordIs(p, $0) }) {
            return false
        }
        if ctx.isSentenceInitialWord(p) { return true }
        let floor = ctx.sentenceFloor(p)
        guard p - 1 >= floor else { return false }
        // "And in …", "But after …".
        if ctx.has(p - 1, .coordinator), ctx.isSentenceInitialWord(p - 1) { return true }
        // "Now, after …", "Still, in …".
        if ctx.isComma(p - 1), p - 2 >= floor, ctx.isSentenceInitialWord(p - 2), ctx.isCommaAdverb(p - 2) || ctx.has(p - 2, .preverbal) { return true }
        // "One month after …", "Two days before …", "Hours after …".
        if ctx.wordIs(p, "after") || ctx.wordIs(p, "before"), p - floor <= 3, Self.isTimeUnit(ctx, p - 1),
           (floor..<(p - 1)).allSatisfy({ ctx.isWord($0) && (ctx.isQuantity($0) || ctx.has($0, .determiner) || ctx.wordIs($0, "few") || ctx.wordIs($0, "several")) }) {
            return true
        }
        return false
    }

    private static func isTimeUnit(_ ctx: QuoteContext, _ k: Int) -> Bool {
        QuoteContext.timeUnits.contains(where: { ctx.wordIs(k, $0) })
    }

    /// Prepositions that open a sentence's participle phrase (``opensSentence(_:prepositionBefore:)``).
    private static let participlePrepositions: [StaticString] = ["in", "by", "after", "before", "while", "when", "since", "despite",
                                                                 "without", "upon", "on", "besides"]

    /// Capitalized words in -ing that open a sentence as nouns, not participles.
    private static let ingNouns: [StaticString] = ["nothing", "something", "anything", "everything", "morning", "evening", "during", "including", "according"]

    /// An English passive cue: a past participle after a form of "be" ("was accused", "have sometimes been
    /// blamed", "is being criticized"), or opening its sentence ("Asked about the plan, …").
    private func isEnglishPassive(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Bool {
        let i = c.tokens.lowerBound
        guard ctx.isPastForm(i), !ctx.wordEnds(i, "ing") else { return false }
        if ctx.isSentenceInitialWord(i) && ctx.wordIs(i, "asked") { return true }
        // "when asked about …", "after being asked whether …" (a reduced passive clause).
        if ctx.wordIs(i, "asked"), i > 0, Self.reducedClauseOpeners.contains(where: { ctx.wordIs(i - 1, $0) }) { return true }
        // "…," McCain said, asked about the delay: a reduced passive after a comma, the asker unnamed.
        if ctx.wordIs(i, "asked"), i > 0, ctx.isComma(i - 1), Self.questionWords.contains(where: { ctx.wordIs(i + 1, $0) }) { return true }
        var k = i - 1
        while k >= 0, k >= i - 3, ctx.isWord(k), ctx.wordEnds(k, "ly") && !ctx.isCapitalized(k) || ctx.has(k, .passiveAdverb) { k -= 1 }
        guard k >= 0, ctx.isWord(k) else { return false }
        return ctx.has(k, .passiveAuxiliary)
    }

    /// "As Clyburn noted, …", "But as the report said Tuesday, …": the subject right before the cue after
    /// a clause-initial "as", and the comma after the verb (and any time words).
    private func asClauseSource(_ ctx: QuoteContext, _ c: QuoteContext.CueMention, end: Int) -> (Mention, Int)? {
        // The comma after the verb (and any time words) first: most cues have none, and the searches
        // below are dearer.
        // ("As I mentioned above, …", "as he noted earlier, …": an adverb of place in the text too.)
        var k = c.tokens.upperBound
        while k < end, ctx.isWord(k), ctx.has(k, .time) || ctx.wordIs(k, "above") || ctx.wordIs(k, "before") || ctx.wordIs(k, "previously") { k += 1 }
        guard k + 1 < end, ctx.isComma(k), ctx.isWord(k + 1) || ctx.isQuoteMark(k + 1) else { return nil }
        let i = c.tokens.lowerBound
        let floor = ctx.sentenceFloor(i)
        // "as" a few tokens before the verb, in the same clause.
        var a = i - 1
        while a >= floor && a >= i - 10 && !ctx.isComma(a) && !ctx.isQuoteMark(a) && !ctx.wordIs(a, "as") { a -= 1 }
        guard a >= floor, a < i - 1, ctx.wordIs(a, "as"), let m = ctx.englishSubject(endingBefore: i, floor: floor), m.tokens.upperBound == i,
              m.tokens.lowerBound - 1 == a else { return nil }
        // "as" opens the sentence or follows a coordinator or a comma ("But as …", "…, and as …").
        var b = a - 1
        while b >= floor && !ctx.isWord(b) && !ctx.isComma(b) { b -= 1 }
        guard b < floor || ctx.isComma(b) || ctx.has(b, .coordinator) else { return nil }
        return (m, k)
    }

    /// Whether the noun phrase `m` follows "there is/are/was/were" (perhaps with "also", "still" or "now"
    /// between): the subject of an existential sentence.
    private func isExistentialSubject(_ ctx: QuoteContext, _ m: Mention) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k >= 0, ctx.wordIs(k, "also") || ctx.wordIs(k, "still") || ctx.wordIs(k, "now") { k -= 1 }
        guard k >= 1, ctx.has(k, .passiveAuxiliary), ctx.wordIs(k, "is") || ctx.wordIs(k, "are") || ctx.wordIs(k, "was") || ctx.wordIs(k, "were") else { return false }
        return ctx.wordIs(k - 1, "there")
    }

    /// The noun phrase after the last holder preposition inside `m` (``innerParticipleHolders``) that runs
    /// up to the end of `m`: "candidates" in "the race for candidates", "an item" in "a column alongside an
    /// item". (Not after "of", whose phrase's head comes before it.)
    private func innerHolderObject(_ ctx: QuoteContext, _ m: Mention) -> Mention? {
        let lower = m.tokens.lowerBound
        guard m.tokens.count >= 3, let h = m.tokens.dropFirst().dropLast().last(where: { ctx.has($0, [.link, .stop]) || ctx.wordIs($0, "alongside") }),
              Self.innerParticipleHolders.contains(where: { ctx.wordIs(h, $0) }), h > lower,
              let o = ctx.englishSubject(endingBefore: m.tokens.upperBound, floor: h + 1), o.tokens.lowerBound == h + 1, !o.isPronoun else { return nil }
        return o
    }

    /// For a passive cue, the agent in "by" after a short complement ("was asked to keep the files **by the
    /// committee**"), and the token of "by", where the content ends: within eight words, after at least two
    /// (the content keeps two words; "is called on it by …" is left alone), before any punctuation or
    /// clause word, and named or an organization (not "by phone", "by 10 percent").
    private func trailingAgent(_ ctx: QuoteContext, after: Int, end: Int) -> (Mention, Int)? {
        var k = after
        while k < end, k < after + 8, ctx.isWord(k) {
            if ctx.wordIs(k, "by") {
                guard k >= after + 2, let m = ctx.englishSubject(startingAt: k + 1), !m.isPronoun,
                      !m.nameTokens.isEmpty || m.kind == .organization || m.kind == .media else { return nil }
                return (m, k)
            }
            if ctx.isComplementizer(k) || ctx.has(k, [.coordinator, .auxiliary]) || ctx.isCue(k) && k > after { return nil }
            k += 1
        }
        return nil
    }

    /// The plural noun phrase that ends `m`: a lowercase plural head in -s of three letters or more (not
    /// in -ss, -us or -is) or "those"/"others", with the lowercase words before it back to a verb form or
    /// a phrase stop ("staff members" in "included staff members"). Nil when a pronoun or "to" stands
    /// right before that phrase: "It means", "a text message to supporters" (an addressee).
    private func pluralNounPhrase(_ ctx: QuoteContext, _ m: Mention) -> Mention? {
        guard !m.isPronoun else { return nil }
        let h = m.tokens.upperBound - 1
        guard ctx.isWord(h), !ctx.isCapitalized(h), ctx.tokens[h].kind == .word, !ctx.isCue(h), !ctx.has(h, [.stop, .preverbal, .time]) else { return nil }
        guard ctx.wordIs(h, "those") || ctx.wordIs(h, "others")
                || ctx.word(h).count >= 3 && !ctx.has(h, [.determiner, .pronoun]) && ctx.wordEnds(h, "s") && !ctx.wordEnds(h, "ss") && !ctx.wordEnds(h, "us") && !ctx.wordEnds(h, "is")
                    && !ctx.wordEnds(h, "'s") else { return nil }
        var k = h
        // "in many cases", "at times", "in recent years": an adverbial plural.
        if Self.adverbialPlurals.contains(where: { ctx.wordIs(h, $0) }) || QuoteContext.timeUnits.contains(where: { ctx.wordIs(h, $0) }) { return nil }
        while k > m.tokens.lowerBound, ctx.isWord(k - 1), !ctx.has(k - 1, [.stop, .irregularPast]), !ctx.isPastForm(k - 1),
              !ctx.isEnglishSourcePronoun(k - 1), !ctx.wordIs(k - 1, "it"),
              !ctx.wordEnds(k - 1, "ing") || ctx.word(k - 1).count < 5 { k -= 1 }
        if k > 0, ctx.isWord(k - 1), ctx.wordIs(k - 1, "to") || ctx.isEnglishSourcePronoun(k - 1) || ctx.wordIs(k - 1, "it") { return nil }
        // (Nor a verb's object: in "planted newspaper articles alleging", "issued statements condemning" the
        // verb's subject holds the phrase; "including" and "included" are prepositions here.)
        if k > 0, ctx.isWord(k - 1), !ctx.isCapitalized(k - 1), ctx.isPastForm(k - 1) || ctx.has(k - 1, .irregularPast) || ctx.wordEnds(k - 1, "ing") && ctx.word(k - 1).count >= 5,
           !ctx.wordIs(k - 1, "including"), !ctx.wordIs(k - 1, "included") { return nil }
        return k == m.tokens.lowerBound ? m : ctx.classify(k..<(h + 1))
    }

    /// Plurals that make adverbial phrases ("in many cases", "at times"), never a participle's subject.
    private static let adverbialPlurals: [StaticString] = ["cases", "times", "ways", "instances", "terms", "respects", "places"]

    /// The past verb whose object the noun phrase `m` (right before "to" and an infinitive cue) is, or
    /// whose object's prepositional phrase it ends: "**mounted** a public campaign", "**descended** an
    /// escalator at Trump Tower", "**stood** at a Bush event". A lowercase past form within eight words
    /// before `m`, with only words between (no clause word, cue or relative), not a verb whose object
    /// does the infinitive (``objectControlVerbs``), nor a participle after a noun ("a poll released").
    private func pastVerbBeforeObject(_ ctx: QuoteContext, _ m: Mention) -> Int? {
        var k = m.tokens.lowerBound - 1
        let floor = ctx.sentenceFloor(m.tokens.lowerBound)
        while k > floor, m.tokens.lowerBound - k <= 8, ctx.isWord(k) {
            if !ctx.isCapitalized(k), ctx.isPastForm(k) || ctx.has(k, .irregularPast) {
                // (A comma before it closes an appositive or relative clause on the subject: "Ben Carson, the
                // physician who …, used part of his address to call".)
                guard !ctx.isCue(k), !Self.objectControlVerbs.contains(where: { ctx.wordIs(k, $0) }) else { return nil }
                if ctx.isComma(k - 1) { return k }
                guard ctx.isWord(k - 1), ctx.has(k - 1, [.auxiliary, .preverbal]) || ctx.isCapitalized(k - 1) || ctx.isAdverbInLy(k - 1)
                        || !ctx.has(k - 1, [.stop, .determiner]) && !ctx.isPastForm(k - 1) else { return nil }
                // (A participle after a plain noun modifies it: "a poll released Tuesday".)
                if ctx.wordEnds(k, "ed"), !ctx.isCapitalized(k - 1), !ctx.has(k - 1, [.auxiliary, .preverbal, .pronoun]), !ctx.isAdverbInLy(k - 1) { return nil }
                return k
            }
            if ctx.isCue(k) || ctx.isComplementizer(k) || ctx.has(k, [.auxiliary, .pronoun, .coordinator])
                || CueClauseSieve.subordinators.contains(where: { ctx.wordIs(k, $0) }) || ctx.wordIs(k, "to") { return nil }
            k -= 1
        }
        return nil
    }

    /// Verbs whose object is the subject of the infinitive after it ("urged them to", "allowed him to").
    private static let objectControlVerbs: [StaticString] = [
        "urged", "asked", "allowed", "pushed", "pressed", "encouraged", "told", "forced", "invited", "led", "prompted",
        "persuaded", "wanted", "needed", "expected", "helped", "got", "let", "enabled", "required", "ordered", "challenged",
        "reminded", "warned", "advised", "called", "pressured", "begged", "implored", "lobbied", "inspired", "caused",
        "convinced", "dared", "authorized", "instructed", "directed", "appointed", "hired", "paid", "chose", "elected",
        "named", "picked", "sent", "recruited", "tapped", "left", "gave", "made", "found", "saw", "heard", "believed",
        "considered", "declared", "became", "was", "were", "seemed", "appeared",
    ]

    /// Verbs of perception and result whose object is the subject of a participle after it (``apply``).
    private static let smallClauseVerbs: [StaticString] = ["see", "sees", "saw", "seen", "watch", "watches", "watched", "hear", "hears",
                                                           "heard", "left", "leaves", "find", "finds", "found", "catch", "caught"]

    /// Holder prepositions looked for inside a noun phrase before a participle (``innerHolderObject(_:_:)``).
    private static let innerParticipleHolders: [StaticString] = ["for", "with", "including", "despite", "amid", "alongside", "against"]

    /// Prepositions whose object can hold the participle after it ("footage of", "along with", "a post from",
    /// "for candidates proposing", "despite disclaimers urging").
    private static let participleHolders: [StaticString] = ["of", "with", "from", "by", "about", "including", "for", "despite", "amid",
                                                            "alongside", "against"]

    /// Whether token `i` is "which", "who" or "whom", opening a non-restrictive relative clause after a comma.
    private static func isRelativeSubjectWord(_ ctx: QuoteContext, _ i: Int) -> Bool {
        ctx.wordIs(i, "which") || ctx.wordIs(i, "who") || ctx.wordIs(i, "whom")
    }

    /// Words that open the question after "asked" (``apply``).
    private static let questionWords: [StaticString] = ["whether", "if", "how", "why", "who", "whom", "which", "what", "where", "when", "about"]
    /// Subordinators before a reduced passive "asked" ("when asked", "once asked").
    private static let reducedClauseOpeners: [StaticString] = ["when", "after", "before", "if", "once", "until", "being"]

    /// An English participle without an auxiliary ("…, she said, **adding** that …", "he said at a news
    /// conference **announcing** …"): it has no subject of its own; the governing clause's subject speaks.
    private func isAdverbialParticiple(_ ctx: QuoteContext, _ c: QuoteContext.CueMention) -> Bool {
        let i = c.tokens.lowerBound
        guard ctx.wordEnds(i, "ing"), i > 0 else { return false }
        var k = i - 1
        // "is also saying", "has been arguing", "keeps saying".
        while k >= 0, ctx.isWord(k), ctx.has(k, .preverbal), !ctx.has(k, .auxiliary), i - k < 3 { k -= 1 }
        guard k >= 0 else { return false }
        if ctx.isWord(k) && (ctx.has(k, .auxiliary) || ctx.has(k, .preverbal) || ctx.wordEnds(k, "'s") || ctx.wordEnds(k, "'re")
            || ctx.has(k, .aspectual)) {
            return false
        }
        return true
    }

    /// "told reporters", "told him": a lowercase object after "tell".
    private func lowercaseObject(_ ctx: QuoteContext, _ i: Int) -> Mention? {
        guard ctx.isWord(i), !ctx.isComplementizer(i) else { return nil }
        var k = i
        var words = 0
        while k < ctx.count && words < 3 && ctx.isWord(k) && !ctx.isComplementizer(k) && ctx.marker(k) != .preposition && ctx.marker(k) != .temporal {
            k += 1
            words += 1
            // "co-host", "vice-chairman": a hyphenated noun is one word.
            if k + 1 < ctx.count, ctx.isPunct(k, "-"), ctx.isWord(k + 1) { k += 2 }
        }
        // "told co-host Joe Scarborough that": a name after the role noun.
        if k < ctx.count, ctx.isCapitalized(k), let m = ctx.englishSubject(startingAt: k, limit: 4), ctx.isComplementizer(m.tokens.upperBound) {
            k = m.tokens.upperBound
        }
        return Mention(tokens: i..<k, kind: .unknown, official: false, vague: false, isPronoun: false, nameTokens: [])
    }
}
