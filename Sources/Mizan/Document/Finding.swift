/// A problem found inside one article: it does not stop the analysis and travels with the document.
///
/// Failures that prevent analysing an input at all are thrown as ``MizanError`` instead.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case info, warning, error
        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.info, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// A stable identifier such as `decode.invalid-bytes` or `quotes.unclosed` (documented in docs/json-format.md).
    public var code: String
    public var severity: Severity
    /// A sentence a user can act on.
    public var message: String
    /// Where in the document text, when the problem has a place there.
    public var range: TextRange?
    /// Byte offset into the input file, for decoding problems.
    public var byteOffset: Int?

    public init(code: String, severity: Severity = .warning, message: String, range: TextRange? = nil, byteOffset: Int? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.byteOffset = byteOffset
    }
}
