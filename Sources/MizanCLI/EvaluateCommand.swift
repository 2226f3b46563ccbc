import ArgumentParser

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score mizan against annotated data.",
        subcommands: [EvaluateTermsCommand.self]
    )
}
