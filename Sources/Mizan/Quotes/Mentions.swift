/// A source mention: the tokens naming who speaks, and what kind of source they name.
struct Mention: Hashable {
    var tokens: Range<Int>
    var kind: Attribution.SourceKind
    var official: Bool
    var vague: Bool
    var isPronoun: Bool
    /// Tokens that look like a personal name (not titles, heads or common nouns).
    var nameTokens: TokenList
    /// Scalars of the first token that are a preposition rather than part of the mention (لمراقبين).
    var leadingClitic = 0
}

extension Optional where Wrapped == Mention {
    /// Whether there is no mention, for `speaker == nil`. Without these two, `==` and `!=` against `nil`
    /// resolve to the standard library's comparison of two optionals of an `Equatable` type (the
    /// mention is), which copied the mention into a pair of optionals, compared and destroyed it: about
    /// 160 instructions per test where a check of the case will do, asked thousands of times per corpus
    /// by the sieves and the resolver. Comparing two mentions still uses `Equatable`.
    @inline(__always)
    static func == (m: Mention?, _: _OptionalNilComparisonType) -> Bool {
        if case .none = m { return true }
        return false
    }

    /// Whether there is a mention, for `speaker != nil` (see `==`).
    @inline(__always)
    static func != (m: Mention?, _: _OptionalNilComparisonType) -> Bool {
        if case .some = m { return true }
        return false
    }
}

extension QuoteContext {
    // MARK: Classification

    /// Types the mention made of `r`: anonymous phrases, organization/media/document heads, titles,
    /// pronouns and names.
    func classify(_ r: Range<Int>) -> Mention {
        var m = Mention(tokens: r, kind: .unknown, official: false, vague: false, isPronoun: false, nameTokens: [])
        guard !r.isEmpty else { return m }
        var headKind: Attribution.SourceKind?
        var headOfficial = false
        var title: QuoteLexicon.Title?
        var i = r.lowerBound
        var sawName = false
        var anyOfficialHead = false
        while i < r.upperBound {
            if !isWord(i) { i += 1; continue }
            if i == r.lowerBound || (!arabic && isDeterminer(i - 1) && i - 1 == r.lowerBound), anonymous(at: i) != nil {
                // Arabic "المسؤول" (the official) refers back to someone named; "مسؤول" (an official) is vague.
                let definiteOfficial = arabic && isDefinite(i) && anyVariant(i, { v, _ in v.elementsEqual("مسؤول".unicodeScalars) })
                if !definiteOfficial { m.vague = true }
            }
            if let t = self.title(at: i) {
                if title == nil { title = t.payload }
                i += t.words
                continue
            }
            if let h = head(at: i) {
                // Any state body in the mention makes it official (بيان وزارة الدفاع).
                anyOfficialHead = anyOfficialHead || h.payload.official
                // Arabic heads come first (بيان وزارة الدفاع: a statement); English heads come last before
                // "of" (the Department of Transportation), so a later head replaces an earlier one.
                if headKind == nil || !arabic {
                    if arabic || !isOfPhraseTail(i, r) {
                        headKind = h.payload.kind
                        headOfficial = h.payload.official
                    }
                }
                i += h.words
                continue
            }
            if marker(i) == .pronoun || (!arabic && has(i, .pronoun)) {
                if r.count == 1 { m.isPronoun = true }
                i += 1
                continue
            }
            if looksLikeName(i, afterName: sawName) {
                m.nameTokens.append(i)
                sawName = true
            }
            i += 1
        }
        let startsWithTitle = self.title(at: firstWord(r)) != nil
        if m.vague {
            m.kind = .anonymous
            m.official = false
        } else if let t = title, startsWithTitle {
            // A role or a titled name: "رئيس هيئة الأركان", "وزير الداخلية", "the senator".
            m.kind = .person
            m.official = t.official || headOfficial
        } else if let h = headKind, m.nameTokens.isEmpty || title == nil {
            m.kind = h
            m.official = headOfficial || anyOfficialHead
        } else if title != nil || !m.nameTokens.isEmpty || m.isPronoun {
            m.kind = .person
            m.official = title?.official ?? false
        } else if let h = headKind {
            m.kind = h
            m.official = headOfficial
        }
        return m
    }

