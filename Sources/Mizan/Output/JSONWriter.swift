/// A small streaming JSON writer with a fixed key order, so output is deterministic and stable.
public struct JSONWriter {
    public private(set) var output = ""
    private let pretty: Bool
    private var depth = 0
    private var needsComma: [Bool] = [false]

    public init(pretty: Bool) {
        self.pretty = pretty
        output.reserveCapacity(4096)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 {
            output += "\n"
            output += String(repeating: "  ", count: depth)
        }
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k {
            JSONWriter.appendString(k, to: &output)
            output += pretty ? ": " : ":"
        }
    }

    public mutating func beginObject(_ k: String? = nil) {
        key(k)
        output += "{"
        depth += 1
        needsComma.append(false)
    }

    public mutating func endObject() { close("}") }

    public mutating func beginArray(_ k: String? = nil) {
        key(k)
        output += "["
        depth += 1
        needsComma.append(false)
    }

    public mutating func endArray() { close("]") }

    private mutating func close(_ bracket: String) {
        let had = needsComma.removeLast()
        depth -= 1
        if pretty && had { output += "\n" + String(repeating: "  ", count: depth) }
        output += bracket
    }

    public mutating func string(_ k: String?, _ v: String?) {
        key(k)
        if let v { JSONWriter.appendString(v, to: &output) } else { output += "null" }
    }

    public mutating func int(_ k: String?, _ v: Int?) {
        key(k)
        output += v.map(String.init) ?? "null"
    }

    public mutating func double(_ k: String?, _ v: Double?, digits: Int = 4) {
        key(k)
        guard let v, v.isFinite else { output += "null"; return }
        output += JSONWriter.format(v, digits: digits)
    }

    public mutating func bool(_ k: String?, _ v: Bool) {
        key(k)
        output += v ? "true" : "false"
    }

    public mutating func null(_ k: String?) {
        key(k)
        output += "null"
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

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
