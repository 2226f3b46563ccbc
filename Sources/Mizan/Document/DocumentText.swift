/// The original text of a document, kept exactly, with random access by scalar offset.
///
/// Offsets everywhere in mizan are Unicode scalar offsets into `scalars` (see ``TextRange``).
public struct DocumentText: Sendable, Equatable {
    /// The text exactly as ingested (after decoding to Unicode; for HTML, the extracted article text).
    public let string: String
    /// The same text as scalars, for O(1) offset access.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        var string = string
        self.scalars = string.withUTF8 { DocumentText.decode($0) }
        self.string = string
    }

    /// Decodes valid UTF-8 (as stored in a native `String`) into scalars, without per-scalar overhead.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let n = utf8.count
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            var i = 0, k = 0
            while i < n {
                // Eight ASCII bytes at a time.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        for b in 0..<8 { out[k + b] = Unicode.Scalar(utf8[i + b]) }
                        i += 8
                        k += 8
                        continue
                    }
                }
                let b0 = UInt32(utf8[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0; i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                    i += 4
                }
                // Safe: a Swift String's UTF-8 is always valid.
                out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                k += 1
            }
            count = k
        }
    }

    public init(scalars: [Unicode.Scalar]) {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        self.string = String(s)
        self.scalars = scalars
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The text covered by `range` (clamped to the text).
    public subscript(range: TextRange) -> String {
        let lo = max(0, min(range.start, scalars.count))
        let hi = max(lo, min(range.end, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }

    public static func == (a: DocumentText, b: DocumentText) -> Bool { a.scalars == b.scalars }
}
