/// One article as read from an input, before analysis.
public struct ArticleInput: Sendable {
    public enum Body: Sendable {
        /// Text already decoded (a JSONL or CSV field).
        case text(String)
        /// Bytes of a text file, still to be decoded (charset detection happens in analysis).
        case textBytes([UInt8])
        /// Bytes of an HTML page, parsed with libxml2 in analysis.
        case html([UInt8])
    }

    public var metadata: DocumentMetadata
    public var body: Body
    /// Problems noticed while reading (kept with the article).
    public var findings: [Finding]

    public init(metadata: DocumentMetadata, body: Body, findings: [Finding] = []) {
        self.metadata = metadata
        self.body = body
        self.findings = findings
    }

    /// The body's size in bytes (UTF-8 for text already decoded), to bound how much a batch holds.
    public var byteCount: Int {
        switch body {
        case .text(let s): return s.utf8.count
        case .textBytes(let b), .html(let b): return b.count
        }
    }

    /// Convenience: an article from a string.
    public init(id: String, text: String, outlet: String? = nil, title: String? = nil, language: String? = nil) {
        self.init(metadata: DocumentMetadata(id: id, title: title, outlet: outlet, declaredLanguage: language, format: "text"),
                  body: .text(text))
    }
}

/// How an input file is read.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, jsonl, csv, tsv

    /// The format implied by a file name (`.jsonl.gz` → jsonl), or nil when the name says nothing.
    public static func from(path: String) -> InputFormat? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text", "md": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "jsonl", "ndjson", "json": return .jsonl
        case "csv": return .csv
        case "tsv": return .tsv
        default: return nil
        }
    }
}

/// Settings for reading inputs.
public struct InputOptions: Sendable {
    /// Articles (and JSONL lines) larger than this are refused with a clear error, so memory stays bounded.
    public var maxArticleBytes: Int = 50_000_000
    /// Force a format instead of guessing from the file name and content.
    public var format: InputFormat?
    /// Outlet for articles that name none.
    public var outlet: String?

    public init(maxArticleBytes: Int = 50_000_000, format: InputFormat? = nil, outlet: String? = nil) {
        self.maxArticleBytes = maxArticleBytes
        self.format = format
        self.outlet = outlet
    }
}
