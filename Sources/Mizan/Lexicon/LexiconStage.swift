/// Finds loaded terms on the normalized view and tags each with its voice: `quoted` (with the speaker)
/// when it lies inside an attribution's content, `narrator` otherwise.
public struct LexiconStage: Stage {
    public let name = "lexicon"
    public let requires: Set<Layer> = [.normalized, .attributions]
    public let provides: Set<Layer> = [.loadedTerms]
    public let matcher: LoadedTermMatcher

    public init(matcher: LoadedTermMatcher) { self.matcher = matcher }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        guard let normalized = document.normalized else {
            throw MizanError.pipeline("stage 'lexicon' ran on a document without its normalized view")
        }
        let found = matcher.matches(in: normalized, original: document.text.scalars)
        let terms = found.map { m -> LoadedTermMatch in
            let e = matcher.entries[m.entry]
            let (voice, speaker) = Self.voice(of: m.range, in: document.attributions)
            return LoadedTermMatch(range: m.range, entry: e.term, category: e.category, weight: e.weight, voice: voice,
                                   speakerID: speaker, alternatives: e.alternatives)
        }
        return document.adding(.loadedTerms) { $0.setLoadedTerms(terms) }
    }

    /// The voice of a span: `quoted` when more than half of it lies inside an attribution's content (the
    /// innermost such content, for nested attributions), with that attribution's speaker.
    public static func voice(of range: TextRange, in attributions: [Attribution]) -> (Voice, Int?) {
        var best: Attribution?
        for a in attributions {
            let overlap = a.content.overlap(with: range)
            guard overlap * 2 > range.length || (range.isEmpty && a.content.contains(range.start)) else { continue }
            if let b = best, b.content.length <= a.content.length { continue }
            best = a
        }
        guard let best else { return (.narrator, nil) }
        return (.quoted, best.speakerID)
    }
}

/// Stands in for the quote and attribution stages until they exist: adds empty attribution and speaker
/// layers, so everything downstream runs (every loaded term is then in narrator voice).
public struct NoAttributionStage: Stage {
    public let name = "attributions (none yet)"
    public let requires: Set<Layer> = [.text]
    public let provides: Set<Layer> = [.attributions, .speakers]

    public init() {}

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        document.adding(.attributions) { $0.setAttributions([], speakers: []) }.adding(.speakers) { _ in }
    }
}
