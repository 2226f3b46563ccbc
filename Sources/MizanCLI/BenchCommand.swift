import ArgumentParser
import Foundation
import Mizan

extension PipelineDepth: ExpressibleByArgument {}

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on corpora (single core; median of runs).",
        discussion: "With no input, uses ../shared/data/corpora/*.jsonl when present. Build with -c release for real figures."
    )

    @Argument(help: "Corpus files or folders.")
    var inputs: [String] = []

    @Option(help: "Pipeline depth(s) to time: foundation, quotes, full (repeatable). Default: all.")
    var depth: [PipelineDepth] = []

    @Option(help: "Runs per measurement; the median is reported.")
    var runs: Int = 3

    @Flag(help: "Time building and writing the HTML report of a 5,000-word article instead (the input, repeated; default: the seed or bundled Arabic article).")
    var report = false

    @OptionGroup var data: DataOptions

    func run() throws {
        if report { return try runReport() }
        var inputs = self.inputs
        if inputs.isEmpty {
            let shared = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent()
                .appendingPathComponent("shared/data/corpora")
            inputs = ((try? FileManager.default.contentsOfDirectory(atPath: shared.path)) ?? [])
                .filter { $0.hasSuffix(".jsonl") }.sorted().map { shared.appendingPathComponent($0).path }
            guard !inputs.isEmpty else {
                throw ValidationError("no inputs given and ../shared/data/corpora is absent")
            }
        }
        let bench = Bench(data: try data.load())
        let depths = depth.isEmpty ? PipelineDepth.allCases : depth
        print("input\tstage\tarticles\tMB\twords\tmedian_s\tMB/s\twords/s\tpeak_MB")
        for input in inputs {
            for d in depths {
                let r = try bench.pipeline([input], depth: d, runs: runs)
                print([
                    (input as NSString).lastPathComponent, r.name, "\(r.articles)",
                    String(format: "%.1f", Double(r.bytes) / 1e6), "\(r.words)",
                    String(format: "%.3f", r.medianSeconds), String(format: "%.1f", r.megabytesPerSecond),
                    String(format: "%.0f", r.wordsPerSecond), String(format: "%.0f", Double(r.peakMemory) / 1e6),
                ].joined(separator: "\t"))
            }
        }
    }

    private func runReport() throws {
        guard let article = inputs.first ?? Bench.defaultReportArticle() else {
            throw ValidationError("give an article (a UTF-8 text file) to build the benchmark report from")
        }
        let r = try Bench(data: try data.load()).report(article: article, runs: max(runs, 5))
        print("stage\twords\tparagraphs\tattributions\tterms\tpage_KB\tmedian_ms\tmin_ms\truns")
        print([
            "report", "\(r.words)", "\(r.paragraphs)", "\(r.attributions)", "\(r.loadedTerms)", String(format: "%.0f", Double(r.pageBytes) / 1000),
            String(format: "%.2f", r.medianSeconds * 1000), String(format: "%.2f", (r.seconds.min() ?? 0) * 1000), "\(r.seconds.count)",
        ].joined(separator: "\t"))
    }
}
