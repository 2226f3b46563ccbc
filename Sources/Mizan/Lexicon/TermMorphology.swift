/// How a text word reached a term word: each flag is one transformation, and an entry's match options
/// decide which transformations it accepts (see ``LoadedTermMatcher``).
struct MatchFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    /// Arabic proclitics `و ف ب ك ل لل` were removed from the first word.
    static let proclitic = MatchFlags(rawValue: 1)
    /// An Arabic enclitic pronoun was removed from the last word.
    static let enclitic = MatchFlags(rawValue: 2)
    /// The Arabic article `ال` was added to or dropped from a word.
    static let article = MatchFlags(rawValue: 4)
    /// The word is an inflected form of the term word.
    static let inflected = MatchFlags(rawValue: 8)
    /// A word other than the last one is inflected (allowed in Arabic only).
    static let inflectedNonFinal = MatchFlags(rawValue: 16)
    /// The last word only starts with the term's last word (`prefix` option).
    static let prefix = MatchFlags(rawValue: 32)
    /// An English possessive `'s` was removed from the last word.
    static let possessive = MatchFlags(rawValue: 64)

    static let cliticFamily: MatchFlags = [.proclitic, .enclitic, .article]
    static let inflectionFamily: MatchFlags = [.inflected, .possessive]
    /// Flags that may only occur on the last word of a match.
    static let finalOnly: MatchFlags = [.enclitic, .prefix, .possessive]

    /// The transformations an entry accepts.
    static func allowed(by options: MatchOptions, arabic: Bool) -> MatchFlags {
        var f: MatchFlags = []
        if options.clitics { f.formUnion(cliticFamily) }
        if options.inflect {
            f.formUnion(inflectionFamily)
            if arabic { f.insert(.inflectedNonFinal) }
        }
        if options.prefix { f.insert(.prefix) }
        return f
    }
}

/// Generation of the surface forms of term words (Lexicons/README.md, "Matching rules"), and the clitic
/// inventory the matcher strips from text words. All strings are in the normalized view (`ة` is `ه`,
/// `ى` is `ي`, alef forms are `ا`).
enum TermMorphology {
    static let alef: Unicode.Scalar = "\u{0627}"
    static let lam: Unicode.Scalar = "\u{0644}"
    static let heh: Unicode.Scalar = "\u{0647}"
    static let teh: Unicode.Scalar = "\u{062A}"
    static let waw: Unicode.Scalar = "\u{0648}"
    static let yeh: Unicode.Scalar = "\u{064A}"
    static let noon: Unicode.Scalar = "\u{0646}"
    static let feh: Unicode.Scalar = "\u{0641}"
    static let beh: Unicode.Scalar = "\u{0628}"
    static let kaf: Unicode.Scalar = "\u{0643}"

    /// Enclitic pronouns, longest first: `هما هم هن ها كم كن نا ه ي`.
    static let pronouns: [[Unicode.Scalar]] = ["هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي"].map { Array($0.unicodeScalars) }

