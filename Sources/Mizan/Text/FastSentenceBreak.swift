/// Sentence boundaries without ICU's break iterator, for one paragraph (text without line or paragraph
/// separators). It applies the Unicode sentence-break rules that ICU's root rules implement (UAX #29
/// SB5–SB11 and SB998; SB3/SB4 need separators, which a paragraph does not have) to the Sentence_Break
/// property as ICU reports it, and for English ICU's `ss=standard` abbreviation suppressions, read
/// from ICU's own data and applied the way ICU's filtered iterator applies them. The boundaries are
/// those of `ubrk_open(UBRK_SENTENCE, locale)`; `FastSentenceBreakPropertyTests` checks them against ICU
/// on random strings, and a paragraph with a separator is left to ICU (`boundaries` returns nil).
struct FastSentenceBreak: Sendable {
    /// ICU's USentenceBreak values.
    enum SB {
        static let other: UInt8 = 0, aTerm: UInt8 = 1, close: UInt8 = 2, format: UInt8 = 3, lower: UInt8 = 4
        static let numeric: UInt8 = 5, oLetter: UInt8 = 6, sep: UInt8 = 7, sp: UInt8 = 8, sTerm: UInt8 = 9
        static let upper: UInt8 = 10, cr: UInt8 = 11, extend: UInt8 = 12, lf: UInt8 = 13, sContinue: UInt8 = 14
    }

    /// Sentence_Break of every BMP code point (64 KB, made once from ICU's property data), with
    /// ``stop`` added for terminators and separators, the characters the scan stops at.
    private static let bmp: [UInt8] = (0..<0x10000).map { v in
        let c = ICU.sentenceBreakClass(UInt32(v))
        return Self.isStop(c) ? c | Self.stop : c
    }
    private static let stop: UInt8 = 0x80

    @inline(__always)
    private static func isStop(_ c: UInt8) -> Bool {
        c == SB.aTerm || c == SB.sTerm || c == SB.sep || c == SB.cr || c == SB.lf
    }

    /// English abbreviations ("Mr.", "U.S.") after which no sentence ends; nil for other locales.
    let suppressions: Suppressions?

    private static let root = FastSentenceBreak(suppressions: nil)
    private static let english = FastSentenceBreak(suppressions: Suppressions(ICU.sentenceSuppressions(locale: "en")))

    /// The fast path for an ICU locale id, or nil for a locale whose rules are not handled here. Root,
    /// Arabic and Persian use ICU's root rules (ICU's data has no sentence tailoring for them).
    static func forLocale(_ locale: String) -> FastSentenceBreak? {
        switch locale {
        case "", "ar", "fa": return root
        case "en@ss=standard": return english
        default: return nil
        }
    }

