import Testing
@testable import Mizan

/// The sieves' lookups against the plain scans and sets they replace: ``QuoteIndex`` (binary search
/// over the pairer's order, and the quotations near a range), ``IndexBitSet`` (bits for `Set<Int>`), and
/// the context's token positions and word counts.
@Suite struct QuoteIndexPropertyTests {
    /// Random quotations over a short text: nested, overlapping, sharing opening offsets, unclosed, and
    /// sometimes listed out of order or with content before the mark, so both paths are exercised.
    private func randomQuotes(_ rng: inout SeededGenerator, ordered: Bool) -> [QuoteSpan] {
        var quotes: [QuoteSpan] = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
            let open = Int.random(in: 0..<60, using: &rng)
            let start = open + Int.random(in: ordered ? 1...3 : -3...3, using: &rng)
            let end = start + Int.random(in: 0...30, using: &rng)
            let closed = Bool.random(using: &rng)
            return QuoteSpan(open: TextRange(open, open + 1), close: closed ? TextRange(end, end + 1) : nil,
                             content: TextRange(start, end), level: Int.random(in: 0...2, using: &rng), multiParagraph: false)
        }
        if ordered { quotes.sort { $0.open.start < $1.open.start } }
        return quotes
    }

    @Test func quoteIndexAgreesWithScans() {
        var rng = SeededGenerator(seed: 41)
        for round in 0..<3_000 {
            let quotes = randomQuotes(&rng, ordered: round % 4 != 0)
            let index = QuoteIndex(quotes)
            for offset in -2..<100 {
                #expect(index.first(openedAt: offset) == quotes.first { $0.open.start == offset })
                #expect(index.firstTopLevel(openedAt: offset) == quotes.first { $0.open.start == offset && $0.level == 0 })
                #expect(index.last(containing: offset) == quotes.last { $0.content.contains(offset) })
            }
            // Every quotation touching a range (empty contents and ranges included) is visited, once.
            for _ in 0..<20 {
                let start = Int.random(in: -2..<100, using: &rng)
                let r = TextRange(start, start + Int.random(in: 0...40, using: &rng))
                var visited: [Int] = []
                index.forEachTouching(r) { visited.append($0) }
                #expect(Set(visited).count == visited.count)
                let touching = quotes.indices.filter { quotes[$0].content.start <= r.end && quotes[$0].content.end >= r.start }
                #expect(Set(touching).isSubset(of: Set(visited)))
            }
        }
    }

    @Test func indexBitSetAgreesWithSet() {
        var rng = SeededGenerator(seed: 42)
        for round in 0..<2_000 {
            // Sized or not (then it grows), as the sieves' state is or a test's may be.
            var set = round % 2 == 0 ? IndexBitSet() : IndexBitSet(capacity: Int.random(in: 0...80, using: &rng))
            var reference = Set<Int>()
            // Mostly ascending, as the sieves insert, with returns to earlier values and repeats, across
            // several 64-bit words.
            var next = 0
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                let x = Bool.random(using: &rng) ? next : Int.random(in: 0...next + 70, using: &rng)
                next += Int.random(in: 0...3, using: &rng)
                #expect(set.insert(x) == reference.insert(x).inserted)
                #expect(set.count == reference.count)
            }
            #expect(set.members == reference.sorted())
            for x in -6...next + 80 { #expect(set.contains(x) == reference.contains(x)) }
        }
    }

    /// Contexts of random English articles of 1 to `longest` tokens (words, numbers, commas, quotation
    /// marks, dashes), each with its text, and the generator for the test's own draws.
    private func forEachRandomContext(seed: UInt64, longest: Int, _ body: (QuoteContext, String, inout SeededGenerator) throws -> Void) throws {
        var rng = SeededGenerator(seed: seed)
        let words = ["He", "said", ",", "“", "42", "”", "—", "the", "minister", "told", "reporters", "."]
        for length in 1...longest {
            let text = "Word " + (0..<length).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            let doc = try QuoteMarkup.analyze(text)
            try body(QuoteContext(document: doc, lexicon: TestSupport.data.quoteLexicons["en"]!, quotes: []), text, &rng)
        }
    }

    /// ``QuoteContext/token(atOrAfter:)`` (from a per-block index of the text) against a scan, at every
    /// offset of articles of 1 to 60 tokens and just outside them.
    @Test func tokenAtOrAfterAgreesWithScan() throws {
        try forEachRandomContext(seed: 7, longest: 60) { ctx, _, _ in
            for offset in -3...(ctx.text.count + 3) {
                let scan = ctx.tokens.firstIndex { $0.range.start >= offset } ?? ctx.count
                #expect(ctx.token(atOrAfter: offset) == scan, "offset \(offset) of \(ctx.count) tokens")
            }
        }
    }

    /// ``QuoteContext/wordCount(_:)`` (a difference of running word counts) against a count of the word
    /// and number tokens from the first starting in the range while they end in it, for ranges that
    /// start and end anywhere, inside tokens too.
    @Test func wordCountAgreesWithScan() throws {
        try forEachRandomContext(seed: 11, longest: 40) { ctx, text, rng in
            let n = ctx.text.count
            for _ in 0..<40 {
                let a = Int.random(in: 0...n, using: &rng), b = Int.random(in: a...n, using: &rng)
                var i = ctx.tokens.firstIndex { $0.range.start >= a } ?? ctx.count
                var scan = 0
                while i < ctx.count && ctx.tokens[i].range.end <= b {
                    if ctx.tokens[i].kind == .word || ctx.tokens[i].kind == .number { scan += 1 }
                    i += 1
                }
                #expect(ctx.wordCount(TextRange(a, b)) == scan, "\(a)..<\(b) of \(text)")
            }
        }
        #expect([Token.Kind.word, .number, .punctuation, .symbol].map(\.wordCount) == [1, 1, 0, 0])
    }

    /// ``QuoteContext/nextCandidate(from:_:)`` for titles and heads (read from a per-token array) against
    /// the scan of the start bits, from every token and just outside, in articles with titles ("the
    /// minister", "President") and heads ("the ministry", "officials").
    @Test func nextTitleAndHeadCandidatesAgreeWithScan() throws {
        var rng = SeededGenerator(seed: 19)
        let words = ["the", "minister", "President", "ministry", "officials", "said", ",", "Smith", "told", "reporters", "."]
        for length in 1...40 {
            let text = "Word " + (0..<length).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            let ctx = QuoteContext(document: try QuoteMarkup.analyze(text), lexicon: TestSupport.data.quoteLexicons["en"]!, quotes: [])
            for table in [QuoteLexicon.Table.titles, .heads] {
                for i in -2...(ctx.count + 2) {
                    #expect(ctx.nextCandidate(from: i, table) == ctx.scanForCandidate(from: i, table), "\(table) from \(i) in \(text)")
                }
            }
        }
    }
}
