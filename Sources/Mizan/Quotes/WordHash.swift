/// The hash of a word for the quote stage's lookups (phrase tables, their first-word index, titled
/// names): ``ScalarHash`` over the word's scalars read from the last to the first.
///
/// Read backwards, the hash of a word's suffix is a step on the way to the hash of the whole word, and
/// the lookup forms of an Arabic word are suffixes of it (without و/ف, ب/ك/ل, ال): one walk back over
/// each token gives every form's hash (see `QuoteContext.computeVariants`). These tables are built and
/// searched with this hash only, never with ``ScalarHash/of(_:)`` (the speaker resolver's stems are
/// ``ScalarHash``es, but are only compared with each other).
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
}
