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
}
