/// A half-open range `[start, end)` of **Unicode scalar (code point) offsets** into a document's
/// original text — the unit Python's `str` indexing and annotation tools use. Every annotation in mizan
/// carries one.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Offset of the first scalar covered.
    public var start: Int
    /// Offset one past the last scalar covered (`end >= start`).
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public init(start: Int, end: Int) { self.init(start, end) }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// The number of scalars both ranges cover.
    public func overlap(with other: TextRange) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    /// The smallest range covering both.
    public func union(_ other: TextRange) -> TextRange { TextRange(min(start, other.start), max(end, other.end)) }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "[\(start),\(end))" }
}
