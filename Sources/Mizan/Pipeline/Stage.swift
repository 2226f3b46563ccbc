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
    /// stage, then every one through the next… A stage's code and tables stay in the caches from one
    /// article to the next, where one article at a time through every stage evicted them: the foundation
    /// stages then ran about a tenth slower inside a run to quotes than alone (README, performance). A
    /// document whose stage throws gets its error and leaves the batch; the others go on. Results are in
    /// the order of `documents`.
    public func run(batch documents: [AnalyzedDocument]) -> [Result<AnalyzedDocument, any Error>] {
        var unused: [UInt64]? = nil
        return run(batch: documents, addingStageTimes: &unused)
    }

    /// ``run(batch:)``, adding the CPU time of the calling thread that each stage took over the batch, in
    /// nanoseconds, to `nanoseconds[k]` for stage `k` when `nanoseconds` is given (one entry per stage; for
    /// `mizan bench --measure stages`).
    public func run(batch documents: [AnalyzedDocument], addingStageTimes nanoseconds: inout [UInt64]?) -> [Result<AnalyzedDocument, any Error>] {
        precondition(nanoseconds.map { $0.count == stages.count } ?? true, "one time per stage")
        // Each document is moved out of its slot, through the stage and back (a result wrapped per stage
        // copied the whole document in and out of the wrapper, about 2% of the foundation's work).
        var documents = documents.map { Optional($0) }
        var errors = [(any Error)?](repeating: nil, count: documents.count)
        var before = nanoseconds == nil ? 0 : Bench.threadCPUNanoseconds()
        for (s, stage) in stages.enumerated() {
            for k in documents.indices {
                guard let doc = documents[k].take() else { continue }
                do { documents[k] = try stage.run(doc) } catch { errors[k] = error }
            }
            if nanoseconds != nil {
                let after = Bench.threadCPUNanoseconds()
                nanoseconds![s] &+= after &- before
                before = after
            }
        }
        return documents.indices.map { k in
            if let doc = documents[k].take() { return .success(doc) }
            return .failure(errors[k]!)
        }
    }
}
