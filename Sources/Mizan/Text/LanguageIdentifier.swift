/// Tells Arabic, Persian and English apart (and anything else as `other`), per document and per paragraph.
///
/// Script first (Arabic-script letters against Latin letters), then, within Arabic script, Persian-only
/// letters `پ چ ژ گ` and Persian against Arabic function words (lists in `Lexicons/<lang>/function-words.txt`).
/// Persian yeh `ی` and kaf `ک` alone do not make a text Persian: Arabic outlets in Iran use them too.
/// Within Latin script, the share of English function words separates English from other languages.
public struct LanguageIdentifier: Sendable {
    /// Normalized function words per language code.
    public var functionWords: [String: Set<String>]

    public init(functionWords: [String: Set<String>]) {
        self.functionWords = functionWords
    }

    /// Identifies the language of `range` in `text`.
    public func identify(_ text: [Unicode.Scalar], range: TextRange) -> LanguageGuess {
        var arabic = 0, latin = 0, other = 0
        var persianLetterWords = 0, tehMarbutaWords = 0
        var hits: [String: Int] = [:]
        var words = 0
        var current = String.UnicodeScalarView()
        var wordHasPersian = false, wordHasTeh = false

        func endWord() {
            guard !current.isEmpty else { return }
            words += 1
            let w = String(current)
            for (code, set) in functionWords where set.contains(w) { hits[code, default: 0] += 1 }
            if wordHasPersian { persianLetterWords += 1 }
            if wordHasTeh { tehMarbutaWords += 1 }
            current = String.UnicodeScalarView()
            wordHasPersian = false
            wordHasTeh = false
        }

        let table = FoldTable.shared
        for k in range.start..<min(range.end, text.count) {
            let c = text[k]
            let v = c.value
            let isArabic = (0x0620...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
                || (0x0750...0x077F).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
            if isArabic {
                arabic += 1
                if v == 0x067E || v == 0x0686 || v == 0x0698 || v == 0x06AF { wordHasPersian = true }
                if v == 0x0629 { wordHasTeh = true }
            } else if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) {
                latin += 1
            } else if c.properties.isAlphabetic && !(0x064B...0x065F).contains(v) && v != 0x0640 && v != 0x0670 {
                other += 1
            }
            if c.properties.isAlphabetic || v == 0x27 {
                if let folded = table.simple(c) {
                    if let f = folded { current.append(f) }
                } else {
                    current.append(c)
                }
            } else {
                endWord()
            }
        }
        endWord()

        let letters = arabic + latin + other
        guard letters >= 3 else { return LanguageGuess(code: "und", confidence: 0) }
        if arabic >= latin && arabic >= other {
            let share = Double(arabic) / Double(letters)
            let fa = Double(hits["fa", default: 0]) + 2 * Double(persianLetterWords)
            let ar = Double(hits["ar", default: 0]) + 0.5 * Double(tehMarbutaWords)
            if fa + ar == 0 { return LanguageGuess(code: "ar", confidence: round2(0.5 * share)) }
            let margin = abs(fa - ar) / (fa + ar)
            let evidence = min(1, (fa + ar) / 5)
            let confidence = round2(share * (0.5 + 0.5 * margin) * (0.6 + 0.4 * evidence))
            return LanguageGuess(code: fa > ar ? "fa" : "ar", confidence: confidence)
        }
        if latin >= other {
            let share = Double(latin) / Double(letters)
            let ratio = words == 0 ? 0 : Double(hits["en", default: 0]) / Double(words)
            if ratio >= 0.06 || (words < 8 && ratio > 0) {
                return LanguageGuess(code: "en", confidence: round2(share * min(1, 0.5 + ratio * 2.5)))
            }
            return LanguageGuess(code: "other", confidence: round2(share * min(1, 0.5 + (0.06 - ratio) * 8)))
        }
        return LanguageGuess(code: "other", confidence: round2(Double(other) / Double(letters)))
    }

    /// The document's language and, when paragraphs disagree with it, each paragraph's own.
    public func identify(_ text: [Unicode.Scalar], paragraphs: [TextRange]) -> (document: LanguageGuess, paragraphs: [LanguageGuess?]) {
        let whole = identify(text, range: TextRange(0, text.count))
        var perParagraph: [LanguageGuess?] = Array(repeating: nil, count: paragraphs.count)
        var mixed = false
        for (i, p) in paragraphs.enumerated() {
            let g = identify(text, range: p)
            if g.code != whole.code && g.code != "und" && g.confidence >= 0.5 && p.length >= 20 {
                mixed = true
            }
            perParagraph[i] = g
        }
        return (whole, mixed ? perParagraph : Array(repeating: nil, count: paragraphs.count))
    }

    private func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
