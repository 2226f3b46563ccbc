import Testing
@testable import Mizan

/// Each rule of the matching view, with the text before and after.
@Suite struct NormalizationTests {
    let n = TextNormalizer.standard

    @Test(arguments: [
        // Persian letter forms fold to Arabic ones.
        ("السوری", "السوري"), ("یوم", "يوم"), ("تصریح", "تصريح"), ("کتاب", "كتاب"),
        // Alef maksura and alef forms.
        ("مستشفى", "مستشفي"), ("أكد", "اكد"), ("إيران", "ايران"), ("آخر", "اخر"), ("ٱلله", "الله"),
        // Teh marbuta (matching view only).
        ("الحكومة", "الحكومه"),
        // Harakat, shadda, sukun, superscript alef, tatweel.
        ("تمّ", "تم"), ("مُحَمَّدٌ", "محمد"), ("هٰذا", "هذا"), ("الصهيو ـ أميركية", "الصهيو  اميركيه"), ("عـــاجل", "عاجل"),
        // ZWNJ, ZWJ and bidi controls vanish.
        ("می\u{200C}خواهد", "ميخواهد"), ("a\u{200D}b", "ab"), ("\u{200F}نص\u{200E}", "نص"), ("\u{061C}x", "x"), ("\u{202B}y\u{202C}", "y"),
        // Digits.
        ("٢٠١٧", "2017"), ("۱۳۹۶", "1396"),
        // English case folding and apostrophes.
        ("Don’t SAY", "don't say"), ("ʼTwas", "'twas"),
        // NFKC: ligatures and presentation forms.
        ("ﷲ", "الله"), ("ﻻ", "لا"), ("ﬁne", "fine"),
    ])
    func rule(_ input: String, _ expected: String) {
        #expect(n.normalize(input) == expected)
    }

    @Test func mapsEveryNormalizedScalarBackToItsOriginal() {
        // «وزار یوم» : the Persian yeh at original offset 6 becomes ي at normalized offset 6.
        let text = DocumentText("وزار یوم")
        let v = n.normalize(text)
        #expect(v.string == "وزار يوم")
        #expect(v.originalRange(6, 7) == TextRange(6, 7))
        #expect(text[v.originalRange(5, 8)] == "یوم")
    }

    @Test func removedDiacriticsWidenTheOriginalRange() {
        // "مُحَمَّد": 8 scalars, 4 letters. Normalized [0,4) is the whole original word.
        let text = DocumentText("قال مُحَمَّد")
        let v = n.normalize(text)
        #expect(v.string == "قال محمد")
        let r = v.originalRange(4, 8)
        #expect(text[r] == "مُحَمَّد")
        #expect(v.normalizedRange(TextRange(4, text.count)) == 4..<8)
    }

    @Test func ligatureProducesSeveralScalarsFromOne() {
        let text = DocumentText("xﷲy")
        let v = n.normalize(text)
        #expect(v.string == "xاللهy")
        // Every scalar of "الله" maps to the single original ligature.
        for i in 1..<5 { #expect(v.originalRange(i, i + 1) == TextRange(1, 2)) }
        #expect(v.normalizedRange(TextRange(1, 2)) == 1..<5)
    }

    @Test func combiningSequenceComposes() {
        // e + combining acute → é (one chunk of two original scalars).
        let text = DocumentText("Cafe\u{0301}!")
        let v = n.normalize(text)
        #expect(v.string == "café!")
        #expect(v.originalRange(3, 4) == TextRange(3, 5))
        #expect(v.originalRange(4, 5) == TextRange(5, 6))
    }

    /// A text that NFKC makes four times longer ("ﷲ" → "الله", 200 times) outgrows the first buffers,
    /// which are sized for a quarter of growth: the result and its offset map must not change.
    @Test func textThatGrowsALotIsNormalizedWhole() {
        let text = DocumentText(String(repeating: "ﷲ ", count: 200))
        let v = n.normalize(text)
        #expect(v.string == String(repeating: "الله ", count: 200))
        #expect(v.count == 1_000)
        for k in [0, 1, 2, 3, 4, 500, 995, 999] {
            // Each letter of the k / 5-th "الله" maps to its ligature, each space to its space.
            let original = 2 * (k / 5) + (k % 5 == 4 ? 1 : 0)
            #expect(v.originalRange(k, k + 1) == TextRange(original, original + 1))
        }
    }
}
