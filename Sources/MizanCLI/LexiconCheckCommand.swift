import ArgumentParser
import Foundation
import Mizan

struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lexicons: every problem as file:line: message.",
        discussion: """
        Reports malformed rows, unknown categories, weights out of range, unknown match options, duplicate or \
        conflicting entries, and entries that can never match after normalization. Exit 1 if there is any \
        problem (error or warning), 0 if the lexicons are clean. Errors stop `mizan analyze`; warnings do not.
        """
    )

    @Argument(help: "A Lexicons folder, a language folder (manifest.json + terms/), or a TSV file. Default: the data folder.")
    var path: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        let root = try DataDirectory.locate(explicit: data.dataDir)
        let target = path ?? root.path
        // A lone TSV file takes its categories from the data folder's manifests.
        let base = LexiconLoader.read(path: root.path).lexicons
        let problems = LexiconLoader.check(path: target, base: base)
        for p in problems { print("\(p.location): \(p.severity.rawValue): \(p.message)") }
        let entries = LexiconLoader.read(path: target, base: base).lexicons.entries.count
        let errors = problems.filter { $0.severity == .error }.count
        if problems.isEmpty {
            printError("\(target): ok (\(entries) entries)")
        } else {
            printError("\(target): \(errors) error(s), \(problems.count - errors) warning(s) (\(entries) usable entries)")
            throw ExitCode(Exit.someFailed)
        }
    }
}
