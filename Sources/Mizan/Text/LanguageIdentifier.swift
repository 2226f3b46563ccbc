/// Tells Arabic, Persian and English apart (and anything else as `other`), per document and per paragraph.
///
/// Script first (Arabic-script letters against Latin letters), then, within Arabic script, Persian-only
/// letters `پ چ ژ گ` and Persian against Arabic function words (lists in `Lexicons/<lang>/function-words.txt`).
/// Persian yeh `ی` and kaf `ک` alone do not make a text Persian: Arabic outlets in Iran use them too.
/// Within Latin script, the share of English function words separates English from other languages.
public struct LanguageIdentifier: Sendable {
    /// Languages with function-word lists, in a fixed order.
    private let languages: [String]
    /// Hash of a normalized function word → bit mask of languages (bit i = languages[i]). Hash-only:
    /// a 64-bit collision would at worst add one word of evidence.
    private let words: HashIndex

    /// - Parameter functionWords: normalized function words per language code (`ar`, `fa`, `en`).
    public init(functionWords: [String: Set<String>]) {
        let langs = functionWords.keys.sorted()
        var words = HashIndex()
        for (i, lang) in langs.enumerated() where i < 8 {
            for w in functionWords[lang] ?? [] {
                let h = ScalarHash.of(w.unicodeScalars)
                words.set(h, (words.value(h) ?? 0) | 1 << i)
            }
        }
        self.languages = langs
        self.words = words
    }

    /// What a stretch of text shows; evidence of paragraphs adds up to the document's.
    struct Evidence {
        var arabic = 0, latin = 0, other = 0
        var persianLetterWords = 0, tehMarbutaWords = 0
        var words = 0
        var hits = SIMD8<Int>()

        static func + (a: Evidence, b: Evidence) -> Evidence {
            var r = a
            r.arabic += b.arabic; r.latin += b.latin; r.other += b.other
            r.persianLetterWords += b.persianLetterWords; r.tehMarbutaWords += b.tehMarbutaWords
            r.words += b.words
            r.hits &+= b.hits
            return r
        }
    }

    /// Evidence beyond this many scalars of one paragraph adds nothing but time.
    static let sample = 300

    func evidence(_ text: [Unicode.Scalar], range: TextRange) -> Evidence {
        ScalarClass.withTable { classes in evidence(text, range: range, classes: classes) }
    }

    /// The state of the word being read.
    private struct WordState {
        var length = 0
        var hash = ScalarHash()
        var hasPersian = false, hasTeh = false
    }

    /// Counts the word just read (if any) into `e` and starts a new one.
    @inline(__always)
    private func endWord(_ w: inout WordState, _ e: inout Evidence) {
        guard w.length > 0 else { return }
        e.words += 1
        if w.length <= 8, let mask = words.value(w.hash.value) {
            // Bit i of the mask counts for language i.
            e.hits &+= (SIMD8<Int>(repeating: mask) &>> SIMD8<Int>(0, 1, 2, 3, 4, 5, 6, 7)) & 1
        }
        if w.hasPersian { e.persianLetterWords += 1 }
        if w.hasTeh { e.tehMarbutaWords += 1 }
        w = WordState()
    }

