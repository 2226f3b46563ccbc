/// An immutable table of words keyed by their packed form, for the matcher's surface variants.
///
/// A word of up to 16 scalars that are all ASCII or in U+0600–U+067F (almost every Arabic and English
/// word in the normalized view) is packed a byte per scalar into 128 bits, as ``TermWords`` packs text
/// tokens, so a lookup compares two integers inside one slot and never reads the word's scalars. The
/// matcher can pack a text word while it scans it, forwards (``TermWords``) or backwards (proclitic
/// stripping), without hashing scalar by scalar. Other words go to a ``HashedWords`` table. A bit filter
/// in front answers most misses from a small, cache-resident bitset. Storage is allocated once and never
/// mutated after `init`, hence `@unchecked Sendable`.
final class PackedWords: @unchecked Sendable {
    /// A packed word and its index: 24 bytes.
    private struct Slot {
        var key0: UInt64
        var key1: UInt64
        var index: Int32
        /// The word's length; 0 marks an empty slot.
        var length: UInt8
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let shift: UInt64
    private let mask: Int
    private let filter: BitFilter
    /// Words that cannot be packed, and the index each stands for.
    let unpackable: HashedWords
    private let unpackableIndex: [Int32]

    /// Number of words.
    let count: Int

    /// The byte a scalar packs to, or nil: ASCII as is, U+0600–U+067F as 0x80–0xFF.
    @inline(__always)
    static func byte(_ s: Unicode.Scalar) -> UInt64? {
        let v = s.value
        if v < 0x80 { return UInt64(v) }
        if v &- 0x0600 < 0x80 { return UInt64(v &- 0x0580) }
        return nil
    }

    /// The packed form of a word (first scalar in the lowest byte), or nil.
    static func pack<C: Collection>(_ word: C) -> (UInt64, UInt64, UInt8)? where C.Element == Unicode.Scalar {
        guard !word.isEmpty, word.count <= 16 else { return nil }
        var key0: UInt64 = 0, key1: UInt64 = 0
        for (k, s) in word.enumerated() {
            guard let e = byte(s) else { return nil }
            if k < 8 { key0 |= e &<< UInt64(8 * k) } else { key1 |= e &<< UInt64(8 * (k - 8)) }
        }
        return (key0, key1, UInt8(word.count))
    }

    /// Prepends a scalar's byte to a packed word of `length` (< 16) scalars.
    @inline(__always)
    static func prepend(_ e: UInt64, _ key0: inout UInt64, _ key1: inout UInt64) {
        key1 = (key1 &<< 8) | (key0 &>> 56)
        key0 = (key0 &<< 8) | e
    }

    /// The packed form of the `count` scalars that start `from` scalars into a packed word
    /// (`from + count` ≤ 16): a stem's key taken from its word's key by shifts, without reading the scalars.
    @inline(__always)
    static func slice(_ key0: UInt64, _ key1: UInt64, from: Int, count: Int) -> (UInt64, UInt64) {
        var k0 = key0, k1 = key1
        let shift = UInt64(8 * from)
        if shift >= 64 {
            k0 = k1 &>> (shift - 64)
            k1 = 0
        } else if shift > 0 {
            k0 = (k0 &>> shift) | (k1 &<< (64 - shift))
            k1 = k1 &>> shift
        }
        if count < 8 {
            k0 &= (1 &<< UInt64(8 * count)) &- 1
            k1 = 0
        } else if count == 8 {
            k1 = 0
        } else if count < 16 {
            k1 &= (1 &<< UInt64(8 * (count - 8))) &- 1
        }
        return (k0, k1)
    }

    /// Puts a scalar's byte after the `count` (< 16) scalars of a packed word.
    @inline(__always)
    static func put(_ e: UInt64, at count: Int, _ key0: inout UInt64, _ key1: inout UInt64) {
        if count < 8 { key0 |= e &<< UInt64(8 * count) } else { key1 |= e &<< UInt64(8 * (count - 8)) }
    }

    /// A table of `words`, each standing for its position.
    convenience init(_ words: [[Unicode.Scalar]]) {
        self.init(words.enumerated().map { ($0.element, Int32($0.offset)) })
    }

    /// A table of words, each standing for the index given with it.
    init(_ entries: [(word: [Unicode.Scalar], index: Int32)]) {
        let words = entries.map(\.word)
        count = words.count
        var bits: UInt64 = 4
        while (1 << bits) < max(16, words.count * 2) { bits += 1 }
        let size = 1 << Int(bits)
        mask = size - 1
        shift = 64 - bits
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(key0: 0, key1: 0, index: -1, length: 0), count: size)
        filter = BitFilter(keys: words.count)
        var others: [[Unicode.Scalar]] = []
        var otherIndex: [Int32] = []
        for (i, w) in words.enumerated() {
            guard let (key0, key1, length) = Self.pack(w) else {
                others.append(w)
                otherIndex.append(entries[i].index)
                continue
            }
            let h = TermWords.hash(key0, key1, length)
            var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[k].length != 0 { k = (k + 1) & mask }
            slots[k] = Slot(key0: key0, key1: key1, index: entries[i].index, length: length)
            filter.insert(h)
        }
        unpackable = HashedWords(others)
        unpackableIndex = otherIndex
    }

    deinit {
        slots.deallocate()
        filter.deallocate()
    }

    /// The index of the packed word `(key0, key1)` of `length` scalars (1…16), or -1.
    @inline(__always)
    func lookup(_ key0: UInt64, _ key1: UInt64, _ length: UInt8) -> Int {
        let h = TermWords.hash(key0, key1, length)
        guard filter.mayContain(h) else { return -1 }
        var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[k]
            if slot.key0 == key0 && slot.key1 == key1 && slot.length == length { return Int(slot.index) }
            if slot.length == 0 { return -1 }
            k = (k + 1) & mask
        }
    }

    /// The index of an unpackable word `text[start..<end]` (followed by `extra`) whose backward hash
    /// (``HashedWords``) is `hash`, or -1.
    @inline(__always)
    func lookupUnpackable(hash: UInt64, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                          extra: Unicode.Scalar? = nil) -> Int {
        guard unpackable.count > 0 else { return -1 }
        let i = unpackable.lookup(hash: hash, text, start, end, extra: extra)
        return i < 0 ? -1 : Int(unpackableIndex[i])
    }

    /// The index of any word (slow path, for tests and tools).
    func lookup(_ word: [Unicode.Scalar]) -> Int {
        if let (key0, key1, length) = Self.pack(word) { return lookup(key0, key1, length) }
        return word.withUnsafeBufferPointer { lookupUnpackable(hash: HashedWords.hash(word), $0, 0, word.count) }
    }
}