    private func firstWord(_ r: Range<Int>) -> Int {
        var i = r.lowerBound
        while i < r.upperBound && (!isWord(i) || isDeterminer(i)) { i += 1 }
        return min(i, max(r.lowerBound, r.upperBound - 1))
    }

    static let englishPronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "you", "who"]
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "one", "two", "three", "several", "some", "many", "other", "another", "both", "each", "every"]

    func isDeterminer(_ i: Int) -> Bool {
        isWord(i) && !arabic && has(i, .determiner)
    }

    /// Whether head token `i` sits after "of" inside the mention (the Department **of** Transportation:
    /// Transportation is not the head).
    private func isOfPhraseTail(_ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        while k >= r.lowerBound {
            if isWord(k) && (word(k).elementsEqual("of".unicodeScalars) || word(k).elementsEqual("for".unicodeScalars)) { return true }
            k -= 1
        }
        return false
    }

    /// A token that may be (part of) a personal name (answered once per token and `afterName`).
    func looksLikeName(_ i: Int, afterName: Bool) -> Bool {
        guard isWord(i), tokens[i].kind == .word else { return false }
        let shift: UInt8 = afterName ? 2 : 0
        let known = (nameCache[i] >> shift) & 3
        if known != 0 { return known == 2 }
        let answer = looksLikeNameUncached(i, afterName: afterName)
        nameCache[i] |= (answer ? 2 : 1) << shift
        return answer
    }

    /// ``looksLikeName(_:afterName:)`` worked out afresh.
    func looksLikeNameUncached(_ i: Int, afterName: Bool) -> Bool {
        if marker(i) != nil || isCue(i) { return false }
        if title(at: i) != nil || head(at: i) != nil || anonymous(at: i) != nil {
            return false
        }
        if arabic {
            let w = word(i)
            if w.count < 2 { return false }
            // Definite words are common nouns or adjectives, except as the surname after a name (بشار الأسد).
            let definite = w.count > 3 && w.first == "ا" && w.dropFirst().first == "ل"
            // A definite nisba right after the verb is a family name (قال الحذيفي، أكد الجبوري).
            let nisbaSurname = definite && w.count >= 6 && w.last == "ي" && i > 0 && isCue(i - 1)
            if definite && !afterName && !isKnownName(i) && !nisbaSurname { return false }
            // A preposition on a known name or a definite word (للأسد، بالرئيس) marks an object, not a name.
            if w.count > 4, (w.first == "ل" && w.dropFirst().first == "ل") || ((w.first == "ب" || w.first == "ك") && w.dropFirst().first == "ا" && w.dropFirst(2).first == "ل") {
                return false
            }
            if w.count > 3, let f = w.first, f == "ل" || f == "ب", titledNames.value(WordHash.of(w.dropFirst())) != nil { return false }
            // A plural past verb (تحدثوا، قالوا) is not a name.
            if w.count >= 4, w.last == "ا", w.dropLast().last == "و" { return false }
            // An imperfect verb (يمكنه، يرى) is not a name unless the article knows it as one.
            if w.count >= 4, w.first == "ي" || (w.last == "ه" && (w.first == "ت" || w.first == "ن")), !isKnownName(i) { return false }
            // و/ف + an imperfect prefix: a verb (ويتابع، ونقل), not a name.
            if w.count >= 5, let f = w.first, f == "و" || f == "ف", let s = w.dropFirst().first, s == "ي" || s == "ت" || s == "ن" {
                return false
            }
            // Nouns with a pronoun suffix (زيارته، قادتهم) and, after a first name, feminine nouns
            // (رسالة) are not names.
            for suffix in Self.pronounSuffixes where w.count > suffix.count + 2 && w.suffix(suffix.count).elementsEqual(suffix) { return false }
            if afterName, text[tokens[i].range.end - 1] == "\u{0629}" { return false }
            // An indefinite accusative (اقتراحاً) is a noun.
            if tokens[i].range.length > 2, text[tokens[i].range.end - 1] == "\u{064B}" || text[tokens[i].range.end - 2] == "\u{064B}" { return false }
            return true
        }
        let first = text[tokens[i].range.start]
        return ScalarClass.of(first).contains(.upper)
    }

    // MARK: Finding mentions

    /// The mention starting at token `i` (Arabic: the subject after a verb; English: "said **the
    /// senator**"). Nil when `i` starts no plausible mention.
    func mention(startingAt start: Int, limit: Int = MentionMemo.usualLimit) -> Mention? {
        guard start >= 0 && start < count, limit >= 0 && limit < 256 else { return mentionUncached(startingAt: start, limit: limit) }
        if let known = mentionMemo.value(start, limit) { return known }
        let m = mentionUncached(startingAt: start, limit: limit)
        mentionMemo.set(start, limit, m)
        return m
    }

    /// ``mention(startingAt:limit:)`` worked out afresh.
    func mentionUncached(startingAt start: Int, limit: Int = 10) -> Mention? {
        guard start < count else { return nil }
        // «الحذيفي»: a short quoted name right after the cue.
        if isQuoteMark(start), let q = quote(openedAt: tokens[start].range.start),
           let close = q.close, wordCount(q.content) <= 4, wordCount(q.content) >= 1 {
            let inner = token(atOrAfter: q.content.start)..<token(atOrAfter: close.start)
            let m = classify(inner)
            return m
        }
        var i = start
        var end = start
        var sawName = false
        var names = 0
        var nameBudget = 2
        var words = 0
        while i < count && words < limit {
            guard isWord(i) else {
                // English abbreviations: "Sen." "Mr." inside a name.
                if !arabic && isPunct(i, ".") && i > start && isTitleAbbreviation(i - 1) { i += 1; end = i; continue }
                if !arabic && (isPunct(i, "'") || isPunct(i, "-")) && i > start { i += 1; continue }
                break
            }
            if let role = marker(i), role != .pronoun || i > start { _ = role; break }
            if i > start, isCue(i) { break }
            if arabic, i > start, sawName, title(at: i) != nil { break }
            // A multiword title is one unit (المتحدث باسم، ولي العهد): none of its words is a name.
            if arabic, !sawName, let t = title(at: i), t.words > 1 {
                i += t.words
                end = i
                words += t.words
                continue
            }
            if !arabic {
                let upper = ScalarClass.of(text[tokens[i].range.start]).contains(.upper)
                let known = title(at: i) != nil || head(at: i) != nil || anonymous(at: i) != nil
                let joiner = has(i, .nameJoiner)
                if i > start && !upper && !known && !has(i, .determiner) && !joiner { break }
                if i == start && !upper && !known && !has(i, [.determiner, .pronoun]) { return nil }
                if has(i, .pronoun) {
                    if i == start { return classify(i..<(i + 1)) }
                    break
                }
            }
            if looksLikeName(i, afterName: sawName) {
                if arabic {
                    // Arabic names run two words, one more after each connector (عبد بن أبو آل), and end
                    // with a definite surname (بشار الأسد).
                    if names >= nameBudget { break }
                    let w = word(i)
                    // A given name opens a name of up to three words (محمد خدا كرمى); after any other first
                    // word only a surname that is definite or known follows (اللواء باقري خط مواجهة → باقري).
                    if names == 0 && isGivenName(i) { nameBudget = 3 }
                    if names == 1 && nameBudget == 2 && !isDefinite(i) && !isKnownName(i) { break }
                    if isNameConnector(i) { nameBudget += 1 }
                    names += 1
                    sawName = true
                    words += 1
                    i += 1
                    end = i
                    // عبد الله، عبد الرحمن: the word after a connector belongs to the first name.
                    let afterConnector = i >= 2 && isNameConnector(i - 2)
                    if w.count > 3 && w.first == "ا" && w.dropFirst().first == "ل" && !afterConnector { break }
                    continue
                }
                sawName = true
            } else if arabic && sawName {
                break
            } else if arabic, i > start, word(i).count >= 4, word(i).last == "ا", word(i).dropLast().last == "و" {
                // A plural past verb after the subject (محللين تحدثوا): the mention ends.
                break
            } else if arabic, i > start, isDefinite(i - 1), !isDefinite(i), title(at: i) == nil,
                      head(at: i) == nil, anonymous(at: i) == nil {
                // A definite phrase followed by an indefinite common word: a new phrase (الشركة نتائجها).
                break
            }
            words += 1
            i += 1
            end = i
            // "بيان صادر عن وزارة الدفاع": a document and its issuer are one mention.
            if arabic, i < count - 1, let h = head(at: i - 1), h.payload.kind == .document, isWord(i),
               anyVariant(i, { v, _ in v.elementsEqual("صادر".unicodeScalars) }), isWord(i + 1), word(i + 1).elementsEqual("عن".unicodeScalars) {
                i += 2
                end = i
                continue
            }
            // A short quoted name inside the mention (نائب رئيس مجلس إدارة "سابك" الرئيس التنفيذي).
            if arabic, i < count, isQuoteMark(i), let q = quote(openedAt: tokens[i].range.start),
               q.close != nil, wordCount(q.content) <= 3, tokenAfter(q) < count, isWord(tokenAfter(q)),
               title(at: tokenAfter(q)) != nil || looksLikeName(tokenAfter(q), afterName: false) {
                i = tokenAfter(q)
                end = i
            }
        }
        // Do not end on "of", "and" or a determiner.
        while end > start, !arabic, isWord(end - 1),
              ["of", "for", "and", "the", "a", "an"].contains(where: { wordIs(end - 1, $0) }) { end -= 1 }
        guard end > start else { return nil }
        var m = classify(start..<end)
        if m.kind == .unknown && m.nameTokens.isEmpty && !m.isPronoun { return nil }
        if arabic && !m.isPronoun && !hasSourceWord(m) && !m.nameTokens.contains(where: isKnownName) && !confirmsSubject(end) { return nil }
        m.leadingClitic = leadingPreposition(start)
        return m
    }

    /// Whether the mention contains a title, organization head or anonymous-source word.
    func hasSourceWord(_ m: Mention) -> Bool {
        m.tokens.contains { title(at: $0) != nil || head(at: $0) != nil || anonymous(at: $0) != nil }
    }

    /// A given name from the list, or a name written with a title elsewhere in the article.
    func isKnownName(_ i: Int) -> Bool {
        isGivenName(i) || anyVariant(i) { titledNames.value($1) != nil }
    }

    /// Whether what follows token `end` confirms that the words before it are a speech verb's subject:
    /// a complementizer, a colon or a quotation, possibly after a short adjunct, or after a
    /// circumstantial participle and its phrase (واضاف تسيبراس متوجها الى المعارضين داخل الحزب "…").
    func confirmsSubject(_ end: Int) -> Bool {
        var k = end
        var steps = 0
        var reach = 5
        while k < count && steps < reach {
            if isComplementizer(k) || isColon(k) || isQuoteMark(k) { return true }
            if !isWord(k) { return false }
            let role = marker(k)
            // (After a word that can end a name: not a function word, nor one ending in a pronoun or
            // the accusative ا: عليه، فيها، جانبا.)
            if steps == 0, arabic, isCircumstantialParticiple(k), end > 0, isWord(end - 1), marker(end - 1) == nil,
               let last = word(end - 1).last, last != "ه" && last != "ا" {
                reach = 8
            } else if role != .preposition && role != .temporal && role != .recipient && steps == 0 {
                return false
            }
            k += 1
            steps += 1
        }
        return false
    }

    /// An Arabic circumstantial participle in the accusative (متوجها، مضيفا، معربا): م, at least two letters,
    /// then ا.
    func isCircumstantialParticiple(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let w = word(i)
        return w.count >= 5 && w.first == "م" && w.last == "ا"
    }

    static let pronounSuffixes: [[Unicode.Scalar]] = ["ته", "تها", "تهم", "تهما", "تنا", "هما", "هم", "ها"].map { Array($0.unicodeScalars) }

    static let nameConnectors: [[Unicode.Scalar]] = ["عبد", "بن", "ابن", "ابو", "ابي", "ال", "ولد", "بنت", "عبدال"].map { Array($0.unicodeScalars) }

    /// Whether the word of token `i` is one of the ``nameConnectors``; answered once per token (in bits
    /// 6–7 of ``nameCache``), as the name reader asks at every name word.
    func isNameConnector(_ i: Int) -> Bool {
        let known = (nameCache[i] >> 6) & 3
        if known != 0 { return known == 2 }
        let w = word(i)
        let answer = Self.nameConnectors.contains { $0.elementsEqual(w) }
        nameCache[i] |= (answer ? 2 : 1) << 6
        return answer
    }

    /// Letters of a leading preposition ل ب ك on an Arabic mention's first word (لمراقبين → 1), when the
    /// rest of the word is a known head, title or anonymous word.
    func leadingPreposition(_ i: Int) -> Int {
        guard arabic, isWord(i) else { return 0 }
        let w = word(i)
        guard w.count >= 4, let f = w.first, f == "ل" || f == "ب" || f == "ك", !(f == "ل" && w.dropFirst().first == "ل") else { return 0 }
        let rest = w.dropFirst()
        let known = lexicon.anonymous.contains(rest) != nil || lexicon.heads.contains(rest) != nil || lexicon.titles.contains(rest) != nil
        return known ? 1 : 0
    }

    /// The mention ending just before token `end` (SVO subjects: "**Marsh** told", "**الجانبين** أكدا"),
    /// looking back no further than `floor`.
    func mention(endingBefore end: Int, floor: Int, limit: Int = 8) -> Mention? {
        var i = end - 1
        // Skip adverbs and auxiliaries between subject and verb ("has also said", "قد").
        while i >= floor, isWord(i) {
            let skip = arabic ? Self.arabicAuxiliaries.contains(where: { $0.elementsEqual(word(i)) })
                : (has(i, .subjectVerbAdverb) || wordEnds(i, "ly"))
            if skip {
                i -= 1
            } else { break }
        }
        guard i >= floor, isWord(i) else { return nil }
        if !arabic, has(i, .pronoun) {
            return classify(i..<(i + 1))
        }
        let last = i
        var first = i
        var words = 0
        while i >= floor && words < limit {
            if !isWord(i) {
                if !arabic && isPunct(i, ".") && i > floor && isTitleAbbreviation(i - 1) { i -= 1; continue }
                break
            }
            if marker(i) != nil && marker(i) != .pronoun { break }
            if isCue(i) { break }
            if arabic && hasConjunction(i) && i < last && title(at: i) == nil && head(at: i) == nil {
                // A conjunction-prefixed word before the subject starts a new clause (a verb).
                break
            }
            if !arabic {
                let upper = ScalarClass.of(text[tokens[i].range.start]).contains(.upper)
                let known = title(at: i) != nil || head(at: i) != nil || anonymous(at: i) != nil
                if !upper && !known && !has(i, .determiner) && !["of", "for", "'s", "and"].contains(where: { wordIs(i, $0) }) { break }
            }
            first = i
            words += 1
            i -= 1
        }
        // Do not start on "of", "and", "for".
        while first <= last, !arabic, isWord(first), ["of", "for", "and"].contains(where: { wordIs(first, $0) }) { first += 1 }
        guard first <= last else { return nil }
        // An Arabic subject before its verb starts a clause: after punctuation, a complementizer, the
        // sentence start or a discourse marker — not after a preposition (وعن وضع مطار عدن قال).
        if arabic, first > floor, isWord(first - 1) {
            let role = marker(first - 1)
            if role != .complementizer && role != .continuation && role != .particle { return nil }
        }
        let m = classify(first..<(last + 1))
        if m.kind == .unknown && m.nameTokens.isEmpty { return nil }
        return m
    }

    /// Particles and auxiliaries between an Arabic subject and its verb.
    static let arabicAuxiliaries: [[Unicode.Scalar]] = ["قد", "وقد", "فقد", "لقد", "كان", "وكان"].map { Array($0.unicodeScalars) }

    static let adverbs: Set<String> = ["also", "has", "have", "had", "then", "later", "again", "already", "still", "once", "previously", "recently", "repeatedly", "publicly", "privately", "reportedly", "often", "never", "even", "just", "would", "will", "did", "does", "do", "is", "was"]

    func isTitleAbbreviation(_ i: Int) -> Bool {
        guard isWord(i), !arabic else { return false }
        let scalars = word(i)
        if scalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) {
            // Printable ASCII: one character per scalar, compared without building a String.
            return Self.titleAbbreviations.contains(where: { $0.elementsEqual(scalars) })
                || (scalars.count == 1 && ScalarClass.of(text[tokens[i].range.start]).contains(.upper))
                || (scalars.count >= 3 && scalars.contains(".") && ScalarClass.of(text[tokens[i].range.start]).contains(.upper))
        }
        let w = String(String.UnicodeScalarView(scalars))
        return ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "capt", "adm", "sgt", "maj", "prof", "st", "jr", "sr", "u.s", "d", "r", "inc", "co", "corp"].contains(w)
            || (w.count == 1 && ScalarClass.of(text[tokens[i].range.start]).contains(.upper))
            || (w.count >= 3 && w.contains(".") && ScalarClass.of(text[tokens[i].range.start]).contains(.upper))
    }

    /// ``isTitleAbbreviation(_:)``'s words, as scalars.
    static let titleAbbreviations: [[Unicode.Scalar]] = ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "capt", "adm", "sgt",
                                                        "maj", "prof", "st", "jr", "sr", "u.s", "d", "r", "inc", "co", "corp"].map { Array($0.unicodeScalars) }

    /// The original range of a mention (without a leading preposition).
    func range(_ m: Mention) -> TextRange {
        var r = range(m.tokens)
        if m.leadingClitic > 0 { r.start = min(r.end, r.start + m.leadingClitic) }
        return r
    }

    /// The original text of the mention, for display and canonical names.
    func mentionText(_ m: Mention) -> String { string(range(m)) }

    /// The original text of `r` (clamped to the text), as `doc.text[r]`: encoded straight into the
    /// string's UTF-8 storage.
    func string(_ r: TextRange) -> String {
        let lo = max(0, min(r.start, text.count))
        let hi = max(lo, min(r.end, text.count))
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { utf8 in
            var n = 0
            for k in lo..<hi {
                let v = text[k].value
                if v < 0x80 {
                    utf8[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    utf8[n] = UInt8(0xC0 | v >> 6)
                    utf8[n + 1] = UInt8(0x80 | v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    utf8[n] = UInt8(0xE0 | v >> 12)
                    utf8[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                    utf8[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                } else {
                    utf8[n] = UInt8(0xF0 | v >> 18)
                    utf8[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                    utf8[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
                    utf8[n + 3] = UInt8(0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }

    /// The number of characters of `string(r)`, counted without building the string when every scalar
    /// is printable ASCII or a base Arabic letter (U+0620–U+064A, tatweel included): each of those is a
    /// character of its own (grapheme break property Other, so no rule joins two of them), which is true
    /// of nearly every name. Anything else — harakat and other marks, controls, joiners — is counted on
    /// the string.
    func characterCount(_ r: TextRange) -> Int {
        let lo = max(0, min(r.start, text.count))
        let hi = max(lo, min(r.end, text.count))
        // (ASCII first, in the loop English names take; Arabic letters only from the first other scalar.)
        for k in lo..<hi where text[k].value < 0x20 || text[k].value >= 0x7F {
            for j in k..<hi {
                let v = text[j].value
                if (v >= 0x20 && v < 0x7F) || (v >= 0x0620 && v <= 0x064A) { continue }
                return string(r).count
            }
            break
        }
        return hi - lo
    }
}
