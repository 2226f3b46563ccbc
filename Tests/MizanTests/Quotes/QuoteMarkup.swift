import Testing
@testable import Mizan

/// Renders attributions into their text so tests show the expected spans: `[content]`, `{speaker}`,
/// `<cue>`. Each attribution is rendered on its own copy of the sentence(s) it touches.
enum QuoteMarkup {
    /// A fresh analyzer (Analyzer is not Sendable, so tests do not share one); English unless told.
    static func analyze(_ text: String, language: String = "en") throws -> AnalyzedDocument {
        try Analyzer(data: TestSupport.data, options: AnalysisOptions(language: language, depth: .quotes)).analyze(text: text)
    }

    /// The text with one attribution's markers, trimmed to the paragraphs it touches.
    static func render(_ a: Attribution, in doc: AnalyzedDocument) -> String {
        let scalars = doc.text.scalars
        var marks: [(Int, String)] = [(a.content.start, "["), (a.content.end, "]")]
        if let c = a.cue { marks += [(c.range.start, "<"), (c.range.end, ">")] }
        if let s = a.speaker { marks += [(s.start, "{"), (s.end, "}")] }
        let lo = marks.map(\.0).min()!, hi = marks.map(\.0).max()!
        let paragraphs = doc.paragraphs.filter { $0.range.end >= lo && $0.range.start <= hi }
        let start = paragraphs.first?.range.start ?? 0, end = paragraphs.last?.range.end ?? scalars.count
        var out = ""
        // Closing markers before opening ones at the same offset.
        let order: [String: Int] = ["]": 0, "}": 0, ">": 0, "[": 1, "{": 1, "<": 1]
        let sorted = marks.sorted { ($0.0, order[$0.1]!) < ($1.0, order[$1.1]!) }
        var m = 0
        for k in start...end {
            while m < sorted.count && sorted[m].0 == k { out += sorted[m].1; m += 1 }
            if k < end { out.unicodeScalars.append(scalars[k]) }
        }
        return out
    }

    /// Every attribution of `text` rendered, in text order.
    static func marked(_ text: String) throws -> [String] {
        let doc = try analyze(text)
        return doc.attributions.map { render($0, in: doc) }
    }

    /// Attributions with their rule names: "rule: rendering".
    static func markedWithRules(_ text: String) throws -> [String] {
        let doc = try analyze(text)
        return doc.attributions.map { "\($0.rule): " + render($0, in: doc) }
    }
}
