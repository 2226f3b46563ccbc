/// A 64-bit FNV-1a hash over scalar values, for allocation-free word lookups in hot loops. Lookups built
/// on it (``WordSet``) confirm a hash hit by comparing the scalars, so collisions cannot cause false hits.
struct ScalarHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ s: Unicode.Scalar) {
        value = (value ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
    }

    /// Adds the scalar `v` when `condition` holds (a select, not a branch).
    @inline(__always)
    mutating func add(_ v: UInt32, when condition: Bool) {
        let next = (value ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        value = condition ? next : value
    }

    /// Adds the scalar `v` when `keep` is 0 and leaves the hash as it is when `keep` is all ones, by
    /// masks: no select that the compiler could turn back into a branch.
    @inline(__always)
    mutating func add(_ v: UInt32, keepingIf keep: UInt64) {
        let next = (value ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        value = next & ~keep | value & keep
    }

    static func of<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = ScalarHash()
        for s in scalars { h.add(s) }
        return h.value
    }
}

/// A set of words (scalar sequences) looked up by precomputed hash, with a payload per word.
struct WordTable<Payload: Sendable>: Sendable {
    private var entries: [UInt64: [([Unicode.Scalar], Payload)]] = [:]

    init() {}

    mutating func insert(_ word: [Unicode.Scalar], _ payload: Payload, merge: (Payload, Payload) -> Payload = { _, new in new }) {
        let h = ScalarHash.of(word)
        var bucket = entries[h] ?? []
        if let i = bucket.firstIndex(where: { $0.0 == word }) {
            bucket[i].1 = merge(bucket[i].1, payload)
        } else {
            bucket.append((word, payload))
        }
        entries[h] = bucket
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The payload for the word with hash `hash` whose scalars are `word`.
    @inline(__always)
    func lookup<C: Collection>(hash: UInt64, _ word: C) -> Payload? where C.Element == Unicode.Scalar {
        guard let bucket = entries[hash] else { return nil }
        for (w, p) in bucket where w.count == word.count && w.elementsEqual(word) { return p }
        return nil
    }

    func lookup<C: Collection>(_ word: C) -> Payload? where C.Element == Unicode.Scalar {
        lookup(hash: ScalarHash.of(word), word)
    }
}
