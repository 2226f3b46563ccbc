import Foundation
import Testing
@testable import Mizan

/// A deliberately simple matcher written from Lexicons/README.md, with strings and loops instead of
/// hashes and a trie: every entry is tried at every token. The compiled matcher must agree with it.
struct NaiveMatcher {
    let entries: [LexiconEntry]
    /// The normalized words of each entry's term and forms.
    let patterns: [[[String]]]
    /// Surface variants of every term word (TermMorphology is tested on its own): word → surface → flags.
    let variants: [String: [String: [MatchFlags]]]

    init(entries: [LexiconEntry]) {
        self.entries = entries
        patterns = entries.map { e in ([e.term] + e.forms).map { TermWords.words(of: TextNormalizer.standard.normalize($0)) } }
        var v: [String: [String: [MatchFlags]]] = [:]
        for w in Set(patterns.flatMap { $0.flatMap { $0 } }) {
            for (form, flags) in TermMorphology.variants(of: Array(w.unicodeScalars)) {
                v[w, default: [:]][String(String.UnicodeScalarView(form)), default: []].append(flags)
            }
        }
        variants = v
    }

    struct Hit { var first: Int; var last: Int; var entry: Int; var writtenOut: Bool; var chars: Int }

    static let proclitics = ["", "و", "ف", "ب", "ك", "ل", "لل", "وب", "وك", "ول", "ولل", "فب", "فك", "فل", "فلل"]
    static let pronouns = ["هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي"]

    /// The stems a text word can be read as, with the transformations used: Arabic proclitics and
    /// enclitics removed, `ت` → `ه` before a pronoun, construct plurals restored, English `'s` removed.
    /// The second list holds the stems a `prefix` entry may start.
    static func surfaces(of token: String) -> (whole: [(String, MatchFlags)], prefixable: [(String, MatchFlags)]) {
        var surfaces: [(String, MatchFlags)] = []
        var prefixStems: [(String, MatchFlags)] = []
        let t = Array(token.unicodeScalars)
        if let c = t.first, TermMorphology.isArabicLetter(c) {
            for p in proclitics where token.hasPrefix(p) {
                let stem = String(token.unicodeScalars.dropFirst(p.unicodeScalars.count))
                let n = stem.unicodeScalars.count
                guard n >= 2 else { continue }
                let pf: MatchFlags = p.isEmpty ? [] : .proclitic
                surfaces.append((stem, pf))
                prefixStems.append((stem, pf))
                if n >= 3 && (stem.hasSuffix("و") || stem.hasSuffix("ي")) { surfaces.append((stem + "ن", pf.union(.inflected))) }
                for pr in pronouns where stem.hasSuffix(pr) && n - pr.unicodeScalars.count >= 2 {
                    let base = String(stem.unicodeScalars.dropLast(pr.unicodeScalars.count))
                    let f = pf.union(.enclitic)
                    surfaces.append((base, f))
                    if base.unicodeScalars.count >= 3 && base.hasSuffix("ت") { surfaces.append((String(base.unicodeScalars.dropLast()) + "ه", f)) }
                    if base.unicodeScalars.count >= 3 && base.hasSuffix("و") { surfaces.append((base + "ن", f.union(.inflected))) }
                }
            }
        } else {
            surfaces.append((token, []))
            prefixStems.append((token, []))
            if t.count >= 3 && token.hasSuffix("'s") { surfaces.append((String(token.unicodeScalars.dropLast(2)), .possessive)) }
        }
        return (surfaces, prefixStems)
    }

    /// Every way a text word (given by its surfaces) can stand for the term word `word`.
    func readings(_ token: (whole: [(String, MatchFlags)], prefixable: [(String, MatchFlags)]), as word: String,
                  first: Bool, last: Bool, prefix: Bool) -> [MatchFlags] {
        var out: [MatchFlags] = []
        let forms = variants[word] ?? [:]
        for (s, f) in token.whole {
            for vf in forms[s] ?? [] { out.append(f.union(vf)) }
        }
        if prefix && word.unicodeScalars.count >= 4 {
            for (s, f) in token.prefixable where s.unicodeScalars.count > word.unicodeScalars.count
                && s.unicodeScalars.starts(with: word.unicodeScalars) {
                out.append(f.union(.prefix))
            }
        }
        return out.filter { (first || !$0.contains(.proclitic)) && (last || $0.isDisjoint(with: .finalOnly)) }
    }

    /// Whether the original words of tokens `first…` have the letter case of `form` (its letters as written).
    static func caseAgrees(_ form: String, _ tokens: TermWords, _ first: Int, _ normalized: NormalizedText,
                           _ original: [Unicode.Scalar]) -> Bool {
        let written = TermWords.rawWords(of: form).map { $0.unicodeScalars.filter { ScalarClass.of($0).contains(.letter) } }
        for (k, word) in written.enumerated() {
            let r = normalized.originalRange(Int(tokens.items[first + k].start), Int(tokens.items[first + k].end))
            let letters = original[r.start..<r.end].filter { ScalarClass.of($0).contains(.letter) }
            for (s, w) in zip(letters, word) where ScalarClass.of(s).contains(.upper) != ScalarClass.of(w).contains(.upper) { return false }
        }
        return true
    }

