/// An open-addressing map from a precomputed 64-bit hash (``WordHash``) to a small integer, for the
/// quote stage's per-token word lookups: the key is already a good hash, so it is used as is instead of
/// being hashed again as a `Dictionary` key would be.
struct HashIndex: Sendable {
    private var hashes: [UInt64] = Array(repeating: 0, count: 16)
    private var values: [Int32] = Array(repeating: -1, count: 16)
    private(set) var count = 0

    init() {}

    @inline(__always)
    private func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) & mask }

    /// The value stored for hash `h`.
    @inline(__always)
    func value(_ h: UInt64) -> Int? {
        let mask = values.count - 1
        var i = slot(h, mask)
        while values[i] >= 0 {
            if hashes[i] == h { return Int(values[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `v` for hash `h` (replacing a previous value).
    mutating func set(_ h: UInt64, _ v: Int) {
        if (count + 1) * 2 > values.count { grow() }
        let mask = values.count - 1
        var i = slot(h, mask)
        while values[i] >= 0 {
            if hashes[i] == h { values[i] = Int32(v); return }
            i = (i + 1) & mask
        }
        hashes[i] = h
        values[i] = Int32(v)
        count += 1
    }

    private mutating func grow() {
        let old = zip(hashes, values).filter { $0.1 >= 0 }
        hashes = Array(repeating: 0, count: values.count * 2)
        values = Array(repeating: -1, count: hashes.count)
        count = 0
        for (h, v) in old { set(h, Int(v)) }
    }
}
