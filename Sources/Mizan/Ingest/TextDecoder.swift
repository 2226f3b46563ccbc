/// Turns the bytes of a text file into Unicode: UTF-8 (with or without BOM), UTF-16/32 with BOM, and
/// legacy charsets (Windows-1256, ISO-8859-6, …) detected with ICU. Undecodable bytes become U+FFFD and
/// each becomes a finding with its byte offset.
public struct TextDecoder: Sendable {
    /// Findings beyond this many undecodable sequences are summarized in one.
    public var maxByteFindings = 20

    public init() {}

    public struct Result: Sendable {
        public var text: String
        /// The charset the bytes were read as (`utf-8`, `utf-16le`, `windows-1256`, …).
        public var encoding: String
        public var findings: [Finding]
    }

    /// Decodes `bytes` read from `path` (used only in messages).
    /// - Throws: ``MizanError/notText(path:kind:)`` for binary formats, ``MizanError/emptyInput(path:)``.
    public func decode(_ bytes: [UInt8], path: String) throws -> Result {
        if bytes.isEmpty { throw MizanError.emptyInput(path: path) }
        if let kind = BinarySniffer.binaryKind(bytes) { throw MizanError.notText(path: path, kind: kind) }

        // Byte order marks.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes, from: 3, declared: true)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return decodeWithICU(bytes, charset: "UTF-32LE", skip: 4, name: "utf-32le") }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return decodeWithICU(bytes, charset: "UTF-32BE", skip: 4, name: "utf-32be") }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeWithICU(bytes, charset: "UTF-16LE", skip: 2, name: "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeWithICU(bytes, charset: "UTF-16BE", skip: 2, name: "utf-16be") }

        if bytes.contains(0) {
            // UTF-16 without a BOM shows as every other byte zero in mostly-ASCII text.
            if let guess = utf16WithoutBOM(bytes) { return decodeWithICU(bytes, charset: guess, skip: 0, name: guess.lowercased()) }
            throw MizanError.notText(path: path, kind: "binary data (NUL bytes)")
        }

        let (valid, invalid) = utf8Census(bytes)
        if invalid == 0 { return decodeUTF8(bytes, from: 0, declared: false) }
        // UTF-8 with a few bad bytes: keep UTF-8 and report the bytes. A legacy charset shows as many
        // high bytes that are never valid UTF-8.
        if invalid < 3 || valid >= invalid { return decodeUTF8(bytes, from: 0, declared: false) }

        let guesses = bytes.withUnsafeBytes { ICU.detectCharsets($0) }
        let legacy = guesses.first { g in
            let n = g.name.uppercased()
            return !n.hasPrefix("UTF") && g.confidence >= 10
        }
        // Prefer an Arabic legacy charset when ICU names one among its plausible guesses.
        let arabic = guesses.first { ["WINDOWS-1256", "ISO-8859-6", "IBM420_RTL", "IBM420_LTR"].contains($0.name.uppercased()) && $0.confidence >= 10 }
        if let choice = arabic ?? legacy {
            var result = decodeWithICU(bytes, charset: choice.name, skip: 0, name: choice.name.lowercased())
            result.findings.insert(Finding(code: "decode.legacy-charset", severity: .info,
                                           message: "not UTF-8; decoded as \(choice.name) (ICU confidence \(choice.confidence)%)"), at: 0)
            return result
        }
        return decodeUTF8(bytes, from: 0, declared: false)
    }

