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

    @Option(help: "Output format: json (one article, pretty), jsonl (one line per article), text (a summary). Default: json for one text or HTML file, jsonl otherwise.")
    var format: AnalyzeJob.OutputFormat?

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
    }

    func run() throws {
        var config = AnalyzeJob.Configuration(inputs: inputs)
        config.format = format
        config.output = output
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
        if summary.exitCode != 0 {
            printError("\(summary.failures.count) input(s) failed, \(summary.analyzed) analyzed")
            throw ExitCode(summary.exitCode)
        }
    }
}
