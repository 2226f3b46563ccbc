/// An immutable open-addressing table of words (scalar sequences) keyed by their 64-bit FNV-1a hash
/// (``ScalarHash``), for the matcher's hot loop: a lookup is one or two probes, and a hit is confirmed
/// by comparing the scalars, so hash collisions never produce false hits.
struct HashedWords: Sendable {
    private let keys: [UInt64]
    private let slots: [Int32]
    private let shift: UInt64
    private let pool: [Unicode.Scalar]
    private let bounds: [Int32]  // word i is pool[bounds[i]..<bounds[i + 1]]

    /// Number of words.
    let count: Int

    init(_ words: [[Unicode.Scalar]]) {
        var pool: [Unicode.Scalar] = []
        var bounds: [Int32] = [0]
        for w in words {
            pool.append(contentsOf: w)
            bounds.append(Int32(pool.count))
        }
        var bits: UInt64 = 4
        while (1 << bits) < max(16, words.count * 2) { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: size)
        var slots = [Int32](repeating: -1, count: size)
        let shift = 64 - bits
        for (i, w) in words.enumerated() {
            let h = Self.key(ScalarHash.of(w))
            var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[k] >= 0 { k = (k + 1) & (size - 1) }
            keys[k] = h
            slots[k] = Int32(i)
        }
        self.keys = keys
        self.slots = slots
        self.shift = shift
        self.pool = pool
        self.bounds = bounds
        self.count = words.count
    }

    @inline(__always)
    private static func key(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    /// The word at `index`.
    func word(_ index: Int) -> ArraySlice<Unicode.Scalar> { pool[Int(bounds[index])..<Int(bounds[index + 1])] }

    /// The index of the word `text[start..<end]` followed by `extra` (when not nil), whose FNV-1a hash
    /// (including `extra`) is `hash`; -1 when absent.
    @inline(__always)
    func lookup(hash: UInt64, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, extra: Unicode.Scalar? = nil) -> Int {
        let h = Self.key(hash)
        let mask = keys.count - 1
        var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let key = keys[k]
                if key == h {
                    let index = Int(slots[k])
                    if matches(index, text, start, end, extra) { return index }
                } else if key == 0 {
                    return -1
                }
                k = (k + 1) & mask
            }
        }
    }

    @inline(__always)
    private func matches(_ index: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ extra: Unicode.Scalar?) -> Bool {
        let a = Int(bounds[index]), b = Int(bounds[index + 1])
        let length = end - start + (extra == nil ? 0 : 1)
        guard b - a == length else { return false }
        var i = a
        for j in start..<end {
            if pool[i] != text[j] { return false }
            i += 1
        }
        if let extra, pool[i] != extra { return false }
        return true
    }

    /// Convenience lookup of a whole word.
    func lookup(_ word: [Unicode.Scalar]) -> Int {
        word.withUnsafeBufferPointer { lookup(hash: ScalarHash.of(word), $0, 0, word.count) }
    }
}
