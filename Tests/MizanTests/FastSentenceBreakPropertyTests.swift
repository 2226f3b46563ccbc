import Testing
@testable import Mizan

/// The fast sentence-break path gives exactly ICU's sentence boundaries (root, Arabic, Persian, and English
/// with abbreviation suppressions) wherever it accepts a text.
@Suite struct FastSentenceBreakPropertyTests {
    static let locales = ["", "ar", "fa", "en@ss=standard"]

    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// The abbreviations ICU's English data suppresses breaks after ("Mr.", "U.S.", …).
    static let abbreviations: [[Unicode.Scalar]] = ICU.sentenceSuppressions(locale: "en")

    /// Groups of characters for sentence-like random strings: lower, upper, other letters, digits,
    /// terminators, closing punctuation, spaces, continuations, marks and format characters, others.
    static let groups: [[Unicode.Scalar]] = [
        scalars("abcdefghijklmnopqrstuvwxyzé𝐚"),
        scalars("ABCDEFGHIJKLMNOPQRSTUVWXYZÉ𝐀"),
        (0x0621...0x064A).compactMap(Unicode.Scalar.init) + scalars("پچژگکی漢"),
        scalars("0123456789٠١٢٣۴"),
        scalars("...!?؟。‼۔"),
        scalars("\"'()[]«»“”’‘"),
        scalars("    \u{00A0}\t"),
        scalars(",;:،-–—؛"),
        scalars("\u{0301}\u{064E}\u{0651}\u{200E}\u{00AD}\u{200C}\u{200D}"),
        scalars("%/#&*+=@_…·"),
    ]
    static let weights = [8, 4, 5, 2, 4, 3, 5, 2, 1, 1]

    func check(_ text: [Unicode.Scalar], locale: String, _ breaker: BreakIterator) -> Bool {
        let fast = FastSentenceBreak.forLocale(locale)!
        guard let mine = text.withUnsafeBufferPointer({ fast.boundaries($0, 0..<text.count) }) else {
            Issue.record("fast path declined \(text.map { String($0.value, radix: 16) })")
            return false
        }
        let icu = TestSupport.icuBoundaries(text, breaker).map(\.offset)
        if mine != icu {
            Issue.record("[\(locale)] \"\(String(String.UnicodeScalarView(text)))\" \(text.map { String($0.value, radix: 16) }): fast \(mine) ICU \(icu)")
            return false
        }
        return true
    }

    @Test func englishSuppressionsComeFromICU() {
        #expect(Self.abbreviations.count > 50)
        #expect(Self.abbreviations.contains(Self.scalars("Mr.")))
    }

    @Test(arguments: locales) func randomSentenceLikeStrings(locale: String) throws {
        let breaker = try #require(BreakIterator(kind: .sentence, locale: locale))
        var rng = SeededGenerator(seed: 41)
        let total = Self.weights.reduce(0, +)
        var failures = 0
        for _ in 0..<20_000 {
            var text: [Unicode.Scalar] = []
            let length = 1 + rng.below(40)
            while text.count < length {
                if rng.below(10) == 0 {
                    // An abbreviation, sometimes glued to a letter or followed by two spaces.
                    text += rng.pick(Self.abbreviations)
                    continue
                }
                var r = rng.below(total), g = 0
                while r >= Self.weights[g] { r -= Self.weights[g]; g += 1 }
                let run = 1 + rng.below(g < 3 ? 5 : 2)
                for _ in 0..<run { text.append(rng.pick(Self.groups[g])) }
            }
            if !check(text, locale: locale, breaker) { failures += 1 }
            if failures > 20 { return }
        }
    }

    @Test(arguments: locales) func everyClassInContext(locale: String) throws {
        let breaker = try #require(BreakIterator(kind: .sentence, locale: locale))
        // A few characters of every Sentence_Break class but the separators.
        var samples: [UInt8: [Unicode.Scalar]] = [:]
        for v in 0..<0x3100 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let c = ICU.sentenceBreakClass(UInt32(v))
            if samples[c, default: []].count < 12 { samples[c, default: []].append(s) }
        }
        let contexts = ["aX b", "a.X b", "a. X b", "A.X", "a.X", "X. a", "X. A", "Mr.X Smith", "U.S.X", "a.)X a", "a? X a",
                        "a.\"X\" b", "X", "XX. b", "1.X2", "a. (X) b", "e.g.X b", "a. X"]
        var failures = 0
        for (c, chars) in samples where c != FastSentenceBreak.SB.sep && c != FastSentenceBreak.SB.cr && c != FastSentenceBreak.SB.lf {
            for x in chars {
                for context in contexts {
                    var text: [Unicode.Scalar] = []
                    for u in context.unicodeScalars { if u == "X" { text.append(x) } else { text.append(u) } }
                    if !check(text, locale: locale, breaker) { failures += 1 }
                    if failures > 20 { return }
                }
            }
        }
    }

    @Test func everyEnglishAbbreviationInContext() throws {
        let locale = "en@ss=standard"
        let breaker = try #require(BreakIterator(kind: .sentence, locale: locale))
        var failures = 0
        for a in Self.abbreviations {
            let word = String(String.UnicodeScalarView(a))
            for context in ["X Smith said.", "He met X Smith.", "It was X. The end", "xX Brown", "X  Brown", "(X) Brown",
                            "X\u{00A0}Brown", "X, Brown", "X 5", "X\"Brown\"", "The X", "X Brown. X Green"] {
                let text = Self.scalars(context.replacingOccurrences(of: "X", with: word))
                if !check(text, locale: locale, breaker) { failures += 1 }
                if failures > 20 { return }
            }
        }
    }

    @Test func declinesSeparators() {
        let fast = FastSentenceBreak.forLocale("")!
        for text in ["a.\nB", "a\u{2028}b", "a\u{0085}b", "a. \r"] {
            let s = Self.scalars(text)
            #expect(s.withUnsafeBufferPointer { fast.boundaries($0, 0..<s.count) } == nil, "\(text)")
        }
        #expect(FastSentenceBreak.forLocale("el") == nil)
    }
}
