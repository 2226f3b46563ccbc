import Foundation

extension Bench {
    /// Time to build and write the article report of a long article (`mizan bench --report`).
    public struct ReportResult: Sendable {
        /// Words of the article the report was made for.
        public var words: Int
        public var paragraphs: Int
        public var attributions: Int
        public var loadedTerms: Int
        /// Size of the page in bytes.
        public var pageBytes: Int
        /// CPU seconds of the measuring thread per run: building the page with libxml2, serializing it and
        /// writing it atomically.
        public var seconds: [Double]

        public var medianSeconds: Double { Bench.median(seconds) }
    }

    /// Repeats the article at `path` until it has at least `words` words, analyses it once (not timed),
    /// then builds and writes its report `runs` times into a temporary folder, single-threaded.
    public func report(article path: String, words target: Int = 5_000, runs: Int = 5) throws -> ReportResult {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MizanError.unreadable(path: path, reason: "not a UTF-8 text file")
        }
        let analyzer = try Analyzer(data: self.data)
        let one = try analyzer.analyze(text: text, id: "bench")
        let copies = max(1, Int((Double(target) / Double(max(one.wordCount(), 1))).rounded(.up)))
        let body = Array(repeating: text.trimmingCharacters(in: .whitespacesAndNewlines), count: copies).joined(separator: "\n")
        let doc = try analyzer.analyze(ArticleInput(metadata: DocumentMetadata(id: "bench", title: "mizan report benchmark", source: path),
                                                    body: .text(body)))
        let report = ArticleReport(assets: try ReportAssets.locate(near: self.data.directory), lexicons: self.data.lexicons)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        var result = ReportResult(words: doc.wordCount(), paragraphs: doc.paragraphs.count, attributions: doc.attributions.count,
                                  loadedTerms: doc.loadedTerms.count, pageBytes: 0, seconds: [])
        _ = report.render(doc)  // warm-up
        for _ in 0..<max(1, runs) {
            let start = Self.threadCPUNanoseconds()
            try report.write(doc, to: out)
            result.seconds.append(Double(Self.threadCPUNanoseconds() - start) / 1e9)
        }
        result.pageBytes = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        return result
    }

    /// The article `mizan bench --report` uses when given none: the seed article in `../shared/data` when
    /// present, else the bundled Arabic example of the checkout.
    public static func defaultReportArticle() -> String? {
        let seed = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent()
            .appendingPathComponent("shared/data/articles/000_ce906912f90f5956.txt").path
        if FileManager.default.fileExists(atPath: seed) { return seed }
        let example = DataDirectory.checkoutRoot.appendingPathComponent("docs/examples/article-ar.txt").path
        return FileManager.default.fileExists(atPath: example) ? example : nil
    }
}
