/// A failure that stops one input (or the whole run, for configuration errors). Each case carries the
/// file it concerns, and its description is a sentence a user can act on.
public enum MizanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case fileNotFound(path: String)
    /// The path exists but cannot be read (permissions, a device, …).
    case unreadable(path: String, reason: String)
    /// A folder was given but holds no file mizan can read.
    case emptyFolder(path: String)
    /// The file is empty (or only whitespace).
    case emptyInput(path: String)
    /// The file is a binary format (`kind` names it: PNG, PDF, ZIP…).
    case notText(path: String, kind: String)
    /// The input is larger than the per-article limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// One record of a JSONL or CSV file is malformed.
    case badRecord(path: String, line: Int, reason: String)
    /// An HTML page in which no article text was found.
    case noArticleText(path: String)
    /// Language data failed validation.
    case badData(path: String, line: Int?, reason: String)
    /// A pipeline built in the wrong order.
    case pipeline(String)
    /// A command-line or configuration problem.
    case usage(String)
    /// Writing output failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .emptyFolder(let path): return "\(path): the folder holds no readable article (.txt, .html, .jsonl, .csv, or .gz of these)"
        case .emptyInput(let path): return "\(path): the file is empty"
        case .notText(let path, let kind): return "\(path): not text or HTML (looks like \(kind))"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(megabytes(bytes)) is larger than the \(megabytes(limit)) limit for one article (raise it with --max-article-mb)"
        case .badRecord(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .noArticleText(let path): return "\(path): no article text found in the HTML page"
        case .badData(let path, let line, let reason):
            if let line { return "\(path):\(line): \(reason)" }
            return "\(path): \(reason)"
        case .pipeline(let message): return "pipeline: \(message)"
        case .usage(let message): return message
        case .writeFailed(let path, let reason): return "\(path): cannot write (\(reason))"
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_000_000
        if mb >= 10 { return "\(Int(mb.rounded())) MB" }
        return "\((mb * 10).rounded() / 10) MB"
    }

    /// Whether the error concerns the whole run (exit 2) rather than one input (exit 1).
    public var isConfigurationError: Bool {
        switch self {
        case .badData, .pipeline, .usage: return true
        default: return false
        }
    }
}