    /// Counts valid multi-byte sequences and invalid sequences.
    private func utf8Census(_ b: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len = UTF8Scan.sequenceLength(b, at: i)
            if len > 0 { valid += 1; i += len } else { invalid += 1; i += 1 }
        }
        return (valid, invalid)
    }

    private func decodeUTF8(_ bytes: [UInt8], from start: Int, declared: Bool) -> Result {
        let slice = bytes[start...]
        if let s = String(validating: slice, as: UTF8.self) {
            return Result(text: s, encoding: "utf-8", findings: [])
        }
        var scalars = String.UnicodeScalarView()
        var findings: [Finding] = []
        var badCount = 0
        var firstBad: Int?
        var i = start
        let n = bytes.count
        var runStart = i
        func flush(_ end: Int) {
            if end > runStart, let s = String(validating: bytes[runStart..<end], as: UTF8.self) {
                scalars.append(contentsOf: s.unicodeScalars)
            }
        }
        while i < n {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let len = UTF8Scan.sequenceLength(bytes, at: i)
            if len > 0 { i += len; continue }
            flush(i)
            scalars.append("\u{FFFD}")
            badCount += 1
            if firstBad == nil { firstBad = i }
            if findings.count < maxByteFindings {
                findings.append(Finding(code: "decode.invalid-bytes", severity: .warning,
                                        message: "byte 0x\(hex(c)) at byte offset \(i) is not valid UTF-8; replaced with U+FFFD",
                                        range: nil, byteOffset: i))
            }
            i += 1
            runStart = i
        }
        flush(n)
        if badCount > maxByteFindings {
            findings.append(Finding(code: "decode.invalid-bytes", severity: .warning,
                                    message: "\(badCount) bytes in all were not valid UTF-8 (the first at byte offset \(firstBad ?? 0)); each became U+FFFD",
                                    byteOffset: firstBad))
        }
        return Result(text: String(scalars), encoding: "utf-8", findings: findings)
    }

    private func decodeWithICU(_ bytes: [UInt8], charset: String, skip: Int, name: String) -> Result {
        let decoded = bytes.withUnsafeBytes { raw in
            ICU.decode(UnsafeRawBufferPointer(rebasing: raw[skip...]), charset: charset)
        }
        guard let (units, offsets) = decoded else { return decodeUTF8(bytes, from: 0, declared: false) }
        var findings: [Finding] = []
        var bad = 0
        for (k, u) in units.enumerated() where u == 0xFFFD {
            bad += 1
            if findings.count < maxByteFindings {
                let at = Int(offsets[k]) + skip
                findings.append(Finding(code: "decode.invalid-bytes", severity: .warning,
                                        message: "the byte at byte offset \(at) is not valid \(charset); replaced with U+FFFD",
                                        byteOffset: at))
            }
        }
        if bad > maxByteFindings {
            findings.append(Finding(code: "decode.invalid-bytes", severity: .warning,
                                    message: "\(bad) undecodable sequences in all became U+FFFD"))
        }
        return Result(text: String(decoding: units, as: UTF16.self), encoding: name, findings: findings)
    }

    private func utf16WithoutBOM(_ b: [UInt8]) -> String? {
        let n = min(b.count, 4096) & ~1
        guard n >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenZero += 1 }
            if b[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs { return "UTF-16LE" }
        if evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs { return "UTF-16BE" }
        return nil
    }
}

func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}

enum UTF8Scan {
    /// Length of the valid UTF-8 sequence starting at `i` (1…4), or 0 when it is invalid.
    @inline(__always)
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let n = b.count
        let c = b[i]
        if c < 0x80 { return 1 }
        func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0:
            return i + 2 < n && (0xA0...0xBF).contains(b[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED:
            return i + 2 < n && (0x80...0x9F).contains(b[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xF0:
            return i + 3 < n && (0x90...0xBF).contains(b[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4:
            return i + 3 < n && (0x80...0x8F).contains(b[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default:
            return 0
        }
    }
}

/// Recognizes binary formats by their magic numbers.
public enum BinarySniffer {
    /// A name for the binary format of `bytes` ("PNG image", "PDF document", …), or nil for text.
    public static func binaryKind(_ b: [UInt8]) -> String? {
        func starts(_ m: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + m.count && Array(b[offset..<(offset + m.count)]) == m
        }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts(Array("%PDF".utf8)) { return "a PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return "a ZIP archive (or an Office document)" }
        if starts(Array("GIF8".utf8)) { return "a GIF image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts([0x1F, 0x8B]) { return "gzip data" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "an executable (ELF)" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "an old Office document" }
        if starts(Array("SQLite format 3".utf8)) { return "an SQLite database" }
        if starts(Array("RIFF".utf8)) { return "a RIFF media file" }
        if starts(Array("ftyp".utf8), at: 4) { return "an MP4/MOV media file" }
        if starts(Array("ID3".utf8)) { return "an MP3 audio file" }
        if starts([0x42, 0x5A, 0x68]) { return "bzip2 data" }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz data" }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return "zstd data" }
        if starts(Array("7z".utf8) + [0xBC, 0xAF]) { return "a 7-Zip archive" }
        return nil
    }
}