    /// - Parameter withCase: case-sensitive entries compare letter case with the text as written (else
    ///   they ignore case).
    func matches(_ text: String, withCase: Bool = false) -> [(entry: Int, range: Range<Int>)] {
        let document = DocumentText(text)
        let normalized = TextNormalizer.standard.normalize(document)
        let scalars = normalized.scalars
        let tokens = scalars.withUnsafeBufferPointer { TermWords($0) }
        let words = (0..<tokens.count).map { String(String.UnicodeScalarView(scalars[Int(tokens.items[$0].start)..<Int(tokens.items[$0].end)])) }
        let surfaces = words.map(Self.surfaces)
        var hits: [Hit] = []
        for (e, entry) in entries.enumerated() {
            let allowed = MatchFlags.allowed(by: entry.match, arabic: entry.language == "ar")
            let forms = [entry.term] + entry.forms
            for (f, pw) in patterns[e].enumerated() {
                // A form with the words of an earlier form is the same pattern (the earlier one's case counts).
                guard !pw.isEmpty, !patterns[e][..<f].contains(pw) else { continue }
                let checksCase = withCase && entry.match.caseSensitive && TermWords.rawWords(of: forms[f]).count == pw.count
                for start in 0..<words.count where start + pw.count <= words.count {
                    // All combinations of readings, word by word.
                    var combos: [MatchFlags] = [[]]
                    for (k, w) in pw.enumerated() {
                        let t = start + k
                        if k > 0 && !tokens.items[t - 1].linked { combos = []; break }
                        let isLast = k == pw.count - 1
                        let rs = readings(surfaces[t], as: w, first: k == 0, last: isLast, prefix: entry.match.prefix && isLast)
                        if rs.isEmpty { combos = []; break }
                        var next: [MatchFlags] = []
                        for c in combos {
                            for r in rs {
                                var f = c.union(r)
                                if !isLast && r.contains(.inflected) { f.insert(.inflectedNonFinal) }
                                next.append(f)
                            }
                        }
                        combos = next
                    }
                    let accepted = combos.filter { $0.subtracting(allowed).isEmpty }
                    guard !accepted.isEmpty else { continue }
                    if checksCase && !Self.caseAgrees(forms[f], tokens, start, normalized, document.scalars) { continue }
                    let last = start + pw.count - 1
                    hits.append(Hit(first: start, last: last, entry: e, writtenOut: accepted.contains([]),
                                    chars: Int(tokens.items[last].end - tokens.items[start].start)))
                }
            }
        }
        // Most tokens, most characters, written out, earlier start, earlier entry; then drop overlaps.
        hits.sort { a, b in
            if a.last - a.first != b.last - b.first { return a.last - a.first > b.last - b.first }
            if a.chars != b.chars { return a.chars > b.chars }
            if a.writtenOut != b.writtenOut { return a.writtenOut }
            if a.first != b.first { return a.first < b.first }
            return a.entry < b.entry
        }
        var kept: [Hit] = []
        for h in hits where !kept.contains(where: { $0.first <= h.last && h.first <= $0.last }) { kept.append(h) }
        return kept.sorted { $0.first < $1.first }.map { ($0.entry, Int(tokens.items[$0.first].start)..<Int(tokens.items[$0.last].end)) }
    }
}

@Suite struct MatcherPropertyTests {
    static let separators = [" ", " ", " ", "-", " ـ ", ", ", "\n", " '", "' ", ". ", "  "]
    static let noiseArabic = ["في", "من", "على", "قال", "إن", "الذي", "مع", "حيث", "وقد", "بين", "شعار", "الحكم", "ومن"]
    static let noiseEnglish = ["the", "of", "and", "said", "in", "a", "government", "people", "on", "blamed", "state", "deep"]
    static let arabicPrefixes = ["", "", "", "و", "ف", "ب", "ل", "لل", "وب", "ول", "فل", "ك"]
    static let arabicSuffixes = ["", "", "", "ها", "هم", "ي", "ه", "ات", "ين", "ون", "ية", "كم"]
    static let englishSuffixes = ["", "", "", "s", "es", "ed", "ing", "'s", "ly", "d"]

