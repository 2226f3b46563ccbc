/// Finds paragraphs.
public struct ParagraphStage: Stage {
    public let name = "paragraphs"
    public let requires: Set<Layer> = [.text]
    public let provides: Set<Layer> = [.paragraphs]
    let segmenter: Segmenter

    public init(segmenter: Segmenter) { self.segmenter = segmenter }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        let ranges = segmenter.paragraphs(in: document.text)
        return document.adding(.paragraphs) { $0.setParagraphs(ranges.map { Paragraph(range: $0) }) }
    }
}

/// Identifies the document's language and, in mixed documents, each paragraph's.
public struct LanguageStage: Stage {
    public let name = "language"
    public let requires: Set<Layer> = [.paragraphs]
    public let provides: Set<Layer> = [.language]
    let identifier: LanguageIdentifier
    /// A language forced by the user (`--lang`); nil or `auto` to detect.
    let override: String?

    public init(identifier: LanguageIdentifier, override: String? = nil) {
        self.identifier = identifier
        self.override = override == "auto" ? nil : override
    }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        let paragraphs = document.paragraphs
        if let override {
            let guess = LanguageGuess(code: override, confidence: 1, method: "override")
            return document.adding(.language) { doc in
                doc.setLanguage(guess)
                Self.setDirection(&doc, guess)
            }
        }
        let (whole, perParagraph) = identifier.identify(document.text.scalars, paragraphs: paragraphs.map(\.range))
        var language = whole
        if let declared = document.metadata.declaredLanguage.map(Self.primarySubtag), ["ar", "en", "fa"].contains(declared) {
            language = LanguageGuess(code: declared, confidence: 1, method: "declared")
        }
        return document.adding(.language) { doc in
            doc.setLanguage(language)
            doc.setParagraphs(zip(paragraphs, perParagraph).map { Paragraph(range: $0.range, language: $1) })
            Self.setDirection(&doc, language)
            if whole.code != language.code && whole.confidence >= 0.7 && language.method == "declared" {
                doc.addFindings([Finding(code: "language.declared-differs", severity: .info,
                                         message: "the input declares '\(language.code)' but the text reads as '\(whole.code)' (confidence \(whole.confidence)); using the declared language")])
            }
        }
    }

    private static func setDirection(_ doc: inout AnalyzedDocument, _ language: LanguageGuess) {
        guard doc.metadata.direction == nil else { return }
        var meta = doc.metadata
        meta.direction = language.direction
        doc.setMetadata(meta)
    }

    /// `ar-SA` → `ar`.
    static func primarySubtag(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }
}

/// Builds the normalized matching view.
public struct NormalizeStage: Stage {
    public let name = "normalize"
    public let requires: Set<Layer> = [.text]
    public let provides: Set<Layer> = [.normalized]
    let normalizer = TextNormalizer.standard

    public init() {}

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        let n = normalizer.normalize(document.text)
        return document.adding(.normalized) { $0.setNormalized(n) }
    }
}

/// Splits paragraphs into sentences and tokens (with Arabic clitic splits).
public struct SentenceStage: Stage {
    public let name = "sentences"
    public let requires: Set<Layer> = [.paragraphs, .language]
    public let provides: Set<Layer> = [.sentences, .tokens]
    let segmenter: Segmenter

    public init(segmenter: Segmenter) { self.segmenter = segmenter }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        let code = document.language?.code ?? "und"
        let languages = document.paragraphs.map { $0.language?.code ?? code }
        let result = segmenter.segment(document.text, paragraphs: document.paragraphs.map(\.range), languages: languages)
        return document.adding([.sentences, .tokens]) { doc in
            doc.setSentences(result.sentences, tokens: result.tokens, clitics: result.clitics)
        }
    }
}
