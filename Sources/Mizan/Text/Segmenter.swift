/// Splits a text into paragraphs, sentences and tokens (ICU sentence and word breaks, plus rules for
/// Arabic news habits). Keeps ICU iterators open between calls, so it is not thread-safe: use one
/// per task.
public final class Segmenter {
    private let wordBreaker: BreakIterator?
    private var sentenceBreakers: [String: BreakIterator] = [:]
    private let clitics: ArabicCliticSplitter

    /// Sentences longer than this (in scalars) are also split after the Arabic semicolon `؛` and `;`.
    public var longSentence = 400

    public init(clitics: ArabicCliticSplitter = ArabicCliticSplitter()) {
        self.wordBreaker = BreakIterator(kind: .word, locale: "")
        self.clitics = clitics
    }

    // MARK: Paragraphs

    /// Paragraph ranges, trimmed of surrounding whitespace. Each non-blank line is a paragraph, unless the
    /// text looks hard-wrapped (short lines in blocks separated by blank lines), when each block is one.
    public func paragraphs(in text: DocumentText) -> [TextRange] {
        let s = text.scalars
        var lines: [TextRange] = []
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" || c == "\r" || c == "\u{2029}" || c == "\u{85}" || c == "\u{2028}" || c == "\u{0B}" || c == "\u{0C}" {
                lines.append(TextRange(start, i))
                if c == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        lines.append(TextRange(start, s.count))
        let trimmed = lines.map { trim($0, in: s) }

        let nonBlank = trimmed.filter { !$0.isEmpty }
        guard nonBlank.count > 1 else { return nonBlank }
        if looksHardWrapped(trimmed) {
            var blocks: [TextRange] = []
            var current: TextRange?
            for line in trimmed {
                if line.isEmpty {
                    if let c = current { blocks.append(c) }
                    current = nil
                } else {
                    current = current.map { $0.union(line) } ?? line
                }
            }
            if let c = current { blocks.append(c) }
            return blocks
        }
        return nonBlank
    }

    private func looksHardWrapped(_ lines: [TextRange]) -> Bool {
        var continued = 0
        var nonBlank = 0
        var lengths: [Int] = []
        for (k, line) in lines.enumerated() where !line.isEmpty {
            nonBlank += 1
            lengths.append(line.length)
            if k + 1 < lines.count && !lines[k + 1].isEmpty { continued += 1 }
        }
        guard nonBlank >= 6, lines.contains(where: { $0.isEmpty }) else { return false }
        lengths.sort()
        let median = lengths[lengths.count / 2]
        return Double(continued) / Double(nonBlank) > 0.5 && median < 100 && median > 30
    }

    // MARK: Sentences and tokens

    /// Sentences and tokens of every paragraph. `language` picks the sentence-break locale per paragraph
    /// (`en` uses ICU's abbreviation suppressions).
    public func segment(_ text: DocumentText, paragraphs: [TextRange], languages: [String]) -> (sentences: [Sentence], tokens: [Token]) {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        for (p, paragraph) in paragraphs.enumerated() {
            let language = p < languages.count ? languages[p] : "und"
            let utf16 = UTF16View(text.scalars[paragraph.start..<paragraph.end], base: paragraph.start)
            let sentenceRanges = sentenceRanges(utf16, language: language, scalars: text.scalars)
            let paragraphTokens = tokenize(utf16, scalars: text.scalars)
            var t = 0
            for range in sentenceRanges {
                while t < paragraphTokens.count && paragraphTokens[t].range.start < range.start { t += 1 }
                let first = tokens.count + t
                var u = t
                while u < paragraphTokens.count && paragraphTokens[u].range.start < range.end { u += 1 }
                sentences.append(Sentence(range: range, paragraph: p, tokens: first..<(tokens.count + u)))
                t = u
            }
            tokens.append(contentsOf: paragraphTokens)
        }
        return (sentences, tokens)
    }

    private func sentenceBreaker(for language: String) -> BreakIterator? {
        let locale = language == "en" ? "en@ss=standard" : (language == "und" || language == "other" ? "" : language)
        if let b = sentenceBreakers[locale] { return b }
        let b = BreakIterator(kind: .sentence, locale: locale)
        sentenceBreakers[locale] = b
        return b
    }

    private func sentenceRanges(_ utf16: UTF16View, language: String, scalars s: [Unicode.Scalar]) -> [TextRange] {
        var raw: [TextRange] = []
        if let breaker = sentenceBreaker(for: language) {
            let b = utf16.units.withUnsafeBufferPointer { breaker.boundaries(of: $0) }
            for k in 1..<b.offsets.count {
                let r = TextRange(utf16.scalarOffset(Int(b.offsets[k - 1])), utf16.scalarOffset(Int(b.offsets[k])))
                raw.append(trim(r, in: s))
            }
        } else {
            raw = [trim(TextRange(utf16.base, utf16.base + utf16.scalarCount), in: s)]
        }
        raw.removeAll { $0.isEmpty }

        // Merge a sentence that ends in an abbreviation or initial ("د." "J." "U.S.") with what follows.
        var merged: [TextRange] = []
        var pending: TextRange?
        for (k, r) in raw.enumerated() {
            let current = pending.map { $0.union(r) } ?? r
            if k + 1 < raw.count && endsInAbbreviation(r, next: raw[k + 1], in: s) {
                pending = current
            } else {
                merged.append(current)
                pending = nil
            }
        }
        if let p = pending { merged.append(p) }

        // Split very long sentences after semicolons, which Arabic news uses between clauses.
        var result: [TextRange] = []
        for r in merged {
            if r.length <= longSentence {
                result.append(r)
                continue
            }
            var start = r.start
            for k in r.start..<r.end where (s[k] == "\u{061B}" || s[k] == ";") && k + 1 - start >= 40 && r.end - (k + 1) >= 40 {
                result.append(trim(TextRange(start, k + 1), in: s))
                start = k + 1
            }
            result.append(trim(TextRange(start, r.end), in: s))
        }
        return result.filter { !$0.isEmpty }
    }

