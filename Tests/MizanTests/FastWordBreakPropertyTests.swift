import Testing
@testable import Mizan

/// The fast word-break path gives exactly ICU's boundaries and rule statuses wherever it accepts a text.
@Suite struct FastWordBreakPropertyTests {
    struct Segment: Equatable, CustomStringConvertible {
        var start: Int, end: Int, status: Int32
        var description: String { "\(start)..<\(end):\(status)" }
    }

    /// Every scalar the fast path accepts.
    static let supported: [Unicode.Scalar] = (0..<0x10000).compactMap { v in
        guard let s = Unicode.Scalar(UInt32(v)), FastWordBreak.wordBreak(UInt32(v)) != .unsupported else { return nil }
        return s
    }

    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// Groups of characters for word-like random strings.
    static let groups: [[Unicode.Scalar]] = [
        (0x0621...0x064A).compactMap(Unicode.Scalar.init) + scalars("پچژگکی"),
        scalars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéçüÉ"),
        scalars("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"),
        (0x064B...0x0652).compactMap(Unicode.Scalar.init) + scalars("\u{0670}\u{200C}\u{200E}\u{200F}\u{00AD}"),
        scalars(".',;:،‘’_"),
        scalars("   "),
        scalars("\"()[]-–—!?؟؛«»“”/%٪…\u{00A0}\t#"),
    ]
    static let weights = [6, 6, 3, 2, 3, 4, 2]

    func icuSegments(_ text: [Unicode.Scalar], _ breaker: BreakIterator) -> [Segment] {
        let b = TestSupport.icuBoundaries(text, breaker)
        return (1..<b.count).map { Segment(start: b[$0 - 1].offset, end: b[$0].offset, status: b[$0].status) }
    }

    func fastSegments(_ text: [Unicode.Scalar]) -> [Segment]? {
        var out: [Segment] = []
        let ok = text.withUnsafeBufferPointer { buffer in
            FastWordBreak.segments(buffer, 0..<text.count) { out.append(Segment(start: $0, end: $1, status: $2)); _ = $3 }
        }
        return ok ? out : nil
    }

    func check(_ text: [Unicode.Scalar], _ breaker: BreakIterator) -> Bool {
        guard let fast = fastSegments(text) else {
            Issue.record("fast path declined \(text.map { String($0.value, radix: 16) })")
            return false
        }
        let icu = icuSegments(text, breaker)
        if fast != icu {
            Issue.record("\(text.map { String($0.value, radix: 16) }) \"\(String(String.UnicodeScalarView(text)))\": fast \(fast) ICU \(icu)")
            return false
        }
        return true
    }

    @Test func everySupportedCharacterInContext() throws {
        let breaker = try #require(BreakIterator(kind: .word, locale: ""))
        let contexts = ["aXb", "1X2", "X", "aX", "Xa", "1X", "X1", "_X_", " X ", "بXت", "٣X٤", "XX", "a\u{064E}X\u{064E}b", "X\u{064B}", "\u{064B}X", "a_X", "1_X", "a1X", "a.X", "1,X", "Xـ", "ـX", "X_", "X__", "_X"]
        var failures = 0
        for x in Self.supported {
            for c in contexts {
                var text: [Unicode.Scalar] = []
                for u in c.unicodeScalars { if u == "X" { text.append(x) } else { text.append(u) } }
                if !check(text, breaker) { failures += 1 }
                if failures > 20 { return }
            }
        }
    }

    @Test func randomWordLikeStrings() throws {
        let breaker = try #require(BreakIterator(kind: .word, locale: ""))
        var rng = SeededGenerator(seed: 29)
        let total = Self.weights.reduce(0, +)
        var failures = 0
        for _ in 0..<20_000 {
            var text: [Unicode.Scalar] = []
            let length = 1 + rng.below(40)
            while text.count < length {
                var r = rng.below(total), g = 0
                while r >= Self.weights[g] { r -= Self.weights[g]; g += 1 }
                let run = 1 + rng.below(g < 2 ? 6 : 2)
                for _ in 0..<run { text.append(rng.pick(Self.groups[g])) }
            }
            if !check(text, breaker) { failures += 1 }
            if failures > 20 { return }
        }
    }

    @Test func randomStringsOfAllSupportedCharacters() throws {
        let breaker = try #require(BreakIterator(kind: .word, locale: ""))
        var rng = SeededGenerator(seed: 7)
        var failures = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + rng.below(12))).map { _ in rng.pick(Self.supported) }
            if !check(text, breaker) { failures += 1 }
            if failures > 20 { return }
        }
    }

    @Test func declinesOtherScripts() {
        for text in ["漢字", "שלום", "a\u{200D}b", "x 👍", "Ελλάδα", "a·b", "\u{2028}", "ﷺ"] {
            #expect(fastSegments(Self.scalars(text)) == nil, "\(text)")
        }
    }

    @Test func segmenterTokensMatchICUOnMixedParagraphs() {
        let segmenter = Segmenter(clitics: nil)
        let texts = [
            "قال الرئيس: «نحن مستعدون»، وأضاف أن 3.5% من الـ١٢٠٠ شخص... U.S. officials' 1,000,000 e-mails_2 don’t",
            "The minister said, \"We won't\" — and left at 5:30 p.m.; 'no comment' (AP) 12th-floor",
            "وزير الخارجية الإيراني محمد جواد ظريف گفت که ۱۲ نفر... 漢字 mixed",
        ]
        for t in texts {
            let text = DocumentText(t)
            let p = TextRange(0, text.count)
            var fast: [Token] = []
            let accepted = segmenter.tokenizeFast(text.scalars, p, into: &fast)
            let utf16 = UTF16View(text.scalars[...], base: 0)
            var icu: [Token] = []
            utf16.units.withUnsafeBufferPointer { segmenter.tokenize($0, base: 0, utf16: utf16, scalars: text.scalars, into: &icu) }
            if accepted { #expect(fast == icu) } else { #expect(t.contains("漢") && fast.isEmpty) }
        }
    }
}
