/// An open-addressing map from a precomputed 64-bit hash (``WordHash``) to a small integer, for the
/// quote stage's per-token word lookups: the key is already a good hash, so it is used as is instead of
/// being hashed again as a `Dictionary` key would be.
struct HashIndex: Sendable {
    /// A hash and its value side by side, so that a probe reads one cache line (with separate arrays of
    /// hashes and values, a probe of a large index missed the cache twice).
    private struct Slot: Sendable {
        var hash: UInt64
        /// -1 when the slot is empty.
        var value: Int32
    }
    private var slots = [Slot](repeating: Slot(hash: 0, value: -1), count: 16)
    private(set) var count = 0

    init() {}

    @inline(__always)
    private func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) & mask }

    /// The value stored for hash `h`.
    @inline(__always)
    func value(_ h: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = slot(h, mask)
            while slots[i].value >= 0 {
                if slots[i].hash == h { return Int(slots[i].value) }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Stores `v` for hash `h` (replacing a previous value).
    mutating func set(_ h: UInt64, _ v: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(h, mask)
        while slots[i].value >= 0 {
            if slots[i].hash == h { slots[i].value = Int32(v); return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(hash: h, value: Int32(v))
        count += 1
    }

    private mutating func grow() {
        let old = slots.filter { $0.value >= 0 }
        slots = [Slot](repeating: Slot(hash: 0, value: -1), count: slots.count * 2)
        count = 0
        for s in old { set(s.hash, Int(s.value)) }
    }
}
