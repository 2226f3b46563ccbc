/// The document's quotations with the two lookups the rules make over and over — the quotation opened
/// at an offset, and the innermost-listed quotation containing an offset — answered by binary search
/// instead of a scan of all quotations per question (rules ask at every quote mark and cue).
///
/// The fast paths rely on the order ``QuotePairer/pair(_:paragraphs:)`` returns: sorted by opening
/// offset, each content after its opening mark. Other lists (tests build some by hand) are scanned, so
/// the answers are always those of the plain scans documented on each method.
struct QuoteIndex {
    let quotes: [QuoteSpan]
    /// Whether `quotes` are in the order the fast paths need.
    private let ordered: Bool
    /// Per quotation, the furthest content end among it and those before it: a backward search for a
    /// containing quotation stops where no earlier one reaches the offset.
    private let reach: [Int]

    init(_ quotes: [QuoteSpan]) {
        self.quotes = quotes
        var ordered = true
        var reach: [Int] = []
        reach.reserveCapacity(quotes.count)
        var furthest = Int.min
        for (k, q) in quotes.enumerated() {
            if k > 0 && quotes[k - 1].open.start > q.open.start { ordered = false }
            if q.content.start < q.open.start { ordered = false }
            furthest = max(furthest, q.content.end)
            reach.append(furthest)
        }
        self.ordered = ordered
        self.reach = reach
    }

    /// Index of the first quotation whose opening offset is not below `offset` (in an ordered list).
    private func lowerBound(_ offset: Int) -> Int {
        quotes.withUnsafeBufferPointer { quotes in
            branchFreeLowerBound(count: quotes.count, of: offset) { quotes[$0].open.start }
        }
    }

    /// The first quotation (any level) whose opening mark starts at `offset`:
    /// `quotes.first { $0.open.start == offset }`.
    func first(openedAt offset: Int) -> QuoteSpan? {
        guard ordered else { return quotes.first { $0.open.start == offset } }
        let k = lowerBound(offset)
        return k < quotes.count && quotes[k].open.start == offset ? quotes[k] : nil
    }

    /// The first top-level quotation whose opening mark starts at `offset`:
    /// `quotes.first { $0.open.start == offset && $0.level == 0 }`.
    func firstTopLevel(openedAt offset: Int) -> QuoteSpan? {
        guard ordered else { return quotes.first { $0.open.start == offset && $0.level == 0 } }
        var k = lowerBound(offset)
        while k < quotes.count && quotes[k].open.start == offset {
            if quotes[k].level == 0 { return quotes[k] }
            k += 1
        }
        return nil
    }

    /// Calls `body` with the index of every quotation whose content may touch `r` (starts at or before
    /// its end and ends at or after its start), in no particular order; a superset the caller filters.
    /// (For lists not in the pairer's order: every quotation.)
    func forEachTouching(_ r: TextRange, _ body: (Int) -> Void) {
        guard ordered else {
            for k in quotes.indices { body(k) }
            return
        }
        // Quotations opened after `r.end` have their content after it too.
        var k = lowerBound(r.end + 1) - 1
        while k >= 0 && reach[k] >= r.start {
            body(k)
            k -= 1
        }
    }

    /// The last quotation (any level) whose content contains `offset`:
    /// `quotes.last { $0.content.contains(offset) }`.
    func last(containing offset: Int) -> QuoteSpan? {
        guard ordered else { return quotes.last { $0.content.contains(offset) } }
        // Quotations opened after `offset` have their content after it too.
        var k = lowerBound(offset + 1) - 1
        while k >= 0 && reach[k] > offset {
            if quotes[k].content.contains(offset) { return quotes[k] }
            k -= 1
        }
        return nil
    }
}
