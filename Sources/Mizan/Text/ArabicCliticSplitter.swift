/// Splits Arabic words into proclitics, stem and enclitic pronoun without changing any offset.
///
/// Proclitics, in the order they attach: the conjunctions `و ف`; then the prepositions `ب ك ل` or the
/// future particle `س` (before an imperfect prefix `ي ت ن ا`); then the article `ال` — or `لل`, the
/// contraction of `ل` + `ال`. Enclitic pronouns: `هما هم هن ها كم كن نا`; the one-letter pronouns
/// `ه ي ك` are too ambiguous without a dictionary and stay on the stem. The rules are conservative: a
/// stem keeps at least three letters (two after the article), and words listed in
/// `Lexicons/ar/clitic-stems.txt` (`وزير`, `بيان`, `لبنان`…) keep their first letters.
public struct ArabicCliticSplitter: Sendable {
    /// Normalized words whose initial `و ف ب ك ل س` (or `ال`) belong to the stem.
    private let protected: WordTable<Bool>
    private let longestProtected: Int

    public init(protectedStems: Set<String> = []) {
        var table = WordTable<Bool>()
        var longest = 0
        for w in protectedStems {
            let scalars = Array(w.unicodeScalars)
            table.insert(scalars, true)
            longest = max(longest, scalars.count)
        }
        protected = table
        longestProtected = longest
    }

    private static let pronouns: [[Unicode.Scalar]] = ["هما", "هم", "هن", "ها", "كم", "كن", "نا"].map { Array($0.unicodeScalars) }

    /// The split of the word at `range`, or nil when the word is not Arabic script or has no clitic.
    public func split(_ range: TextRange, in text: [Unicode.Scalar]) -> CliticSplit? {
        guard range.length >= 4, range.length <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: range.length) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: range.length) { offsets in
                split(range, in: text, letters: letters, offsets: offsets)
            }
        }
    }

    private func split(_ range: TextRange, in text: [Unicode.Scalar], letters: UnsafeMutableBufferPointer<Unicode.Scalar>,
                       offsets: UnsafeMutableBufferPointer<Int>) -> CliticSplit? {
        // Letters of the word with their original offsets, skipping diacritics and tatweel.
        var n = 0
        for k in range.start..<range.end {
            let c = text[k]
            let v = c.value
            guard (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) else {
                if (0x0030...0x0039).contains(v) || c.isLetterFast { return nil }
                continue
            }
            guard let f = TextNormalizer.fold(c) else { continue }
            letters[n] = f
            offsets[n] = k
            n += 1
        }
        guard n >= 4 else { return nil }
        let word = UnsafeBufferPointer(rebasing: letters[0..<n])
        func isProtected(from q: Int) -> Bool {
            n - q <= longestProtected && protected.lookup(word[q...]) != nil
        }
        if isProtected(from: 0) { return nil }

        var p = 0  // letters consumed by proclitics
        var proclitics: [TextRange] = []
        func take(_ count: Int) {
            let end = p + count < n ? offsets[p + count] : range.end
            proclitics.append(TextRange(offsets[p], end))
            p += count
        }
        func remaining() -> Int { n - p }

        if (word[0] == "و" || word[0] == "ف") && remaining() >= 4 && !isProtected(from: 0) {
            take(1)
        }
        var hasArticle = false
        if remaining() >= 4 && !isProtected(from: p) {
            let c = word[p]
            if c == "ل" && word[p + 1] == "ل" {
                take(2)  // لل = ل + ال
                hasArticle = true
            } else if c == "ب" || c == "ك" || c == "ل" {
                if word[p + 1] == "ا" && word[p + 2] == "ل" && remaining() >= 5 {
                    take(1)
                } else if !isProtected(from: p + 1) {
                    take(1)
                }
            } else if c == "س" && ["ي", "ت", "ن", "ا"].contains(word[p + 1]) && remaining() >= 5 {
                take(1)
            }
        }
        if !hasArticle && remaining() >= 4 && word[p] == "ا" && word[p + 1] == "ل" && !isProtected(from: p) {
            take(2)
            hasArticle = true
        }

        var enclitic: TextRange?
        if !hasArticle {
            for pronoun in Self.pronouns where remaining() - pronoun.count >= 3 && word.suffix(pronoun.count).elementsEqual(pronoun) {
                enclitic = TextRange(offsets[n - pronoun.count], range.end)
                break
            }
        }
        if proclitics.isEmpty && enclitic == nil { return nil }
        let stemStart = p < n ? offsets[p] : range.end
        let stemEnd = enclitic?.start ?? range.end
        guard stemEnd > stemStart else { return nil }
        return CliticSplit(proclitics: proclitics, stem: TextRange(stemStart, stemEnd), enclitic: enclitic)
    }
}
