/// A small, fast JSON parser for corpus records (one object per JSONL line). It accepts all of JSON and
/// returns the top-level object's members as strings: strings as themselves, numbers as written, `true`
/// and `false`, arrays of strings joined with ", ", and nested objects or `null` as absent.
///
/// Foundation's `JSONSerialization` spends most of its time building `NSString`s and dictionaries we
/// never need; this parser decodes straight into Swift strings.
struct JSONRecordParser {
    enum Failure: Error, Equatable {
        case notAnObject
        case syntax(offset: Int, expected: String)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Members of the JSON object in `bytes`.
    static func parse(_ bytes: [UInt8]) throws -> [String: String] {
        try bytes.withUnsafeBufferPointer { buf in
            var p = JSONRecordParser(buf)
            p.skipSpace()
            guard p.i < buf.count, buf[p.i] == UInt8(ascii: "{") else { throw Failure.notAnObject }
            let result = try p.object(keep: true)
            p.skipSpace()
            if p.i != buf.count { throw Failure.syntax(offset: p.i, expected: "end of line") }
            return result ?? [:]
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 } else { return }
        }
    }

    private mutating func expect(_ c: UInt8, _ what: String) throws {
        skipSpace()
        guard i < bytes.count, bytes[i] == c else { throw Failure.syntax(offset: i, expected: what) }
        i += 1
    }

    /// Parses an object; returns its members when `keep` (top level only).
    private mutating func object(keep: Bool) throws -> [String: String]? {
        try expect(UInt8(ascii: "{"), "{")
        var result: [String: String] = [:]
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return keep ? result : nil }
        while true {
            skipSpace()
            let key = try string()
            try expect(UInt8(ascii: ":"), ":")
            let value = try self.value(keep: keep)
            if keep, let value { result[key] = value }
            skipSpace()
            guard i < bytes.count else { throw Failure.syntax(offset: i, expected: "} or ,") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return keep ? result : nil }
            throw Failure.syntax(offset: i, expected: "} or ,")
        }
    }

    /// Parses any value; returns its string form for strings, numbers, booleans and arrays of strings.
    private mutating func value(keep: Bool) throws -> String? {
        skipSpace()
        guard i < bytes.count else { throw Failure.syntax(offset: i, expected: "a value") }
        switch bytes[i] {
        case UInt8(ascii: "\""): return try string()
        case UInt8(ascii: "{"): _ = try object(keep: false); return nil
        case UInt8(ascii: "["):
            i += 1
            var parts: [String] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return "" }
            while true {
                if let v = try value(keep: keep) { parts.append(v) }
                skipSpace()
                guard i < bytes.count else { throw Failure.syntax(offset: i, expected: "] or ,") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return parts.joined(separator: ", ") }
                throw Failure.syntax(offset: i, expected: "] or ,")
            }
        case UInt8(ascii: "t"): try literal("true"); return "true"
        case UInt8(ascii: "f"): try literal("false"); return "false"
        case UInt8(ascii: "n"): try literal("null"); return nil
        default: return try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw Failure.syntax(offset: i, expected: "\(word)") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw Failure.syntax(offset: i, expected: "\(word)") }
        i += n
    }

    private mutating func number() throws -> String {
        let start = i
        while i < bytes.count {
            let c = bytes[i]
            if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { i += 1 } else { break }
        }
        guard i > start else { throw Failure.syntax(offset: i, expected: "a value") }
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard Double(s) != nil else { throw Failure.syntax(offset: start, expected: "a number") }
        return s
    }

    /// The offset of the first quote, backslash or control byte in `bytes[from...]` (or the end),
    /// sixteen bytes at a time: article texts are long runs of plain bytes.
    @inline(__always)
    private static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var k = from
        let n = bytes.count
        guard let base = bytes.baseAddress else { return n }
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        let space = SIMD16<UInt8>(repeating: 0x20)
        while k + 16 <= n {
            let v = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD16<UInt8>.self)
            let special = (v .== quote) .| (v .== backslash) .| (v .< space)
            if any(special) { break }
            k += 16
        }
        while k < n {
            let c = base[k]
            if c == 0x22 || c == 0x5C || c < 0x20 { return k }
            k += 1
        }
        return n
    }

    private mutating func string() throws -> String {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw Failure.syntax(offset: i, expected: "a string") }
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            i = Self.plainRun(bytes, from: i)
            guard i < bytes.count else { break }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                guard let s = String(validating: raw, as: UTF8.self) else { throw Failure.syntax(offset: start, expected: "UTF-8 text") }
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw Failure.syntax(offset: i, expected: "an escaped control character") }
            i += 1
        }
        // Slow path with escapes.
        var out: [UInt8] = Array(bytes[start..<i])
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw Failure.syntax(offset: start, expected: "UTF-8 text") }
                return s
            }
            if c != UInt8(ascii: "\\") {
                if c < 0x20 { throw Failure.syntax(offset: i, expected: "an escaped control character") }
                // Copy the run up to the next quote, escape or control character at once.
                let run = i
                i = Self.plainRun(bytes, from: i + 1)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var v = try hex4()
                if (0xD800..<0xDC00).contains(v), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        out.append(contentsOf: Array("\u{FFFD}".utf8))
                        v = low
                    }
                }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw Failure.syntax(offset: i - 1, expected: "a valid escape")
            }
        }
        throw Failure.syntax(offset: i, expected: "a closing quote")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw Failure.syntax(offset: i, expected: "4 hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw Failure.syntax(offset: i, expected: "a hex digit")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
