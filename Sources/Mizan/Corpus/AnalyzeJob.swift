import Foundation

/// `mizan analyze` as a library call: read inputs, analyse them in parallel, write results in input order.
public struct AnalyzeJob {
    public enum OutputFormat: String, Sendable, CaseIterable {
        /// `html`: the annotated article report, one self-contained page per article (``ArticleReport``).
        case json, jsonl, text, html
    }

    public struct Configuration: Sendable {
        public var inputs: [String]
        /// nil: `json` for a single text or HTML file, `jsonl` otherwise.
        public var format: OutputFormat?
        /// A file, or an existing folder (one file per article); nil for standard output.
        public var output: String?
        public var analysis = AnalysisOptions()
        public var input = InputOptions()
        public var include: DocumentJSON.Include = []
        public var workers = ProcessInfo.processInfo.activeProcessorCount

        public init(inputs: [String]) { self.inputs = inputs }
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var analyzed = 0
        public var failures: [MizanError] = []
        /// Files written (not standard output), in order.
        public var written: [String] = []
        /// 0 all good, 1 some inputs failed.
        public var exitCode: Int32 { failures.isEmpty ? 0 : 1 }
    }

    public let configuration: Configuration
    public let data: MizanData

    public init(configuration: Configuration, data: MizanData) {
        self.configuration = configuration
        self.data = data
    }

    /// The output format the configuration implies.
    public var format: OutputFormat {
        if let f = configuration.format { return f }
        if configuration.inputs.count == 1, let only = configuration.inputs.first, only != "-" {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: only, isDirectory: &isDir), !isDir.boolValue {
                let f = InputFormat.from(path: only)
                if f == nil || f == .text || f == .html { return .json }
            }
        }
        return .jsonl
    }

    /// Runs the job. `emit` receives standard-output text, `report` one line per failed input.
    /// - Throws: configuration errors (bad data, unwritable output) — exit code 2.
    public func run(emit: (String) -> Void, report: (MizanError) -> Void) throws -> Summary {
        let format = self.format
        let outputDirectory = try resolveOutputDirectory()
        var fileWriter: AtomicFileWriter?
        if let out = configuration.output, outputDirectory == nil {
            fileWriter = try AtomicFileWriter(path: out)
        }
        let jsonPretty = DocumentJSON(include: configuration.include, pretty: true)
        let jsonCompact = DocumentJSON(include: configuration.include, pretty: false)
        let summaryRenderer = TextSummary()
        // The report needs the stylesheet (found beside the Lexicons folder) and the lexicons in use.
        let pages: ArticleReport? = format == .html
            ? ArticleReport(assets: try ReportAssets.locate(near: data.directory),
                            lexicons: try data.applying(configuration.analysis.lexicon).lexicons)
            : nil
        var pendingPage: AnalyzedDocument?
        var summary = Summary()
        var jsonArrayOpen = false
        var usedNames: Set<String> = []

        func write(_ s: String) throws {
            if let w = fileWriter { try w.write(s) } else { emit(s) }
        }

        let reader = InputReader(paths: configuration.inputs, options: configuration.input)
        let runner = CorpusRunner(data: data, options: configuration.analysis, workers: configuration.workers)
        var pendingSingle: AnalyzedDocument?
        try runner.run(reader) { _, outcome in
            switch outcome {
            case .failed(let e):
                summary.failures.append(e)
                report(e)
            case .analyzed(let doc):
                summary.analyzed += 1
                if let dir = outputDirectory {
                    let name = uniqueFileName(for: doc.id, used: &usedNames)
                    let ext = format == .text ? "txt" : format == .html ? "html" : "json"
                    let path = dir + "/" + name + "." + ext
                    switch format {
                    case .json: try AtomicFileWriter.write(jsonPretty.encode(doc) + "\n", to: path)
                    case .jsonl: try AtomicFileWriter.write(jsonCompact.encode(doc) + "\n", to: path)
                    case .text: try AtomicFileWriter.write(summaryRenderer.render(doc), to: path)
                    case .html: try pages?.write(doc, to: path)
                    }
                    summary.written.append(path)
                    return
                }
                switch format {
                case .html:
                    // One page per article: several need a folder.
                    guard pendingPage == nil else {
                        throw MizanError.usage("--format html writes one page per article; for several articles give a folder: --output DIR/")
                    }
                    pendingPage = doc
                case .jsonl:
                    try write(jsonCompact.encode(doc) + "\n")
                case .text:
                    try write(summaryRenderer.render(doc) + "\n")
                case .json:
                    // One article: a pretty object. Several: a pretty array, streamed.
                    if let first = pendingSingle {
                        try write("[\n" + jsonPretty.encode(first))
                        pendingSingle = nil
                        jsonArrayOpen = true
                    }
                    if jsonArrayOpen {
                        try write(",\n" + jsonPretty.encode(doc))
                    } else {
                        pendingSingle = doc
                    }
                }
            }
        }
        if let only = pendingSingle { try write(jsonPretty.encode(only) + "\n") }
        if let page = pendingPage, let pages {
            let bytes = pages.render(page)
            if let w = fileWriter { try w.write(bytes) } else { emit(String(decoding: bytes, as: UTF8.self)) }
        }
        if jsonArrayOpen { try write("\n]\n") }
        if summary.analyzed == 0 && fileWriter != nil {
            // Nothing to write: leave no empty output file behind.
            fileWriter = nil
        } else if let w = fileWriter {
            try w.commit()
            summary.written.append(w.path)
        }
        return summary
    }

    private func resolveOutputDirectory() throws -> String? {
        guard let out = configuration.output else { return nil }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue { return out }
        if out.hasSuffix("/") {
            do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
                throw MizanError.writeFailed(path: out, reason: error.localizedDescription)
            }
            return String(out.dropLast())
        }
        return nil
    }

    /// A safe file name for an article id (path separators and odd characters replaced), unique in the run.
    private func uniqueFileName(for id: String, used: inout Set<String>) -> String {
        var base = String(id.unicodeScalars.map { c -> Character in
            if c == "/" || c == "\\" || c == ":" || c.value < 0x20 || c == "*" || c == "?" || c == "\"" || c == "<" || c == ">" || c == "|" {
                return "_"
            }
            return Character(c)
        })
        while base.hasPrefix(".") { base.removeFirst() }
        if base.isEmpty { base = "article" }
        if base.count > 150 { base = String(base.prefix(150)) }
        var name = base
        var k = 2
        while used.contains(name) { name = "\(base)-\(k)"; k += 1 }
        used.insert(name)
        return name
    }
}