    /// Boundaries of `s[range]` as absolute scalar offsets, including both ends, or nil when the text has
    /// a line or paragraph separator (the caller then uses ICU).
    func boundaries(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [Int]? {
        let lo = range.lowerBound, hi = range.upperBound
        var out = [lo]
        guard lo < hi else { return out }
        return Self.bmp.withUnsafeBufferPointer { table -> [Int]? in
            @inline(__always) func cls(_ k: Int) -> UInt8 {
                let v = s[k].value
                return v < 0x10000 ? table[Int(v)] & ~Self.stop : ICU.sentenceBreakClass(v)
            }
            /// The end of the character at `k` with its Extend and Format marks (rule SB5).
            @inline(__always) func extended(_ k: Int) -> Int {
                var e = k + 1
                while e < hi {
                    let c = cls(e)
                    guard c == SB.extend || c == SB.format else { break }
                    e += 1
                }
                return e
            }
            var k = lo
            while k < hi {
                // Skip to the next terminator (or separator): most characters are neither.
                while k < hi {
                    let v = s[k].value
                    if v < 0x10000 ? table[Int(v)] & Self.stop != 0 : Self.isStop(ICU.sentenceBreakClass(v)) { break }
                    k += 1
                }
                guard k < hi else { break }
                let c = cls(k)
                if c == SB.sep || c == SB.cr || c == SB.lf { return nil }
                let e = extended(k)
                // The character before the terminator, its Extend and Format marks skipped (SB5); at the
                // paragraph's start a mark is a character of its own.
                var before: UInt8 = 255
                var b = k - 1
                while b >= lo {
                    before = cls(b)
                    guard b > lo, before == SB.extend || before == SB.format else { break }
                    b -= 1
                }
                // A terminator, then Close* Sp* (SB9, SB10: no break inside those runs).
                var j = e
                while j < hi, cls(j) == SB.close { j = extended(j) }
                while j < hi, cls(j) == SB.sp { j = extended(j) }
                guard j < hi else { break }
                let next = cls(j)
                if next == SB.sep || next == SB.cr || next == SB.lf { return nil }
                var keep = false
                if c == SB.aTerm && j == e {
                    // SB6: "3.5"; SB7: "U.S" (letter, full stop, capital with nothing between).
                    keep = next == SB.numeric || (next == SB.upper && (before == SB.upper || before == SB.lower))
                }
                if !keep && c == SB.aTerm {
                    // SB8: a full stop whose sentence goes on in lower case after anything but letters or terminators.
                    var m = j
                    while m < hi {
                        let d = cls(m)
                        if d == SB.oLetter || d == SB.upper || d == SB.lower || d == SB.sep || d == SB.cr || d == SB.lf
                            || d == SB.aTerm || d == SB.sTerm { break }
                        m = extended(m)
                    }
                    keep = m < hi && cls(m) == SB.lower
                }
                // SB8a: a comma-like continuation or another terminator; else SB11 breaks here.
                if !keep && next != SB.sContinue && next != SB.aTerm && next != SB.sTerm
                    && !(suppressions?.suppresses(s, at: j, in: lo..<hi) ?? false) {
                    out.append(j)
                }
                k = j
            }
            out.append(hi)
            return out
        }
    }

    /// ICU's filter of sentence breaks after abbreviations (`ss=standard`). Entries with an inner full
    /// stop ("U.S.") are partial: their part up to the first full stop goes, reversed, into the backward
    /// trie marked partial, and the whole entries (and any entry sharing that part) into a forward trie;
    /// other entries go reversed into the backward trie as matches. A break is suppressed when, walking
    /// back from it (over one space), the longest backward entry is a match, or is partial and the text
    /// from its start, walked forward, ends on a forward entry.
    struct Suppressions: Sendable {
        static let partial: Int8 = 1, match: Int8 = 2
        var backward = Trie()
        var forward = Trie()

        init(_ entries: [[Unicode.Scalar]]) {
            let unique = Array(Set(entries.map { $0.map(\.value) })).sorted { $0.lexicographicallyPrecedes($1) }
            var marked = [Bool](repeating: false, count: unique.count)
            let stop: UInt32 = 0x2E
            for (i, entry) in unique.enumerated() {
                guard let dot = entry.firstIndex(of: stop), dot + 1 != entry.count else { continue }
                let prefix = entry[...dot]
                var shared = false
                for (j, other) in unique.enumerated() where j != i && other.count > dot && other[...dot] == prefix {
                    if marked[j] { shared = true } else { marked[j] = true }
                }
                if !shared && !marked[i] {
                    backward.insert(prefix.reversed(), value: Self.partial)
                    marked[i] = true
                }
            }
            for (i, entry) in unique.enumerated() {
                if marked[i] { forward.insert(entry, value: Self.match) } else { backward.insert(entry.reversed(), value: Self.match) }
            }
        }

        /// Whether ICU suppresses the sentence break at `n` (an absolute offset inside `text`).
        func suppresses(_ s: UnsafeBufferPointer<Unicode.Scalar>, at n: Int, in text: Range<Int>) -> Bool {
            guard !backward.isEmpty else { return false }
            var p = n
            if p > text.lowerBound && s[p - 1] == " " { p -= 1 }
            var node = 0
            var best: (value: Int8, position: Int)?
            while p > text.lowerBound {
                p -= 1
                guard let child = backward.child(node, s[p].value) else { break }
                node = child
                if let value = backward.value(node) { best = (value, p) }
                if !backward.hasChildren(node) { break }
            }
            guard let best else { return false }
            if best.value == Self.match { return true }
            guard best.value == Self.partial, !forward.isEmpty else { return false }
            // The partial entry must continue forward into a whole one; ICU walks until the trie has no
            // continuation or the text ends, and suppresses when the last step ended on an entry.
            node = 0
            var matched = false
            var q = best.position
            while q < text.upperBound {
                guard let child = forward.child(node, s[q].value) else { return false }
                node = child
                q += 1
                matched = forward.value(node) != nil
                if !forward.hasChildren(node) { break }
            }
            return matched
        }
    }

    /// A small trie of code point strings with values.
    struct Trie: Sendable {
        private var children: [[UInt32: Int]] = [[:]]
        private var values: [Int8] = [0]

        var isEmpty: Bool { children[0].isEmpty }

        mutating func insert<S: Sequence>(_ string: S, value: Int8) where S.Element == UInt32 {
            var node = 0
            for c in string {
                if let next = children[node][c] { node = next; continue }
                children.append([:])
                values.append(0)
                children[node][c] = children.count - 1
                node = children.count - 1
            }
            if values[node] == 0 { values[node] = value }
        }

        func child(_ node: Int, _ c: UInt32) -> Int? { children[node][c] }
        func value(_ node: Int) -> Int8? { values[node] == 0 ? nil : values[node] }
        func hasChildren(_ node: Int) -> Bool { !children[node].isEmpty }
    }
}
