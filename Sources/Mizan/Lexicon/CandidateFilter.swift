/// Tells the matcher, before it queues a token for the memo, that a byte-packed word not starting with
/// an Arabic-range byte (an English word, nearly always) has no candidate: most English words of a text
/// belong to no term, and for them a bit test replaces the memo probe and the trie step.
///
/// Such a word's candidates come from three lookups (``LoadedTermMatcher``): the word itself among the
/// surface variants, the word without a final `'s` (possessive), and its strict prefixes among the
/// last words of `prefix` entries. The filter holds the 32-bit hash (``TermWords/Item/hash``) of every
/// byte-packed variant that starts below 0x80, so the first lookup finds nothing when the word's bits
/// are not all set. A word ending in `'s` is never excluded, nor a word longer than the shortest prefix
/// word (prefixes cannot be listed; a shorter word has no strict prefix of a prefix word's length). Set
/// bits prove nothing (other words share them); those words take the memo as before.
/// Storage is allocated once and never mutated after `init`, hence `@unchecked Sendable`.
final class CandidateFilter: @unchecked Sendable {
    /// A blocked Bloom filter: a hash's top bits pick a 64-bit word, and two 6-bit fields of its low
    /// bits two bits in it. About 8 bits per key and at most 16 KB, so that the filter stays in the L1
    /// cache (a test that misses it costs more than the probe it saves); two bits per key keep false
    /// positives near 5% (each one costs a memo probe, and a lookup for each new word).
    let bits: UnsafeMutablePointer<UInt64>
    /// The shift that turns a hash into its word number.
    let shift: UInt32
    /// The longest word (in scalars) the filter answers for.
    let longest: UInt8

    /// - Parameters:
    ///   - variants: the surface variants whose first scalar is not an Arabic letter (any others are ignored).
    ///   - shortestPrefix: the length of the shortest last word of a `prefix` entry, or nil when there is none.
    init(variants: [[Unicode.Scalar]], shortestPrefix: Int?) {
        var keys: [UInt32] = []
        for w in variants {
            guard let (key0, key1, length) = PackedWords.pack(w), key0 & 0x80 == 0 else { continue }
            keys.append(TermWords.hash32(key0, key1, length))
        }
        // `order`: log2 of the number of bits.
        var order: UInt32 = 12
        while (1 << order) < keys.count * 8 && order < 17 { order += 1 }
        shift = 32 - (order - 6)
        let count = 1 << Int(order - 6)
        bits = .allocate(capacity: count)
        bits.initialize(repeating: 0, count: count)
        for h in keys { bits[Int(h &>> shift)] |= Self.mask(h) }
        longest = UInt8(min(16, shortestPrefix ?? 16))
    }

    deinit { bits.deallocate() }

    /// The two bits of a hash in its word.
    @inline(__always)
    static func mask(_ h: UInt32) -> UInt64 {
        (1 &<< UInt64(truncatingIfNeeded: h & 63)) | (1 &<< UInt64(truncatingIfNeeded: (h &>> 6) & 63))
    }

    /// Whether the token (of `text`) certainly has no candidate: byte-packed, at most ``longest``
    /// scalars, first byte below 0x80 (not Arabic, so the lookups above are all there is), not ending in
    /// `'s`, and not all of its bits set.
    @inline(__always)
    static func excludes(_ item: TermWords.Item, _ text: UnsafePointer<Unicode.Scalar>, bits: UnsafePointer<UInt64>, shift: UInt32,
                         longest: UInt8) -> Bool {
        guard item.code <= longest, item.key0 & 0x80 == 0 else { return false }
        let m = mask(item.hash)
        guard bits[Int(truncatingIfNeeded: item.hash &>> shift)] & m != m else { return false }
        // Tested last: most words are excluded before, and it is rarely true.
        let end = Int(truncatingIfNeeded: item.end)
        return !(item.code >= 3 && text[end &- 1] == "s" && text[end &- 2] == "'")
    }

    /// ``excludes(_:_:bits:shift:longest:)`` with this filter.
    func excludes(_ item: TermWords.Item, in text: UnsafePointer<Unicode.Scalar>) -> Bool {
        Self.excludes(item, text, bits: bits, shift: shift, longest: longest)
    }
}
