import CICU

/// Thin Swift wrappers over the C functions of `CICU`. Nothing here exposes an ICU type; offsets are
/// UTF-16 units, as ICU counts them, and callers convert.
enum ICU {
    /// The version of the ICU library linked in, e.g. "72.1".
    static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        mizan_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs a shim that writes its result into a buffer and returns the length the result needs (more
    /// than the buffer's when it did not fit): again with that much room until it fits. nil when ICU
    /// fails (a positive status).
    static func filling<T: FixedWidthInteger>(capacity: Int,
                                              _ call: (UnsafeMutableBufferPointer<T>, inout Int32) -> Int32) -> [T]? {
        var capacity = capacity
        for _ in 0..<4 {
            var out = [T](repeating: 0, count: capacity)
            var status: Int32 = 0
            let n = Int(out.withUnsafeMutableBufferPointer { call($0, &status) })
            if status > 0 { return nil }
            if n <= capacity {
                out.removeLast(capacity - n)
                return out
            }
            capacity = n
        }
        return nil
    }

    /// NFKC with case folding and removal of default ignorables (ICU's `nfkc_cf`).
    static func nfkcCasefold(_ units: [UInt16]) -> [UInt16] {
        if units.isEmpty { return [] }
        let out: [UInt16]? = filling(capacity: units.count + 8) { dst, status in
            units.withUnsafeBufferPointer { mizan_nfkc_casefold($0.baseAddress, Int32($0.count), dst.baseAddress, Int32(dst.count), &status) }
        }
        return out ?? units  // ICU failure: leave the text as it is.
    }

    /// NFKC-casefold of the single BMP code unit `unit` into `out`: the number of units written, or nil
    /// when ICU fails or `out` is too small. No allocation, for building per-scalar tables.
    static func nfkcCasefold(_ unit: UInt16, into out: UnsafeMutableBufferPointer<UInt16>) -> Int? {
        var source = unit
        var status: Int32 = 0
        let n = Int(mizan_nfkc_casefold(&source, 1, out.baseAddress, Int32(out.count), &status))
        return status > 0 || n > out.count ? nil : n
    }

    /// NFKD (compatibility decomposition); nil when ICU fails.
    static func nfkd(_ units: [UInt16]) -> [UInt16]? {
        if units.isEmpty { return [] }
        return filling(capacity: units.count * 4 + 8) { dst, status in
            units.withUnsafeBufferPointer { mizan_nfkd($0.baseAddress, Int32($0.count), dst.baseAddress, Int32(dst.count), &status) }
        }
    }

    /// Whether NFKC-casefold can never combine `scalar` with preceding text.
    static func nfkcCasefoldHasBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
        mizan_nfkc_casefold_boundary_before(Int32(bitPattern: scalar.value))
    }