    private func evidence(_ text: [Unicode.Scalar], range: TextRange, classes: UnsafeBufferPointer<UInt8>) -> Evidence {
        var e = Evidence()
        var w = WordState()
        let table = FoldTable.shared
        let end = min(range.end, text.count, range.start + Self.sample)
        guard range.start < end else { return e }
        text.withUnsafeBufferPointer { text in table.withEntries { entries in
            var k = range.start
            while k < end {
                let c = text[k]
                k += 1
                let v = c.value
                if v < 0x80 {
                    // A run of ASCII in local variables (the evidence struct lives in memory): Latin letters
                    // (folded to lower case) and the apostrophe extend the word, anything else ends it.
                    var v = v
                    var length = w.length, hash = w.hash, latin = e.latin
                    while true {
                        let letter = (v | 0x20) &- 0x61 < 26
                        if letter || v == 0x27 {
                            latin &+= letter ? 1 : 0
                            length &+= 1
                            hash.add(letter ? v | 0x20 : v, when: true)
                        } else if length > 0 {
                            w.length = length
                            w.hash = hash
                            e.latin = latin
                            endWord(&w, &e)
                            length = 0
                            hash = ScalarHash()
                        }
                        guard k < end else { break }
                        let next = text[k].value
                        guard next < 0x80 else { break }
                        v = next
                        k += 1
                    }
                    w.length = length
                    w.hash = hash
                    e.latin = latin
                    continue
                }
                if v &- 0x0621 < 0x2A && v != 0x0640 {
                    // A run of the basic Arabic letters (U+0621–U+064A but tatweel) in local variables, each
                    // handled as the general path below would (folded through the normalizer's table).
                    var v = v
                    var length = w.length, hash = w.hash, arabic = e.arabic, teh = w.hasTeh
                    while true {
                        arabic &+= 1
                        teh = teh || v == 0x0629
                        let entry = entries[Int(v)]
                        switch (entry >> 29) & 3 {
                        case 0: length &+= 1; hash.add(entry & 0x1F_FFFF, when: true)
                        case 1: break
                        default: length &+= 1; hash.add(v, when: true)
                        }
                        guard k < end else { break }
                        let next = text[k].value
                        guard next &- 0x0621 < 0x2A && next != 0x0640 else { break }
                        v = next
                        k += 1
                    }
                    w.length = length
                    w.hash = hash
                    w.hasTeh = teh
                    e.arabic = arabic
                    continue
                }
                let cls = ScalarClass.of(c, in: classes)
                if cls.contains(.arabicLetter) {
                    e.arabic += 1
                    if v == 0x067E || v == 0x0686 || v == 0x0698 || v == 0x06AF { w.hasPersian = true }
                    if v == 0x0629 { w.hasTeh = true }
                } else if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) {
                    e.latin += 1
                } else if cls.contains(.letter) && !cls.contains(.mark) {
                    e.other += 1
                }
                if cls.contains(.letter) || v == 0x27 {
                    if let folded = table.simple(c) {
                        if let f = folded { w.length += 1; w.hash.add(f) }
                    } else {
                        w.length += 1
                        w.hash.add(c)
                    }
                } else if !cls.contains(.mark) {
                    endWord(&w, &e)
                }
            }
        } }
        endWord(&w, &e)
        return e
    }

    func guess(_ e: Evidence) -> LanguageGuess {
        func hits(_ code: String) -> Double {
            guard let i = languages.firstIndex(of: code), i < 8 else { return 0 }
            return Double(e.hits[i])
        }
        let letters = e.arabic + e.latin + e.other
        guard letters >= 3 else { return LanguageGuess(code: "und", confidence: 0) }
        if e.arabic >= e.latin && e.arabic >= e.other {
            let share = Double(e.arabic) / Double(letters)
            let fa = hits("fa") + 2 * Double(e.persianLetterWords)
            let ar = hits("ar") + 0.5 * Double(e.tehMarbutaWords)
            if fa + ar == 0 { return LanguageGuess(code: "ar", confidence: round2(0.5 * share)) }
            let margin = abs(fa - ar) / (fa + ar)
            let amount = min(1, (fa + ar) / 5)
            return LanguageGuess(code: fa > ar ? "fa" : "ar", confidence: round2(share * (0.5 + 0.5 * margin) * (0.6 + 0.4 * amount)))
        }
        if e.latin >= e.other {
            let share = Double(e.latin) / Double(letters)
            let ratio = e.words == 0 ? 0 : hits("en") / Double(e.words)
            if ratio >= 0.06 || (e.words < 8 && ratio > 0) {
                return LanguageGuess(code: "en", confidence: round2(share * min(1, 0.5 + ratio * 2.5)))
            }
            return LanguageGuess(code: "other", confidence: round2(share * min(1, 0.5 + (0.06 - ratio) * 8)))
        }
        return LanguageGuess(code: "other", confidence: round2(Double(e.other) / Double(letters)))
    }

    /// Identifies the language of `range` in `text`.
    public func identify(_ text: [Unicode.Scalar], range: TextRange) -> LanguageGuess {
        guess(evidence(text, range: range))
    }

    /// The document's language and, when paragraphs disagree with it, each paragraph's own.
    public func identify(_ text: [Unicode.Scalar], paragraphs: [TextRange]) -> (document: LanguageGuess, paragraphs: [LanguageGuess?]) {
        let each = paragraphs.map { evidence(text, range: $0) }
        let whole = guess(each.reduce(Evidence(), +))
        var perParagraph: [LanguageGuess?] = []
        var mixed = false
        for (p, e) in zip(paragraphs, each) {
            let g = guess(e)
            if g.code != whole.code && g.code != "und" && g.confidence >= 0.5 && p.length >= 20 { mixed = true }
            perParagraph.append(g)
        }
        return (whole, mixed ? perParagraph : Array(repeating: nil, count: paragraphs.count))
    }

    private func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
