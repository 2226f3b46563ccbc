/// Word tokens of a normalized text as the lexicon matcher sees them: maximal runs of letters, digits,
/// combining marks and apostrophes, with apostrophes trimmed from both ends (`'thugs'` → `thugs`).
///
/// Offsets are into the normalized scalars. Two neighbouring tokens are *linked* — a multiword term may
/// continue across the gap — when the gap holds only spaces and hyphens or dashes (no line break, no
/// other punctuation): `الصهيو ـ أميركية` (tatweel is gone from the normalized view), `Zionist-American`.
struct TermWords {
    /// One token.
    struct Item {
        /// Normalized start offset.
        var start: Int32
        /// Normalized end offset (exclusive).
        var end: Int32
        /// The word packed into 128 bits, for memoizing repeated words (see ``code``).
        var key0: UInt64
        var key1: UInt64
        /// A 32-bit hash of the packed word (``hash32(_:_:_:)``; 0 when the word is not packed): it picks the
        /// word's memo set. 32 bits keep the item at 32 bytes, so fewer bytes are written and read per
        /// token; the memo compares the key itself, so the hash need not identify the word.
        var hash: UInt32
        /// How the word is packed: its length for a byte per scalar (ASCII as is, U+0600–U+067F as
        /// 0x80–0xFF; up to 16 scalars), its length with 0x80 set for 16 bits per BMP scalar (up to 8),
        /// ``unpacked`` otherwise. Equal codes and keys mean the same word.
        var code: UInt8
        /// The next token may continue a term that this token is part of.
        var linked: Bool
    }

    /// The ``Item/code`` of a word that does not fit in 128 bits.
    static var unpacked: UInt8 { 255 }

    var items: [Item] = []

    var count: Int { items.count }

    init() {}

