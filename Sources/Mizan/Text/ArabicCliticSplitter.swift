/// Splits Arabic words into proclitics, stem and enclitic pronoun without changing any offset.
///
/// Proclitics, in the order they attach: the conjunctions `و ف`; then the prepositions `ب ك ل` or the
/// future particle `س` (before an imperfect prefix `ي ت ن ا`); then the article `ال` — or `لل`, the
/// contraction of `ل` + `ال`. Enclitic pronouns: `هما هم هن ها كم كن نا` (the one-letter
/// pronouns `ه ي ك` are too ambiguous without a dictionary and are left on the stem). The rules are conservative: a stem keeps at least three letters (two after the
/// article), and words listed in `Lexicons/ar/clitic-stems.txt` (`وزير`, `بيان`, `لبنان`…) keep their
/// first letters.
public struct ArabicCliticSplitter: Sendable {
    /// Normalized words whose initial `و ف ب ك ل س` belong to the stem.
    private let protected: Set<[Unicode.Scalar]>

    public init(protectedStems: Set<String> = []) {
        self.protected = Set(protectedStems.map { Array($0.unicodeScalars) })
    }

    private static let pronouns: [[Unicode.Scalar]] = ["هما", "هم", "هن", "ها", "كم", "كن", "نا"].map { Array($0.unicodeScalars) }

    /// The split of the word at `range`, or nil when the word is not Arabic script or has no clitic.
    public func split(_ range: TextRange, in text: [Unicode.Scalar]) -> CliticSplit? {
        // Letters of the word with their original offsets, skipping diacritics and tatweel.
        var letters: [Unicode.Scalar] = []
        var offsets: [Int] = []
        for k in range.start..<range.end {
            let v = text[k].value
            guard (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) else {
                if (0x0030...0x0039).contains(v) || text[k].isLetterFast { return nil }
                continue
            }
            guard let f = TextNormalizer.fold(text[k]) else { continue }
            letters.append(f)
            offsets.append(k)
        }
        guard letters.count >= 4 else { return nil }
        if protected.contains(letters) { return nil }

        var p = 0  // letters consumed by proclitics
        var proclitics: [TextRange] = []
        func take(_ n: Int) {
            let start = offsets[p]
            let end = p + n < offsets.count ? offsets[p + n] : range.end
            proclitics.append(TextRange(start, end))
            p += n
        }
        func restIsProtected(from q: Int) -> Bool { protected.contains(Array(letters[q...])) }
        func remaining() -> Int { letters.count - p }

        if (letters[0] == "و" || letters[0] == "ف") && remaining() >= 4 && !restIsProtected(from: p) {
            take(1)
        }
        var hasArticle = false
        if remaining() >= 4 && !restIsProtected(from: p) {
            let c = letters[p]
            if c == "ل" && letters[p + 1] == "ل" && remaining() >= 4 {
                take(2)  // لل = ل + ال
                hasArticle = true
            } else if c == "ب" || c == "ك" || c == "ل" {
                if letters[p + 1] == "ا" && letters[p + 2] == "ل" && remaining() >= 5 {
                    take(1)
                } else if remaining() >= 4 && !restIsProtected(from: p + 1) {
                    take(1)
                }
            } else if c == "س" && ["ي", "ت", "ن", "ا"].contains(letters[p + 1]) && remaining() >= 5 {
                take(1)
            }
        }
        if !hasArticle && remaining() >= 4 && letters[p] == "ا" && letters[p + 1] == "ل" {
            take(2)
            hasArticle = true
        }

        var enclitic: TextRange?
        if !hasArticle {
            for pronoun in Self.pronouns where remaining() - pronoun.count >= 3 && letters.suffix(pronoun.count).elementsEqual(pronoun) {
                enclitic = TextRange(offsets[letters.count - pronoun.count], range.end)
                break
            }
        }
        if proclitics.isEmpty && enclitic == nil { return nil }
        let stemStart = p < offsets.count ? offsets[p] : range.end
        let stemEnd = enclitic?.start ?? range.end
        guard stemEnd > stemStart else { return nil }
        return CliticSplit(proclitics: proclitics, stem: TextRange(stemStart, stemEnd), enclitic: enclitic)
    }
}
