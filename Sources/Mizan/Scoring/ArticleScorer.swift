import Foundation

/// Computes ``ArticleScores`` from a document's tokens, loaded terms, attributions and speakers.
public struct ArticleScorer: Sendable {
    /// Context shown around each term: about this many characters on each side, cut at word boundaries
    /// and at the paragraph's edges.
    public var contextCharacters = 60

    public init() {}

    public func score(_ doc: AnalyzedDocument) -> ArticleScores {
        let words = doc.wordCount()
        let quotedRanges = Self.union(doc.attributions.map(\.content))
        let quotedWords = quotedRanges.reduce(0) { $0 + doc.wordCount(in: $1) }
        let narratorWords = max(0, words - quotedWords)

        // Densities.
        var counts: [Voice: (n: Int, w: Double)] = [:]
        var byCategory: [Voice: [String: (n: Int, w: Double)]] = [:]
        var categories = Set<String>()
        for t in doc.loadedTerms {
            counts[t.voice, default: (0, 0)].n += 1
            counts[t.voice, default: (0, 0)].w += t.weight
            byCategory[t.voice, default: [:]][t.category, default: (0, 0)].n += 1
            byCategory[t.voice, default: [:]][t.category, default: (0, 0)].w += t.weight
            categories.insert(t.category)
        }
        func voiceScores(_ v: Voice, _ words: Int) -> ArticleScores.VoiceScores {
            let c = counts[v] ?? (0, 0)
            var cats: [String: ArticleScores.Density] = [:]
            for cat in categories {
                let x = byCategory[v]?[cat] ?? (0, 0)
                cats[cat] = ArticleScores.Density(matches: x.n, weight: x.w, words: words)
            }
            return ArticleScores.VoiceScores(words: words, overall: ArticleScores.Density(matches: c.n, weight: c.w, words: words), byCategory: cats)
        }

        // Contributions with context.
        var order: [String] = []
        var contributions: [String: ArticleScores.TermContribution] = [:]
        for t in doc.loadedTerms {
            let key = t.entry + "\u{1F}" + t.category
            let occurrence = ArticleScores.Occurrence(range: t.range, voice: t.voice, speakerID: t.speakerID, context: context(of: t.range, in: doc))
            if contributions[key] == nil {
                order.append(key)
                contributions[key] = ArticleScores.TermContribution(entry: t.entry, category: t.category, weight: t.weight,
                                                                    alternatives: t.alternatives, narrator: 0, quoted: 0, occurrences: [])
            }
            contributions[key]!.occurrences.append(occurrence)
            if t.voice == .quoted { contributions[key]!.quoted += 1 } else { contributions[key]!.narrator += 1 }
        }
        let terms = order.compactMap { contributions[$0] }.sorted { a, b in
            let wa = a.weight * Double(a.occurrences.count), wb = b.weight * Double(b.occurrences.count)
            if wa != wb { return wa > wb }
            return a.occurrences[0].range < b.occurrences[0].range
        }

        return ArticleScores(words: words, narrator: voiceScores(.narrator, narratorWords), quoted: voiceScores(.quoted, quotedWords),
                             terms: terms, attribution: profile(doc, words: words, quotedWords: quotedWords))
    }

    /// The source-attribution profile.
    public func profile(_ doc: AnalyzedDocument, words: Int, quotedWords: Int) -> ArticleScores.AttributionProfile {
        var p = ArticleScores.AttributionProfile()
        let attributions = doc.attributions
        p.attributions = attributions.count
        p.words = words
        p.quotedWords = quotedWords
        p.quotedShare = words > 0 ? Double(quotedWords) / Double(words) : nil
        var contentsBySpeaker: [Int: [TextRange]] = [:]
        for a in attributions {
            p.byType[a.kind, default: 0] += 1
            p.bySourceKind[a.sourceKind, default: 0] += 1
            if a.isVague || a.sourceKind == .anonymous { p.vague += 1 }
            if let cue = a.cue { p.stances[cue.stance, default: 0] += 1 } else { p.withoutCue += 1 }
            if let s = a.speakerID { contentsBySpeaker[s, default: []].append(a.content) }
        }
        p.vagueShare = attributions.isEmpty ? nil : Double(p.vague) / Double(attributions.count)
        p.distinctSpeakers = contentsBySpeaker.count
        for (s, ranges) in contentsBySpeaker {
            p.speakerWords[s] = Self.union(ranges).reduce(0) { $0 + doc.wordCount(in: $1) }
        }
        let total = p.speakerWords.values.reduce(0, +)
        if total > 0 {
            let shares = p.speakerWords.values.filter { $0 > 0 }.map { Double($0) / Double(total) }
            p.herfindahl = shares.reduce(0) { $0 + $1 * $1 }
            let h = -shares.reduce(0) { $0 + $1 * log($1) }
            p.normalizedEntropy = shares.count > 1 ? h / log(Double(shares.count)) : 0
        }
        let official = Set(doc.speakers.filter(\.isOfficial).map(\.id))
        p.officialSpeakers = contentsBySpeaker.keys.filter { official.contains($0) }.count
        p.officialSpeakerShare = p.distinctSpeakers > 0 ? Double(p.officialSpeakers) / Double(p.distinctSpeakers) : nil
        if !attributions.isEmpty {
            let n = attributions.filter { $0.speakerID.map(official.contains) ?? false }.count
            p.officialAttributionShare = Double(n) / Double(attributions.count)
        }
        return p
    }

    /// A stretch of the paragraph around `range`, cut at whitespace.
    func context(of range: TextRange, in doc: AnalyzedDocument) -> TextRange {
        let s = doc.text.scalars
        var lo = 0, hi = s.count
        if let p = doc.paragraphs.first(where: { $0.range.start <= range.start && range.end <= $0.range.end }) {
            lo = p.range.start
            hi = p.range.end
        }
        var a = max(lo, range.start - contextCharacters)
        if a > lo {
            while a < range.start && !s[a - 1].isSpaceFast { a += 1 }
        }
        var b = min(hi, range.end + contextCharacters)
        if b < hi {
            while b > range.end && !s[b].isSpaceFast { b -= 1 }
        }
        while a < range.start && s[a].isSpaceFast { a += 1 }
        while b > range.end && s[b - 1].isSpaceFast { b -= 1 }
        return TextRange(a, b)
    }

    /// Sorted, non-overlapping ranges covering the same offsets.
    static func union(_ ranges: [TextRange]) -> [TextRange] {
        var out: [TextRange] = []
        for r in ranges.sorted() where !r.isEmpty {
            if let last = out.last, r.start <= last.end {
                out[out.count - 1] = TextRange(last.start, max(last.end, r.end))
            } else {
                out.append(r)
            }
        }
        return out
    }
}

/// Adds ``ArticleScores``.
public struct ScoreStage: Stage {
    public let name = "scores"
    public let requires: Set<Layer> = [.tokens, .loadedTerms, .attributions, .speakers]
    public let provides: Set<Layer> = [.scores]
    public let scorer: ArticleScorer

    public init(scorer: ArticleScorer = ArticleScorer()) { self.scorer = scorer }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        let scores = scorer.score(document)
        return document.adding(.scores) { $0.setScores(scores) }
    }
}
