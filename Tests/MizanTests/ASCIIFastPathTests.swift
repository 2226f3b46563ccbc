import Testing
@testable import Mizan

/// The ASCII shortcuts of the normalizer and the language identifier rest on these facts about the
/// tables they skip.
@Suite struct ASCIIFastPathTests {
    @Test func asciiIsItsOwnChunkAndOnlyCapitalsChange() {
        for v in 0..<0x80 {
            let c = Unicode.Scalar(UInt8(v))
            #expect(FoldTable.shared.hasBoundaryBefore(c), "U+\(String(v, radix: 16))")
            let expected = (0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v | 0x20)) : c
            #expect(FoldTable.shared.simple(c) == .some(.some(expected)), "U+\(String(v, radix: 16))")
        }
    }

    @Test func asciiClassesAsTheLanguageIdentifierAssumes() {
        for v in 0..<0x80 {
            let cls = ScalarClass.of(Unicode.Scalar(UInt8(v)))
            let latinLetter = (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            #expect(cls.contains(.letter) == latinLetter, "U+\(String(v, radix: 16))")
            #expect(!cls.contains(.mark) && !cls.contains(.arabicLetter), "U+\(String(v, radix: 16))")
        }
    }

    /// `ScalarClass` skips the property lookups for unassigned and private-use code points when it
    /// builds its table: none of them has any of the properties it records.
    @Test func unassignedAndPrivateUseScalarsHaveNoClass() {
        var checked = 0
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            guard p.generalCategory == .unassigned || p.generalCategory == .privateUse else { continue }
            #expect(!p.isAlphabetic && !p.isWhitespace && p.numericType == nil && !p.isUppercase, "U+\(String(v, radix: 16))")
            #expect(ScalarClass.of(s).rawValue == 0)
            checked += 1
        }
        #expect(checked > 7_000)
    }

    @Test func normalizerMatchesCharacterByCharacterPath() {
        // Mixed ASCII, combining marks after ASCII, ligatures and Arabic: the ASCII shortcut must leave
        // every chunk as the general path makes it.
        let text = "Cafe\u{0301} ﬁne ABC-xyz'1 الكِتابُ e\u{0308}\u{0301}Z ﻻ"
        let n = TextNormalizer.standard.normalize(DocumentText(text))
        #expect(n.string == "café fine abc-xyz'1 الكتاب \u{00EB}\u{0301}z لا")
    }

    @Test func documentTextDecodesLikeTheStandardLibrary() {
        let pieces = ["abcdefgh", "ijklmnopq", "é", "قال", "👍", " ", "12345678901", "\u{0301}", "\n"]
        var state: UInt64 = 3
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            #expect(DocumentText(text).scalars == Array(text.unicodeScalars))
        }
    }
}
