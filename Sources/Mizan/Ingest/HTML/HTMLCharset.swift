/// Decides how the bytes of a saved page are decoded before libxml2 parses them.
///
/// Order: an encoding the caller names; a byte order mark; bytes that are valid UTF-8 (whatever the page
/// declares: a page saved by a browser is often re-encoded without fixing its `<meta>`); the page's own
/// declaration (`<meta charset>`, `http-equiv`, XML declaration) when libxml2 knows it; otherwise ICU's
/// guess on the page's text (markup stripped). The chosen name is always handed to libxml2 explicitly.
struct HTMLCharsetChoice: Sendable, Equatable {
    enum Source: String, Sendable {
        case caller, byteOrderMark, utf8, declared, guessed
    }

    /// The encoding name given to libxml2 (`UTF-8`, `windows-1256`, …).
    var encoding: String
    var source: Source
    /// The charset the page declares, as written (lower-cased), if any.
    var declared: String?
    /// Bytes to parse: the input, or a repaired copy when a few invalid UTF-8 sequences were replaced.
    var repairedBytes: [UInt8]?
    var findings: [Finding]
}

enum HTMLCharset {
    /// How far into the page to look for a charset declaration.
    static let prescanLimit = 64 * 1024

    static func choose(_ bytes: [UInt8], override: String?) -> HTMLCharsetChoice {
        var findings: [Finding] = []
        let declaredLabel = declaredCharset(bytes)
        if let override, !override.isEmpty {
            let name = canonicalName(override)
            if LibXML2.knowsEncoding(name) {
                return HTMLCharsetChoice(encoding: name, source: .caller, declared: declaredLabel, findings: [])
            }
            findings.append(Finding(code: "html.charset-unknown", severity: .warning,
                                    message: "the encoding \"\(override)\" is not known; detecting the page's encoding instead"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8Choice(bytes, source: .byteOrderMark, declared: declaredLabel, findings: findings)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return HTMLCharsetChoice(encoding: "UTF-16LE", source: .byteOrderMark, declared: declaredLabel, findings: findings)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return HTMLCharsetChoice(encoding: "UTF-16BE", source: .byteOrderMark, declared: declaredLabel, findings: findings)
        }

        // The usual case, checked by the standard library's fast validator.
        if String(validating: bytes, as: UTF8.self) != nil {
            if bytes.contains(where: { $0 >= 0x80 }), let declaredLabel, canonicalName(declaredLabel) != "UTF-8" {
                findings.append(Finding(code: "html.charset-mismatch", severity: .info,
                                        message: "the page declares charset \(declaredLabel) but its bytes are valid UTF-8; read as UTF-8"))
            }
            return HTMLCharsetChoice(encoding: "UTF-8", source: .utf8, declared: declaredLabel, findings: findings)
        }
        let census = HTMLUTF8Census(bytes)
        let declaredName = declaredLabel.map(canonicalName)
        // Declared UTF-8, or clearly UTF-8 with a few bad bytes: repair them rather than misread the page.
        if declaredName == "UTF-8" || census.multiByte >= 4 * census.invalid
            || (census.invalid <= 3 && census.multiByte >= census.invalid) {
            return utf8Choice(bytes, source: declaredName == "UTF-8" ? .declared : .utf8, declared: declaredLabel,
                              findings: findings)
        }
        if let declaredLabel, let declaredName {
            if LibXML2.knowsEncoding(declaredName) {
                return HTMLCharsetChoice(encoding: declaredName, source: .declared, declared: declaredLabel, findings: findings)
            }
            findings.append(Finding(code: "html.charset-unknown", severity: .warning,
                                    message: "the page declares charset \(declaredLabel), which is not supported; guessing the encoding instead"))
        }
        let (name, confidence) = guess(bytes)
        findings.append(Finding(code: "html.charset-guessed", severity: .warning,
                                message: "the page declares no usable charset and is not UTF-8; decoded as \(name) (guessed, ICU confidence \(confidence)%)"))
        return HTMLCharsetChoice(encoding: name, source: .guessed, declared: declaredLabel, findings: findings)
    }

    private static func utf8Choice(_ bytes: [UInt8], source: HTMLCharsetChoice.Source, declared: String?,
                                   findings: [Finding]) -> HTMLCharsetChoice {
        var findings = findings
        var repaired: [UInt8]?
        let census = HTMLUTF8Census(bytes)
        if census.invalid > 0 {
            repaired = repairUTF8(bytes)
            findings.append(Finding(code: "html.invalid-utf8", severity: .warning,
                                    message: "\(census.invalid) byte sequence(s) in the page are not valid UTF-8 (the first at byte offset \(census.firstInvalid ?? 0)); each became U+FFFD",
                                    byteOffset: census.firstInvalid))
        }
        return HTMLCharsetChoice(encoding: "UTF-8", source: source, declared: declared, repairedBytes: repaired, findings: findings)
    }

    /// ICU's best legacy charset for the page's text, preferring Arabic charsets when ICU names one.
    static func guess(_ bytes: [UInt8]) -> (name: String, confidence: Int) {
        let text = strippingMarkup(bytes)
        let guesses = text.withUnsafeBytes { ICU.detectCharsets($0) }
        let usable = guesses.filter { !$0.name.uppercased().hasPrefix("UTF") && $0.confidence >= 10 }
        let arabic = usable.first { ["WINDOWS-1256", "ISO-8859-6"].contains($0.name.uppercased()) }
        for g in [arabic].compactMap({ $0 }) + usable {
            let name = canonicalName(g.name)
            if LibXML2.knowsEncoding(name) { return (name, g.confidence) }
        }
        return ("windows-1252", 0)
    }

    /// The page's text for charset detection: bytes outside tags, so ASCII markup does not drown the signal.
    static func strippingMarkup(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var inTag = false
        for b in bytes {
            if inTag {
                if b == UInt8(ascii: ">") { inTag = false; out.append(0x20) }
            } else if b == UInt8(ascii: "<") {
                inTag = true
            } else {
                out.append(b)
            }
        }
        return out.isEmpty ? bytes : out
    }

    /// The charset the page declares in its first bytes: `<meta charset=…>`, `<meta http-equiv="Content-Type"
    /// content="…; charset=…">`, or an XML declaration's `encoding`. Lower-cased, as written.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, prescanLimit)
        var i = 0
        while i + 5 < limit {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if matches(bytes, at: i + 1, "?xml") {
                let end = firstIndex(of: UInt8(ascii: ">"), in: bytes, from: i, limit: limit)
                if let v = attributeValue(after: "encoding", in: bytes, from: i, to: end) { return v }
                i = end
                continue
            }
            if matches(bytes, at: i + 1, "!--") {
                i = firstIndex(ofSequence: Array("-->".utf8), in: bytes, from: i + 4, limit: limit)
                continue
            }
            if matches(bytes, at: i + 1, "meta"), i + 5 < limit, isSpaceOrSlash(bytes[i + 5]) {
                let end = firstIndex(of: UInt8(ascii: ">"), in: bytes, from: i, limit: limit)
                if let v = attributeValue(after: "charset", in: bytes, from: i, to: end) { return v }
                i = end
                continue
            }
            if matches(bytes, at: i + 1, "body") { break }
            i += 1
        }
        return nil
    }

    /// The usual name for a charset label (WHATWG aliases: `iso-8859-1` and `us-ascii` are read as windows-1252).
    static func canonicalName(_ label: String) -> String {
        let l = HTMLText.collapsed(label).lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8",
             "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":  // a UTF-16 label in ASCII-compatible bytes means UTF-8
            return "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "iso-ir-100", "cp819", "ibm819", "csisolatin1",
             "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "windows-1252", "x-cp1252", "x-user-defined":
            return "windows-1252"
        case "cp1256", "windows-1256", "x-cp1256":
            return "windows-1256"
        case "iso-8859-6", "iso8859-6", "iso_8859-6", "iso-8859-6-e", "iso-8859-6-i", "arabic", "asmo-708", "ecma-114",
             "csiso88596e", "csiso88596i", "csisolatinarabic", "iso-ir-127":
            return "ISO-8859-6"
        case "iso-8859-9", "iso8859-9", "latin5", "windows-1254", "cp1254":
            return "windows-1254"
        case "gb2312", "gbk", "x-gbk", "csgb2312", "chinese":
            return "GBK"
        default:
            return l
        }
    }

