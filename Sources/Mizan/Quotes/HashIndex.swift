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

/// Single words with a payload each, looked up by their ``WordHash`` with one probe of a ``HashIndex``
/// and one comparison against scalars stored one after another: what a table of word classes needs,
/// without a ``PhraseTable``'s lists of phrases, each with arrays of its own, to walk through.
struct SingleWordTable<Payload: Sendable>: Sendable {
    private var index = HashIndex()
    /// Word `e` is `scalars[starts[e]..<starts[e + 1]]`.
    private var starts: [Int] = [0]
    private var scalars: [Unicode.Scalar] = []
    private var payloads: [Payload] = []
    /// Words whose hash an earlier word already has (entries the index cannot hold), by hash.
    private var collisions: [(hash: UInt64, entry: Int)] = []

    /// The distinct hashes of the words.
    private(set) var hashes: [UInt64] = []

    init() {}

    /// Adds `word` with `payload` (a word already present keeps its first payload).
    mutating func insert(_ word: [Unicode.Scalar], _ payload: Payload) {
        let h = WordHash.of(word)
        guard lookUp(word[...], hash: h) == nil else { return }
        let entry = payloads.count
        scalars.append(contentsOf: word)
        starts.append(scalars.count)
        payloads.append(payload)
        if index.value(h) == nil {
            index.set(h, entry)
            hashes.append(h)
        } else {
            collisions.append((h, entry))
        }
    }

    /// The payload of `word`, whose ``WordHash`` is `hash`.
    @inline(__always)
    func lookUp(_ word: ArraySlice<Unicode.Scalar>, hash: UInt64) -> Payload? {
        guard let e = index.value(hash) else { return nil }
        if equals(e, word) { return payloads[e] }
        for c in collisions where c.hash == hash && equals(c.entry, word) { return payloads[c.entry] }
        return nil
    }

    @inline(__always)
    private func equals(_ e: Int, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let a = starts[e], b = starts[e + 1]
        guard b - a == word.count else { return false }
        var k = word.startIndex
        for j in a..<b {
            if scalars[j] != word[k] { return false }
            k += 1
        }
        return true
    }
}

