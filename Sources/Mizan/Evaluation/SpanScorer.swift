/// Partial-overlap span scoring as in the SemEval-2020 task 11 and ArAIEval span scorers
/// (Da San Martino et al. 2019):
///
///     P = (1/|S|) Σ_s Σ_t |s ∩ t| / |s|        R = (1/|T|) Σ_t Σ_s |s ∩ t| / |t|
///
/// with S the predicted spans and T the gold spans, |·| in characters, pairs taken within each document
/// and summed over documents. F1 = 2PR/(P+R). Within a document, overlapping spans of one side are merged
/// first (the SemEval span-identification convention: a gold passage labelled twice, or with two techniques
/// of the scored union, counts once, and a prediction never earns credit twice for the same characters).
public enum SpanScorer {
    /// A half-open character span `[start, end)`.
    public typealias Span = Range<Int>

    /// The numbers behind P, R and F1.
    public struct Score: Hashable, Sendable {
        /// Σ_s Σ_t |s∩t|/|s|.
        public var precisionNumerator: Double = 0
        /// |S|.
        public var predicted: Int = 0
        /// Σ_t Σ_s |s∩t|/|t|.
        public var recallNumerator: Double = 0
        /// |T|.
        public var gold: Int = 0

        public init() {}

        /// 0 when nothing was predicted.
        public var precision: Double { predicted > 0 ? precisionNumerator / Double(predicted) : 0 }
        /// 0 when there is no gold span.
        public var recall: Double { gold > 0 ? recallNumerator / Double(gold) : 0 }
        public var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }

        public static func + (a: Score, b: Score) -> Score {
            var s = Score()
            s.precisionNumerator = a.precisionNumerator + b.precisionNumerator
            s.predicted = a.predicted + b.predicted
            s.recallNumerator = a.recallNumerator + b.recallNumerator
            s.gold = a.gold + b.gold
            return s
        }
    }

    /// The score of one document.
    public static func score(predicted: [Span], gold: [Span]) -> Score {
        let s = merge(predicted), t = merge(gold)
        var score = Score()
        score.predicted = s.count
        score.gold = t.count
        for p in s {
            for g in t {
                let o = overlap(p, g)
                guard o > 0 else { continue }
                score.precisionNumerator += Double(o) / Double(p.count)
                score.recallNumerator += Double(o) / Double(g.count)
            }
        }
        return score
    }

    /// The sum of per-document scores.
    public static func score(documents: [(predicted: [Span], gold: [Span])]) -> Score {
        documents.reduce(Score()) { $0 + score(predicted: $1.predicted, gold: $1.gold) }
    }

    /// Sorted, with overlapping (not merely touching) spans merged and empty spans dropped.
    public static func merge(_ spans: [Span]) -> [Span] {
        var out: [Span] = []
        for s in spans.sorted(by: { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound < $1.upperBound })
        where !s.isEmpty {
            if let last = out.last, s.lowerBound < last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
            } else {
                out.append(s)
            }
        }
        return out
    }

    @inline(__always)
    static func overlap(_ a: Span, _ b: Span) -> Int { max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)) }
}

/// Binary detection counts (for example: does a paragraph contain a span?).
public struct DetectionScore: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init() {}

    public mutating func add(predicted: Bool, gold: Bool) {
        switch (predicted, gold) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    public var precision: Double { truePositives + falsePositives > 0 ? Double(truePositives) / Double(truePositives + falsePositives) : 0 }
    public var recall: Double { truePositives + falseNegatives > 0 ? Double(truePositives) / Double(truePositives + falseNegatives) : 0 }
    public var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}