    /// Replaces each invalid UTF-8 sequence with U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let len = UTF8Scan.sequenceLength(bytes, at: i)
            if len == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            } else {
                out.append(contentsOf: bytes[i..<(i + len)])
                i += len
            }
        }
        return out
    }

    // MARK: byte helpers

    private static func matches(_ b: [UInt8], at i: Int, _ word: String) -> Bool {
        var k = i
        for c in word.utf8 {
            guard k < b.count else { return false }
            var x = b[k]
            if x >= 0x41 && x <= 0x5A { x += 0x20 }
            if x != c { return false }
            k += 1
        }
        return true
    }

    private static func isSpaceOrSlash(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == UInt8(ascii: "/")
    }

    private static func firstIndex(of byte: UInt8, in b: [UInt8], from: Int, limit: Int) -> Int {
        var k = from
        while k < limit && b[k] != byte { k += 1 }
        return k
    }

    private static func firstIndex(ofSequence seq: [UInt8], in b: [UInt8], from: Int, limit: Int) -> Int {
        var k = from
        while k + seq.count <= limit {
            if b[k] == seq[0] && Array(b[k..<(k + seq.count)]) == seq { return k + seq.count }
            k += 1
        }
        return limit
    }

    /// The value following `name` `=` (optionally quoted) between `from` and `to`.
    private static func attributeValue(after name: String, in b: [UInt8], from: Int, to: Int) -> String? {
        var k = from
        let n = name.utf8.count
        while k + n <= to {
            if matches(b, at: k, name) {
                var j = k + n
                while j < to && (b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D) { j += 1 }
                if j < to && b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < to && (b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D
                                     || b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'")) { j += 1 }
                    var e = j
                    while e < to, isLabelByte(b[e]) { e += 1 }
                    if e > j { return String(decoding: b[j..<e], as: UTF8.self).lowercased() }
                }
                k += n
                continue
            }
            k += 1
        }
        return nil
    }

    private static func isLabelByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }
}

/// Counts of valid multi-byte and invalid UTF-8 sequences in a byte array.
struct HTMLUTF8Census {
    var multiByte = 0
    var invalid = 0
    var firstInvalid: Int?

    init(_ b: [UInt8]) {
        var i = 0
        let n = b.count
        while i < n {
            if b[i] < 0x80 { i += 1; continue }
            let len = UTF8Scan.sequenceLength(b, at: i)
            if len > 0 {
                multiByte += 1
                i += len
            } else {
                invalid += 1
                if firstInvalid == nil { firstInvalid = i }
                i += 1
            }
        }
    }
}
