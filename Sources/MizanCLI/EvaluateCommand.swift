import ArgumentParser
import Foundation
import Mizan

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score mizan against gold annotations.",
        subcommands: [EvaluateQuotesCommand.self, EvaluateTermsCommand.self]
    )
}

struct EvaluateQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quote extraction and attribution against gold annotations.",
        discussion: """
        Gold: mizan's JSONL format (docs/quote-annotation.md) or a brat standoff folder like PolNeAR's \
        (text/ + attributions/; the first annotator of each article). A match needs |gold ∩ pred| / |gold| ≥ 0.3 \
        (also reported at 0.8) in word tokens, one-to-one.
        """
    )

    @Option(help: "Gold file (JSONL) or brat folder.")
    var gold: String

    @Option(help: "Language of the gold texts when the gold does not say: ar or en.")
    var lang: String?

    @Option(help: ArgumentHelp("Write missed, extra and wrong-speaker items to FILE (TSV) for error analysis.", valueName: "FILE"))
    var errors: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        let docs = try QuoteGoldReader.read(gold)
        let evaluation = QuoteEvaluation(data: try data.load())
        let r = try evaluation.evaluate(docs, language: lang, collectErrors: errors != nil)
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func line(_ name: String, _ p: QuoteEvaluation.PRF) -> String {
            "\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) P \(f(p.precision))  R \(f(p.recall))  F1 \(f(p.f1))   (\(p.matched) matched, \(p.predicted) predicted, \(p.gold) gold)"
        }
        print("\(r.documents) articles, \(r.overlap03.gold) gold attributions, \(r.overlap03.predicted) predicted")
        print(line("overlap ≥ 0.3", r.overlap03))
        print(line("overlap ≥ 0.8", r.overlap08))
        print(line("exact (marks stripped)", r.exact))
        print("speaker accuracy (matched)  \(f(r.speakerAccuracy))   (\(r.speakerCorrect)/\(r.overlap03.matched))")
        if r.canonicalJudged > 0 {
            print("canonical speaker accuracy  \(f(r.canonicalAccuracy))   (\(r.canonicalCorrect)/\(r.canonicalJudged))")
        }
        if r.speechRecall.gold > 0 {
            print("recall, speech/according cues  \(f(r.speechRecall.recall))   (\(r.speechRecall.matched)/\(r.speechRecall.gold))")
        }
        print("type accuracy (matched)     \(f(r.typeAccuracy))")
        for kind in Attribution.Kind.allCases {
            let g = r.byGoldType[kind] ?? .init(matched: 0, predicted: 0, gold: 0)
            let p = r.byPredictedType[kind] ?? .init(matched: 0, predicted: 0, gold: 0)
            print("  \(kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) gold \(g.gold), recall \(f(g.recall)) · predicted \(p.predicted), precision \(f(p.precision))")
        }
        if let errors {
            try AtomicFileWriter.write(r.errors.joined(separator: "\n") + "\n", to: errors)
            print("errors written to \(errors)")
        }
    }
}