    /// Tokenizes normalized scalars.
    ///
    /// One table load per scalar (``KindTable``) gives both its kind and the byte it packs to. A word's
    /// bytes are shifted into a 128-bit register (`key1:key0`, newest byte on top) with no test of the
    /// word's length or of each scalar's packing: at the word's end the register is shifted down so that
    /// the first scalar is in the lowest byte, and a word with a scalar outside the packing (its entry
    /// has ``KindTable/unpackable`` set, collected by OR) or over 16 scalars takes the slow path.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        let n = scalars.count
        guard n > 0, let text = scalars.baseAddress else { return }
        // Offsets are kept in 32 bits (and the arithmetic below cannot overflow).
        precondition(n < Int(Int32.max), "text too long for the term matcher")
        let table = KindTable.shared.entries
        // Tokens are separated by at least one scalar: at most (n + 1) / 2 of them.
        items = [Item](unsafeUninitializedCapacity: n / 2 + 1) { buffer, initialized in
            let out = buffer.baseAddress!
            var count = 0
            var gapLinkable = false  // whether the gap since the last token only holds joiners
            var i = 0
            while i < n {
                var e = Self.entry(text[i], table)
                let kind = e & KindTable.kindMask
                if kind != KindTable.word {
                    // `.` and `,` are word characters only between two digits, and then inside a word: in a
                    // gap they separate.
                    if kind != KindTable.joiner { gapLinkable = false }
                    i &+= 1
                    continue
                }
                // The run of word characters, packed on the way.
                var key0: UInt64 = 0, key1: UInt64 = 0
                var seen: UInt16 = 0
                var j = i
                while true {
                    key0 = (key0 &>> 8) | (key1 &<< 56)
                    key1 = (key1 &>> 8) | (UInt64(truncatingIfNeeded: e) &<< 56)
                    seen |= e
                    j &+= 1
                    if j == n { break }
                    e = Self.entry(text[j], table)
                    if e & KindTable.kindMask != KindTable.word {
                        guard e & KindTable.kindMask == KindTable.numberPunctuation, Self.isDigit(text[j &- 1]),
                              j &+ 1 < n, Self.isDigit(text[j &+ 1]) else { break }
                    }
                }
                let length = j &- i
                let item: Item
                if seen & KindTable.unpackable == 0 && length <= 16 && text[i] != "'" && text[j &- 1] != "'" {
                    // The first scalar to the lowest byte.
                    if length <= 8 {
                        key0 = key1 &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length)
                        key1 = 0
                    } else if length < 16 {
                        let s = UInt64(truncatingIfNeeded: 128 &- 8 &* length)
                        key0 = (key0 &>> s) | (key1 &<< (64 - s))
                        key1 = key1 &>> s
                    }
                    let code = UInt8(truncatingIfNeeded: length)
                    item = Item(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: j), key0: key0, key1: key1,
                                hash: Self.hash32(key0, key1, code), code: code, linked: false)
                } else {
                    // Apostrophes at either end are quote marks or a dropped letter (lyin'): they go to the gap,
                    // where they join like a hyphen.
                    var a = i, b = j
                    while a < b && text[a] == "'" { a += 1 }
                    while b > a && text[b - 1] == "'" { b -= 1 }
                    guard a < b else { i = j; continue }
                    item = Self.item(text, a, b)
                }
                if count > 0 { out[count &- 1].linked = gapLinkable }
                (out + count).initialize(to: item)
                count &+= 1
                gapLinkable = true
                i = j
            }
            initialized = count
        }
    }

    /// The ``KindTable`` entry of a scalar.
    @inline(__always)
    private static func entry(_ c: Unicode.Scalar, _ table: UnsafePointer<UInt16>) -> UInt16 {
        let v = c.value
        return v < 0x10000 ? table[Int(v)] : KindTable.entry(c)
    }

    /// The token `text[a..<b]`, packed and hashed (the slow path: apostrophes trimmed, or scalars outside
    /// the byte packing).
    static func item(_ text: UnsafePointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Item {
        let n = b - a
        var key0: UInt64 = 0, key1: UInt64 = 0
        var code = unpacked
        if n <= 16 {
            var bytes = true
            var k = 0
            while k < n {
                let v = text[a + k].value
                let e: UInt64
                if v < 0x80 { e = UInt64(v) } else if v &- 0x0600 < 0x80 { e = UInt64(v &- 0x0580) } else { bytes = false; break }
                if k < 8 { key0 |= e &<< UInt64(8 * k) } else { key1 |= e &<< UInt64(8 * (k - 8)) }
                k += 1
            }
            if bytes {
                code = UInt8(n)
            } else if n <= 8 {
                key0 = 0
                key1 = 0
                code = UInt8(n) | 0x80
                for k in 0..<n {
                    let v = UInt64(text[a + k].value)
                    if v > 0xFFFF { code = unpacked; break }
                    if k < 4 { key0 |= v &<< UInt64(16 * k) } else { key1 |= v &<< UInt64(16 * (k - 4)) }
                }
            }
        }
        let hash = code == unpacked ? 0 : Self.hash32(key0, key1, code)
        return Item(start: Int32(a), end: Int32(b), key0: key0, key1: key1, hash: hash, code: code, linked: false)
    }

    /// The hash of a packed word.
    @inline(__always)
    static func hash(_ key0: UInt64, _ key1: UInt64, _ code: UInt8) -> UInt64 {
        var h = (key0 &* 0x9E37_79B9_7F4A_7C15) ^ ((key1 &+ UInt64(code)) &* 0xC2B2_AE3D_27D4_EB4F)
        h = (h ^ (h &>> 29)) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h &>> 32)
    }

    /// The 32-bit hash of a packed word kept in ``Item/hash``: the high halves of two multiplicative products
    /// (high bits of a product depend on every bit of the key), without ``hash(_:_:_:)``'s finalizer — it
    /// only spreads words over memo sets, whose slots compare the whole key.
    @inline(__always)
    static func hash32(_ key0: UInt64, _ key1: UInt64, _ code: UInt8) -> UInt32 {
        UInt32(truncatingIfNeeded: ((key0 &* 0x9E37_79B9_7F4A_7C15) ^ ((key1 &+ UInt64(code)) &* 0xC2B2_AE3D_27D4_EB4F)) &>> 32)
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    enum Kind { case word, joiner, other }

    /// Letters, digits, marks and the apostrophe make words; spaces (not line breaks), hyphens/dashes,
    /// `@` and `#` join them; anything else separates them.
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
        return t.items.map { String(scalars: scalars[Int($0.start)..<Int($0.end)]) }
    }

    /// The words of a string as written (not normalized), for case-sensitive checks.
    static func rawWords(of string: String) -> [String] {
        let scalars = Array(string.unicodeScalars)
        let t = scalars.withUnsafeBufferPointer { TermWords($0) }
        return t.items.map { String(scalars: scalars[Int($0.start)..<Int($0.end)]) }
    }
}

/// The kind of every BMP scalar for ``TermWords``, and the byte it packs to, in one 16-bit entry: the
/// byte in the low 8 bits (ASCII as is, U+0600–U+067F as 0x80–0xFF), the kind (``word``, ``joiner``,
/// ``other``, or ``numberPunctuation`` for `.` and `,`) in bits 8–9, and ``unpackable`` for a scalar
/// outside the byte packing. Allocated once and never written after, hence `@unchecked Sendable`.
final class KindTable: @unchecked Sendable {
    static let shared = KindTable()
    let entries: UnsafePointer<UInt16>

    static var kindMask: UInt16 { 0x300 }
    static var other: UInt16 { 0 }
    static var word: UInt16 { 0x100 }
    static var joiner: UInt16 { 0x200 }
    static var numberPunctuation: UInt16 { 0x300 }
    static var unpackable: UInt16 { 0x8000 }

    private init() {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        for v in 0..<0x10000 {
            table[v] = Unicode.Scalar(UInt32(v)).map(Self.entry) ?? Self.unpackable
        }
        entries = UnsafePointer(table)
    }

    /// The entry of any scalar (the table holds it for the BMP).
    static func entry(_ c: Unicode.Scalar) -> UInt16 {
        let kind: UInt16
        if c == "." || c == "," {
            kind = numberPunctuation
        } else {
            switch TermWords.kind(c) {
            case .word: kind = word
            case .joiner: kind = joiner
            case .other: kind = other
            }
        }
        guard let byte = PackedWords.byte(c) else { return kind | unpackable }
        return kind | UInt16(byte)
    }
}
