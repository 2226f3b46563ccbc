/// Where reported content starts and ends.
extension QuoteContext {
    /// The start of reported content after token `i` (just after a cue and its speaker): a complementizer
    /// (content starts after it), a colon, an opening quotation, or — for `nominal` cues — a noun phrase.
    /// Adjuncts in between (في تصريح له، خلال اللقاء، لـ «عكاظ»; in a statement, on Tuesday) are skipped.
    /// Returns the first content token, or nil when nothing acceptable follows within reach.
    func contentStart(after i: Int, end: Int, complement: QuoteLexicon.Complement) -> Int? {
        var k = i
        var skipped = 0
        var sawPreposition = false
        var lastAdjunctWord: Int?
        while k < end && skipped < 14 {
            if isQuoteMark(k), let q = quote(openedAt: tokens[k].range.start) {
                // A long quotation is the content; a short one inside an adjunct (لـ «عكاظ») is skipped.
                if wordCount(q.content) > 4 || sawPreposition == false && skipped == 0 { return k }
                k = tokenAfter(q)
                skipped += 1
                continue
            }
            if isColon(k) { return k + 1 < end ? k + 1 : nil }
            if isPunct(k, "(") || isPunct(k, "[") {
                // A parenthesis inside an adjunct: (نيسان), (Reuters).
                var j = k + 1
                while j < end && j < k + 12 && !isPunct(j, ")") && !isPunct(j, "]") { j += 1 }
                k = j + 1
                skipped += 1
                continue
            }
            if !isWord(k) {
                if isComma(k) && complement != .quote {
                    // "X said, content" / "قال، ...": allowed for English speech verbs.
                    if !arabic && skipped == 0 { return k + 1 < end ? k + 1 : nil }
                    k += 1
                    skipped += 1
                    continue
                }
                return nil
            }
            if isComplementizer(k) {
                // A complementizer inside the quotation that follows belongs to the content.
                return k + 1 < end ? k + 1 : nil
            }
            // Another cue before any content (نقلت الوكالة عن الوزير **قوله** إن …): that cue attributes it.
            if k > i, isCue(k) { return nil }
            let role = marker(k)
            if role == .preposition || role == .temporal || role == .recipient {
                sawPreposition = true
                lastAdjunctWord = nil
                k += 1
                skipped += 1
                continue
            }
            if complement == .quote { k += 1; skipped += 1; if skipped > 4 { return nil }; continue }
            if arabic && complement == .that && !sawPreposition, let j = introducerAhead(k, end: end) {
                // An appositive or adjunct before the complementizer (وقال محمد خدا كرمى، مساعد …: «…»).
                k = j
                continue
            }
            if complement == .nominal || complement == .any {
                // A complementizer a few words on wins (معربا عن أمله بأن …; أكدا خلال المباحثات أن …).
                if let c = complementizerAhead(k, end: end) { return c + 1 < end ? c + 1 : nil }
                if !sawPreposition || (skipped <= 1 && isContentPreposition(k - 1)) { return k }
            }
            if !arabic && complement == .that && skipped == 0 {
                // "said the economy is improving": a bare clause.
                return k
            }
            if arabic && sawPreposition {
                // Inside an adjunct phrase (خلال اجتماعه مع الكتل السياسية): its noun and the definite
                // words that agree with it. For a nominal complement, the next indefinite word after the
                // phrase starts the content (… باقالة الوزراء).
                if complement == .nominal, let last = lastAdjunctWord, k > last + 1 || (k == last + 1 && !isDefinite(k) && !isNumberLike(k)) {
                    return k
                }
                lastAdjunctWord = k
                k += 1
                skipped += 1
                continue
            }
            return complement == .that && !arabic ? k : nil
        }
        return nil
    }

    /// The next complementizer, colon or quotation mark within ten tokens, without crossing a sentence
    /// end or another cue.
    func introducerAhead(_ k: Int, end: Int) -> Int? {
        var j = k
        while j < end && j < k + 10 {
            if isComplementizer(j) || isColon(j) || isQuoteMark(j) { return j }
            if isPunct(j, ".") || (j > k && isCue(j)) { return nil }
            j += 1
        }
        return nil
    }

