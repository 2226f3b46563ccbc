import ArgumentParser
import Mizan

struct LexiconStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Entries per language and category, with and without alternatives, multiword share (TSV)."
    )

    @OptionGroup var lexicon: LexiconSelection
    @OptionGroup var data: DataOptions

    func run() throws {
        let d = try data.load().applying(lexicon.options)
        print(LexiconStatistics(d.lexicons).tsv, terminator: "")
        let m = d.termMatcher.statistics
        printError("compiled: \(m.patterns) patterns, \(m.words) distinct words, \(m.variants) surface variants, \(m.nodes) trie nodes")
    }
}
