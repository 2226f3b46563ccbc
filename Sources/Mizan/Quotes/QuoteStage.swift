/// Finds quotations and attributions and resolves their speakers (the quote-extraction stage).
///
/// Runs the sieves in order — each a small named rule in `Quotes/Sieves/` — then the speaker resolver.
/// Languages without quote data (`Lexicons/<lang>/quotes/`) get quotation-mark findings only.
public struct QuoteStage: Stage {
    public let name = "quotes"
    public let requires: Set<Layer> = [.normalized, .sentences, .tokens, .language]
    public let provides: Set<Layer> = [.attributions, .speakers]

    let lexicons: [String: QuoteLexicon]
    let cliticSplitter: ArabicCliticSplitter
    let pairer = QuotePairer()
    /// Latin forms of speaker names in other scripts (ICU transliteration), cached by name: the same
    /// speakers recur from article to article.
    let latinNames = LatinNameCache()

    /// The ordered rules.
    static let sieves: [any AttributionSieve] = [
        QuoteThenCueSieve(),
        CueClauseSieve(),
        AccordingToSieve(),
        CueLastSieve(),
        ColonSieve(),
        FloatingQuoteSieve(),
    ]

    /// The ordered rules for English, where word order and punctuation carry what Arabic marks with
    /// clitics (see `Quotes/English/`).
    static let englishSieves: [any AttributionSieve] = [
        EnglishQuoteThenCueSieve(),
        EnglishRaisingSieve(),
        CueClauseSieve(),
        EnglishColonParagraphSieve(),
        AccordingToSieve(),
        CueLastSieve(),
        EnglishPollSieve(),
        ColonSieve(),
        EnglishSpeakerLineSieve(),
        EnglishVerbBeforeQuoteSieve(),
        FloatingQuoteSieve(),
    ]

    public init(lexicons: [String: QuoteLexicon], cliticSplitter: ArabicCliticSplitter) {
        self.lexicons = lexicons
        self.cliticSplitter = cliticSplitter
    }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        let (quotes, findings) = pairer.pair(document.text.scalars, paragraphs: document.paragraphs.map(\.range))
        let code = document.language?.code ?? "und"
        guard let lexicon = lexicons[code] ?? (code == "fa" ? lexicons["ar"] : nil) else {
            return document.adding([.attributions, .speakers]) { $0.addFindings(findings) }
        }
        let ctx = QuoteContext(document: document, lexicon: lexicon, quotes: quotes, cliticSplitter: cliticSplitter)
        let state = AttributionState(cues: ctx.cues.count, quotes: ctx.quotes.count, tokens: ctx.count, scalars: ctx.text.count)
        for sieve in ctx.arabic ? Self.sieves : Self.englishSieves { sieve.apply(ctx, state) }
        var (attributions, speakers) = SpeakerResolver(ctx: ctx).resolve(state.drafts)
        for i in speakers.indices where speakers[i].canonical.unicodeScalars.contains(where: { $0.value >= 0x0600 && $0.value < 0x0800 }) {
            if let latin = latinNames.latin(speakers[i].canonical) { speakers[i].latin = latin }
        }
        return document.adding([.attributions, .speakers]) { doc in
            doc.setAttributions(attributions, speakers: speakers)
            doc.addFindings(findings)
        }
    }
}