    /// An Arabic word with the article (or ل + article); answered once per token (in bits 4–5 of
    /// ``nameCache``: 0 not yet, 1 no, 2 yes), as mentions and names ask about the same words often.
    func isDefinite(_ i: Int) -> Bool {
        guard arabic, isWord(i) else { return false }
        let known = (nameCache[i] >> 4) & 3
        if known != 0 { return known == 2 }
        let answer = isDefiniteUncached(i)
        nameCache[i] |= (answer ? 2 : 1) << 4
        return answer
    }

    /// ``isDefinite(_:)`` of a word token, worked out afresh.
    func isDefiniteUncached(_ i: Int) -> Bool {
        anyVariant(i, { v, _ in v.count > 3 && v.first == "ا" && v.dropFirst().first == "ل" }) ||
            (word(i).count > 4 && word(i).first == "ل" && word(i).dropFirst().first == "ل")
    }

    func isNumberLike(_ i: Int) -> Bool { i < count && tokens[i].kind == .number }

    /// A complementizer within the next few words, before any punctuation.
    func complementizerAhead(_ k: Int, end: Int) -> Int? {
        var j = k
        while j < end && j < k + 8 && isWord(j) {
            if isComplementizer(j) { return j }
            if isCue(j) && j > k { return nil }
            j += 1
        }
        return nil
    }

    /// Prepositions that introduce a verb's content rather than an adjunct: على إلى عن (شدد على …،
    /// دعا إلى …، كشف عن …).
    func isContentPreposition(_ i: Int) -> Bool {
        guard isWord(i), !isNameSpelledLikePreposition(i) else { return false }
        let w = word(i)
        return ["علي", "الي", "عن"].contains { $0.unicodeScalars.elementsEqual(w) }
    }

    /// Where content that starts at `start` ends (exclusive token index), within `end` (the sentence end):
    /// at the closing mark of a quotation that starts it, or before a comma that introduces a new
    /// attribution (، مؤكدا / ، وأضاف / , adding / , according to / , he said), or at the sentence end.
    func contentEnd(from start: Int, end: Int) -> Int {
        if isQuoteMark(start), let q = quote(openedAt: tokens[start].range.start), q.close != nil {
            let after = tokenAfter(q)
            // The quotation is the whole content when nothing but punctuation or a new clause follows.
            if after >= end || isClauseBreak(after) || startsNewClause(after) { return min(after, end) }
        }
        var k = start
        var depth = 0
        while k < end {
            // Most tokens are words, which end the content only as a cue after a comma, after a
            // quotation closed with a comma, or as a coordinated predicate: those tests alone.
            if isWord(k) {
                if k > start, isCue(k), let c = cue(at: k), c.cue.kind == .participle || c.cue.kind == .according,
                   isComma(k - 1) { return trimEnd(start, k - 1) }
                if !arabic && k > start {
                    // A quotation closed with a comma inside it (“…,” but he said): a clause boundary too.
                    if isQuoteMark(k - 1), tokens[k - 1].range.start > 0, text[tokens[k - 1].range.start - 1] == ",", startsNewClause(k) {
                        return trimEnd(start, k)
                    }
                    // "… a veto and attempted to …", "… the families and asserted that …": a predicate
                    // coordinated with the attribution's own ends what was reported.
                    if has(k, .coordinator), startsCoordinatedEnglishPredicate(k) { return trimEnd(start, k) }
                }
                k += 1
                continue
            }
            if isQuoteMark(k) {
                let offset = tokens[k].range.start
                if let q = quote(openedAt: offset), q.level == 0 {
                    k = max(k + 1, tokenAfter(q))
                    depth = 0
                    continue
                }
            }
            if (isComma(k) || isPunct(k, "؛") || isPunct(k, ";") || (!arabic && isDash(k))) && k + 1 < end && startsNewClause(k + 1) { return trimEnd(start, k) }
            k += 1
        }
        _ = depth
        return trimEnd(start, end)
    }

