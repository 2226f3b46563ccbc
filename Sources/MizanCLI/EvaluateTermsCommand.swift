import ArgumentParser
import Foundation
import Mizan

struct EvaluateTermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Score loaded terms against propaganda-technique spans (ArMPro JSONL, PTC folders).",
        discussion: """
        Partial-overlap P/R/F1 as in the SemEval-2020 task 11 and ArAIEval span scorers, on gold \
        Loaded_Language ∪ Name_Calling* against the loaded terms whose category's manifest technique is one of \
        those; plus per-technique recall of all gold spans and paragraph-level detection F1.
        """
    )

    @Option(help: ArgumentHelp("Gold data: an ArMPro-style JSONL file (Arabic) or a PTC folder with articles/ and labels/ (English); repeatable.", valueName: "PATH"))
    var gold: [String]

    @Option(help: "Show this many entries with the most false positives.")
    var entries: Int = 25

    @OptionGroup var lexicon: LexiconSelection
    @OptionGroup var data: DataOptions

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give --gold PATH") }
    }

    func run() throws {
        var options = AnalysisOptions()
        options.lexicon = lexicon.options
        let evaluation = try TermEvaluation(data: try data.load(), options: options)
        for path in gold {
            let docs = try GoldReader.read(path)
            let r = try evaluation.run(docs)
            let s = r.score
            print("gold: \(path) (\(r.documents) documents, \(docs.first?.language ?? "?"))")
            print("scored categories: \(r.scoredCategories.joined(separator: ", "))")
            print(String(format: "spans  P %.4f  R %.4f  F1 %.4f   (P = %.2f/%d predicted, R = %.2f/%d gold)",
                         s.precision, s.recall, s.f1, s.precisionNumerator, s.predicted, s.recallNumerator, s.gold))
            print(String(format: "precision %.4f", s.precision))
            let d = r.paragraphs
            print(String(format: "paragraphs  P %.4f  R %.4f  F1 %.4f   (tp %d, fp %d, fn %d, tn %d)",
                         d.precision, d.recall, d.f1, d.truePositives, d.falsePositives, d.falseNegatives, d.trueNegatives))
            print("")
            print("technique\tgold\trecall_all\trecall_mapped")
            for t in r.techniques {
                print("\(t.technique)\t\(t.gold)\t\(String(format: "%.4f", t.recallAll))\t\(String(format: "%.4f", t.recallMapped))")
            }
            if entries > 0 {
                print("")
                print("entry\tcategory\tpredicted\tfalse_positives\tprecision")
                for e in r.entries.prefix(entries) {
                    print("\(e.entry)\t\(e.category)\t\(e.predicted)\t\(e.falsePositives)\t\(String(format: "%.3f", e.credit / Double(max(1, e.predicted))))")
                }
            }
            for f in r.failures { printError("failed: \(f)") }
            print("")
        }
    }
}
