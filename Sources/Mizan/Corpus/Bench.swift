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

        public var medianSeconds: Double {
            let s = seconds.sorted()
            return s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
        }
        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(medianSeconds, 1e-9) }
        public var wordsPerSecond: Double { Double(words) / max(medianSeconds, 1e-9) }
    }

    public let data: MizanData

    public init(data: MizanData) { self.data = data }

    /// Reads and analyses every article of `paths` to `depth`, single-threaded, `runs` times.
    public func pipeline(_ paths: [String], depth: PipelineDepth, runs: Int, language: String? = nil) throws -> Result {
        let analyzer = try Analyzer(data: data, options: AnalysisOptions(language: language, depth: depth))
        var result = Result(name: "ingest+\(depth.rawValue)", articles: 0, bytes: 0, words: 0, seconds: [], peakMemory: 0)
        for run in 0..<max(1, runs) {
            var articles = 0, bytes = 0, words = 0
            let start = Self.threadCPUNanoseconds()
            for item in InputReader(paths: paths) {
                guard case .article(let input) = item, let doc = try? analyzer.analyze(input) else { continue }
                articles += 1
                bytes += doc.text.string.utf8.count
                words += doc.wordCount()
            }
            let elapsed = Double(Self.threadCPUNanoseconds() - start) / 1e9
            result.seconds.append(elapsed)
            if run == 0 {
                result.articles = articles
                result.bytes = bytes
                result.words = words
            }
        }
        result.peakMemory = Self.peakMemory()
        return result
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
