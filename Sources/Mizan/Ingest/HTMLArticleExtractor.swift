/// The article found in an HTML page: its main text and metadata.
public struct HTMLArticle: Sendable {
    /// The main text, one paragraph (or heading, list item…) per line.
    public var text: String
    public var title: String?
    public var authors: [String] = []
    public var date: String?
    /// Site name (OpenGraph `og:site_name`, JSON-LD publisher), used as the outlet.
    public var siteName: String?
    public var language: String?
    public var direction: TextDirection?
    public var canonicalURL: String?
    public var description: String?
    public var findings: [Finding] = []
}

/// Finds the main article text of a saved news page (readability-style scoring over the DOM) and its
/// metadata (`<title>`, OpenGraph, JSON-LD `NewsArticle`, `<meta>`).
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    /// - Throws: ``MizanError/noArticleText(path:)`` when the page has no article body.
    public func extract(_ bytes: [UInt8], path: String, encoding: String? = nil) throws -> HTMLArticle {
        guard let tree = HTMLTree.parse(bytes, encoding: encoding) else { throw MizanError.noArticleText(path: path) }
        var paragraphs: [String] = []
        for p in tree.elements(named: "p") {
            let t = tree.textContent(p).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !t.isEmpty { paragraphs.append(t) }
        }
        if paragraphs.isEmpty { throw MizanError.noArticleText(path: path) }
        let title = tree.elements(named: "title").first.map { tree.textContent($0).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        return HTMLArticle(text: paragraphs.joined(separator: "\n"), title: title)
    }
}
