import Foundation

/// `mizan evaluate terms`: analyses gold documents and scores the loaded terms found against the gold
/// `Loaded_Language` ∪ `Name_Calling*` spans (``SpanScorer``), with precision, per-technique recall and
/// paragraph-level detection.
public struct TermEvaluation {
    /// What one entry did on the gold documents (to find entries that over-fire).
    public struct EntryResult: Hashable, Sendable {
        public var entry: String
        public var category: String
        /// Predicted spans.
        public var predicted: Int
        /// Σ |s∩T|/|s| over its spans: its share of the precision numerator.
        public var credit: Double
        /// Spans that touch no gold LL/NC span.
        public var falsePositives: Int
    }

    /// Recall of the gold spans of one technique.
    public struct TechniqueRecall: Hashable, Sendable {
        public var technique: String
        /// Gold spans (after merging overlaps within a document).
        public var gold: Int
        /// Recall by all predicted spans, whatever their category.
        public var recallAll: Double
        /// Recall by the predicted spans whose category maps to this technique.
        public var recallMapped: Double
    }

    public struct Report: Sendable {
        public var documents: Int
        /// Categories whose technique is LL or NC (the predictions scored).
        public var scoredCategories: [String]
        public var score: SpanScorer.Score
        public var paragraphs: DetectionScore
        public var techniques: [TechniqueRecall]
        /// Entries sorted by false positives, then by predictions.
        public var entries: [EntryResult]
        /// Documents that failed to analyse.
        public var failures: [String]
    }

    public let data: MizanData
    public let options: AnalysisOptions

    /// - Parameter data: the language data with the lexicon options to evaluate already applied (or
    ///   they are applied here from `options.lexicon`).
    public init(data: MizanData, options: AnalysisOptions = AnalysisOptions()) throws {
        self.data = try data.applying(options.lexicon)
        self.options = options
    }

    /// The technique label of a category, from the lexicon of `language` (or any lexicon declaring it).
    func technique(of category: String, language: String) -> String? {
        if let t = data.lexicons.lexicon(for: language)?.category(category)?.technique { return t }
        return data.lexicons.lexicons.lazy.compactMap { $0.category(category)?.technique }.first
    }

    /// Analyses every document (in its gold language) and scores the result.
    public func run(_ documents: [GoldDocument]) throws -> Report {
        var analyzers: [String: Analyzer] = [:]
        var score = SpanScorer.Score()
        var detection = DetectionScore()
        var techniqueGold: [String: Int] = [:]
        var techniqueAll: [String: Double] = [:]
        var techniqueMapped: [String: Double] = [:]
        var entries: [String: EntryResult] = [:]
        var failures: [String] = []
        var scoredCategories = Set<String>()

        for doc in documents {
            if analyzers[doc.language] == nil {
                var o = options
                o.language = doc.language
                o.depth = .full
                analyzers[doc.language] = try Analyzer(data: data, options: o)
            }
            let analyzed: AnalyzedDocument
            do {
                analyzed = try analyzers[doc.language]!.analyze(ArticleInput(id: doc.id, text: doc.text, language: doc.language))
            } catch {
                failures.append("\(doc.id): \(error)")
                continue
            }
            var all: [(span: Range<Int>, technique: String?, term: LoadedTermMatch)] = []
            for t in analyzed.loadedTerms {
                all.append((t.range.start..<t.range.end, technique(of: t.category, language: doc.language), t))
            }
            let predicted = all.filter { $0.technique.map(GoldDocument.isLoadedOrNameCalling) ?? false }
            for p in predicted { scoredCategories.insert(p.term.category) }
            let gold = doc.spans.filter { GoldDocument.isLoadedOrNameCalling($0.technique) }.map(\.range)
            score = score + SpanScorer.score(predicted: predicted.map(\.span), gold: gold)

            // Entries' credit (on merged gold).
            let mergedGold = SpanScorer.merge(gold)
            for p in predicted {
                let o = mergedGold.reduce(0) { $0 + SpanScorer.overlap(p.span, $1) }
                let key = p.term.entry + "\u{1F}" + p.term.category
                var r = entries[key] ?? EntryResult(entry: p.term.entry, category: p.term.category, predicted: 0, credit: 0, falsePositives: 0)
                r.predicted += 1
                r.credit += p.span.isEmpty ? 0 : Double(o) / Double(p.span.count)
                if o == 0 { r.falsePositives += 1 }
                entries[key] = r
            }

            // Paragraph detection.
            for para in doc.paragraphs {
                let g = gold.contains { $0.overlaps(para) }
                let s = predicted.contains { $0.span.overlaps(para) }
                detection.add(predicted: s, gold: g)
            }

            // Per-technique recall, all techniques.
            let allSpans = SpanScorer.merge(all.map(\.span))
            for technique in Set(doc.spans.map(\.technique)) {
                let g = SpanScorer.merge(doc.spans.filter { $0.technique == technique }.map(\.range))
                techniqueGold[technique, default: 0] += g.count
                let mapped = SpanScorer.merge(all.filter { $0.technique.map { Self.sameFamily($0, technique) } ?? false }.map(\.span))
                techniqueAll[technique, default: 0] += SpanScorer.score(predicted: allSpans, gold: g).recallNumerator
                techniqueMapped[technique, default: 0] += SpanScorer.score(predicted: mapped, gold: g).recallNumerator
            }
        }
        let techniques = techniqueGold.keys.sorted { (techniqueGold[$0]!, $1) > (techniqueGold[$1]!, $0) }.map { t in
            TechniqueRecall(technique: t, gold: techniqueGold[t]!, recallAll: techniqueAll[t, default: 0] / Double(techniqueGold[t]!),
                            recallMapped: techniqueMapped[t, default: 0] / Double(techniqueGold[t]!))
        }
        let entryList = entries.values.sorted {
            ($0.falsePositives, $0.predicted, $1.entry) > ($1.falsePositives, $1.predicted, $0.entry)
        }
        return Report(documents: documents.count, scoredCategories: scoredCategories.sorted(), score: score, paragraphs: detection,
                      techniques: techniques, entries: entryList, failures: failures)
    }

    /// Technique names that differ only in spelling across corpora (`Name_Calling,Labeling` vs `Name_Calling-Labeling`).
    static func sameFamily(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String { String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }) }
        return key(a) == key(b)
    }
}
