import ArgumentParser
import Foundation
import Mizan

struct LexiconCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "How often each entry fires on a corpus: over-firing and dead entries (TSV).",
        discussion: """
        Columns: status (over: fires in at least --over of the documents; dead: never fires), language, entry, \
        category, weight, matches, documents, document share, the most frequent surface forms. Entries are \
        listed for the languages found in the corpus, most matches first.
        """
    )

    @Argument(help: "Corpus files or folders.")
    var inputs: [String]

    @Option(help: "Document share from which an entry counts as over-firing.")
    var over: Double = 0.05

    @Option(help: "Show only this many rows besides the dead entries (0: all).")
    var top: Int = 0

    @Option(name: [.short, .long], help: "Parallel workers (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var lexicon: LexiconSelection
    @OptionGroup var data: DataOptions

    func run() throws {
        var options = AnalysisOptions()
        options.lexicon = lexicon.options
        let coverage = LexiconCoverage(data: try data.load(), options: options, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let report = try coverage.run(inputs)
        for f in report.failures { printError("error: \(f)") }
        print("# \(report.documents) documents; languages: \(report.languages.joined(separator: ", ")); \(report.rows.count) entries, \(report.dead.count) dead, \(report.overFiring(over).count) in ≥ \(JSONWriterFormat.percent(over)) of documents")
        print("status\tlanguage\tentry\tcategory\tweight\tmatches\tdocuments\tdocument_share\tsurfaces")
        var shown = 0
        for r in report.rows {
            let share = report.documents > 0 ? Double(r.documents) / Double(report.documents) : 0
            let status = r.matches == 0 ? "dead" : (share >= over ? "over" : "ok")
            if r.matches > 0 {
                if top > 0 && shown >= top { continue }
                shown += 1
            }
            let surfaces = r.surfaces.map { "\($0.0) (\($0.1))" }.joined(separator: " | ")
            print([status, r.entry.language, r.entry.term, r.entry.category, String(r.entry.weight), "\(r.matches)", "\(r.documents)",
                   String(format: "%.4f", share), surfaces].joined(separator: "\t"))
        }
    }
}

enum JSONWriterFormat {
    static func percent(_ x: Double) -> String { String(format: "%g%%", x * 100) }
}
