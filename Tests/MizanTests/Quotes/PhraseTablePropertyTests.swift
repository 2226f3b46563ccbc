import Testing
@testable import Mizan

/// ``PhraseTable``'s lookup that compares the words after the first by hash (what the quote rules use)
/// against the plain lookup that compares scalars: same phrase, same length, on random tables whose
/// phrases share first words and prefixes, and random word sequences cut short or broken by
/// punctuation (where `next` gives nil).
@Suite struct PhraseTablePropertyTests {
    @Test func hashedMatchEqualsScalarMatch() {
        var rng = SeededGenerator(seed: 77)
        let vocabulary = ["في", "بيان", "له", "تصريح", "كلمة", "قال", "said", "in", "a", "statement", "ب", "لها"]
            .map { Array($0.unicodeScalars) }
        func word() -> [Unicode.Scalar] { vocabulary[Int.random(in: 0..<vocabulary.count, using: &rng)] }
        var checked = 0, found = 0
        for _ in 0..<300 {
            var table = PhraseTable<Int>()
            for id in 0..<Int.random(in: 1...25, using: &rng) {
                let phrase = (0..<Int.random(in: 1...4, using: &rng)).map { _ in String(String.UnicodeScalarView(word())) }
                table.insert(phrase.joined(separator: " "), id)
            }
            for _ in 0..<40 {
                let text = (0..<Int.random(in: 1...6, using: &rng)).map { _ in word() }
                // A break (punctuation) after `stop` words, sometimes.
                let stop = Bool.random(using: &rng) ? Int.random(in: 1...6, using: &rng) : Int.max
                let next: (Int) -> ArraySlice<Unicode.Scalar>? = { k in k < text.count && k < stop ? text[k][...] : nil }
                let nextHash: (Int) -> UInt64? = { k in next(k).map { WordHash.of($0) } }
                let plain = table.match(first: text[0], next: next)
                let hashed = table.match(first: text[0], hash: WordHash.of(text[0]), nextHash: nextHash, next: next)
                #expect(plain?.payload == hashed?.payload && plain?.words == hashed?.words)
                checked += 1
                if plain != nil { found += 1 }
            }
        }
        #expect(checked == 12_000 && found > 3_000)
    }

