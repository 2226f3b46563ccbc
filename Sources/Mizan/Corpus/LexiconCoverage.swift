import Foundation

/// How often each lexicon entry fires on a corpus (`mizan lexicon coverage`): to find dead entries and
/// entries that fire everywhere.
public struct LexiconCoverage {
    public struct Row: Hashable, Sendable {
        public var entry: LexiconEntry
        /// Matches in the corpus.
        public var matches: Int
        /// Documents with at least one match.
        public var documents: Int
        /// The most frequent surface forms matched, with counts.
        public var surfaces: [(String, Int)]

        public static func == (a: Row, b: Row) -> Bool { a.entry == b.entry && a.matches == b.matches && a.documents == b.documents }
        public func hash(into h: inout Hasher) { h.combine(entry); h.combine(matches) }
    }

    public struct Report: Sendable {
        /// Documents analysed.
        public var documents: Int
        /// Languages of the documents (entries of other languages are left out).
        public var languages: [String]
        /// Entries of those languages, most matches first; dead entries last.
        public var rows: [Row]
        public var failures: [MizanError]

        /// Rows whose document frequency is at least `threshold` (0…1).
        public func overFiring(_ threshold: Double) -> [Row] {
            rows.filter { documents > 0 && Double($0.documents) / Double(documents) >= threshold }
        }
        public var dead: [Row] { rows.filter { $0.matches == 0 } }
    }

    public let data: MizanData
    public let options: AnalysisOptions
    public let workers: Int

    public init(data: MizanData, options: AnalysisOptions = AnalysisOptions(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        var o = options
        o.depth = .foundation  // the matcher runs here, on the normalized view
        self.data = data
        self.options = o
        self.workers = workers
    }

    public func run(_ paths: [String], input: InputOptions = InputOptions()) throws -> Report {
        let data = try self.data.applying(options.lexicon)
        let entries = data.termMatcher.entries
        var matches = [Int](repeating: 0, count: entries.count)
        var docs = [Int](repeating: 0, count: entries.count)
        var surfaces = [[String: Int]](repeating: [:], count: entries.count)
        var languages = Set<String>()
        var failures: [MizanError] = []
        var count = 0
        let runner = CorpusRunner(data: data, options: options, workers: workers)
        try runner.run(InputReader(paths: paths, options: input)) { _, outcome in
            switch outcome {
            case .failed(let e): failures.append(e)
            case .analyzed(let doc):
                count += 1
                for p in doc.paragraphs { if let l = p.language?.code { languages.insert(l) } }
                if let l = doc.language?.code { languages.insert(l) }
                guard let normalized = doc.normalized else { return }
                var seen = Set<Int>()
                for m in data.termMatcher.matches(in: normalized, original: doc.text.scalars) {
                    let i = m.entry
                    matches[i] += 1
                    surfaces[i][doc.text[m.range], default: 0] += 1
                    if seen.insert(i).inserted { docs[i] += 1 }
                }
            }
        }
        var rows: [Row] = []
        for (i, e) in entries.enumerated() where languages.contains(e.language) {
            let top = surfaces[i].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3)
            rows.append(Row(entry: e, matches: matches[i], documents: docs[i], surfaces: Array(top)))
        }
        rows.sort { ($0.matches, $0.documents) > ($1.matches, $1.documents) }
        return Report(documents: count, languages: languages.sorted(), rows: rows, failures: failures)
    }
}
