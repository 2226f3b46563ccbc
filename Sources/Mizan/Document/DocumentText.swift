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
        guard n > 0, let src = utf8.baseAddress else { return [] }
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            // Scalars are written as their UInt32 values: a Swift String's UTF-8 is always valid, so every
            // value decoded is a valid scalar (no check per scalar).
            count = out.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { dst -> Int in
                var i = 0, k = 0
                while i < n {
                    let b0 = UInt32(src[i])
                    if b0 < 0x80 {
                        // Eight ASCII bytes at a time (tried only at an ASCII byte).
                        if i + 8 <= n {
                            let word = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 == 0 {
                                for b in 0..<8 { dst[k + b] = UInt32(src[i + b]) }
                                i += 8
                                k += 8
                                continue
                            }
                        }
                        dst[k] = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        dst[k] = (b0 & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        dst[k] = (b0 & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                        i += 3
                    } else {
                        dst[k] = (b0 & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12 | UInt32(src[i + 2] & 0x3F) << 6
                            | UInt32(src[i + 3] & 0x3F)
                        i += 4
                    }
                    k += 1
                }
                return k
            }
        }
    }

    public init(scalars: [Unicode.Scalar]) {
        self.string = String(scalars: scalars)
        self.scalars = scalars
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The text covered by `range` (clamped to the text).
    public subscript(range: TextRange) -> String {
        let lo = max(0, min(range.start, scalars.count))
        let hi = max(lo, min(range.end, scalars.count))
        return String(scalars: scalars[lo..<hi])
    }

    public static func == (a: DocumentText, b: DocumentText) -> Bool { a.scalars == b.scalars }
}
