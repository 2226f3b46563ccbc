/// A set of non-negative integers (token indices, text offsets), one bit each: membership and insertion
/// in constant time, without a search. The sieves ask whether a cue or quotation is used in their inner
/// loops; a sorted array answered with a binary search whose branches were mispredicted, and inserted
/// out of order by moving its tail.
struct IndexBitSet {
    private var words: [UInt64] = []
    private(set) var count = 0

    init() {}

    /// An empty set with room for the integers below `n` without growing.
    init(capacity n: Int) {
        words = [UInt64](repeating: 0, count: (max(n, 0) + 63) >> 6)
    }

    @inline(__always)
    func contains(_ x: Int) -> Bool {
        let w = x >> 6
        return x >= 0 && w < words.count && (words[w] >> UInt64(x & 63)) & 1 != 0
    }

    /// Adds `x` (not negative); whether it was new.
    @discardableResult
    mutating func insert(_ x: Int) -> Bool {
        precondition(x >= 0, "a set of non-negative integers")
        let w = x >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w + 1 - words.count)) }
        let bit = UInt64(1) << UInt64(x & 63)
        guard words[w] & bit == 0 else { return false }
        words[w] |= bit
        count += 1
        return true
    }

    /// The members in ascending order.
    var members: [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for (w, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                out.append(w << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return out
    }
}
