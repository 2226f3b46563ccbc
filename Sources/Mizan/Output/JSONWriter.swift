/// A small streaming JSON writer with a fixed key order, so output is deterministic and stable.
///
/// The document is built as UTF-8 bytes (a corpus run writes tens of megabytes of spans; appending to a
/// `String` scalar by scalar cost more than the analysis), and strings are escaped run by run: only the
/// bytes that need escaping are looked at one by one.
public struct JSONWriter {
    private var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    private var needsComma: [Bool] = [false]

    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    public init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(4096)
    }

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { raw(",") }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 {
            bytes.append(0x0A)
            for _ in 0..<depth { raw("  ") }
        }
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k {
            JSONWriter.appendString(k, to: &bytes)
            if pretty { raw(": ") } else { raw(":") }
        }
    }

    public mutating func beginObject(_ k: String? = nil) {
        key(k)
        raw("{")
        depth += 1
        needsComma.append(false)
    }

    public mutating func endObject() { close("}") }

    public mutating func beginArray(_ k: String? = nil) {
        key(k)
        raw("[")
        depth += 1
        needsComma.append(false)
    }

    public mutating func endArray() { close("]") }

    private mutating func close(_ bracket: StaticString) {
        let had = needsComma.removeLast()
        depth -= 1
        if pretty && had {
            bytes.append(0x0A)
            for _ in 0..<depth { raw("  ") }
        }
        raw(bracket)
    }

    public mutating func string(_ k: String?, _ v: String?) {
        key(k)
        if let v { JSONWriter.appendString(v, to: &bytes) } else { raw("null") }
    }

    /// A string given as Unicode scalars (a slice of a document's text), escaped as ``string(_:_:)`` does
    /// without making a `String` of it first.
    public mutating func string(_ k: String?, scalars: ArraySlice<Unicode.Scalar>) {
        key(k)
        bytes.append(0x22)
        for u in scalars {
            let v = u.value
            if v < 0x20 || v == 0x22 || v == 0x5C {
                JSONWriter.escape(UInt8(v), to: &bytes)
            } else if v == 0x2028 || v == 0x2029 {
                JSONWriter.escapeLineSeparator(v, to: &bytes)
            } else {
                bytes.appendUTF8(u)
            }
        }
        bytes.append(0x22)
    }

    public mutating func int(_ k: String?, _ v: Int?) {
        key(k)
        if let v { raw(String(v)) } else { raw("null") }
    }

    public mutating func double(_ k: String?, _ v: Double?, digits: Int = 4) {
        key(k)
        guard let v, v.isFinite else { raw("null"); return }
        raw(JSONWriter.format(v, digits: digits))
    }

    public mutating func bool(_ k: String?, _ v: Bool) {
        key(k)
        if v { raw("true") } else { raw("false") }
    }

    public mutating func null(_ k: String?) {
        key(k)
        raw("null")
    }

    /// A number rounded to `digits` decimals, without exponent or trailing zeros.
    static func format(_ v: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (v * scale).rounded() / scale
        if r == r.rounded() && abs(r) < 1e15 { return String(Int(r)) }
        var s = String(r)
        if s.contains("e") {
            // Tiny values: print as fixed decimals.
            let n = Int((abs(r) * scale).rounded())
            var digitsString = String(n)
            while digitsString.count <= digits { digitsString = "0" + digitsString }
            let cut = digitsString.index(digitsString.endIndex, offsetBy: -digits)
            s = (r < 0 ? "-" : "") + digitsString[..<cut] + "." + digitsString[cut...]
            while s.hasSuffix("0") { s.removeLast() }
        }
        return s
    }

    /// `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, and U+2028/U+2029 as `\u2028`/`\u2029` (so the line is also valid JavaScript).
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            let n = u.count
            var start = 0, i = 0
            while i < n {
                let b = u[i]
                if b < 0x20 || b == 0x22 || b == 0x5C {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                    escape(b, to: &out)
                    i += 1
                    start = i
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                    escapeLineSeparator(u[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    i += 3
                    start = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<n]))
        }
        out.append(0x22)
    }

    /// The escape of an ASCII byte below U+0020, `"` or `\`.
    private static func escape(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])  // \n
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])  // \r
        case 0x09: out.append(contentsOf: [0x5C, 0x74])  // \t
        case 0x08: out.append(contentsOf: [0x5C, 0x62])  // \b
        case 0x0C: out.append(contentsOf: [0x5C, 0x66])  // \f
        default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0xF)])  // \u00XX
        }
    }

    private static func hexDigit(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }

    private static func escapeLineSeparator(_ v: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: Array((v == 0x2028 ? "\\u2028" : "\\u2029").utf8))
    }
}
