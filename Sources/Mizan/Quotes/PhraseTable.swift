/// Multiword phrases (sequences of normalized words) with a payload, looked up at a position in a word
/// sequence. Longest phrase first. Used for the quote-extraction word lists (cues, titles, heads…).
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [[Unicode.Scalar]]
        var payload: Payload
    }

    /// Phrases by the hash of their first word, longest first.
    private var byFirst: [UInt64: [Phrase]] = [:]
    private(set) var count = 0
    /// Length in scalars of the longest single word, to skip hopeless lookups.
    private(set) var longestWord = 0

    init() {}

    /// Adds a phrase given as normalized text (words separated by spaces).
    mutating func insert(_ normalized: String, _ payload: Payload) {
        let words = normalized.split(separator: " ").map { Array($0.unicodeScalars) }
        guard let first = words.first else { return }
        for w in words { longestWord = max(longestWord, w.count) }
        let h = ScalarHash.of(first)
        var list = byFirst[h] ?? []
        list.append(Phrase(words: words, payload: payload))
        list.sort { $0.words.count > $1.words.count }
        byFirst[h] = list
        count += 1
    }

    /// The longest phrase whose first word is `first` and whose following words equal `next(1)`,
    /// `next(2)`…; returns the payload and the number of words matched.
    func match<C: Collection>(first: C, next: (Int) -> ArraySlice<Unicode.Scalar>?) -> (payload: Payload, words: Int)?
    where C.Element == Unicode.Scalar {
        guard first.count <= longestWord, let list = byFirst[ScalarHash.of(first)] else { return nil }
        outer: for phrase in list where phrase.words[0].elementsEqual(first) {
            for k in 1..<phrase.words.count {
                guard let w = next(k), w.elementsEqual(phrase.words[k]) else { continue outer }
            }
            return (phrase.payload, phrase.words.count)
        }
        return nil
    }

    /// Whether the single word `word` is a one-word phrase of the table.
    func contains<C: Collection>(_ word: C) -> Payload? where C.Element == Unicode.Scalar {
        guard word.count <= longestWord, let list = byFirst[ScalarHash.of(word)] else { return nil }
        return list.last { $0.words.count == 1 && $0.words[0].elementsEqual(word) }?.payload
    }
}
