/// Writing direction of a text.
public enum TextDirection: String, Sendable, Hashable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// What is known about an article besides its text. Every field is optional except `id`.
public struct DocumentMetadata: Hashable, Sendable {
    /// Stable identifier: the input record's `id`, or a name derived from the file path.
    public var id: String
    public var title: String?
    public var outlet: String?
    /// Publication date as given by the source (ISO 8601 when the source provides it).
    public var date: String?
    public var url: String?
    public var authors: [String]
    /// Language declared by the input (a JSONL `lang` field, HTML `lang`, `--lang`), if any.
    public var declaredLanguage: String?
    public var direction: TextDirection?
    /// Where the article came from: a file path, with `#line` for records of a corpus file.
    public var source: String?
    /// Input format: `text`, `html`, `jsonl`, `csv`.
    public var format: String?
    /// Charset the input was decoded from (`utf-8`, `utf-16le`, `windows-1256`, …).
    public var encoding: String?

    public init(id: String, title: String? = nil, outlet: String? = nil, date: String? = nil, url: String? = nil,
                authors: [String] = [], declaredLanguage: String? = nil, direction: TextDirection? = nil,
                source: String? = nil, format: String? = nil, encoding: String? = nil) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.authors = authors
        self.declaredLanguage = declaredLanguage
        self.direction = direction
        self.source = source
        self.format = format
        self.encoding = encoding
    }
}
