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
            var items: [InputReader.Item] = []
            var bytes = 0
            func flush() throws {
                for outcome in Self.process(items, analyzer) {
                    try handle(index, outcome)
                    index += 1
                }
                items.removeAll(keepingCapacity: true)
                bytes = 0
            }
            while let item = reader.next() {
                items.append(item)
                bytes += item.byteCount
                if Analyzer.batchIsFull(count: items.count, bytes: bytes) { try flush() }
            }
            try flush()
            return
        }
        // Each worker takes a batch of consecutive inputs at a time; room for two batches per worker.
        let queue = WorkQueue(reader: reader, window: workers * Analyzer.batchSize * 2, workers: workers)
        let options = self.options
        for _ in 0..<workers {
            let thread = Thread {
                guard let analyzer = try? Analyzer(data: data, options: options) else {
                    queue.workerFinished()
                    return
                }
                while true {
                    // Consecutive inputs: the k-th outcome is input `first + k`'s.
                    let batch = queue.takeBatch()
                    guard let first = batch.first?.0 else { break }
                    for (k, outcome) in Self.process(batch.map(\.1), analyzer).enumerated() { queue.put(first + k, outcome) }
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

    /// The outcomes of `items` in order, the articles analysed as one batch (``Analyzer/analyze(batch:)``).
    static func process(_ items: [InputReader.Item], _ analyzer: Analyzer) -> [Outcome] {
        var inputs: [ArticleInput] = []
        for case .article(let input) in items { inputs.append(input) }
        var analyzed = analyzer.analyze(batch: inputs).makeIterator()
        return items.map { item in
            switch item {
            case .failure(let e): return .failed(e)
            case .article(let input):
                switch analyzed.next()! {
                case .success(let doc): return .analyzed(doc)
                case .failure(let e as MizanError): return .failed(e)
                case .failure(let error): return .failed(.unreadable(path: input.metadata.source ?? input.metadata.id, reason: "\(error)"))
                }
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

    /// The next inputs to analyse, consecutive, as many as a batch takes (``Analyzer/batchIsFull(count:bytes:)``;
    /// fewer when the window is nearly full or the reader runs out); empty when there is none left.
    /// Batches start at one input and grow with what has been read (to half the inputs taken so far per
    /// worker), so that a corpus of a few articles is still shared among the workers.
    /// Reading happens under the lock, so the reader is only ever used by one thread at a time.
    func takeBatch() -> [(Int, InputReader.Item)] {
        condition.lock()
        defer { condition.unlock() }
        while !exhausted && taken - emitted >= window { condition.wait() }
        var batch: [(Int, InputReader.Item)] = []
        var bytes = 0
        let most = max(1, taken / (2 * workers))
        while !exhausted && batch.count < most && !Analyzer.batchIsFull(count: batch.count, bytes: bytes)
                && (batch.isEmpty || taken - emitted < window) {
            guard let item = reader.next() else {
                exhausted = true
                condition.broadcast()
                break
            }
            batch.append((taken, item))
            bytes += item.byteCount
            taken += 1
        }
        return batch
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