    /// A random text made of the lexicon's own terms (with random clitics, inflections, case and
    /// separators) and noise words.
    static func text(_ entries: [LexiconEntry], _ rng: inout SeededGenerator) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 4...24, using: &rng) {
            let roll = Int.random(in: 0..<10, using: &rng)
            var piece: String
            if roll < 6, let e = entries.randomElement(using: &rng) {
                let forms = [e.term] + e.forms
                var words = TermWords.rawWords(of: forms.randomElement(using: &rng)!)
                if words.isEmpty { continue }
                // Some words become one of their generated variants (inflections, article toggled).
                for k in words.indices where Int.random(in: 0..<3, using: &rng) == 0 {
                    let w = Array(TextNormalizer.standard.normalize(words[k]).unicodeScalars)
                    if let v = TermMorphology.variants(of: w).randomElement(using: &rng) { words[k] = String(String.UnicodeScalarView(v.word)) }
                }
                let last = words.count - 1
                if e.language == "ar" {
                    words[0] = arabicPrefixes.randomElement(using: &rng)! + words[0]
                    // Construct plural: ون/ين lose their ن.
                    if (words[last].hasSuffix("ون") || words[last].hasSuffix("ين")) && Bool.random(using: &rng) {
                        words[last] = String(words[last].dropLast())
                    }
                    let suffix = arabicSuffixes.randomElement(using: &rng)!
                    // ة is written ت before a pronoun.
                    if !suffix.isEmpty && (words[last].hasSuffix("ة") || words[last].hasSuffix("ه")) && Bool.random(using: &rng) {
                        words[last] = String(words[last].dropLast()) + "ت"
                    }
                    words[last] += suffix
                    if Bool.random(using: &rng) && words.count > 1 { words[0] = words[0].replacingOccurrences(of: "ال", with: "") }
                } else {
                    words[last] += englishSuffixes.randomElement(using: &rng)!
                    if Int.random(in: 0..<4, using: &rng) == 0 { words = words.map { $0.uppercased() } }
                }
                piece = words.joined(separator: separators.randomElement(using: &rng)!)
            } else if roll < 8 {
                piece = noiseArabic.randomElement(using: &rng)!
            } else {
                piece = noiseEnglish.randomElement(using: &rng)!
            }
            parts.append(piece)
        }
        var out = ""
        for (i, p) in parts.enumerated() {
            if i > 0 { out += separators.randomElement(using: &rng)! }
            out += p
        }
        return out
    }

    static func check(_ entries: [LexiconEntry], texts: Int, seed: UInt64, withCase: Bool = false) {
        // Unless `withCase`, case-sensitive entries are compared without the original text (both then ignore case).
        let compiled = LoadedTermMatcher(entries: entries)
        let naive = NaiveMatcher(entries: entries)
        var rng = SeededGenerator(seed: seed)
        var failures = 0
        // A small shared session: words remembered across texts, with many slot collisions.
        let session = MatchSession(memoSlots: 64)
        for _ in 0..<texts {
            let t = text(entries, &rng)
            let normalized = TextNormalizer.standard.normalize(DocumentText(t))
            let original = withCase ? DocumentText(t).scalars : nil
            let a = compiled.matches(in: normalized, original: original).map { "\($0.entry)@\($0.normalized)" }
            let b = naive.matches(t, withCase: withCase).map { "\($0.entry)@\($0.range)" }
            let c = compiled.matches(in: normalized, original: original, session: session).map { "\($0.entry)@\($0.normalized)" }
            if a != c { Issue.record("with a shared session \(c) ≠ \(a) on: \(t.debugDescription)") }
            if a != b {
                failures += 1
                if failures <= 3 {
                    Issue.record("compiled \(a) ≠ naive \(b) on: \(t.debugDescription)")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test func compiledAgreesWithNaiveOnTheTestLexicons() {
        Self.check(LexiconFixtures.lexicons.entries, texts: 500, seed: 42)
    }

    /// Case-sensitive entries (half of the test lexicons' entries, multiword ones among them) against texts
    /// whose English words are sometimes upper-cased: the letter case is checked on the original words of
    /// every token of a term, wherever the term starts.
    @Test func compiledAgreesWithNaiveOnLetterCase() {
        var rng = SeededGenerator(seed: 43)
        let entries = LexiconFixtures.lexicons.entries.map { e -> LexiconEntry in
            var e = e
            if Bool.random(using: &rng) { e.match.caseSensitive = true }
            return e
        }
        #expect(entries.contains { $0.match.caseSensitive && TermWords.words(of: $0.term).count > 1 })
        Self.check(entries, texts: 500, seed: 43, withCase: true)
    }

    @Test func compiledAgreesWithNaiveOnTheCuratedLexicons() throws {
        guard let curated = LexiconFixtures.curated else {
            print("SKIP compiledAgreesWithNaiveOnTheCuratedLexicons: ../main/Lexicons is absent")
            return
        }
        let set = LexiconLoader.readAll(root: curated).lexicons
        var rng = SeededGenerator(seed: 7)
        // A sample keeps the naive matcher's cost reasonable.
        let sample = Array(set.entries.shuffled(using: &rng).prefix(300))
        Self.check(sample, texts: 200, seed: 7)
    }
}
