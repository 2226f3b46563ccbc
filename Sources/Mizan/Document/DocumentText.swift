/// The original text of a document, kept exactly, with random access by scalar offset.
///
/// Offsets everywhere in mizan are Unicode scalar offsets into `scalars` (see ``TextRange``).
public struct DocumentText: Sendable, Equatable {
    /// The text exactly as ingested (after decoding to Unicode; for HTML, the extracted article text).
    public let string: String
    /// The same text as scalars, for O(1) offset access.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
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
