import CICU

/// Fast character classes for the hot loops (Unicode property lookups in the standard library are slow).
/// A table covers the BMP; other scalars fall back to the standard library's properties.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let letter = ScalarClass(rawValue: 1)       // alphabetic
    static let space = ScalarClass(rawValue: 2)        // whitespace
    static let digit = ScalarClass(rawValue: 4)        // has a numeric type
    static let punctuation = ScalarClass(rawValue: 8)
    static let upper = ScalarClass(rawValue: 16)
    static let arabicLetter = ScalarClass(rawValue: 32)  // Arabic-script letter (not a mark or tatweel)
    static let mark = ScalarClass(rawValue: 64)        // combining mark, tatweel, format control

    /// The class of each BMP scalar, in memory that lives as long as the process (never changed once
    /// built) and is also published to C (`mizan_scalar_class_table`) for ``of(_:)``: reading this lazy
    /// global costs a `swift_once` call each time.
    nonisolated(unsafe) private static let table: UnsafeBufferPointer<UInt8> = {
        let t = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0x10000)
        t.initialize(repeating: 0)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            t[v] = compute(s).rawValue
        }
        mizan_publish_scalar_class_table(t.baseAddress!)
        return UnsafeBufferPointer(t)
    }()

    private static func compute(_ s: Unicode.Scalar) -> ScalarClass {
        let p = s.properties
        let category = p.generalCategory
        // An unassigned or private-use code point has none of these properties (an eighth of the BMP,
        // skipped when the table is built at start-up).
        if category == .unassigned || category == .privateUse { return [] }
        var c: ScalarClass = []
        if p.isAlphabetic { c.insert(.letter) }
        if p.isWhitespace { c.insert(.space) }
        if p.numericType != nil { c.insert(.digit) }
        if category.isPunctuation { c.insert(.punctuation) }
        if p.isUppercase { c.insert(.upper) }
        switch category {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: c.insert(.mark)
        default: break
        }
        let v = s.value
        if v == 0x0640 { c.insert(.mark) }
        if c.contains(.letter) && !c.contains(.mark) && v != 0x0640 &&
            ((0x0620...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)) {
            c.insert(.arabicLetter)
        }
        return c
    }

    /// Runs `body` with the BMP table, for loops that look up many scalars (one lazy-global check).
    static func withTable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(table)
    }

    /// ``of(_:)`` with the table from ``withTable(_:)``.
    @inline(__always)
    static func of(_ s: Unicode.Scalar, in table: UnsafeBufferPointer<UInt8>) -> ScalarClass {
        let v = s.value
        if v < 0x10000 { return ScalarClass(rawValue: table[Int(v)]) }
        return compute(s)
    }

    @inline(__always)
    static func of(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if v < 0x10000, let published = mizan_scalar_class_table() { return ScalarClass(rawValue: published[Int(v)]) }
        return slowOf(s)
    }

    /// ``of(_:)`` before the table is published (building it), or beyond the BMP.
    @inline(never)
    private static func slowOf(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if v < 0x10000 { return ScalarClass(rawValue: table[Int(v)]) }
        return compute(s)
    }
}

extension Unicode.Scalar {
    @inline(__always) var isLetterFast: Bool { ScalarClass.of(self).contains(.letter) }
    @inline(__always) var isSpaceFast: Bool { ScalarClass.of(self).contains(.space) }
}
