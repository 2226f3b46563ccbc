import Testing
@testable import Mizan

/// Each token's lookup forms, hashed in one walk back over the word, against ``WordHash`` of each form
/// and the lexicon's first-word index.
@Suite struct WordVariantPropertyTests {
    /// Every lookup form of every token carries the ``WordHash`` of its scalars, and its start bits
    /// say which tables have a phrase starting with it: words with و/ف, ب/ك/ل, ال, لل (ل + ال) and
    /// all their combinations, short words and punctuation.
    @Test(arguments: [
        ("ar", "وقال وللرئيس فللوزير بالاتفاق والكتاب وبالأمس كتب للأسد فقال ال لل ول وزير الخارجية، «وأكد» الأمين العام للأمم المتحدة ببيان. فلله الحمد"),
        ("en", "The minister said: “We’ll win,” and Sen. Sanders told reporters that officials of the U.S. Department agreed."),
    ])
    func variantHashesAndStartBitsAgreeWithLookups(_ language: String, _ text: String) throws {
        let doc = try QuoteMarkup.analyze(text, language: language)
        let lexicon = TestSupport.data.quoteLexicons[language]!
        let ctx = QuoteContext(document: doc, lexicon: lexicon, quotes: [])
        var forms = 0
        for i in 0..<ctx.count {
            #expect(ctx.variantCount(i) >= 1 && ctx.variantCount(i) <= 4)
            #expect(ctx.variant(i, 0).elementsEqual(ctx.word(i)))
            #expect(ctx.wordHash(i) == WordHash.of(ctx.word(i)))
            var k = 0
            _ = ctx.anyVariant(i) { form, hash in
                #expect(hash == WordHash.of(form), "token \(i) form \(k)")
                let tables = lexicon.tablesStarting(hash: WordHash.of(form))
                for table in QuoteLexicon.Table.allCases {
                    let marked = (ctx.startBits(i, table) >> UInt32(k)) & 1 == 1
                    #expect(marked == ((tables >> table.rawValue) & 1 == 1))
                }
                k += 1
                forms += 1
                return false
            }
            #expect(k == ctx.variantCount(i))
        }
        #expect(forms > ctx.count || language != "ar")
    }

    /// The clitic forms as the rule states them, one condition after the other.
    private func referenceForms(_ w: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        guard w.count >= 3 else { return [w] }
        var forms = [w]
        var a = 0
        let b = w.count
        if w[a] == "و" || w[a] == "ف" {
            a += 1
            forms.append(Array(w[a...]))
        }
        if b - a >= 4, w[a] == "ل", w[a + 1] == "ل" {
            forms.append(Array(w[(a + 2)...]))
            forms.append(["ا", "ل"] + w[(a + 2)...])
            return forms
        }
        if b - a >= 4, w[a] == "ب" || w[a] == "ك" || w[a] == "ل" {
            a += 1
            forms.append(Array(w[a...]))
        }
        if b - a >= 4, w[a] == "ا", w[a + 1] == "ل" { forms.append(Array(w[(a + 2)...])) }
        return forms
    }

    /// Random Arabic words made of the clitic letters (و ف ل ب ك ا) and two others, one to eight letters
    /// long: each token's forms (computed without branches on the letters) are the rule's, with their
    /// hashes.
    @Test func arabicFormsAgreeWithTheRule() throws {
        var rng = SeededGenerator(seed: 97)
        let letters: [Unicode.Scalar] = ["و", "ف", "ل", "ب", "ك", "ا", "م", "ن"]
        let lexicon = TestSupport.data.quoteLexicons["ar"]!
        for _ in 0..<40 {
            let words = (0..<60).map { _ in String(String.UnicodeScalarView((0..<Int.random(in: 1...8, using: &rng)).map { _ in letters.randomElement(using: &rng)! })) }
            let doc = try QuoteMarkup.analyze(words.joined(separator: " "), language: "ar")
            let ctx = QuoteContext(document: doc, lexicon: lexicon, quotes: [])
            for i in 0..<ctx.count {
                let expected = referenceForms(Array(ctx.word(i)))
                #expect(ctx.variants(i).map { Array($0) } == expected, "\(String(String.UnicodeScalarView(ctx.word(i))))")
                var k = 0
                _ = ctx.anyVariant(i) { form, hash in
                    #expect(hash == WordHash.of(form) && Array(form) == expected[k])
                    k += 1
                    return false
                }
            }
        }
    }
}