    /// Words that usually start a new sentence after an abbreviation such as "U.S.".
    private static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this", "that", "there",
        "his", "her", "their", "its", "our", "as", "at", "for", "if", "when", "while", "after", "so", "yet", "no",
    ]

    /// Whether `r` ends with a period after a one-letter Arabic abbreviation (`د.` doctor, `م.` engineer) or
    /// a Latin initial or dotted abbreviation (`J.`, `U.S.`) that the next sentence continues.
    private func endsInAbbreviation(_ r: TextRange, next: TextRange, in s: [Unicode.Scalar]) -> Bool {
        guard r.length >= 2, s[r.end - 1] == "." else { return false }
        var k = r.end - 1
        while k > r.start && !Segmenter.isSpace(s[k - 1]) && s[k - 1] != "(" && s[k - 1] != "\"" { k -= 1 }
        let word = s[k..<(r.end - 1)]
        guard !word.isEmpty else { return false }
        let letters = word.filter { $0 != "." }
        if letters.count == 1, let c = letters.first, (0x0621...0x064A).contains(c.value) { return true }
        // Latin: pieces of one letter separated by dots ("J", "U.S", "D.C").
        let pieces = word.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.allSatisfy({ $0.count == 1 && ScalarClass.of($0.first!).contains(.upper) }) else { return false }
        var firstWord = String.UnicodeScalarView()
        var j = next.start
        while j < next.end && s[j].isLetterFast { firstWord.append(s[j]); j += 1 }
        return !Self.sentenceStarters.contains(String(firstWord).lowercased())
    }

    private func tokenize(_ utf16: UTF16View, scalars s: [Unicode.Scalar]) -> [Token] {
        guard let breaker = wordBreaker else { return [] }
        let b = utf16.units.withUnsafeBufferPointer { breaker.boundaries(of: $0) }
        var tokens: [Token] = []
        tokens.reserveCapacity(b.offsets.count / 2)
        for k in 1..<b.offsets.count {
            let start = utf16.scalarOffset(Int(b.offsets[k - 1]))
            let end = utf16.scalarOffset(Int(b.offsets[k]))
            guard end > start else { continue }
            let first = ScalarClass.of(s[start])
            if first.contains(.space) { continue }
            let status = b.statuses[k]
            let kind: Token.Kind
            switch status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default:
                if first.contains(.letter) { kind = .word }
                else if first.contains(.digit) { kind = .number }
                else if first.contains(.punctuation) { kind = .punctuation }
                else { kind = .symbol }
            }
            let range = TextRange(start, end)
            let split = kind == .word ? clitics.split(range, in: s) : nil
            tokens.append(Token(range: range, kind: kind, clitics: split))
        }
        return tokens
    }

    private func trim(_ r: TextRange, in s: [Unicode.Scalar]) -> TextRange {
        var a = r.start
        var b = r.end
        while a < b && Segmenter.isSpace(s[a]) { a += 1 }
        while b > a && Segmenter.isSpace(s[b - 1]) { b -= 1 }
        return TextRange(a, b)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isSpaceFast || c == "\u{200B}" || c == "\u{FEFF}" || c == "\u{200E}" || c == "\u{200F}"
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}

/// A run of scalars as UTF-16 for ICU, with the map from UTF-16 offsets back to scalar offsets.
struct UTF16View {
    let units: [UInt16]
    /// Scalar offset of the run's first scalar in the whole text.
    let base: Int
    let scalarCount: Int
    /// Scalar offset (relative) for each UTF-16 offset; nil when the run has no surrogate pairs.
    private let toScalar: [Int32]?

    init(_ scalars: ArraySlice<Unicode.Scalar>, base: Int) {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        var astral = false
        for s in scalars {
            if s.value < 0x10000 { units.append(UInt16(s.value)) } else {
                astral = true
                units.append(contentsOf: UTF16.encode(s)!)
            }
        }
        if astral {
            var map = [Int32]()
            map.reserveCapacity(units.count + 1)
            var k: Int32 = 0
            for s in scalars {
                map.append(k)
                if s.value >= 0x10000 { map.append(k) }
                k += 1
            }
            map.append(k)
            toScalar = map
        } else {
            toScalar = nil
        }
        self.units = units
        self.base = base
        self.scalarCount = scalars.count
    }

    /// Absolute scalar offset for a UTF-16 offset into `units`.
    func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let map = toScalar else { return base + utf16Offset }
        return base + Int(map[min(utf16Offset, map.count - 1)])
    }
}