    /// ``PhraseTable/oneWordPhrases()`` lists each word that ``PhraseTable/contains(_:)`` finds, once,
    /// with the payload it answers, on random tables where a word is inserted several times (alone and
    /// starting longer phrases).
    @Test func oneWordPhrasesAgreeWithContains() {
        var rng = SeededGenerator(seed: 78)
        let vocabulary = ["قال", "أكد", "said", "in", "a", "statement", "له", "في"].map { Array($0.unicodeScalars) }
        for _ in 0..<300 {
            var table = PhraseTable<Int>()
            for id in 0..<Int.random(in: 1...20, using: &rng) {
                let words = (0..<Int.random(in: 1...3, using: &rng)).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &rng)] }
                table.insert(words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " "), id)
            }
            let listed = table.oneWordPhrases()
            #expect(Set(listed.map { String(String.UnicodeScalarView($0.word)) }).count == listed.count)
            for w in vocabulary {
                let entry = listed.first { $0.word == w }
                #expect(entry?.payload == table.contains(w))
            }
        }
    }

    /// ``QuoteLexicon/cueObjects`` answers, for any word, what cutting an object pronoun off it and
    /// looking the rest up among the one-word cues would (a verb of three letters or more, not an opinion
    /// verb of exactly three): on every
    /// Arabic cue word with each pronoun, and on random words made of cue pieces and pronouns.
    @Test func arabicCueObjectsAgreeWithCuttingThePronoun() throws {
        let lexicon = try #require(TestSupport.data.quoteLexicons["ar"])
        let suffixes = QuoteLexicon.objectSuffixes.map { Array($0.unicodeScalars) }
        func reference(_ w: [Unicode.Scalar]) -> QuoteLexicon.CueEntry? {
            for s in suffixes where w.count - s.count >= 3 && w.suffix(s.count).elementsEqual(s) {
                if let cue = lexicon.cues.contains(w.dropLast(s.count)), cue.kind == .verb,
                   !(cue.cueClass == .belief && w.count - s.count == 3) { return cue }
            }
            return nil
        }
        let words = lexicon.cues.oneWordPhrases().map(\.word)
        var found = 0
        for w in words {
            for s in suffixes {
                let candidate = w + s
                #expect(lexicon.cueObjects.contains(candidate) == reference(candidate))
                if reference(candidate) != nil { found += 1 }
            }
        }
        #expect(found > 100)
        var rng = SeededGenerator(seed: 79)
        let pieces = words.prefix(40).map { Array($0.prefix(Int.random(in: 1...max(1, $0.count), using: &rng))) } + suffixes + [["و"], ["ا"], ["ل"]]
        for _ in 0..<5_000 {
            let w = (0..<Int.random(in: 1...3, using: &rng)).flatMap { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            #expect(lexicon.cueObjects.contains(w) == reference(w))
        }
    }

    /// The class words enter the first-word index by their ``WordHash``, with their length and flags; a
    /// token finds its classes there when its length agrees too (what `computeVariants` does). Each
    /// class word gets its flags back, and random words get what a dictionary of the classes says.
    @Test func englishWordClassesAgreeWithADictionary() throws {
        let table = EnglishWordFlags.table
        let lexicon = try #require(TestSupport.data.quoteLexicons["en"])
        var reference: [[Unicode.Scalar]: EnglishWordFlags] = [:]
        for (k, w) in table.words.enumerated() { reference[w] = table.flags[k] }
        #expect(reference.count == table.words.count && reference.count > 300)
        func lookUp(_ w: [Unicode.Scalar]) -> EnglishWordFlags? {
            let flags = QuoteLexicon.englishWordFlags(lexicon.firstWords.valueOrZero(WordHash.of(w)), length: w.count)
            return flags == 0 ? nil : EnglishWordFlags(rawValue: flags)
        }
        for (w, f) in reference { #expect(lookUp(w) == f) }
        #expect(reference[Array("said".unicodeScalars)]?.contains(.pastForm) == true)
        var rng = SeededGenerator(seed: 80)
        let alphabet: [Unicode.Scalar] = ["a", "e", "n", "s", "t", "'", "\u{0627}"]
        for _ in 0..<5_000 {
            let w = (0..<Int.random(in: 1...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            #expect(lookUp(w) == reference[w])
        }
    }

    /// The branch-free hash of a piece of a text (`WordHash.of(_:_:_:)`, eight steps masked to the
    /// word) is ``WordHash/of(_:)`` of the piece: every length up to twelve (past eight, the loop), at
    /// every start, the first seven included (where the steps would read before the text).
    @Test func branchFreeWordHashIsTheWordHash() {
        var rng = SeededGenerator(seed: 81)
        let alphabet: [Unicode.Scalar] = ["a", "Z", "'", ".", "\u{0627}", "\u{0644}", "\u{1F600}"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...30, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            text.withUnsafeBufferPointer { buffer in
                for start in 0..<text.count {
                    for end in start...min(text.count, start + 12) {
                        #expect(WordHash.of(buffer, start, end) == WordHash.of(text[start..<end]), "\(start)..<\(end) of \(text.count)")
                    }
                }
            }
        }
    }

    /// Each word token's classes, filled in while its lookup forms are hashed (the first-word index
    /// holds the class word's index), against the dictionary: every class word in a sentence, with
    /// capitals, apostrophes, punctuation, and words that are in no class.
    @Test func contextWordClassesAgreeWithADictionary() throws {
        let table = EnglishWordFlags.table
        var reference: [[Unicode.Scalar]: EnglishWordFlags] = [:]
        for (k, w) in table.words.enumerated() { reference[w] = table.flags[k] }
        let classWords = table.words.map { String(String.UnicodeScalarView($0)) }
        let text = "The minister said, \"It's over,\" and Sanders's aides told reporters 12 times. "
            + classWords.enumerated().map { $0.offset % 7 == 0 ? $0.element.capitalized : $0.element }.joined(separator: " zebra ")
        let doc = try QuoteMarkup.analyze(text)
        let ctx = QuoteContext(document: doc, lexicon: TestSupport.data.quoteLexicons["en"]!, quotes: [])
        var found = 0
        for i in 0..<ctx.count {
            let expected = ctx.tokens[i].kind == .word ? reference[Array(ctx.word(i))] ?? [] : []
            #expect(ctx.englishFlags[i] == expected, "token \(i) \(String(String.UnicodeScalarView(ctx.word(i))))")
            if !expected.isEmpty { found += 1 }
        }
        #expect(found >= table.words.count * 9 / 10)
        #expect(!ctx.has(-1, .stop) && !ctx.has(ctx.count, .stop))
    }
}