    /// Whether a new clause with its own attribution starts at token `i`: a participial cue, a
    /// conjunction-prefixed cue verb, an according-to phrase, a contrast marker, or (English) "X said".
    func startsNewClause(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        if let c = cue(at: i) {
            if c.cue.kind == .participle || c.cue.kind == .according { return true }
            if c.conjunction { return true }
            if !arabic && (c.cue.kind == .verb) && (word(i).last == "g") { return true }  // ", adding that"
        }
        if marker(i) == .continuation { return true }
        if !arabic {
            // ", the minister said." / ", he added"
            var k = i
            var n = 0
            while k < count && n < 6 && !isCue(k) {
                // "Mr. Ortega said": the period of a title abbreviation stays inside the subject.
                if isPunct(k, ".") && k > i && isTitleAbbreviation(k - 1) { k += 1; continue }
                guard isWord(k) else { break }
                k += 1
                n += 1
            }
            if k < count, let c = cue(at: k), c.cue.kind == .verb, n > 0, n <= 5,
               k + 1 >= count || !isWord(k + 1) || isSentenceFinal(k) { return true }
            // ", Mr. Ortega said that …": a new attribution with its own that-clause.
            if k + 1 < count, let c = cue(at: k), c.cue.kind == .verb, n > 0, n <= 5, isComplementizer(c.tokens.upperBound),
               let m = englishSubject(endingBefore: k, floor: i), m.tokens.lowerBound == i { return true }
            // ", Priebus told Fox News that …": the same with an addressee or adjunct before the
            // complementizer; ", told Fox News that …": "said" or "told" right after the comma resumes the
            // main clause after an aside ("Priebus, in the wake of a poll showing …, told …").
            if k + 1 < count, let c = cue(at: k), c.cue.kind == .verb, !wordEnds(k, "ing"),
               n == 0 ? lemma(c) == "say" || lemma(c) == "tell"
                      : n <= 5 && complementizerAhead(c.tokens.upperBound, end: sentenceTokens(sentenceOf[k]).upperBound, reach: 6) != nil
                        && englishSubject(endingBefore: k, floor: i).map({ $0.tokens.lowerBound == i }) == true {
                return true
            }
            // ", and he railed against …": a coordinated clause with its own subject.
            if startsCoordinatedEnglishClause(i) { return true }
            // ", and human rights groups warned that …": a coordinated clause whose subject speaks.
            if startsCoordinatedEnglishAttribution(i) { return true }
        }
        return false
    }

    /// Whether cue token `k` ends its sentence apart from trailing punctuation or short adjuncts.
    func isSentenceFinal(_ k: Int) -> Bool {
        let s = sentenceOf[k]
        let end = sentenceTokens(s).upperBound
        var j = k + 1
        var words = 0
        while j < end {
            if isWord(j) {
                words += 1
                if words > 4 { return false }
            } else if !isClauseBreak(j) && !isQuoteMark(j) {
                return false
            }
            j += 1
        }
        return true
    }

    /// Drops trailing punctuation tokens (but keeps a closing quotation mark that ends content).
    func trimEnd(_ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start + 1 && !isWord(e - 1) && !isQuoteMark(e - 1) { e -= 1 }
        return e
    }

    /// The first token of the clause that contains token `i`: after the previous comma, semicolon,
    /// colon or sentence start (skipping a quotation).
    func clauseStart(before i: Int) -> Int {
        let floor = sentenceFloor(i)
        var k = i - 1
        while k >= floor {
            if isComma(k) || isPunct(k, "؛") || isPunct(k, ";") || isColon(k) { return k + 1 }
            k -= 1
        }
        return floor
    }

    /// The original range of content tokens `start..<end`, without a leading Arabic conjunction و that
    /// joins the clause rather than belonging to the content (والاتفاق سيوقع، ولهذه الزيارة، وتكللت
    /// الزيارة): when the clitic split finds a second proclitic or the article after it, or leaves five
    /// letters or more. Elsewhere the letter is left in, since و and ف also begin words (فيها، فرنسا،
    /// وقوف، واجب), and never right after a complementizer (أنها فازت).
    func contentRange(_ start: Int, _ end: Int) -> TextRange {
        var r = range(start..<end)
        guard arabic, start < end, start == 0 || !isComplementizer(start - 1), hasConjunction(start),
              let split = cliticSplitter?.split(tokens[start].range, in: text),
              let first = split.proclitics.first, text[first.start] == "و" else { return r }
        let rest = word(start).count - 1
        if split.proclitics.count > 1 || rest >= 5 { r.start = first.end }
        return r
    }
}