    /// The Sentence_Break property of `v` as ICU numbers it (see ``FastSentenceBreak``).
    static func sentenceBreakClass(_ v: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: mizan_sentence_break_class(Int32(bitPattern: v)))
    }

    /// The abbreviations after which ICU's `ss=standard` sentence iterator for `locale` keeps a sentence
    /// going ("Mr.", "U.S."), from ICU's own data; empty when the locale has none.
    static func sentenceSuppressions(locale: String) -> [[Unicode.Scalar]] {
        var status: Int32 = 0
        let needed = Int(mizan_sentence_suppressions(locale, nil, 0, &status))
        guard needed > 0 else { return [] }
        var units = [UInt16](repeating: 0, count: needed)
        let written = Int(units.withUnsafeMutableBufferPointer { mizan_sentence_suppressions(locale, $0.baseAddress, Int32(needed), &status) })
        guard status <= 0, written == needed else { return [] }
        return units.split(separator: 0).map { Array(String(decoding: $0, as: UTF16.self).unicodeScalars) }
    }

    struct CharsetGuess: Sendable, Equatable {
        var name: String
        var language: String
        var confidence: Int
    }

    /// ICU's charset guesses for `bytes`, best first.
    static func detectCharsets(_ bytes: UnsafeRawBufferPointer) -> [CharsetGuess] {
        var matches = [mizan_charset_match](repeating: mizan_charset_match(), count: 16)
        var status: Int32 = 0
        let n = matches.withUnsafeMutableBufferPointer { m in
            mizan_detect_charsets(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                                  m.baseAddress, Int32(m.count), &status)
        }
        guard status <= 0 else { return [] }
        return matches.prefix(Int(n)).map { m in
            CharsetGuess(name: cString(m.name), language: cString(m.language), confidence: Int(m.confidence))
        }
    }

    /// Decodes `bytes` in `charset`; undecodable bytes become U+FFFD. Returns UTF-16 units and, for each
    /// unit, the byte offset it came from. Nil when ICU does not know the charset.
    static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) -> (units: [UInt16], byteOffsets: [Int32])? {
        guard mizan_charset_known(charset) else { return nil }
        var capacity = bytes.count * 2 + 16
        for _ in 0..<3 {
            var units = [UInt16](repeating: 0, count: capacity)
            var offsets = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let written = units.withUnsafeMutableBufferPointer { u in
                offsets.withUnsafeMutableBufferPointer { o in
                    mizan_convert_to_utf16(charset, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                           Int32(bytes.count), u.baseAddress, o.baseAddress, Int32(capacity), &status)
                }
            }
            if status > 0 { return nil }
            if Int(written) <= capacity {
                units.removeLast(capacity - Int(written))
                offsets.removeLast(capacity - Int(written))
                return (units, offsets)
            }
            capacity = Int(written)
        }
        return nil
    }

    /// Encodes `text` in `charset` (e.g. "windows-1256"); nil when ICU does not know the charset.
    static func encode(_ text: String, charset: String) -> [UInt8]? {
        guard mizan_charset_known(charset) else { return nil }
        let units = Array(text.utf16)
        return filling(capacity: units.count * 4 + 16) { (out: UnsafeMutableBufferPointer<UInt8>, status) in
            units.withUnsafeBufferPointer { u in
                mizan_convert_from_utf16(charset, u.baseAddress, Int32(u.count),
                                         UnsafeMutableRawPointer(out.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(out.count), &status)
            }
        }
    }

    private static func cString<T>(_ tuple: T) -> String {
        withUnsafeBytes(of: tuple) { raw in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// An ICU word or sentence break iterator. Not thread-safe: use one per task.
final class BreakIterator {
    enum Kind { case word, sentence }

    /// A boundary position (UTF-16 offset) and, for word breaks, the ICU rule status of the segment
    /// that ends there (0 none/punctuation/space, 100… number, 200… letter, 300… kana, 400… ideograph).
    struct Boundaries {
        var offsets: [Int32]
        var statuses: [Int32]
    }

    private let handle: OpaquePointer
    let kind: Kind

    /// - Parameter locale: an ICU locale id such as `"ar"` or `"en@ss=standard"` (sentence breaks that
    ///   do not split after common abbreviations).
    init?(kind: Kind, locale: String) {
        var status: Int32 = 0
        guard let h = mizan_breaker_open(kind == .word ? MIZAN_BREAK_WORD : MIZAN_BREAK_SENTENCE, locale, &status) else {
            return nil
        }
        handle = h
        self.kind = kind
    }

    deinit { mizan_breaker_close(handle) }

    /// All boundaries of `units`, including 0 and `units.count`.
    func boundaries(of units: UnsafeBufferPointer<UInt16>) -> Boundaries {
        var capacity = max(16, units.count / 3 + 2)
        while true {
            var offsets = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let n = offsets.withUnsafeMutableBufferPointer { o in
                statuses.withUnsafeMutableBufferPointer { s in
                    mizan_breaker_run(handle, units.baseAddress, Int32(units.count), o.baseAddress, s.baseAddress,
                                      Int32(capacity), &status)
                }
            }
            if status > 0 { return Boundaries(offsets: [0, Int32(units.count)], statuses: [0, 0]) }
            if Int(n) <= capacity {
                offsets.removeLast(capacity - Int(n))
                statuses.removeLast(capacity - Int(n))
                return Boundaries(offsets: offsets, statuses: statuses)
            }
            capacity = Int(n)
        }
    }
}

/// The normalization steps of ICU's `Latin-ASCII` (decompose, drop the nonspacing marks after a Latin
/// letter or ASCII digit, compose); its remaining rules map single characters. nil if ICU fails.
func latinASCIIPrepare(_ units: [UInt16]) -> [UInt16]? {
    ICU.filling(capacity: units.count * 2 + 16) { dest, status in
        units.withUnsafeBufferPointer { mizan_latin_ascii_prepare($0.baseAddress, Int32($0.count), dest.baseAddress, Int32(dest.count), &status) }
    }
}

/// An ICU transliterator such as `"Arabic-Latin"` or `"Any-Latin; Latin-ASCII"`. Not thread-safe.
final class Transliterator {
    private let handle: OpaquePointer

    init?(_ identifier: String) {
        var status: Int32 = 0
        guard let h = mizan_transliterator_open(identifier, &status) else { return nil }
        handle = h
    }

    deinit { mizan_transliterator_close(handle) }

    func transliterate(_ text: String) -> String {
        // In place: the text goes into the buffer first.
        let source = Array(text.utf16)
        let out: [UInt16]? = ICU.filling(capacity: source.count * 4 + 16) { buffer, status in
            _ = buffer.update(fromContentsOf: source)
            return mizan_transliterate(handle, buffer.baseAddress, Int32(source.count), Int32(buffer.count), &status)
        }
        return out.map { String(decoding: $0, as: UTF16.self) } ?? text
    }
}
