/// Word tokens of a normalized text as the lexicon matcher sees them: maximal runs of letters, digits,
/// combining marks and apostrophes, with apostrophes trimmed from both ends (`'thugs'` → `thugs`).
///
/// Offsets are into the normalized scalars. Two neighbouring tokens are *linked* — a multiword term may
/// continue across the gap — when the gap holds only spaces and hyphens or dashes (no line break, no
/// other punctuation): `الصهيو ـ أميركية` (tatweel is gone from the normalized view), `Zionist-American`.
struct TermWords {
    /// Normalized start offset of each token.
    var starts: [Int32] = []
    /// Normalized end offset (exclusive) of each token.
    var ends: [Int32] = []
    /// `linked[i]`: token `i + 1` may continue a term that token `i` is part of.
    var linked: [Bool] = []

    var count: Int { starts.count }

    init() {}

    /// Tokenizes normalized scalars.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        let n = scalars.count
        starts.reserveCapacity(n / 5)
        ends.reserveCapacity(n / 5)
        linked.reserveCapacity(n / 5)
        var i = 0
        var gapLinkable = false  // whether the gap since the last token only holds joiners
        while i < n {
            if Self.isWord(scalars, i) {
                var j = i + 1
                while j < n && Self.isWord(scalars, j) { j += 1 }
                // Apostrophes at either end are quote marks or a dropped letter (lyin'): they go to the gap,
                // where they join like a hyphen.
                var a = i, b = j
                while a < b && scalars[a] == "'" { a += 1 }
                while b > a && scalars[b - 1] == "'" { b -= 1 }
                if a < b {
                    if !starts.isEmpty { linked[linked.count - 1] = gapLinkable }
                    starts.append(Int32(a))
                    ends.append(Int32(b))
                    linked.append(false)
                    gapLinkable = true
                }
                i = j
            } else {
                if Self.kind(scalars[i]) != .joiner { gapLinkable = false }
                i += 1
            }
        }
    }

    /// Whether `scalars[i]` belongs to a word: a letter, digit, mark or apostrophe, or a `.` or `,` between
    /// two digits (`2.0`, `1,000`).
    @inline(__always)
    static func isWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        let c = scalars[i]
        if kind(c) == .word { return true }
        if (c == "." || c == ",") && i > 0 && i + 1 < scalars.count {
            return isDigit(scalars[i - 1]) && isDigit(scalars[i + 1])
        }
        return false
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    enum Kind { case word, joiner, other }

    /// Letters, digits, marks and the apostrophe make words; spaces (not line breaks), hyphens/dashes,
    /// `@` and `#` join them; anything else separates them.
    @inline(__always)
    static func kind(_ c: Unicode.Scalar) -> Kind {
        let v = c.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || v == 0x27 { return .word }
            if v == 0x20 || v == 0x2D || v == 0x09 || v == 0x40 || v == 0x23 { return .joiner }
            return .other
        }
        let cls = ScalarClass.of(c)
        if cls.contains(.letter) || cls.contains(.digit) || cls.contains(.mark) { return .word }
        switch v {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x0640, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .joiner
        default:
            return .other
        }
    }

    /// The normalized words of a (normalized) string.
    static func words(of normalized: String) -> [String] {
        let scalars = Array(normalized.unicodeScalars)
        let t = scalars.withUnsafeBufferPointer { TermWords($0) }
        return (0..<t.count).map { String(String.UnicodeScalarView(scalars[Int(t.starts[$0])..<Int(t.ends[$0])])) }
    }

    /// The words of a string as written (not normalized), for case-sensitive checks.
    static func rawWords(of string: String) -> [String] {
        let scalars = Array(string.unicodeScalars)
        let t = scalars.withUnsafeBufferPointer { TermWords($0) }
        return (0..<t.count).map { String(String.UnicodeScalarView(scalars[Int(t.starts[$0])..<Int(t.ends[$0])])) }
    }
}
