/// A layer of annotation on an ``AnalyzedDocument``.
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    case text, language, normalized, paragraphs, sentences, tokens, attributions, speakers, loadedTerms, scores

    public static func < (a: Layer, b: Layer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One step of analysis. A stage declares the layers it needs and the layers it adds, so a pipeline
/// assembled in the wrong order fails when it is built, not in the middle of a corpus.
public protocol Stage {
    var name: String { get }
    var requires: Set<Layer> { get }
    var provides: Set<Layer> { get }
    /// Returns the document with this stage's layers added. Problems inside the article become findings;
    /// only failures that make the article unusable throw.
    func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument
}

/// An ordered list of stages whose contracts were checked when it was built.
public struct Pipeline {
    public let stages: [any Stage]

    /// - Throws: ``MizanError/pipeline(_:)`` when a stage needs a layer that no earlier stage provides.
    public init(_ stages: [any Stage]) throws {
        var available: Set<Layer> = [.text]
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            if !missing.isEmpty {
                let names = missing.sorted().map(\.rawValue).joined(separator: ", ")
                throw MizanError.pipeline("stage '\(stage.name)' needs \(names), which no earlier stage provides")
            }
            available.formUnion(stage.provides)
        }
        self.stages = stages
    }

    public func run(_ document: AnalyzedDocument) throws -> AnalyzedDocument {
        var doc = document
        for stage in stages { doc = try stage.run(doc) }
        return doc
    }

    /// ``run(_:)`` of each document of `documents`, stage by stage: every document through the first
    /// stage, then every one through the next… A stage's tables and code stay in the caches from one
    /// article to the next, where one article at a time through every stage evicted them (on the English
    /// benchmark corpus, the pipeline to quotes in batches of 32 took 0.231–0.238 s against 0.244–0.265 s
    /// one article at a time, the foundation alone alike). A document whose stage throws gets its error
    /// and leaves the batch; the others go on. Results are in the order of `documents`.
    public func run(batch documents: [AnalyzedDocument]) -> [Result<AnalyzedDocument, any Error>] {
        var results = documents.map { Result<AnalyzedDocument, any Error>.success($0) }
        for stage in stages {
            for k in results.indices {
                guard case .success(let doc) = results[k] else { continue }
                results[k] = Result { try stage.run(doc) }
            }
        }
        return results
    }

    /// ``run(_:)``, adding the CPU time of the calling thread that each stage took, in nanoseconds, to
    /// `nanoseconds[k]` for stage `k` (`nanoseconds` has one entry per stage). For benchmarks
    /// (`mizan bench --measure stages`): the stages are timed article by article, side by side.
    public func run(_ document: AnalyzedDocument, addingStageTimes nanoseconds: inout [UInt64]) throws -> AnalyzedDocument {
        precondition(nanoseconds.count == stages.count, "one time per stage")
        var doc = document
        var before = Bench.threadCPUNanoseconds()
        for (k, stage) in stages.enumerated() {
            doc = try stage.run(doc)
            let after = Bench.threadCPUNanoseconds()
            nanoseconds[k] &+= after &- before
            before = after
        }
        return doc
    }
}
