/// One article after analysis: the original text, exactly as ingested, and the layers each stage added.
///
/// The value is immutable: a stage returns a new document with its layer set (``adding(_:)``). Every
/// annotation carries a ``TextRange`` of Unicode scalar offsets into ``text``.
public struct AnalyzedDocument: Sendable {
    public private(set) var metadata: DocumentMetadata
    public private(set) var text: DocumentText
    public private(set) var findings: [Finding]
    public private(set) var language: LanguageGuess?
    /// The matching view (see ``TextNormalizer``).
    public private(set) var normalized: NormalizedText?
    public private(set) var paragraphs: [Paragraph]
    public private(set) var sentences: [Sentence]
    public private(set) var tokens: [Token]
    /// Clitic splits of Arabic word tokens, parallel to ``tokens`` — empty unless requested
    /// (``AnalysisOptions/cliticSplits``). Use ``clitics(ofToken:)``.
    public private(set) var cliticSplits: [CliticSplit?]
    public private(set) var attributions: [Attribution]
    public private(set) var speakers: [Speaker]
    public private(set) var loadedTerms: [LoadedTermMatch]
    public private(set) var scores: ArticleScores?
    /// The layers present (see ``Layer``).
    public private(set) var layers: Set<Layer>

    public var id: String { metadata.id }

    public init(metadata: DocumentMetadata, text: DocumentText, findings: [Finding] = []) {
        self.metadata = metadata
        self.text = text
        self.findings = findings
        self.language = nil
        self.normalized = nil
        self.paragraphs = []
        self.sentences = []
        self.tokens = []
        self.cliticSplits = []
        self.attributions = []
        self.speakers = []
        self.loadedTerms = []
        self.scores = nil
        self.layers = [.text]
    }

    /// A copy with changes made by a stage. Only stages (inside the library) build new layers.
    func adding(_ layer: Layer? = nil, _ change: (inout AnalyzedDocument) -> Void) -> AnalyzedDocument {
        var copy = self
        change(&copy)
        if let layer { copy.layers.insert(layer) }
        return copy
    }

    /// ``adding(_:_:)`` for a stage that provides several layers: one copy of the document, not one per layer.
    func adding(_ layers: [Layer], _ change: (inout AnalyzedDocument) -> Void) -> AnalyzedDocument {
        var copy = self
        change(&copy)
        copy.layers.formUnion(layers)
        return copy
    }

    mutating func setLanguage(_ guess: LanguageGuess) { language = guess }
    mutating func setNormalized(_ n: NormalizedText) { normalized = n }
    mutating func setParagraphs(_ p: [Paragraph]) { paragraphs = p }
    mutating func setSentences(_ s: [Sentence], tokens t: [Token], clitics c: [CliticSplit?]) {
        sentences = s
        tokens = t
        cliticSplits = c
    }
    mutating func setAttributions(_ a: [Attribution], speakers s: [Speaker]) { attributions = a; speakers = s }
    mutating func setLoadedTerms(_ t: [LoadedTermMatch]) { loadedTerms = t }
    mutating func setScores(_ s: ArticleScores) { scores = s }
    mutating func addFindings(_ f: [Finding]) { findings.append(contentsOf: f) }
    mutating func setMetadata(_ m: DocumentMetadata) { metadata = m }

    /// The clitic split of token `index` (Arabic words with clitics), when splits were computed.
    public func clitics(ofToken index: Int) -> CliticSplit? {
        index < cliticSplits.count ? cliticSplits[index] : nil
    }

    /// The original text of `range`.
    public func text(of range: TextRange) -> String { text[range] }

    /// Words (word and number tokens) inside `range` (tokens wholly inside it); all words when nil.
    /// Tokens are sorted, so this is a binary search plus the tokens inside the range.
    public func wordCount(in range: TextRange? = nil) -> Int {
        guard let range else { return tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) } }
        // First token starting at or after range.start.
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.start < range.start { lo = mid + 1 } else { hi = mid }
        }
        var n = 0
        var i = lo
        while i < tokens.count, tokens[i].range.end <= range.end {
            let k = tokens[i].kind
            if k == .word || k == .number { n += 1 }
            i += 1
        }
        return n
    }

    /// The language code of the paragraph containing `offset` (its own, or the document's).
    public func languageCode(at offset: Int) -> String {
        if let p = paragraphs.first(where: { $0.range.start <= offset && offset <= $0.range.end }), let l = p.language {
            return l.code
        }
        return language?.code ?? "und"
    }
}
