import ArgumentParser
import Mizan

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, count and measure the loaded-term lexicons.",
        subcommands: [LexiconCheckCommand.self, LexiconStatsCommand.self, LexiconCoverageCommand.self]
    )
}

/// `--lexicon` and `--categories`, shared by the commands that match loaded terms.
struct LexiconSelection: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Extra lexicon: a TSV file, or a folder with manifest.json and terms/ (repeatable; entries with the same term override earlier ones).", valueName: "FILE|DIR"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Only these category ids (repeatable or comma-separated).", valueName: "IDS"))
    var categories: [String] = []

    var options: LexiconOptions {
        let ids = categories.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        return LexiconOptions(paths: paths, categories: ids.isEmpty ? nil : ids)
    }
}
