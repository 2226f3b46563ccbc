import Testing
@testable import Mizan

/// The Latin forms of speaker names: the cheap route for Arabic-script names (`Arabic-Latin`, then
/// `Latin-ASCII` as normalization plus a remembered character map) gives exactly what ICU's full
/// `Any-Latin; Latin-ASCII` gives.
@Suite struct LatinNameTests {
    /// Every assigned character of the Arabic block (letters, marks, digits, signs), Persian and Urdu
    /// letters from the supplement and the presentation forms, with the common characters names carry.
    private static let alphabet: [Unicode.Scalar] = {
        var values: [UInt32] = Array(0x0600...0x06FF) + Array(0x0750...0x077F) + Array(0x08A0...0x08B4)
        values += Array(0xFB50...0xFB80) + Array(0xFDF0...0xFDFD) + Array(0xFE70...0xFEFC)
        values += [0x20, 0x20, 0x20, 0x2D, 0x2E, 0x27, 0x22, 0x28, 0x29, 0x30, 0x35, 0x39, 0xA0, 0xAB, 0xBB, 0x200C, 0x200D, 0x200E, 0x200F, 0x2013, 0x201C, 0x201D]
        // Weight the everyday letters and marks, which the random mixes below must meet often.
        values += Array(0x0621...0x064A) + Array(0x0621...0x064A) + Array(0x064B...0x0652) + [0x06A9, 0x06CC, 0x067E, 0x0686, 0x06AF]
        return values.compactMap(Unicode.Scalar.init).filter { $0.properties.generalCategory != .unassigned }
    }()

    @Test func arabicRouteEqualsICUsFullTransliterator() throws {
        let cache = LatinNameCache()
        var state: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var checked = 0, declined = 0
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<(1 + next(18)) { s.append(Self.alphabet[next(Self.alphabet.count)]) }
            let name = String(s)
            guard LatinNameCache.arabicRouteApplies(name) else { continue }
            let full = try #require(cache.fullRoute(name))
            // nil: a mark the cheap route does not model; ``LatinNameCache/latin(_:)`` then asks ICU.
            guard let fast = cache.arabicRoute(name) else { declined += 1; continue }
            #expect(fast == full, "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
            checked += 1
        }
        // Only rare Quranic and other Arabic-script marks decline (the alphabet holds a few dozen).
        #expect(checked > 1500)
        #expect(cache.latin("\u{0645}\u{06E3}") == cache.fullRoute("\u{0645}\u{06E3}"))
    }

    /// The route by remembered answers per scalar, on random names: over the whole alphabet (marks and
    /// digit separators make it decline often) and over the letters, digits and punctuation that make up
    /// most real names (with the other characters sprinkled in, so their neighbours are met).
    @Test func scalarRouteEqualsICUsFullTransliterator() throws {
        let cache = LatinNameCache()
        let plain = Self.alphabet.filter { LatinNameCache.isolated($0) }
        let marked = Self.alphabet.filter { !LatinNameCache.isolated($0) }
        var rng = SeededGenerator(seed: 0xA11CE)
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        var checked = 0, declined = 0
        for round in 0..<4000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<(1 + next(18)) {
                let pool = round % 2 == 0 ? Self.alphabet : (next(12) == 0 ? marked : plain)
                s.append(pool[next(pool.count)])
            }
            let name = String(s)
            guard LatinNameCache.arabicRouteApplies(name) else { continue }
            guard let composed = cache.scalarRoute(name) else { declined += 1; continue }
            #expect(composed == cache.fullRoute(name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
            checked += 1
        }
        #expect(checked > 1500 && declined > 500)
        // The characters whose rules look at their neighbours are never taken alone.
        for v: UInt32 in [0x064E, 0x064F, 0x0650, 0x0651, 0x066B, 0x066C, 0xFE77, 0x0670] {
            #expect(!LatinNameCache.isolated(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        #expect(LatinNameCache.isolated("\u{0622}") && LatinNameCache.isolated("\u{0640}") && LatinNameCache.isolated("\u{FDF2}"))
    }

    @Test func charactersKeptWithoutAskingICUAreKeptByICU() throws {
        let latinASCII = try #require(Transliterator("Latin-ASCII"))
        var kept = 0
        for u in UInt16(0x80)..<0xD800 where LatinNameCache.keptByLatinASCII(u) {
            let s = String(decoding: [u], as: UTF16.self)
            #expect(latinASCII.transliterate(s) == s, "U+\(String(u, radix: 16))")
            kept += 1
        }
        #expect(kept > 300)
    }

    @Test func realNamesAndRouting() throws {
        let cache = LatinNameCache()
        for name in ["اللواء محمد باقري", "عبدالله بن سلمان", "آیت‌الله خامنه‌ای", "وزارة الخارجية السورية", "مؤسسة «الأهرام»", "السيد حسن نصرالله (٢٠١٩)"] {
            #expect(LatinNameCache.arabicRouteApplies(name))
            #expect(cache.latin(name) == cache.fullRoute(name))
        }
        // Letters of another script go to ICU's full transliterator.
        #expect(!LatinNameCache.arabicRouteApplies("محمد Mohammed"))
        #expect(!LatinNameCache.arabicRouteApplies("Владимир بوتين"))
        #expect(cache.latin("Владимир بوتين") == cache.fullRoute("Владимир بوتين"))
        #expect(cache.latin("محمد") == "mhmd")
        // Marks and punctuation alone are of no script: not the Arabic route.
        #expect(!LatinNameCache.arabicRouteApplies("\u{064E}\u{061B}"))
    }
}
