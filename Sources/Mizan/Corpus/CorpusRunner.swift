import Foundation

/// Analyses a stream of inputs on several threads and hands results back **in input order**, each as soon
/// as it and everything before it is done. Memory stays bounded: at most `window` results wait.
public final class CorpusRunner: Sendable {
    /// What happened to one input.
    public enum Outcome: Sendable {
        case analyzed(AnalyzedDocument)
        case failed(MizanError)
    }

    public let data: MizanData
    public let options: AnalysisOptions
    public let workers: Int

    public init(data: MizanData, options: AnalysisOptions = AnalysisOptions(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.data = data
        self.options = options
        self.workers = max(1, workers)
    }

    /// Runs over `reader`, calling `handle` on the calling thread for each input in order.
    /// - Throws: a configuration error (the pipeline could not be built); per-input failures go to `handle`.
    public func run(_ reader: InputReader, handle: (Int, Outcome) throws -> Void) throws {
        let data = try self.data.applying(options.lexicon)  // compile the lexicons once for all workers
        _ = try Analyzer(data: data, options: options)  // fail early on configuration problems
        if workers == 1 {
            let analyzer = try Analyzer(data: data, options: options)
            var index = 0
            while let item = reader.next() {
                try handle(index, Self.process(item, analyzer))
                index += 1
            }
            return
        }
        let queue = WorkQueue(reader: reader, window: workers * 4, workers: workers)
        let options = self.options
        for _ in 0..<workers {
            let thread = Thread {
                guard let analyzer = try? Analyzer(data: data, options: options) else {
                    queue.workerFinished()
                    return
                }
                while let (index, item) = queue.take() {
                    queue.put(index, Self.process(item, analyzer))
                }
                queue.workerFinished()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var next = 0
        while let outcome = queue.result(next) {
            try handle(next, outcome)
            next += 1
        }
    }

    static func process(_ item: InputReader.Item, _ analyzer: Analyzer) -> Outcome {
        switch item {
        case .failure(let e): return .failed(e)
        case .article(let input):
            do { return .analyzed(try analyzer.analyze(input)) } catch let e as MizanError {
                return .failed(e)
            } catch {
                return .failed(.unreadable(path: input.metadata.source ?? input.metadata.id, reason: "\(error)"))
            }
        }
    }
}

/// The shared state between the reader, the workers and the consumer. All access under one condition lock.
private final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let reader: InputReader
    private let window: Int
    private let workers: Int
    private var taken = 0
    private var emitted = 0
    private var exhausted = false
    private var finishedWorkers = 0
    private var results: [Int: CorpusRunner.Outcome] = [:]

    init(reader: InputReader, window: Int, workers: Int) {
        self.reader = reader
        self.window = window
        self.workers = workers
    }

    /// The next input to analyse, or nil when there is none left. Reading happens under the lock, so the
    /// reader is only ever used by one thread at a time.
    func take() -> (Int, InputReader.Item)? {
        condition.lock()
        defer { condition.unlock() }
        while !exhausted && taken - emitted >= window { condition.wait() }
        if exhausted { return nil }
        guard let item = reader.next() else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        let index = taken
        taken += 1
        return (index, item)
    }

    func put(_ index: Int, _ outcome: CorpusRunner.Outcome) {
        condition.lock()
        results[index] = outcome
        condition.broadcast()
        condition.unlock()
    }

    func workerFinished() {
        condition.lock()
        finishedWorkers += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for result `index`; nil when all inputs are done.
    func result(_ index: Int) -> CorpusRunner.Outcome? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil {
            if exhausted && index >= taken { return nil }
            if finishedWorkers == workers { return nil }
            condition.wait()
        }
        let r = results.removeValue(forKey: index)
        emitted = index + 1
        condition.broadcast()
        return r
    }
}
