/// Multiword phrases (sequences of normalized words) with a payload, looked up at a position in a word
/// sequence. Longest phrase first. Used for the quote-extraction word lists (cues, titles, heads…).
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [[Unicode.Scalar]]
        var payload: Payload
        /// ``WordHash`` of each word: the words after the first are compared by hash before by scalars.
        var hashes: [UInt64] = []
        /// Whether `words[0]` is the same as the previous phrase's of the same list (whose comparison
        /// with the text can then be reused).
        var sameFirstAsPrevious = false
        /// `words.count` and `hashes[1]` (0 for one word), held in the phrase itself: most phrases of a
        /// frequent first word are turned down by their second word, without reading their arrays.
        var wordCount = 0
        var secondHash: UInt64 = 0
    }

    /// Phrases by the ``WordHash`` of their first word (an index into `lists`), longest first.
    private var byFirst = HashIndex()
    private var lists: [[Phrase]] = []
    private(set) var count = 0
    /// Length in scalars of the longest single word, to skip hopeless lookups.
    private(set) var longestWord = 0
    /// The distinct ``WordHash``es of the phrases' first words (see ``QuoteLexicon/firstWords``).
    private(set) var firstWordHashes: [UInt64] = []

    init() {}

    /// Adds a phrase given as normalized text (words separated by spaces).
    mutating func insert(_ normalized: String, _ payload: Payload) {
        let words = normalized.split(separator: " ").map { Array($0.unicodeScalars) }
        guard let first = words.first else { return }
        for w in words { longestWord = max(longestWord, w.count) }
        let h = WordHash.of(first)
        let index = byFirst.value(h) ?? {
            lists.append([])
            byFirst.set(h, lists.count - 1)
            firstWordHashes.append(h)
            return lists.count - 1
        }()
        let hashes = words.map { WordHash.of($0) }
        lists[index].append(Phrase(words: words, payload: payload, hashes: hashes, wordCount: words.count,
                                   secondHash: hashes.count > 1 ? hashes[1] : 0))
        lists[index].sort { $0.words.count > $1.words.count }
        for p in lists[index].indices {
            lists[index][p].sameFirstAsPrevious = p > 0 && lists[index][p].words[0] == lists[index][p - 1].words[0]
        }
        count += 1
    }

    /// The longest phrase whose first word is `first` and whose following words equal `next(1)`,
    /// `next(2)`…; returns the payload and the number of words matched.
    func match<C: BidirectionalCollection>(first: C, next: (Int) -> ArraySlice<Unicode.Scalar>?) -> (payload: Payload, words: Int)?
    where C.Element == Unicode.Scalar {
        guard first.count <= longestWord, let index = byFirst.value(WordHash.of(first)) else { return nil }
        outer: for phrase in lists[index] where phrase.words[0].elementsEqual(first) {
            for k in 1..<phrase.words.count {
                guard let w = next(k), w.elementsEqual(phrase.words[k]) else { continue outer }
            }
            return (phrase.payload, phrase.words.count)
        }
        return nil
    }

    /// Whether some phrase may start with a word of hash `hash` (a cheap test before a lookup).
    @inline(__always)
    func mayStart(hash: UInt64) -> Bool { byFirst.value(hash) != nil }

    /// ``match(first:next:)`` with the first word's ``WordHash`` already computed, and `nextHash(k)` the
    /// ``WordHash`` of `next(k)` (nil when `next(k)` is): a phrase's later words are compared by hash
    /// first, by scalars only when the hashes agree. (A frequent first word such as في starts many cue
    /// phrases — في بيان، في تصريح، في كلمة… — each of which used to read and compare the words after it.)
    func match<C: BidirectionalCollection>(first: C, hash: UInt64, nextHash: (Int) -> UInt64?,
                                           next: (Int) -> ArraySlice<Unicode.Scalar>?) -> (payload: Payload, words: Int)?
    where C.Element == Unicode.Scalar {
        guard first.count <= longestWord, let index = byFirst.value(hash) else { return nil }
        // Phrases are read in place (no copy of each phrase, its words and payload), and the list is
        // borrowed through the outer buffer: `lists[index]` retained and released it on every lookup.
        return lists.withUnsafeBufferPointer { lists in lists[index].withUnsafeBufferPointer { phrases in
            // Whether `first` equals the current run of phrases' first word: 0 not compared yet, 1 yes,
            // 2 no. Compared only once a phrase's second word has matched by hash (a frequent first word
            // such as "in" or "was" starts phrases whose second word the text mostly lacks).
            var firstEqual = 0
            // The next word's hash, asked once for all the phrases.
            var second: UInt64?? = nil
            outer: for p in phrases.indices {
                if !phrases[p].sameFirstAsPrevious { firstEqual = 0 }
                let words = phrases[p].wordCount
                if words > 1 {
                    if second == nil { second = .some(nextHash(1)) }
                    guard let h = second ?? nil, h == phrases[p].secondHash else { continue }
                }
                if firstEqual == 0 { firstEqual = phrases[p].words[0].elementsEqual(first) ? 1 : 2 }
                guard firstEqual == 1 else { continue }
                for k in 2..<max(2, words) {
                    guard let h = nextHash(k), h == phrases[p].hashes[k] else { continue outer }
                }
                for k in 1..<words {
                    guard let w = next(k), w.elementsEqual(phrases[p].words[k]) else { continue outer }
                }
                return (phrases[p].payload, words)
            }
            return nil
        } }
    }

    /// ``contains(_:)`` with the word's ``WordHash`` already computed.
    func contains<C: BidirectionalCollection>(_ word: C, hash: UInt64) -> Payload? where C.Element == Unicode.Scalar {
        guard word.count <= longestWord, let index = byFirst.value(hash) else { return nil }
        return lastOneWord(in: index, equalTo: word)
    }

    /// Every distinct one-word phrase with the payload ``contains(_:)`` answers for it (the last one-word
    /// phrase inserted with that word), in no particular order.
    func oneWordPhrases() -> [(word: [Unicode.Scalar], payload: Payload)] {
        var out: [(word: [Unicode.Scalar], payload: Payload)] = []
        for list in lists {
            // (Words whose hashes collide share a list: each keeps its own last phrase.)
            var seen: [[Unicode.Scalar]] = []
            for phrase in list.reversed() where phrase.wordCount == 1 && !seen.contains(phrase.words[0]) {
                seen.append(phrase.words[0])
                out.append((phrase.words[0], phrase.payload))
            }
        }
        return out
    }

    /// Whether the single word `word` is a one-word phrase of the table.
    func contains<C: BidirectionalCollection>(_ word: C) -> Payload? where C.Element == Unicode.Scalar {
        guard word.count <= longestWord, let index = byFirst.value(WordHash.of(word)) else { return nil }
        return lastOneWord(in: index, equalTo: word)
    }

    /// The payload of the last one-word phrase of list `index` that is `word`, read in place
    /// (`last(where:)` copied the phrase, retaining and releasing its arrays, on every lookup).
    @inline(__always)
    private func lastOneWord<C: BidirectionalCollection>(in index: Int, equalTo word: C) -> Payload? where C.Element == Unicode.Scalar {
        lists.withUnsafeBufferPointer { lists in lists[index].withUnsafeBufferPointer { phrases in
            var p = phrases.count
            while p > 0 {
                p -= 1
                if phrases[p].wordCount == 1 && phrases[p].words[0].elementsEqual(word) { return phrases[p].payload }
            }
            return nil
        } }
    }
}