    /// Whether a (normalized) scalar is an Arabic-script letter.
    @inline(__always)
    static func isArabicLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x0620 && v <= 0x064A) || (v >= 0x066E && v <= 0x06D3) || (v >= 0x06FA && v <= 0x06FF) || (v >= 0x0750 && v <= 0x077F)
    }

    static func isArabic(_ word: [Unicode.Scalar]) -> Bool { word.first.map(isArabicLetter) ?? false }

    /// Surface variants of one normalized term word with the transformations that produce them; the
    /// word itself comes first with no flags.
    static func variants(of word: [Unicode.Scalar]) -> [(word: [Unicode.Scalar], flags: MatchFlags)] {
        var out: [([Unicode.Scalar], MatchFlags)] = [(word, [])]
        if isArabic(word) {
            let hasArticle = word.count >= 5 && word[0] == alef && word[1] == lam
            let core = hasArticle ? Array(word.dropFirst(2)) : word
            let inflected = core.count >= 3 ? arabicInflections(of: core) : []
            let article: [Unicode.Scalar] = [alef, lam]
            for f in inflected { out.append((hasArticle ? article + f : f, .inflected)) }
            out.append((hasArticle ? core : article + core, .article))
            for f in inflected { out.append((hasArticle ? f : article + f, [.article, .inflected])) }
        } else if word.count >= 3 {
            for f in englishInflections(of: word) { out.append((f, .inflected)) }
        }
        // Drop repeats, keeping the first (fewest transformations) of each surface form. A word has a
        // dozen or so variants: comparing with those kept is cheaper than hashing scalar arrays.
        var kept: [(word: [Unicode.Scalar], flags: MatchFlags)] = []
        kept.reserveCapacity(out.count)
        for (w, f) in out where !kept.contains(where: { $0.word == w }) { kept.append((w, f)) }
        return kept
    }

    /// Arabic inflections of a word without article (3+ letters): feminine `ة`, sound plurals `ون ين ات`,
    /// dual `ان ين تان تين`, nisba `ي ية يون يين يات`. A word written in a plural (`ون ين ات`) also
    /// yields its singular and that singular's forms. The word itself is not included.
    static func arabicInflections(of core: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var out: [[Unicode.Scalar]] = []
        func add(_ w: [Unicode.Scalar]) { if w != core && !out.contains(w) { out.append(w) } }
        func suffixes(_ base: [Unicode.Scalar]) {
            guard base.count >= 3 else { return }
            let n = base.count
            if n >= 4 && base[n - 2] == yeh && base[n - 1] == heh {
                // Feminine nisba (ارهابية): the masculine and both genders' plurals and duals.
                let m = Array(base.dropLast())
                add(base)
                for s in ["", "ون", "ين", "ات", "ان", "تان", "تين"] { add(m + s.unicodeScalars) }
            } else if base[n - 1] == heh {
                // Feminine ة: plural and dual.
                let b = Array(base.dropLast())
                add(base)
                for s in ["ات", "تان", "تين"] { add(b + s.unicodeScalars) }
            } else if base[n - 1] == yeh {
                // Nisba adjective (ارهابي).
                add(base)
                for s in ["ه", "ون", "ين", "ات", "ان", "تان", "تين"] { add(base + s.unicodeScalars) }
            } else {
                add(base)
                for s in ["ه", "ون", "ين", "ات", "ان", "تان", "تين", "ي", "يه", "يون", "يين", "يات", "يان"] { add(base + s.unicodeScalars) }
            }
        }
        suffixes(core)
        let n = core.count
        if n >= 5 {
            let last2 = Array(core[(n - 2)...])
            let stem = Array(core.dropLast(2))
            if last2 == [waw, noon] || last2 == [yeh, noon] {
                suffixes(stem)
            } else if last2 == [alef, teh] {
                suffixes(stem + [heh])
                suffixes(stem)
            }
        }
        return out
    }

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]

    /// English inflections of a word (3+ letters): `-s -es -ed -d -ing -ies -ied`, final-`e` dropping and
    /// consonant doubling. The word itself is not included.
    static func englishInflections(of w: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var out: [[Unicode.Scalar]] = []
        func add(_ s: [Unicode.Scalar], _ suffix: String) {
            let f = s + suffix.unicodeScalars
            if f != w && !out.contains(f) { out.append(f) }
        }
        let n = w.count
        let last = w[n - 1], prev = w[n - 2]
        let isConsonant = { (c: Unicode.Scalar) in c.properties.isAlphabetic && !vowels.contains(c) }
        add(w, "s")
        if ["s", "x", "z", "o"].contains(last) || (last == "h" && (prev == "c" || prev == "s")) { add(w, "es") }
        if last == "y" && isConsonant(prev) {
            let stem = Array(w.dropLast())
            add(stem, "ies")
            add(stem, "ied")
        }
        if last == "e" {
            add(w, "d")
            if prev != "e" && prev != "y" && prev != "o" { add(Array(w.dropLast()), "ing") }
            add(w, "ing")
        } else {
            add(w, "ed")
            add(w, "ing")
        }
        // slam → slammed, slamming: consonant–vowel–consonant at the end, the last not w, x or y.
        if n >= 3 && isConsonant(last) && !["w", "x", "y"].contains(last) && vowels.contains(prev) && isConsonant(w[n - 3]) {
            add(w + [last], "ed")
            add(w + [last], "ing")
        }
        return out
    }
}
