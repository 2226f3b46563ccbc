/// How far the pipeline runs (benchmarks time each depth).
public enum PipelineDepth: String, Sendable, CaseIterable, Comparable {
    /// Decoding, paragraphs, language, normalization, sentences, tokens.
    case foundation
    /// … plus quotes and attribution.
    case quotes
    /// … plus loaded terms and scores: everything.
    case full

    public static func < (a: PipelineDepth, b: PipelineDepth) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Settings for analysing articles.
public struct AnalysisOptions: Sendable {
    /// Force the language (`ar`, `en`, `fa`); nil or `auto` to detect.
    public var language: String?
    public var depth: PipelineDepth
    /// Whether Arabic word tokens get their clitic split (``Token/clitics``); off by default because only
    /// token output needs it (the lexicon matcher handles clitics itself).
    public var cliticSplits: Bool
    /// Extra lexicons and category selection for loaded terms.
    public var lexicon: LexiconOptions

    public init(language: String? = nil, depth: PipelineDepth = .full, cliticSplits: Bool = false, lexicon: LexiconOptions = LexiconOptions()) {
        self.language = language
        self.depth = depth
        self.cliticSplits = cliticSplits
        self.lexicon = lexicon
    }
}

/// Analyses articles: decoding or HTML extraction, then the pipeline of stages.
///
/// Holds ICU iterators, so one `Analyzer` serves one task at a time; build one per worker from a shared
/// ``MizanData``.
public final class Analyzer {
    public let data: MizanData
    public let options: AnalysisOptions
    public let pipeline: Pipeline
    private let decoder = TextDecoder()
    private let extractor = HTMLArticleExtractor()

    /// - Throws: a configuration error. Pass data already ``MizanData/applying(_:)`` the options' lexicon
    ///   settings to share one compiled lexicon between workers; otherwise it is compiled here.
    public init(data: MizanData, options: AnalysisOptions = AnalysisOptions()) throws {
        let data = try data.applying(options.lexicon)
        self.data = data
        self.options = options
        let segmenter = Segmenter(clitics: options.cliticSplits ? ArabicCliticSplitter(protectedStems: data.arabicProtectedStems) : nil)
        var stages: [any Stage] = [
            ParagraphStage(segmenter: segmenter),
            LanguageStage(identifier: LanguageIdentifier(functionWords: data.functionWords), override: options.language),
            NormalizeStage(),
            SentenceStage(segmenter: segmenter),
        ]
        if options.depth >= .quotes {
            stages.append(QuoteStage(lexicons: data.quoteLexicons, cliticSplitter: ArabicCliticSplitter(protectedStems: data.arabicProtectedStems)))
        }
        if options.depth >= .full {
            stages.append(LexiconStage(matcher: data.termMatcher))
            stages.append(ScoreStage())
        }
        pipeline = try Pipeline(stages)
    }

    /// Analyses one input.
    /// - Throws: ``MizanError`` when the input cannot be read as an article (binary, empty, no article text).
    public func analyze(_ input: ArticleInput) throws -> AnalyzedDocument {
        let document = try makeDocument(input)
        return try pipeline.run(document)
    }

    /// How many articles a corpus run passes through the pipeline together (``analyze(batch:)``), and
    /// how many bytes of input at most (a batch of long articles is cut short; one article always goes).
    /// Small enough that what the stages make of a batch (scalars, normalized text and its offset map,
    /// tokens: about twenty times the input's UTF-8 bytes, some 0.8 MB for eight English news articles)
    /// stays in a core's second-level cache (2 MB here) for the next stage to read; large enough that
    /// each stage's code and tables stay warm (batches of 4 already kept the foundation stages as fast
    /// inside a run to quotes as alone: README, performance).
    public static let batchSize = 8
    public static let batchBytes = 64 << 10

    /// Whether a batch of `count` inputs holding `bytes` bytes is full.
    static func batchIsFull(count: Int, bytes: Int) -> Bool { count >= batchSize || bytes >= batchBytes }

    /// Analyses `inputs` as one batch (``Pipeline/run(batch:)``: stage by stage, each stage over every
    /// input before the next), with what ``analyze(_:)`` gives for each, in order. An input that cannot be
    /// read or whose analysis fails gets its error; the others go on.
    public func analyze(batch inputs: [ArticleInput]) -> [Result<AnalyzedDocument, any Error>] {
        var unused: [UInt64]? = nil
        return analyze(batch: inputs, addingStageTimes: &unused)
    }

    /// ``analyze(batch:)``, adding each stage's CPU time over the batch to `nanoseconds` when given
    /// (``Pipeline/run(batch:addingStageTimes:)``).
    public func analyze(batch inputs: [ArticleInput], addingStageTimes nanoseconds: inout [UInt64]?) -> [Result<AnalyzedDocument, any Error>] {
        var documents: [AnalyzedDocument] = []
        var failures: [Int: any Error] = [:]
        var positions: [Int] = []
        for (k, input) in inputs.enumerated() {
            do {
                documents.append(try makeDocument(input))
                positions.append(k)
            } catch {
                failures[k] = error
            }
        }
        var results = inputs.indices.map { k in failures[k].map { Result<AnalyzedDocument, any Error>.failure($0) } }
        for (k, result) in zip(positions, pipeline.run(batch: documents, addingStageTimes: &nanoseconds)) { results[k] = result }
        return results.map { $0! }
    }

    /// Analyses a string.
    public func analyze(text: String, id: String = "text", outlet: String? = nil) throws -> AnalyzedDocument {
        try analyze(ArticleInput(id: id, text: text, outlet: outlet))
    }

    /// Decodes or extracts the input's text and merges what the page says about itself into the metadata.
    func makeDocument(_ input: ArticleInput) throws -> AnalyzedDocument {
        var meta = input.metadata
        var findings = input.findings
        let path = meta.source ?? meta.id
        let text: String
        switch input.body {
        case .text(let s):
            text = s
            meta.encoding = meta.encoding ?? "utf-8"
        case .textBytes(let bytes):
            let decoded = try decoder.decode(bytes, path: path)
            text = decoded.text
            meta.encoding = decoded.encoding
            findings.append(contentsOf: decoded.findings)
        case .html(let bytes):
            if let kind = BinarySniffer.binaryKind(bytes) { throw MizanError.notText(path: path, kind: kind) }
            let article = try extractor.extract(bytes, path: path)
            text = article.text
            meta.title = meta.title ?? article.title
            meta.outlet = meta.outlet ?? article.siteName
            meta.date = meta.date ?? article.date
            meta.url = meta.url ?? article.canonicalURL
            if meta.authors.isEmpty { meta.authors = article.authors }
            meta.declaredLanguage = meta.declaredLanguage ?? article.language
            meta.direction = meta.direction ?? article.direction
            meta.format = "html"
            meta.encoding = article.encoding
            findings.append(contentsOf: article.findings)
        }
        if text.unicodeScalars.allSatisfy({ Segmenter.isSpace($0) }) {
            throw MizanError.emptyInput(path: path)
        }
        let doc = AnalyzedDocument(metadata: meta, text: DocumentText(text), findings: findings)
        return doc
    }
}
