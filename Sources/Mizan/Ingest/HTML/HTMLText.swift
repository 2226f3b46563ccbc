/// Whitespace and punctuation facts used when measuring and writing out page text.
enum HTMLText {
    /// White space as HTML pages use it: ASCII spaces, no-break space and the Unicode space separators.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Invisible characters dropped from the text: soft hyphen, zero-width space, word joiner, BOM.
    /// (ZWNJ and ZWJ stay: Persian and Arabic spelling uses them.)
    @inline(__always)
    static func isInvisible(_ v: UInt32) -> Bool {
        v == 0xAD || v == 0x200B || v == 0x2060 || v == 0xFEFF
    }

    /// Commas that separate clauses: Latin, Arabic `،`, fullwidth and ideographic.
    @inline(__always)
    static func isComma(_ v: UInt32) -> Bool {
        v == 0x2C || v == 0x060C || v == 0xFF0C || v == 0x3001 || v == 0xFE50
    }

    /// `s` with every run of white space made one space, trimmed at both ends.
    static func collapsed(_ s: String) -> String {
        var line = HTMLLineBuffer()
        line.append(s)
        return line.take()
    }

    /// Whether the UTF-8 of `s` holds `needle` (bytes compared exactly).
    static func contains(_ s: String, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let h = Array(s.utf8)
        guard h.count >= n.count else { return false }
        var i = 0
        while i + n.count <= h.count {
            if h[i] == first {
                var k = 1
                while k < n.count && h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Byte offsets (in the UTF-8 of `s`) where `needle` starts.
    static func offsets(of needle: String, in s: String) -> [Int] {
        let n = Array(needle.utf8), h = Array(s.utf8)
        guard !n.isEmpty, h.count >= n.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) {
                found.append(i)
                i += n.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// Length of `s` once white space is collapsed (in Unicode scalars), how many commas it holds, and
    /// whether it holds anything but white space. A leading or trailing run of white space counts as one
    /// character, as it may separate words.
    static func measure(_ s: String) -> (length: Int, commas: Int, hasContent: Bool) {
        var length = 0, commas = 0
        var inSpace = false
        var content = false
        for u in s.unicodeScalars {
            let v = u.value
            if isSpace(v) {
                if !inSpace { length += 1; inSpace = true }
            } else {
                length += 1
                inSpace = false
                content = true
                if isComma(v) { commas += 1 }
            }
        }
        return (length, commas, content)
    }

    /// Letters and digits of any script.
    @inline(__always)
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// Lower-cased words (runs of letters, digits and combining marks) of `s`.
    static func words(_ s: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for u in s.lowercased().unicodeScalars {
            if isWordScalar(u) || (!current.isEmpty && u.properties.generalCategory == .nonspacingMark) {
                current.append(u)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Whether `lines` hold at least `count` words (runs of letters or digits).
    static func hasWords(_ lines: [String], atLeast count: Int) -> Bool {
        var words = 0
        for line in lines {
            var inWord = false
            for u in line.unicodeScalars {
                if isWordScalar(u) {
                    if !inWord { words += 1; if words >= count { return true } }
                    inWord = true
                } else {
                    inWord = false
                }
            }
        }
        return false
    }

    /// Whether a short line is a date/time stamp ("Wednesday, 28 August 2013, last updated 14:00 (GMT+0400)",
    /// "Le Monde | 04.05.2015 à 13h36"): it names a year (1900–2099, any digits) and a clock time, or is
    /// largely numbers, and does not end like a sentence.
    static func looksLikeDateline(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 90, let last = scalars.last, !".!?؟".unicodeScalars.contains(last) else { return false }
        func digit(_ u: Unicode.Scalar) -> Int? {
            switch u.value {
            case 0x30...0x39: return Int(u.value - 0x30)
            case 0x660...0x669: return Int(u.value - 0x660)
            case 0x6F0...0x6F9: return Int(u.value - 0x6F0)
            default: return nil
            }
        }
        var year = false, clock = false
        var numbers = 0, tokens = 0
        var i = 0
        while i < scalars.count {
            if digit(scalars[i]) != nil {
                var value = 0, k = i
                while k < scalars.count, let d = digit(scalars[k]) { value = value * 10 + d; k += 1 }
                if k - i == 4 && (1900...2099).contains(value) { year = true }
                if k - i <= 2, k + 2 < scalars.count, scalars[k] == ":" || scalars[k] == "h",
                   digit(scalars[k + 1]) != nil, digit(scalars[k + 2]) != nil { clock = true }
                numbers += 1
                tokens += 1
                i = k
            } else if isWordScalar(scalars[i]) {
                var k = i
                while k < scalars.count, isWordScalar(scalars[k]), digit(scalars[k]) == nil { k += 1 }
                tokens += 1
                i = k
            } else {
                i += 1
            }
        }
        return year && (clock || Double(numbers) >= 0.3 * Double(tokens))
    }

    /// Whether the (collapsed) text ends a sentence or holds a full stop followed by a space.
    static func looksLikeSentence(_ s: String) -> Bool {
        let enders: Set<Unicode.Scalar> = [".", "!", "?", "\u{061F}", "\u{06D4}", "\u{3002}", "…"]
        var previousWasEnder = false
        for u in s.unicodeScalars {
            if previousWasEnder && isSpace(u.value) { return true }
            previousWasEnder = enders.contains(u)
        }
        if previousWasEnder { return true }
        // A sentence may end inside closing quotes or brackets.
        let trimmed = s.unicodeScalars.reversed().drop { "\"'”’»)]".unicodeScalars.contains($0) || isSpace($0.value) }
        if let last = trimmed.first { return enders.contains(last) }
        return false
    }
}

/// Builds one line of text as UTF-8: runs of white space become one space, none at either end.
struct HTMLLineBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ s: String) {
        for u in s.unicodeScalars { append(u) }
    }

    @inline(__always)
    mutating func append(_ u: Unicode.Scalar) {
        let v = u.value
        if HTMLText.isInvisible(v) { return }
        if HTMLText.isSpace(v) {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else {
            UTF8.encode(u) { bytes.append($0) }
        }
    }

    /// Separates what follows from what came before by one space (unless the line is empty).
    mutating func space() { pendingSpace = !bytes.isEmpty }

    /// The line so far, leaving the buffer empty.
    mutating func take() -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return s
    }
}
