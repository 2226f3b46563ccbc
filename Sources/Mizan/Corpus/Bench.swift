import Foundation

/// Throughput measurements of mizan's stages on real corpora (`mizan bench`). Figures are medians over
/// runs of single-threaded work, in CPU time of the measuring thread; timing is never asserted in tests.
public struct Bench {
    public struct Result: Sendable {
        public var name: String
        public var articles: Int
        /// UTF-8 bytes of article text analysed per run.
        public var bytes: Int
        public var words: Int
        /// CPU seconds of the measuring thread per run (robust to other load on the machine).
        public var seconds: [Double]
        /// Peak resident memory of the process so far, in bytes.
        public var peakMemory: Int
        /// Loaded terms found per run (matcher measurements).
        public var matches: Int = 0

        public var medianSeconds: Double { Bench.median(seconds) }
        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(medianSeconds, 1e-9) }
        public var wordsPerSecond: Double { Double(words) / max(medianSeconds, 1e-9) }
    }

    public let data: MizanData

    /// The median of `values` (the mean of the middle two for an even count; 0 for none).
    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }

    public init(data: MizanData) { self.data = data }

    /// Reads and analyses every article of `paths` to `depth`, single-threaded, `runs` times.
    public func pipeline(_ paths: [String], depth: PipelineDepth, runs: Int, language: String? = nil) throws -> Result {
        let analyzer = try Analyzer(data: data, options: AnalysisOptions(language: language, depth: depth))
        var result = Result(name: "ingest+\(depth.rawValue)", articles: 0, bytes: 0, words: 0, seconds: [], peakMemory: 0)
        for _ in 0..<max(1, runs) { Self.timePipelineRun(paths, analyzer, into: &result) }
        result.peakMemory = Self.peakMemory()
        return result
    }

    /// One timed run of ``pipeline(_:depth:runs:language:)``: its seconds appended to `result`, and its
    /// counts set on the first run.
    private static func timePipelineRun(_ paths: [String], _ analyzer: Analyzer, into result: inout Result) {
        var articles = 0, bytes = 0, words = 0
        let start = threadCPUNanoseconds()
        forEachBatch(paths) { inputs in
            for case .success(let doc) in analyzer.analyze(batch: inputs) {
                articles += 1
                bytes += doc.text.string.utf8.count
                words += doc.wordCount()
            }
        }
        result.seconds.append(Double(threadCPUNanoseconds() - start) / 1e9)
        if result.seconds.count == 1 {
            result.articles = articles
            result.bytes = bytes
            result.words = words
        }
    }

    /// Calls `body` with the articles of `paths` in batches, as corpus runs analyse them
    /// (``Analyzer/batchIsFull(count:bytes:)``, ``Analyzer/analyze(batch:)``).
    private static func forEachBatch(_ paths: [String], _ body: ([ArticleInput]) -> Void) {
        var inputs: [ArticleInput] = []
        var inputBytes = 0
        for item in InputReader(paths: paths) {
            guard case .article(let input) = item else { continue }
            inputs.append(input)
            inputBytes += input.byteCount
            if Analyzer.batchIsFull(count: inputs.count, bytes: inputBytes) {
                body(inputs)
                inputs.removeAll(keepingCapacity: true)
                inputBytes = 0
            }
        }
        if !inputs.isEmpty { body(inputs) }
    }

    /// Two pipeline depths timed in pairs of runs, one right after the other (the order alternating from
    /// pair to pair), with the ratio of each pair: the cost of the stages `deeper` adds to `base`, under
    /// the same conditions of the machine. (Two separate ``pipeline(_:depth:runs:language:)``
    /// measurements, one after the other, drift apart when the machine's load changes between them.)
    public struct Comparison: Sendable {
        public var base: Result
        public var deeper: Result
        /// `deeper`'s seconds over `base`'s, pair by pair.
        public var ratios: [Double]

        public var medianRatio: Double { Bench.median(ratios) }
        /// The lower and upper quartiles of the ratios (the medians of the lower and upper halves).
        public var quartiles: (lower: Double, upper: Double) {
            let s = ratios.sorted(), half = s.count / 2
            return (Bench.median(Array(s.prefix(half == 0 ? s.count : half))), Bench.median(Array(s.suffix(half == 0 ? s.count : half))))
        }
    }

    /// Times `base` and `deeper` in `pairs` pairs of runs after one untimed run of each (``Comparison``).
    public func compare(_ paths: [String], base: PipelineDepth, deeper: PipelineDepth, pairs: Int, language: String? = nil) throws -> Comparison {
        let baseAnalyzer = try Analyzer(data: data, options: AnalysisOptions(language: language, depth: base))
        let deeperAnalyzer = try Analyzer(data: data, options: AnalysisOptions(language: language, depth: deeper))
        var warmUp = Result(name: "", articles: 0, bytes: 0, words: 0, seconds: [], peakMemory: 0)
        Self.timePipelineRun(paths, baseAnalyzer, into: &warmUp)
        Self.timePipelineRun(paths, deeperAnalyzer, into: &warmUp)
        var comparison = Comparison(
            base: Result(name: "ingest+\(base.rawValue)", articles: 0, bytes: 0, words: 0, seconds: [], peakMemory: 0),
            deeper: Result(name: "ingest+\(deeper.rawValue)", articles: 0, bytes: 0, words: 0, seconds: [], peakMemory: 0),
            ratios: [])
        for pair in 0..<max(1, pairs) {
            if pair % 2 == 0 {
                Self.timePipelineRun(paths, baseAnalyzer, into: &comparison.base)
                Self.timePipelineRun(paths, deeperAnalyzer, into: &comparison.deeper)
            } else {
                Self.timePipelineRun(paths, deeperAnalyzer, into: &comparison.deeper)
                Self.timePipelineRun(paths, baseAnalyzer, into: &comparison.base)
            }
            comparison.ratios.append(comparison.deeper.seconds[pair] / max(comparison.base.seconds[pair], 1e-9))
        }
        comparison.base.peakMemory = Self.peakMemory()
        comparison.deeper.peakMemory = comparison.base.peakMemory
        return comparison
    }

    /// CPU time of each pipeline stage, timed batch by batch in the same runs (``stages(_:depth:runs:language:)``).
    public struct StageTimes: Sendable {
        /// Stage names in pipeline order, after `ingest` (reading, decoding and extracting each article).
        public var names: [String]
        /// Seconds of each run, per stage (same order as `names`).
        public var seconds: [[Double]]
        public var articles: Int
        public var words: Int
        /// The names of `ingest` and the foundation stages (those a `foundation`-depth pipeline runs).
        public var foundation: Set<String>

        /// Median over runs of stage `k`'s seconds.
        public func medianSeconds(_ k: Int) -> Double { Bench.median(seconds[k]) }

        /// Median over runs of the summed seconds of the stages named `names` (ingest included when named),
        /// each run's stages added before the median is taken.
        public func medianSeconds(of names: Set<String>) -> Double {
            let ks = self.names.indices.filter { names.contains(self.names[$0]) }
            let runs = seconds.first?.count ?? 0
            return Bench.median((0..<runs).map { r in ks.reduce(0) { $0 + seconds[$1][r] } })
        }
    }

    /// Reads and analyses every article of `paths` to `depth`, single-threaded, `runs` times, in batches
    /// as corpus runs do (``Analyzer/analyze(batch:)``), timing each stage over each batch (and ingest:
    /// everything outside the stages). Because the stages run one after the other within each batch,
    /// their times share the machine's conditions: the shares are steadier than two separate runs to
    /// different depths when the machine is busy.
    public func stages(_ paths: [String], depth: PipelineDepth, runs: Int, language: String? = nil) throws -> StageTimes {
        let analyzer = try Analyzer(data: data, options: AnalysisOptions(language: language, depth: depth))
        let stages = analyzer.pipeline.stages
        let foundation = try Analyzer(data: data, options: AnalysisOptions(language: language, depth: .foundation)).pipeline.stages.map(\.name)
        var result = StageTimes(names: ["ingest"] + stages.map(\.name), seconds: Array(repeating: [], count: stages.count + 1),
                                articles: 0, words: 0, foundation: Set(["ingest"] + foundation))
        for run in 0..<max(1, runs) {
            var articles = 0, words = 0
            var stageTimes: [UInt64]? = [UInt64](repeating: 0, count: stages.count)
            let start = Self.threadCPUNanoseconds()
            Self.forEachBatch(paths) { inputs in
                for case .success(let doc) in analyzer.analyze(batch: inputs, addingStageTimes: &stageTimes) {
                    articles += 1
                    words += doc.wordCount()
                }
            }
            let total = Self.threadCPUNanoseconds() - start
            let times = stageTimes!
            let staged = times.reduce(0, &+)
            result.seconds[0].append(Double(total - min(total, staged)) / 1e9)
            for k in times.indices { result.seconds[k + 1].append(Double(times[k]) / 1e9) }
            if run == 0 {
                result.articles = articles
                result.words = words
            }
        }
        return result
    }

    /// Articles read and normalized ahead of a matcher measurement.
    public struct PreparedCorpus: Sendable {
        public var texts: [DocumentText]
        public var normalized: [NormalizedText]
        public var bytes: Int
        public var words: Int
    }

    /// Reads, decodes and normalizes every article of `paths` (not timed).
    public func prepare(_ paths: [String]) throws -> PreparedCorpus {
        let analyzer = try Analyzer(data: data, options: AnalysisOptions(depth: .foundation))
        var corpus = PreparedCorpus(texts: [], normalized: [], bytes: 0, words: 0)
        for item in InputReader(paths: paths) {
            guard case .article(let input) = item, let doc = try? analyzer.makeDocument(input) else { continue }
            let n = TextNormalizer.standard.normalize(doc.text)
            corpus.texts.append(doc.text)
            corpus.normalized.append(n)
            corpus.bytes += doc.text.string.utf8.count
            corpus.words += n.scalars.withUnsafeBufferPointer { TermWords($0).count }
        }
        return corpus
    }

    /// Times only the loaded-term matcher over a prepared corpus, single-threaded, `runs` times.
    /// `words` in the result counts the matches found (per run).
    public func matcher(_ matcher: LoadedTermMatcher, on corpus: PreparedCorpus, runs: Int, name: String) -> Result {
        var result = Result(name: name, articles: corpus.texts.count, bytes: corpus.bytes, words: corpus.words, seconds: [], peakMemory: 0)
        var found = 0
        for _ in 0..<max(1, runs) {
            found = 0
            let start = Self.threadCPUNanoseconds()
            let session = MatchSession()
            for (text, n) in zip(corpus.texts, corpus.normalized) {
                found += matcher.matches(in: n, original: text.scalars, session: session).count
            }
            result.seconds.append(Double(Self.threadCPUNanoseconds() - start) / 1e9)
        }
        result.matches = found
        result.peakMemory = Self.peakMemory()
        return result
    }

    /// A synthetic lexicon of `count` entries made of two or three consecutive words sampled from the
    /// corpus, none of them among its 1,000 most frequent words (so every entry fires, but rarely, like a
    /// real multiword term), Arabic entries with clitics and inflections, others with inflections.
    public static func syntheticEntries(_ count: Int, from corpus: PreparedCorpus, seed: UInt64 = 1) -> [LexiconEntry] {
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        var frequency: [String: Int] = [:]
        for n in corpus.normalized {
            let words = n.scalars.withUnsafeBufferPointer { TermWords($0) }
            for w in words.items { frequency[String(String.UnicodeScalarView(n.scalars[Int(w.start)..<Int(w.end)])), default: 0] += 1 }
        }
        let frequent = Set(frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(1000).map(\.key))
        var entries: [LexiconEntry] = []
        var seen = Set<String>()
        var attempts = 0
        while entries.count < count && attempts < count * 50 && !corpus.normalized.isEmpty {
            attempts += 1
            let n = corpus.normalized[next() % corpus.normalized.count]
            let words = n.scalars.withUnsafeBufferPointer { TermWords($0) }
            guard words.count > 3 else { continue }
            let start = next() % (words.count - 3)
            let length = 2 + next() % 2
            var parts: [String] = []
            for t in start..<(start + length) {
                parts.append(String(String.UnicodeScalarView(n.scalars[Int(words.items[t].start)..<Int(words.items[t].end)])))
            }
            let term = parts.joined(separator: " ")
            guard !parts.contains(where: frequent.contains), term.unicodeScalars.count >= 4, seen.insert(term).inserted else { continue }
            let arabic = TermMorphology.isArabicLetter(term.unicodeScalars.first!)
            entries.append(LexiconEntry(language: arabic ? "ar" : "en", term: term, category: "synthetic", weight: 0.5, note: "benchmark",
                                        match: MatchOptions(clitics: arabic, inflect: true),
                                        location: SourceLocation(path: "synthetic", line: entries.count + 1)))
        }
        return entries
    }

    /// `entries` with every word lengthened by letters no word of the language ends in (Arabic ظظ,
    /// Latin "qx"), so that they never match: added to a small lexicon, they grow the automaton without
    /// growing the number of words with candidates or of matches, which separates the cost of lexicon
    /// size from the cost of output.
    public static func absentEntries<S: Sequence>(_ entries: S) -> [LexiconEntry] where S.Element == LexiconEntry {
        entries.map { entry in
            var e = entry
            let arabic = entry.language == "ar" || entry.language == "fa"
            e.term = entry.term.split(separator: " ").map { $0 + (arabic ? "ظظ" : "qx") }.joined(separator: " ")
            e.forms = []
            return e
        }
    }

    /// CPU time consumed by the calling thread, in nanoseconds.
    public static func threadCPUNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Peak resident set size of this process in bytes.
    public static func peakMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }
}
