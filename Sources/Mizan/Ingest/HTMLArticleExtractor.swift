/// The article found in an HTML page: its main text and metadata.
public struct HTMLArticle: Sendable {
    /// The main text, one paragraph (or heading, list item, quotation, table row) per line; white space
    /// collapsed, no empty lines.
    public var text: String
    /// The headline: JSON-LD `headline`, `og:title`, or `<title>` without a trailing " - Site Name".
    public var title: String?
    public var authors: [String] = []
    /// Publication date as the page gives it (ISO 8601 in JSON-LD and OpenGraph).
    public var date: String?
    /// Site name (OpenGraph `og:site_name`, JSON-LD publisher), used as the outlet.
    public var siteName: String?
    /// Primary language subtag declared by the page (`<html lang="ar-EG">` → `ar`; else `og:locale`,
    /// `content-language`, JSON-LD `inLanguage`, or `lang` on the article's container).
    public var language: String?
    /// Declared by `dir` on `<html>`, `<body>` or the article's container, else implied by a
    /// right-to-left `language` (ar, fa, he, ur…).
    public var direction: TextDirection?
    public var canonicalURL: String?
    public var description: String?
    /// Notable problems: `html.charset-guessed`, `html.charset-unknown`, `html.charset-mismatch`,
    /// `html.invalid-utf8`, `html.short-text`, `html.relaxed-extraction`, `html.text-from-json-ld`.
    public var findings: [Finding] = []
    /// The charset the page was decoded from (`UTF-8`, `windows-1256`, …).
    public var encoding: String?

    public init(text: String, title: String? = nil, authors: [String] = [], date: String? = nil, siteName: String? = nil,
                language: String? = nil, direction: TextDirection? = nil, canonicalURL: String? = nil,
                description: String? = nil, findings: [Finding] = [], encoding: String? = nil) {
        self.text = text
        self.title = title
        self.authors = authors
        self.date = date
        self.siteName = siteName
        self.language = language
        self.direction = direction
        self.canonicalURL = canonicalURL
        self.description = description
        self.findings = findings
        self.encoding = encoding
    }
}

/// Finds the main article text of a saved news page (readability-style scoring over the DOM) and its
/// metadata (`<title>`, OpenGraph, JSON-LD `NewsArticle`, `<meta>`).
///
/// The page is parsed by libxml2 in recover mode with no network access; the DOM is copied into a flat
/// array and every pass over it is a loop, so any nesting depth is safe. See ``HTMLContentFinder`` for
/// the scoring and ``HTMLCharset`` for how the encoding is chosen.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - bytes: the page as saved.
    ///   - path: where it came from (used in errors and findings only).
    ///   - encoding: a charset that overrides the page's own (nil: detect).
    /// - Throws: ``MizanError/noArticleText(path:)`` when the page has no article body.
    public func extract(_ bytes: [UInt8], path: String, encoding: String? = nil) throws -> HTMLArticle {
        let charset = HTMLCharset.choose(bytes, override: encoding)
        guard let tree = HTMLTree.parse(charset.repairedBytes ?? bytes, encoding: charset.encoding) else {
            throw MizanError.noArticleText(path: path)
        }
        let page = HTMLPageView(tree: tree)
        var meta = HTMLMetadataReader.read(page)
        let finder = HTMLContentFinder(page: page, title: meta.title)
        let found = finder.find()
        var lines = found?.lines ?? []
        var findings = charset.findings

        // Pages filled in by scripts keep their text in JSON-LD `articleBody`.
        let length = found?.length ?? 0
        if let body = meta.articleBody {
            let bodyLines = Self.lines(ofArticleBody: body)
            let bodyLength = bodyLines.reduce(0) { $0 + $1.unicodeScalars.count }
            if bodyLength >= Self.shortTextLength / 2 && Double(length) < 0.5 * Double(bodyLength) {
                lines = bodyLines
                findings.append(Finding(code: "html.text-from-json-ld", severity: .info,
                                        message: "the page's own text was short (\(length) characters); used the \(bodyLength) characters of its JSON-LD articleBody"))
            }
        }
        guard HTMLText.hasWords(lines, atLeast: Self.minimumWords) else {
            throw MizanError.noArticleText(path: path)
        }

        // Language and direction declared on the article's container when the page root says nothing.
        if let root = found?.roots.first {
            if meta.language == nil, let lang = page.inheritedAttribute("lang", from: root) {
                meta.language = HTMLMetadataReader.primarySubtag(lang)
            }
            if !meta.directionDeclared, let dir = HTMLMetadataReader.direction(page.inheritedAttribute("dir", from: root)) {
                meta.direction = dir
            }
            if meta.direction == nil, let l = meta.language, HTMLMetadataReader.rightToLeftLanguages.contains(l) {
                meta.direction = .rightToLeft
            }
        }

        let text = lines.joined(separator: "\n")
        let extracted = text.unicodeScalars.count
        let visible = HTMLSubtreeStats(page: page, mask: page.alwaysRemoved).text[page.body]
        if extracted < Self.shortTextLength && Double(extracted) < 0.15 * Double(visible) {
            findings.append(Finding(code: "html.short-text", severity: .warning,
                                    message: "only \(extracted) characters of article text were found on a page showing about \(visible); the article may have been missed or cut short"))
        }
        if let found, found.pass > 0, lines == found.lines {
            findings.append(Finding(code: "html.relaxed-extraction", severity: .info,
                                    message: "the article text was found only after relaxing the boilerplate filters; it may include comments or related links"))
        }
        return HTMLArticle(text: text, title: meta.title, authors: meta.authors, date: meta.date,
                           siteName: meta.siteName, language: meta.language, direction: meta.direction,
                           canonicalURL: meta.canonicalURL, description: meta.description, findings: findings,
                           encoding: charset.encoding)
    }

    /// The lines of a JSON-LD `articleBody`: plain text split at line breaks, or HTML rendered like a page.
    static func lines(ofArticleBody body: String) -> [String] {
        if HTMLText.contains(body, "</") || HTMLText.contains(body, "<br"),
           let tree = HTMLTree.parse(Array(body.utf8), encoding: "UTF-8") {
            let page = HTMLPageView(tree: tree)
            return HTMLTextRenderer(page: page).lines(roots: [page.body], skipping: page.alwaysRemoved)
        }
        return body.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" })
            .map { HTMLText.collapsed(String($0)) }.filter { !$0.isEmpty }
    }

    /// Fewer words than this is not an article.
    static let minimumWords = 3
    /// Extracted text shorter than this (characters), on a page with much more text, earns a finding.
    static let shortTextLength = 1000
}
