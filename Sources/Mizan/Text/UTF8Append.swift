extension Array where Element == UInt8 {
    /// Appends `c` encoded as UTF-8. For writers that build output byte by byte from a document's scalars
    /// (JSON spans, report text) without making a `String` first.
    @inline(__always)
    mutating func appendUTF8(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x80 {
            append(UInt8(v))
        } else if v < 0x800 {
            append(UInt8(0xC0 | v >> 6))
            append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            append(UInt8(0xE0 | v >> 12))
            append(UInt8(0x80 | v >> 6 & 0x3F))
            append(UInt8(0x80 | v & 0x3F))
        } else {
            append(UInt8(0xF0 | v >> 18))
            append(UInt8(0x80 | v >> 12 & 0x3F))
            append(UInt8(0x80 | v >> 6 & 0x3F))
            append(UInt8(0x80 | v & 0x3F))
        }
    }
}

extension String {
    /// The string of `scalars`, through UTF-8 bytes. `String.UnicodeScalarView.append(contentsOf:)` runs
    /// unspecialized generic code in the standard library, several thousand instructions per call even
    /// for a short word: it was the largest cost of loading the lexicons.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count &* 2)
        for s in scalars { bytes.appendUTF8(s) }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
