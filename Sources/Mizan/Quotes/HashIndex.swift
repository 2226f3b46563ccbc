/// An open-addressing map from a precomputed 64-bit hash (``WordHash``) to a small integer, for the
/// quote stage's per-token word lookups: the key is already a good hash, so it is used as is instead of
/// being hashed again as a `Dictionary` key would be.
struct HashIndex: Sendable {
    /// A hash and its value side by side, so that a probe reads one cache line (with separate arrays of
    /// hashes and values, a probe of a large index missed the cache twice).
    private struct Slot: Sendable {
        var hash: UInt64
        /// -1 when the slot is empty. (64 bits, which the slot's alignment leaves room for anyway: the quote
        /// lexicon's first-word index keeps a word's tables, length and English word classes in one value.)
        var value: Int64
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

    /// ``value(_:)`` for an index whose values are never 0, with 0 for an absent hash; branch-free when
    /// the probe ends within two slots. Those two slots are read and chosen between by selects, and only
    /// a longer probe (both slots held by other hashes) takes the loop. The quote stage asks this for
    /// every token, and the loop's branches were mispredicted for about half of them.
    @inline(__always)
    func valueOrZero(_ h: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let i = slot(h, mask)
            let a = slots[i], b = slots[(i + 1) & mask]
            // Sign bits: 1 when the slot is empty (value -1).
            let aEmpty = UInt32(truncatingIfNeeded: UInt64(bitPattern: a.value) >> 63), bEmpty = UInt32(truncatingIfNeeded: UInt64(bitPattern: b.value) >> 63)
            let aHit = UInt32(truncatingIfNeeded: (a.hash ^ h) == 0 ? 1 : 0) & (aEmpty ^ 1)
            let bHit = UInt32(truncatingIfNeeded: (b.hash ^ h) == 0 ? 1 : 0) & (bEmpty ^ 1) & (aEmpty ^ 1) & (aHit ^ 1)
            if (aEmpty | aHit | bEmpty | bHit) == 0 {
                var k = (i + 2) & mask
                while slots[k].value >= 0 {
                    if slots[k].hash == h { return Int(slots[k].value) }
                    k = (k + 1) & mask
                }
                return 0
            }
            // (Masks, not selects: the compiler made the selects of 64-bit values a branch.)
            let v = a.value & (0 &- Int64(aHit)) | b.value & (0 &- Int64(bHit))
            return Int(v)
        }
    }

    /// Stores `v` for hash `h` (replacing a previous value).
    mutating func set(_ h: UInt64, _ v: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(h, mask)
        while slots[i].value >= 0 {
            if slots[i].hash == h { slots[i].value = Int64(v); return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(hash: h, value: Int64(v))
        count += 1
    }

    /// Spreads the entries over at least `factor` slots each (a power of two), so that a probe mostly
    /// ends in its first two slots (``valueOrZero(_:)``'s branch-free case): at most half the slots are
    /// held otherwise, and with linear probing about a quarter of the probes then went past two slots.
    mutating func spread(slotsPerEntry factor: Int) {
        var size = slots.count
        while size < factor * count { size *= 2 }
        if size > slots.count { grow(to: size) }
    }

    private mutating func grow() { grow(to: slots.count * 2) }

    private mutating func grow(to size: Int) {
        let old = slots.filter { $0.value >= 0 }
        slots = [Slot](repeating: Slot(hash: 0, value: -1), count: size)
        count = 0
        for s in old { set(s.hash, Int(s.value)) }
    }
}
