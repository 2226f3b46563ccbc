/// Splits a text into paragraphs, sentences and tokens (ICU sentence and word breaks, plus rules for
/// Arabic news habits). Keeps ICU iterators open between calls, so it is not thread-safe: use one
/// per task.
public final class Segmenter {
    private let wordBreaker: BreakIterator?
    private var sentenceBreakers: [String: BreakIterator] = [:]
    private let clitics: ArabicCliticSplitter?

    /// Sentences longer than this (in scalars) are also split after the Arabic semicolon `؛` and `;`.
    public var longSentence = 400

    /// - Parameter clitics: splits Arabic words into clitics and stem; nil to skip that work.
    public init(clitics: ArabicCliticSplitter? = ArabicCliticSplitter()) {
        self.wordBreaker = BreakIterator(kind: .word, locale: "")
        self.clitics = clitics
    }

    // MARK: Paragraphs

    /// Paragraph ranges, trimmed of surrounding whitespace. Each non-blank line is a paragraph, unless the
    /// text looks hard-wrapped (short lines in blocks separated by blank lines), when each block is one.
    public func paragraphs(in text: DocumentText) -> [TextRange] {
        let s = text.scalars
        let lines = s.withUnsafeBufferPointer { s -> [TextRange] in
            var lines: [TextRange] = []
            var start = 0
            var i = 0
            let n = s.count
            while i < n {
                let v = s[i].value
                // Line breaks: U+000A–U+000D, U+0085, U+2028, U+2029 (one comparison rejects most text).
                if v &- 0x0A < 4 || (v >= 0x85 && (v == 0x85 || v == 0x2028 || v == 0x2029)) {
                    lines.append(TextRange(start, i))
                    if v == 0x0D && i + 1 < n && s[i + 1] == "\n" { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            lines.append(TextRange(start, n))
            return lines
        }
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

    /// Sentences and tokens of every paragraph, and the clitic splits of Arabic words (parallel to the
    /// tokens; empty when this segmenter has no clitic splitter). `languages` picks the sentence-break
    /// locale per paragraph (`en` uses ICU's abbreviation suppressions).
    public func segment(_ text: DocumentText, paragraphs: [TextRange], languages: [String])
        -> (sentences: [Sentence], tokens: [Token], clitics: [CliticSplit?]) {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        // UTF-16 for ICU, made only when a paragraph needs ICU.
        var utf16: UTF16View?
        for (p, paragraph) in paragraphs.enumerated() {
            let language = p < languages.count ? languages[p] : "und"
            let sentenceRanges = sentenceRanges(paragraph: paragraph, language: language, scalars: text.scalars, utf16: &utf16)
            let first = tokens.count
            if !tokenizeFast(text.scalars, paragraph, into: &tokens) {
                let view = utf16 ?? UTF16View(text.scalars[...], base: 0)
                utf16 = view
                let lo = view.utf16Offset(paragraph.start), hi = view.utf16Offset(paragraph.end)
                view.units.withUnsafeBufferPointer { units in
                    tokenize(UnsafeBufferPointer(rebasing: units[lo..<hi]), base: lo, utf16: view, scalars: text.scalars, into: &tokens)
                }
            }
            var t = first
            for range in sentenceRanges {
                while t < tokens.count && tokens[t].range.start < range.start { t += 1 }
                let start = t
                while t < tokens.count && tokens[t].range.start < range.end { t += 1 }
                sentences.append(Sentence(range: range, paragraph: p, tokens: start..<t))
            }
        }
        var clitics: [CliticSplit?] = []
        if let splitter = self.clitics {
            clitics = tokens.map { $0.kind == .word ? splitter.split($0.range, in: text.scalars) : nil }
        }
        return (sentences, tokens, clitics)
    }

    private func sentenceBreaker(for language: String) -> BreakIterator? {
        let locale = Self.sentenceLocale(language)
        if let b = sentenceBreakers[locale] { return b }
        let b = BreakIterator(kind: .sentence, locale: locale)
        sentenceBreakers[locale] = b
        return b
    }

    /// The ICU locale of sentence breaks for a language code.
    private static func sentenceLocale(_ language: String) -> String {
        language == "en" ? "en@ss=standard" : (language == "und" || language == "other" ? "" : language)
    }

    private func sentenceRanges(paragraph: TextRange, language: String, scalars s: [Unicode.Scalar], utf16: inout UTF16View?) -> [TextRange] {
        var raw: [TextRange] = []
        if !hasInnerTerminator(paragraph, in: s) {
            // No sentence-ending punctuation before the paragraph's end: one sentence, no ICU call needed.
            raw = [trim(paragraph, in: s)]
        } else if let fast = FastSentenceBreak.forLocale(Self.sentenceLocale(language)),
                  let b = s.withUnsafeBufferPointer({ fast.boundaries($0, paragraph.start..<paragraph.end) }) {
            for k in 1..<b.count { raw.append(trim(TextRange(b[k - 1], b[k]), in: s)) }
        } else if let breaker = sentenceBreaker(for: language) {
            let view = utf16 ?? UTF16View(s[...], base: 0)
            utf16 = view
            let base = view.utf16Offset(paragraph.start), hi = view.utf16Offset(paragraph.end)
            let b = view.units.withUnsafeBufferPointer { breaker.boundaries(of: UnsafeBufferPointer(rebasing: $0[base..<hi])) }
            for k in 1..<b.offsets.count {
                let r = TextRange(view.scalarOffset(base + Int(b.offsets[k - 1])), view.scalarOffset(base + Int(b.offsets[k])))
                raw.append(trim(r, in: s))
            }
        } else {
            raw = [trim(paragraph, in: s)]
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

    /// Whether a sentence terminator (. ! ? ؟ ۔ 。 …) occurs before the paragraph's final punctuation, so
    /// sentence breaking (`FastSentenceBreak`, or ICU) is needed.
    private func hasInnerTerminator(_ p: TextRange, in s: [Unicode.Scalar]) -> Bool {
        // Ignore the closing run: terminators, quotation marks, brackets and spaces at the very end.
        var end = p.end
        while end > p.start {
            let c = s[end - 1]
            if Self.isTerminator(c.value) || Segmenter.isSpace(c) || QuotePairer.family(c) != nil || c == ")" || c == "]" { end -= 1 } else { break }
        }
        guard p.start < end else { return false }
        return s.withUnsafeBufferPointer { s in
            for k in p.start..<end where Self.isTerminator(s[k].value) { return true }
            return false
        }
    }

    @inline(__always)
    private static func isTerminator(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x2E || v == 0x21 || v == 0x3F }
        switch v {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4, 0x3002, 0xFF01, 0xFF1F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x0964, 0x0965: return true
        default: return false
        }
    }

    /// Words that usually start a new sentence after an abbreviation such as "U.S.".
    private static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this", "that", "there",
        "his", "her", "their", "its", "our", "as", "at", "for", "if", "when", "while", "after", "so", "yet", "no",
    ]

    /// English title abbreviations that stand before a name and never end a sentence there.
    private static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "lt", "gen", "col", "capt", "adm", "sgt", "maj",
        "cmdr", "cpl", "pvt", "prof", "rev", "hon", "atty", "supt", "msgr", "fr", "pres",
    ]

    /// Whether `r` ends with a period after a one-letter Arabic abbreviation (`د.` doctor, `م.` engineer) or
    /// a Latin initial or dotted abbreviation (`J.`, `U.S.`) that the next sentence continues.
    private func endsInAbbreviation(_ r: TextRange, next: TextRange, in s: [Unicode.Scalar]) -> Bool {
        guard r.length >= 2, s[r.end - 1] == "." else { return false }
        var k = r.end - 1
        while k > r.start && !Segmenter.isSpace(s[k - 1]) && s[k - 1] != "(" && s[k - 1] != "\"" { k -= 1 }
        let word = s[k..<(r.end - 1)]
        guard !word.isEmpty else { return false }
        var letterCount = 0
        var firstLetter: Unicode.Scalar = "."
        for c in word where c != "." {
            if letterCount == 0 { firstLetter = c }
            letterCount += 1
        }
        if letterCount == 1, (0x0621...0x064A).contains(firstLetter.value) { return true }
        // English titles before a name ("Sen. Marco Rubio", "Lt. Gov. Dan Patrick"), which ICU's
        // suppressions miss: the next sentence must start with a capital. (The titles are 2–5 ASCII
        // letters; no other word lower-cases to one of them.)
        if next.start < next.end, ScalarClass.of(s[next.start]).contains(.upper), (2...5).contains(word.count),
           word.allSatisfy({ (0x41...0x5A).contains($0.value) || (0x61...0x7A).contains($0.value) }),
           Self.titleAbbreviations.contains(String(String.UnicodeScalarView(word)).lowercased()) {
            return true
        }
        // Latin: pieces of one letter separated by dots ("J", "U.S", "D.C").
        guard word.count % 2 == 1 else { return false }
        for (offset, c) in word.enumerated() {
            if offset % 2 == 1 {
                guard c == "." else { return false }
            } else {
                guard c != ".", ScalarClass.of(c).contains(.upper) else { return false }
            }
        }
        var firstWord = String.UnicodeScalarView()
        var j = next.start
        while j < next.end && s[j].isLetterFast { firstWord.append(s[j]); j += 1 }
        return !Self.sentenceStarters.contains(String(firstWord).lowercased())
    }

    /// Tokens of a paragraph by ICU's word breaks.
    func tokenize(_ units: UnsafeBufferPointer<UInt16>, base: Int, utf16: UTF16View, scalars s: [Unicode.Scalar],
                  into tokens: inout [Token]) {
        guard let breaker = wordBreaker else { return }
        let b = breaker.boundaries(of: units)
        for k in 1..<b.offsets.count {
            let start = utf16.scalarOffset(base + Int(b.offsets[k - 1]))
            let end = utf16.scalarOffset(base + Int(b.offsets[k]))
            guard end > start else { continue }
            Self.appendToken(start, end, status: b.statuses[k], first: ScalarClass.of(s[start]), into: &tokens)
        }
    }

    /// Tokens of a paragraph by ``FastWordBreak`` (the same boundaries as ICU's), or false (adding no
    /// token) when the paragraph has characters the fast path leaves to ICU.
    func tokenizeFast(_ s: [Unicode.Scalar], _ paragraph: TextRange, into tokens: inout [Token]) -> Bool {
        let mark = tokens.count
        // Tokens are written into a small buffer and appended in batches (no uniqueness and capacity
        // check of the array per token).
        let batch = 1024
        let done = withUnsafeTemporaryAllocation(of: Token.self, capacity: batch) { scratch -> Bool in
            let out = scratch.baseAddress!
            var count = 0
            @inline(__always) func add(_ token: Token) {
                if count == batch {
                    tokens.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
                    count = 0
                }
                (out + count).initialize(to: token)
                count += 1
            }
            let ok = s.withUnsafeBufferPointer { buffer in
                ScalarClass.withTable { table in
                    FastWordBreak.segments(buffer, paragraph.start..<paragraph.end) { start, end, status, first in
                        // Segments with a number or letter status start with a letter, digit or connector.
                        switch status {
                        case 100: add(Token(range: TextRange(start, end), kind: .number))
                        case 200: add(Token(range: TextRange(start, end), kind: .word))
                        default:
                            if first.rawValue == FastWordBreak.WB.space.rawValue { return }
                            if let token = Self.token(start, end, status: status, first: ScalarClass.of(buffer[start], in: table)) {
                                add(token)
                            }
                        }
                    }
                }
            }
            tokens.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
            return ok
        }
        if !done { tokens.removeSubrange(mark...) }
        return done
    }

    /// A word-break segment as a token (spaces are no tokens); `status` is ICU's rule status.
    @inline(__always)
    private static func appendToken(_ start: Int, _ end: Int, status: Int32, first: ScalarClass, into tokens: inout [Token]) {
        if let token = token(start, end, status: status, first: first) { tokens.append(token) }
    }

    /// A word-break segment as a token, or nil for spaces; `status` is ICU's rule status.
    @inline(__always)
    private static func token(_ start: Int, _ end: Int, status: Int32, first: ScalarClass) -> Token? {
        if first.contains(.space) { return nil }
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
        return Token(range: TextRange(start, end), kind: kind)
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

/// A run of scalars as UTF-16 for ICU, with the maps between UTF-16 offsets and scalar offsets.
struct UTF16View {
    let units: [UInt16]
    /// Scalar offset of the run's first scalar in the whole text.
    let base: Int
    let scalarCount: Int
    /// Scalar offset (relative) for each UTF-16 offset; nil when the run has no surrogate pairs.
    private let toScalar: [Int32]?
    /// UTF-16 offset for each scalar offset (relative); nil when the run has no surrogate pairs.
    private let toUTF16: [Int32]?

    init(_ scalars: ArraySlice<Unicode.Scalar>, base: Int) {
        if !scalars.contains(where: { $0.value >= 0x10000 }) {
            // One unit per scalar: no offset maps.
            units = scalars.withUnsafeBufferPointer { src in
                [UInt16](unsafeUninitializedCapacity: src.count) { buffer, count in
                    for k in 0..<src.count { buffer[k] = UInt16(truncatingIfNeeded: src[k].value) }
                    count = src.count
                }
            }
            self.base = base
            scalarCount = scalars.count
            toScalar = nil
            toUTF16 = nil
            return
        }
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        var astral = false
        for s in scalars {
            if s.value < 0x10000 { units.append(UInt16(truncatingIfNeeded: s.value)) } else {
                astral = true
                let v = s.value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
            }
        }
        if astral {
            var map = [Int32]()
            var back = [Int32]()
            map.reserveCapacity(units.count + 1)
            back.reserveCapacity(scalars.count + 1)
            var k: Int32 = 0
            for s in scalars {
                back.append(Int32(map.count))
                map.append(k)
                if s.value >= 0x10000 { map.append(k) }
                k += 1
            }
            back.append(Int32(map.count))
            map.append(k)
            toScalar = map
            toUTF16 = back
        } else {
            toScalar = nil
            toUTF16 = nil
        }
        self.units = units
        self.base = base
        self.scalarCount = scalars.count
    }

    /// Absolute scalar offset for a UTF-16 offset into `units`.
    @inline(__always)
    func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let map = toScalar else { return base + utf16Offset }
        return base + Int(map[min(utf16Offset, map.count - 1)])
    }

    /// UTF-16 offset into `units` for an absolute scalar offset.
    @inline(__always)
    func utf16Offset(_ scalarOffset: Int) -> Int {
        guard let back = toUTF16 else { return scalarOffset - base }
        return Int(back[min(scalarOffset - base, back.count - 1)])
    }
}
