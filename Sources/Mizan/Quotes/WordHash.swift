/// The hash of a word for the quote stage's lookups (phrase tables, their first-word index, titled
/// names): ``ScalarHash`` over the word's scalars read from the last to the first.
///
/// Read backwards, the hash of a word's suffix is a step on the way to the hash of the whole word, and
/// the lookup forms of an Arabic word are suffixes of it (without و/ف, ب/ك/ل, ال): one walk back over
/// each token gives every form's hash (see `QuoteContext.computeVariants`). These tables are built and
/// searched with this hash only, never with ``ScalarHash/of(_:)`` (as are the speaker resolver's stems,
/// so that a word's stem is often its token's hash).
enum WordHash {
    static func of<C: BidirectionalCollection>(_ word: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = ScalarHash()
        var k = word.endIndex
        while k != word.startIndex {
            word.formIndex(before: &k)
            h.add(word[k])
        }
        return h.value
    }

    /// ``of(_:)`` of `text[start..<end]`, without a branch for words of up to eight scalars: eight steps,
    /// of which those past the word's start leave the hash as it is (masks, not selects that the compiler
    /// could turn back into branches). A loop as long as the word was mispredicted at its end for most
    /// tokens; longer words take it still.
    @inline(__always)
    static func of(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        guard end > start && end &- start <= 8 else { return of(text[start..<end]) }
        var h = ScalarHash()
        // Scalars before the word are read and ignored (`keep` all ones). The eight read lie in the
        // text from its eighth scalar on; before it, an index below 0 reads the first scalar instead.
        if start >= 7 {
            for j in 0..<8 {
                let k = end &- 1 &- j
                h.add(text[k].value, keepingIf: UInt64(bitPattern: Int64(truncatingIfNeeded: (k &- start) >> 63)))
            }
        } else {
            for j in 0..<8 {
                let k = end &- 1 &- j
                h.add(text[k & ~(k >> 63)].value, keepingIf: UInt64(bitPattern: Int64(truncatingIfNeeded: (k &- start) >> 63)))
            }
        }
        return h.value
    }
}
