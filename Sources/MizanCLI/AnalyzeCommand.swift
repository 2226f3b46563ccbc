import ArgumentParser
import Foundation
import Mizan

extension AnalyzeJob.OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze articles: language, paragraphs, sentences, quotes, loaded terms.",
        discussion: """
        Inputs: text or HTML files, JSONL or CSV/TSV corpora (also .gz), folders (read recursively; the first \
        folder level under the folder given is the outlet), or - for standard input.
        """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String]

    @Option(help: "Output format: json (one article, pretty), jsonl (one line per article), text (a summary), html (an annotated report page per article). Default: json for one text or HTML file, jsonl otherwise (html with --open).")
    var format: AnalyzeJob.OutputFormat?

    @Flag(help: "Open the HTML report when written (xdg-open on Linux, open on macOS); without --output it goes to a temporary folder.")
    var open = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE, or one file per article into DIR (an existing folder, or a path ending in /).", valueName: "FILE|DIR"))
    var output: String?

    @Option(help: "Language: auto, ar, en or fa.")
    var lang: String = "auto"

    @Option(help: "Outlet for articles that name none.")
    var outlet: String?

    @Option(name: .customLong("include"), help: ArgumentHelp("Extra JSON sections: tokens, normalized (repeatable or comma-separated).", valueName: "SECTION"))
    var include: [String] = []

    @Option(help: "Read inputs as this format instead of guessing: text, html, jsonl, csv, tsv.")
    var inputFormat: InputFormat?

    @Option(help: "Largest article (or JSONL line) accepted, in MB.")
    var maxArticleMb: Int = 50

    @Option(name: [.short, .long], help: "Parallel workers (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var lexicon: LexiconSelection
    @OptionGroup var data: DataOptions

    func validate() throws {
        guard ["auto", "ar", "en", "fa"].contains(lang) else {
            throw ValidationError("--lang must be auto, ar, en or fa (got '\(lang)')")
        }
        for section in include.flatMap({ $0.split(separator: ",") }) where !["tokens", "normalized"].contains(String(section)) {
            throw ValidationError("--include takes tokens or normalized (got '\(section)')")
        }
        guard maxArticleMb > 0 else { throw ValidationError("--max-article-mb must be positive") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if open, let format, format != .html { throw ValidationError("--open needs --format html (got \(format.rawValue))") }
    }

    func run() throws {
        var config = AnalyzeJob.Configuration(inputs: inputs)
        config.format = open ? .html : format
        config.output = output
        if open && output == nil {
            // A page per article in a temporary folder, so there is a file to open.
            config.output = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-reports").path + "/"
        }
        config.analysis.language = lang == "auto" ? nil : lang
        config.analysis.lexicon = lexicon.options
        config.input = InputOptions(maxArticleBytes: maxArticleMb * 1_000_000, format: inputFormat, outlet: outlet)
        for section in include.flatMap({ $0.split(separator: ",") }) {
            if section == "tokens" {
                config.include.insert(.tokens)
                config.analysis.cliticSplits = true
            }
            if section == "normalized" { config.include.insert(.normalized) }
        }
        if let jobs { config.workers = jobs }
        let job = AnalyzeJob(configuration: config, data: try data.load())
        let stdout = FileHandle.standardOutput
        let summary = try job.run(
            emit: { stdout.write(Data($0.utf8)) },
            report: { printError("error: \($0)") }
        )
        if open { openReports(summary.written) }
        if summary.exitCode != 0 {
            printError("\(summary.failures.count) input(s) failed, \(summary.analyzed) analyzed")
            throw ExitCode(summary.exitCode)
        }
    }

    /// Opens the one page written, or says where several went. Never waits for the opener.
    private func openReports(_ written: [String]) {
        guard let first = written.first else { return }
        if written.count > 1 {
            printError("wrote \(written.count) reports to \((first as NSString).deletingLastPathComponent); open the one you want in a web browser")
            return
        }
        switch ReportOpener.open(first) {
        case .launched(let opener):
            printError("opening \(first) with \(opener) (if no browser appears, open \(URL(fileURLWithPath: first).standardizedFileURL.absoluteString))")
        case .noOpener(let message): printError("wrote \(first); \(message)")
        case .failed(let reason): printError("wrote \(first); could not start the opener: \(reason)")
        }
    }
}
