import ArgumentParser
import Foundation
import Mizan

/// Exit codes (documented in the README): 0 all good, 1 some inputs failed, 2 usage or configuration error.
enum Exit {
    static let ok: Int32 = 0
    static let someFailed: Int32 = 1
    static let usage: Int32 = 2
}

@main
struct MizanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mizan",
        abstract: "Media-bias and quotation analysis of Arabic and English news.",
        discussion: """
        Exit codes: 0 everything succeeded; 1 some inputs failed (the rest were processed and written); \
        2 usage or configuration error.
        """,
        version: MizanVersion.string,
        subcommands: [AnalyzeCommand.self, LexiconCommand.self, EvaluateCommand.self, BenchCommand.self]
    )

    /// Runs the command line with mizan's exit codes (ArgumentParser's own usage code is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as MizanError {
            FileHandle.standardError.write(Data("mizan: error: \(error)\n".utf8))
            Foundation.exit(Exit.usage)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(Exit.ok)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(Exit.usage)
        }
    }
}

/// Options every subcommand that reads language data shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder with mizan's language data (the Lexicons folder).", valueName: "DIR"))
    var dataDir: String?

    func load() throws -> MizanData {
        try MizanData.load(dataDirectory: dataDir)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("mizan: \(message)\n".utf8))
}
