/// An immutable open-addressing table of words (scalar sequences) keyed by a 64-bit FNV-1a hash taken
/// **from the last scalar to the first** (``hash(_:)``), for the matcher's hot loop. Hashing backwards
/// lets the matcher hash every proclitic-stripped start of an Arabic word in one pass from its end.
///
/// A bit filter in front of the table answers most misses from a small, cache-resident bitset; a hit is
/// confirmed by comparing the scalars, so hash collisions never produce false hits. Storage is
/// allocated once and never mutated after `init`, which is why the class is `@unchecked Sendable`.
final class HashedWords: @unchecked Sendable {
    private let keys: UnsafeMutablePointer<UInt64>
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    private let shift: UInt64
    private let filter: BitFilter
    private let pool: UnsafeMutablePointer<Unicode.Scalar>
    private let bounds: UnsafeMutablePointer<Int32>
    private let poolCount: Int

    /// Number of words.
    let count: Int

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// One FNV-1a step.
    @inline(__always)
    static func step(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 { (h ^ UInt64(s.value)) &* prime }

    /// The backward hash of a word.
    static func hash<C: BidirectionalCollection>(_ word: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = basis
        for s in word.reversed() { h = step(h, s) }
        return h
    }

    init(_ words: [[Unicode.Scalar]]) {
        count = words.count
        var bits: UInt64 = 4
        while (1 << bits) < max(16, words.count * 2) { bits += 1 }
        let size = 1 << Int(bits)
        mask = size - 1
        shift = 64 - bits
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        filter = BitFilter(keys: words.count)
        let total = words.reduce(0) { $0 + $1.count }
        poolCount = max(1, total)
        pool = .allocate(capacity: poolCount)
        bounds = .allocate(capacity: words.count + 1)
        var offset = 0
        bounds[0] = 0
        for (i, w) in words.enumerated() {
            for (j, s) in w.enumerated() { pool[offset + j] = s }
            offset += w.count
            bounds[i + 1] = Int32(offset)
            let h = Self.key(Self.hash(w))
            var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[k] >= 0 { k = (k + 1) & mask }
            keys[k] = h
            slots[k] = Int32(i)
            filter.insert(h)
        }
    }

    deinit {
        keys.deallocate()
        slots.deallocate()
        filter.deallocate()
        pool.deallocate()
        bounds.deallocate()
    }

    @inline(__always)
    private static func key(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    /// The word at `index`.
    func word(_ index: Int) -> [Unicode.Scalar] {
        Array(UnsafeBufferPointer(start: pool + Int(bounds[index]), count: Int(bounds[index + 1] - bounds[index])))
    }

    /// The index of the word `text[start..<end]` followed by `extra` (when not nil), whose backward hash
    /// (`extra` first) is `hash`; -1 when absent.
    @inline(__always)
    func lookup(hash: UInt64, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, extra: Unicode.Scalar? = nil) -> Int {
        let h = Self.key(hash)
        guard filter.mayContain(h) else { return -1 }
        var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
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

    /// Whether word `index` is `text[start..<end]`.
    @inline(__always)
    func matches(_ index: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        matches(index, text, start, end, nil)
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
        word.withUnsafeBufferPointer { lookup(hash: Self.hash(word), $0, 0, word.count) }
    }
}

/// An immutable open-addressing map from 64-bit keys (never 0… a key of 0 is remapped) to `Int32`
/// values: the trie's edges `(node, word) → child`. Like ``HashedWords``, a small bit filter in front
/// answers most misses (a term's first words followed by a word that does not continue it) without
/// touching the table. `@unchecked Sendable` for the same reason as ``HashedWords``.
final class HashedEdges: @unchecked Sendable {
    /// Key and value side by side: one cache line per probe.
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let shift: UInt64
    private let filter: BitFilter

    init(_ pairs: [UInt64: Int32]) {
        filter = BitFilter(keys: pairs.count)
        var bits: UInt64 = 4
        while (1 << bits) < max(16, pairs.count * 2) { bits += 1 }
        let size = 1 << Int(bits)
        mask = size - 1
        shift = 64 - bits
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(key: 0, value: -1), count: size)
        for (key, value) in pairs {
            let k0 = key &+ 1  // keys are stored +1 so that 0 marks an empty slot
            var k = Int(truncatingIfNeeded: (k0 &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[k].key != 0 { k = (k + 1) & mask }
            slots[k] = Slot(key: k0, value: value)
            filter.insert(k0)
        }
    }

    deinit {
        slots.deallocate()
        filter.deallocate()
    }

    /// The value for `key`, or -1.
    @inline(__always)
    func value(_ key: UInt64) -> Int32 {
        let k0 = key &+ 1
        guard filter.mayContain(k0) else { return -1 }
        var k = Int(truncatingIfNeeded: (k0 &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[k]
            if slot.key == k0 { return slot.value }
            if slot.key == 0 { return -1 }
            k = (k + 1) & mask
        }
    }
}

/// A one-hash bit filter over 64-bit keys, about 16 bits per key (so that most absent keys cost one load
/// from a small, cache-resident bitset), in front of the matcher's hash tables. Owned by one table,
/// which fills it in its `init` and calls ``deallocate()`` in its `deinit`.
struct BitFilter {
    private let words: UnsafeMutablePointer<UInt64>
    private let shift: UInt64

    /// An empty filter sized for `keys` keys.
    init(keys: Int) {
        var bits: UInt64 = 12
        while (1 << bits) < keys * 16 { bits += 1 }
        shift = 64 - bits
        let count = (1 << Int(bits)) / 64
        words = .allocate(capacity: count)
        words.initialize(repeating: 0, count: count)
    }

    @inline(__always)
    private func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> shift) }

    /// Adds `key` (only while the owning table is built).
    func insert(_ key: UInt64) {
        let b = bit(key)
        words[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False when `key` was never inserted; true when it was, and for a few keys that were not.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let b = bit(key)
        return words[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    func deallocate() { words.deallocate() }
}
