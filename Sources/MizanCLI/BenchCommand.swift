import ArgumentParser
import Foundation
import Mizan

extension PipelineDepth: ExpressibleByArgument {}

struct BenchCommand: ParsableCommand {
    enum Measurement: String, ExpressibleByArgument, CaseIterable {
        /// Reading and analysing articles to each --depth.
        case pipeline
        /// The loaded-term matcher alone with the full lexicons, on prepared normalized text.
        case matcher
        /// The matcher with synthetic lexicons of 100, 1,000 and 10,000 entries.
        case scale
        /// Each stage of the deepest --depth timed on its own, batch by batch, in the same runs.
        case stages
        /// The deepest --depth against the shallowest (quotes against foundation by default), in pairs of runs
        /// one right after the other, with the median of the pairs' ratios (not in the default set).
        case paired
    }

    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on corpora (single core; median of runs).",
        discussion: """
        With no input, uses ../shared/data/corpora/*.jsonl when present. Build with -c release for real figures. \
        Articles go through the pipeline in batches, stage by stage, as corpus runs analyse. \
        Measurements: pipeline (ingest and analysis to each --depth), stages (the CPU time of ingest and of each \
        stage of the deepest --depth, timed over each batch of articles in the same runs, with each stage's cost relative to \
        the foundation: steadier than comparing two pipeline runs on a busy machine), matcher (the loaded-term matcher alone with \
        the full lexicons: text is read and normalized first, only matching is timed), scale (the matcher with \
        synthetic lexicons of 100, 1,000 and 10,000 entries drawn from the corpus, and the 100 with 9,900 that never match), \
        paired (not in the default set: the deepest --depth against the shallowest, foundation and quotes when no --depth is given, --runs pairs of runs one right after the \
        other, in alternating order after one untimed run of each, with the median and quartiles of the pairs' ratios: what \
        adding the deeper stages costs, e.g. `--measure paired --depth foundation --depth quotes --runs 21`).
        """
    )

    @Argument(help: "Corpus files or folders.")
    var inputs: [String] = []

    @Option(help: "What to measure: pipeline, stages, matcher, scale, paired (repeatable). Default: all but paired.")
    var measure: [Measurement] = []

    @Option(help: "Pipeline depth(s) to time: foundation, quotes, full (repeatable). Default: all.")
    var depth: [PipelineDepth] = []

    @Option(help: "Runs per measurement; the median is reported.")
    var runs: Int = 3

    @OptionGroup var lexicon: LexiconSelection

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
        let loaded = try data.load().applying(lexicon.options)
        let bench = Bench(data: loaded)
        let measures = measure.isEmpty ? Measurement.allCases.filter { $0 != .paired } : measure
        let depths = depth.isEmpty ? PipelineDepth.allCases : depth
        // paired compares two depths: by default what the quote stage adds to the foundation.
        let pairedDepths = depth.isEmpty ? (base: PipelineDepth.foundation, deeper: PipelineDepth.quotes) : (base: depths.min()!, deeper: depths.max()!)
        if measures.contains(.paired) && pairedDepths.base == pairedDepths.deeper {
            throw ValidationError("--measure paired needs two different --depth values (e.g. --depth foundation --depth quotes)")
        }
        var headerPrinted = false
        func row(_ input: String, _ r: Bench.Result) {
            if !headerPrinted {
                print("input\tstage\tarticles\tMB\twords\tmedian_s\tMB/s\twords/s\tpeak_MB\tmatches")
                headerPrinted = true
            }
            print([
                (input as NSString).lastPathComponent, r.name, "\(r.articles)",
                String(format: "%.1f", Double(r.bytes) / 1e6), "\(r.words)",
                String(format: "%.3f", r.medianSeconds), String(format: "%.1f", r.megabytesPerSecond),
                String(format: "%.0f", r.wordsPerSecond), String(format: "%.0f", Double(r.peakMemory) / 1e6),
                r.matches > 0 ? "\(r.matches)" : "",
            ].joined(separator: "\t"))
        }
        for input in inputs {
            if measures.contains(.pipeline) {
                for d in depths { row(input, try bench.pipeline([input], depth: d, runs: runs)) }
            }
            if measures.contains(.stages) {
                let t = try bench.stages([input], depth: depths.max() ?? .full, runs: runs)
                let foundation = t.medianSeconds(of: t.foundation)
                let name = (input as NSString).lastPathComponent
                print("input\tstage\tarticles\tmedian_s\tper_foundation")
                for k in t.names.indices {
                    let m = t.medianSeconds(k)
                    print([name, t.names[k], "\(t.articles)", String(format: "%.3f", m), String(format: "%.2f", m / max(foundation, 1e-9))].joined(separator: "\t"))
                }
                print([name, "foundation (ingest + \(t.names.filter { t.foundation.contains($0) && $0 != "ingest" }.joined(separator: ", ")))",
                       "\(t.articles)", String(format: "%.3f", foundation), "1.00"].joined(separator: "\t"))
                headerPrinted = false
            }
            if measures.contains(.paired) {
                let c = try bench.compare([input], base: pairedDepths.base, deeper: pairedDepths.deeper, pairs: runs)
                print("input\tcomparison\tarticles\tpairs\tmedian_ratio\tlower_quartile\tupper_quartile\tbase_median_s\tdeeper_median_s")
                print([
                    (input as NSString).lastPathComponent, "\(c.deeper.name) / \(c.base.name)", "\(c.base.articles)", "\(c.ratios.count)",
                    String(format: "%.3f", c.medianRatio), String(format: "%.3f", c.quartiles.lower), String(format: "%.3f", c.quartiles.upper),
                    String(format: "%.3f", c.base.medianSeconds), String(format: "%.3f", c.deeper.medianSeconds),
                ].joined(separator: "\t"))
                headerPrinted = false
            }
            guard measures.contains(.matcher) || measures.contains(.scale) else { continue }
            let corpus = try bench.prepare([input])
            if measures.contains(.matcher) {
                let m = loaded.termMatcher
                row(input, bench.matcher(m, on: corpus, runs: runs, name: "matcher(\(m.entries.count) entries)"))
            }
            if measures.contains(.scale) {
                let all = Bench.syntheticEntries(10_000, from: corpus)
                for n in [100, 1_000, 10_000] where n <= all.count {
                    let m = LoadedTermMatcher(entries: Array(all.prefix(n)))
                    row(input, bench.matcher(m, on: corpus, runs: runs, name: "matcher(synthetic \(n))"))
                }
                // The same 100 entries with 9,900 that never match: lexicon size without more output.
                if all.count > 100 {
                    let m = LoadedTermMatcher(entries: Array(all.prefix(100)) + Bench.absentEntries(all.dropFirst(100)))
                    row(input, bench.matcher(m, on: corpus, runs: runs, name: "matcher(synthetic 100 + \(all.count - 100) absent)"))
                }
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
