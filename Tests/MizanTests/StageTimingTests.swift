import Foundation
import Testing
@testable import Mizan

/// The per-stage timing behind `mizan bench --measure stages` (times are never asserted, only that
/// they are taken and change nothing).
@Suite struct StageTimingTests {
    @Test func timedRunGivesTheSameDocument() throws {
        let analyzer = try TestSupport.analyzer(language: "en")
        let input = ArticleInput(id: "t", text: "\"We will not back down,\" the minister said on Tuesday. Officials said the talks would resume.")
        let document = try analyzer.makeDocument(input)
        var times: [UInt64]? = [UInt64](repeating: 0, count: analyzer.pipeline.stages.count)
        let timed = try analyzer.pipeline.run(batch: [document, document], addingStageTimes: &times).map { try $0.get() }
        let plain = try analyzer.pipeline.run(document)
        #expect(timed.count == 2 && timed.allSatisfy { $0.attributions == plain.attributions && $0.tokens == plain.tokens })
        #expect(plain.attributions.count == 2)
        #expect(times?.count == analyzer.pipeline.stages.count)
    }

    /// The one median every bench figure is reported with.
    @Test func medianOfRuns() {
        #expect(Bench.median([]) == 0)
        #expect(Bench.median([3, 1, 2]) == 2)
        #expect(Bench.median([4, 1, 3, 2]) == 2.5)
    }

    @Test func benchNamesIngestAndEveryStage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-stage-timing-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try "\"We will not back down,\" the minister said on Tuesday.".write(to: file, atomically: true, encoding: .utf8)
        let bench = Bench(data: TestSupport.data)
        let t = try bench.stages([file.path], depth: .quotes, runs: 2)
        #expect(t.names.first == "ingest" && t.names.contains("quotes") && t.names.contains("sentences"))
        #expect(t.seconds.count == t.names.count && t.seconds.allSatisfy { $0.count == 2 })
        #expect(t.articles == 1 && t.words > 0)
        #expect(t.foundation.contains("ingest") && t.foundation.contains("sentences") && !t.foundation.contains("quotes"))
        #expect(t.medianSeconds(of: Set(t.names)) >= t.medianSeconds(of: t.foundation))
    }

    /// `bench --measure paired`: both depths timed once per pair, the ratio of each pair kept, in order.
    @Test func pairedRunsGiveOneRatioPerPair() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-paired-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try "\"We will not back down,\" the minister said on Tuesday. Officials said the talks would resume.".write(to: file, atomically: true, encoding: .utf8)
        let c = try Bench(data: TestSupport.data).compare([file.path], base: .foundation, deeper: .quotes, pairs: 3)
        #expect(c.base.name == "ingest+foundation" && c.deeper.name == "ingest+quotes")
        #expect(c.base.seconds.count == 3 && c.deeper.seconds.count == 3 && c.ratios.count == 3)
        #expect(c.base.articles == 1 && c.deeper.articles == 1 && c.base.words == c.deeper.words && c.base.words > 0)
        for k in 0..<3 { #expect(c.ratios[k] == c.deeper.seconds[k] / max(c.base.seconds[k], 1e-9)) }
        let q = c.quartiles
        #expect(q.lower <= c.medianRatio && c.medianRatio <= q.upper)
    }
}
