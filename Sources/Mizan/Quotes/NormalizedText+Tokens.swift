extension NormalizedText {
    /// ``normalizedRange(_:)`` for ranges in text order (a document's tokens), in one forward pass
    /// instead of two binary searches each. Ranges out of order fall back to ``normalizedRange(_:)``,
    /// so the result always equals `ranges.map(normalizedRange)`.
    func normalizedRanges(inOrder ranges: [TextRange]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        var pa = 0, pb = 0  // first index with origin > a; first index with origin >= b
        var lastA = 0, lastB = 0
        for r in ranges {
            let a = max(0, min(r.start, originalCount))
            let b = max(a, min(r.end, originalCount))
            guard a >= lastA, b >= lastB else { out.append(normalizedRange(r)); continue }
            lastA = a
            lastB = b
            while pa < count && Int(origin[pa]) <= a { pa += 1 }
            var lo = pa
            if lo > 0 && chunkEnd(lo - 1) > a { lo -= 1 }
            while lo > 0 && lo < count && origin[lo - 1] == origin[lo] { lo -= 1 }
            while pb < count && Int(origin[pb]) < b { pb += 1 }
            var hi = b == a ? lo : pb
            if hi < lo { hi = lo }
            out.append(lo..<hi)
        }
        return out
    }

    /// Where the original chunk of normalized scalar `i` ends (the next chunk's start, or the text end).
    private func chunkEnd(_ i: Int) -> Int {
        let start = origin[i]
        var k = i + 1
        while k < count && origin[k] == start { k += 1 }
        return k < count ? Int(origin[k]) : originalCount
    }
}
