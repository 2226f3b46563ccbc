/// Everything the attribution rules need about one document, computed once: normalized word forms of
/// the tokens, sentence of each token, quotations, and cue mentions — with the lookups into the
/// language's ``QuoteLexicon``.
final class QuoteContext {
    let doc: AnalyzedDocument
    let lexicon: QuoteLexicon
    let arabic: Bool
    let text: [Unicode.Scalar]
    let tokens: [Token]
    let quotes: [QuoteSpan]
    let cliticSplitter: ArabicCliticSplitter?
    private let norm: [Unicode.Scalar]
    private let tokenNorm: [Range<Int>]
    /// Sentence index of each token.
    let sentenceOf: [Int]
    /// Cue mentions, sorted by token.
    private(set) var cues: [CueMention] = []
    /// Hashes of words written right after a title somewhere in the article (اللواء **باقري**): known names.
    private(set) var titledNames: Set<UInt64> = []
    private var cueIndexByToken: [Int: Int] = [:]

    /// A cue found in the text.
    struct CueMention {
        /// Token span of the cue (multiword cues cover several tokens).
        var tokens: Range<Int>
        var cue: QuoteLexicon.Cue
        /// Whether the first token carries a conjunction proclitic (وقال, فأكد): a clause-initial verb.
        var conjunction: Bool
    }

    init(document: AnalyzedDocument, lexicon: QuoteLexicon, quotes: [QuoteSpan], cliticSplitter: ArabicCliticSplitter? = nil) {
        doc = document
        self.cliticSplitter = cliticSplitter
        self.lexicon = lexicon
        arabic = lexicon.language == "ar" || lexicon.language == "fa"
        text = document.text.scalars
        tokens = document.tokens
        self.quotes = quotes
        let normalized = document.normalized ?? TextNormalizer.standard.normalize(document.text)
        norm = normalized.scalars
        tokenNorm = document.tokens.map { normalized.normalizedRange($0.range) }
        var sentenceOf = [Int](repeating: 0, count: document.tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens { sentenceOf[t] = s }
        }
        self.sentenceOf = sentenceOf
        findCues()
        findTitledNames()
    }

    /// Words that follow a rank or honorific title (اللواء **باقري**, العماد **أيوب**) up to two words, and
    /// given names after a role (الرئيس السوري **بشار الأسد**).
    private func findTitledNames() {
        var i = 0
        while i < count {
            guard isWord(i), let t = match(lexicon.titles, at: i) else { i += 1; continue }
            if t.payload.type == .role {
                // After a role only a given name starts a name: "رئيس أركان" is not a person.
                var k = i + t.words
                while k < count && isWord(k) && isDefinite(k) && k < i + t.words + 3 { k += 1 }
                guard k < count, isWord(k), variants(k).contains(where: { lexicon.givenNames.contains($0) != nil }) else { i += t.words; continue }
            }
            var k = i + t.words
            var taken = 0
            while k < count && taken < 3 && isWord(k) {
                if marker(k) != nil || cue(at: k) != nil { break }
                if match(lexicon.titles, at: k) != nil || match(lexicon.heads, at: k) != nil {
                    if taken > 0 { break }
                    k += 1
                    continue
                }
                let w = word(k)
                let definite = arabic && w.count > 3 && w.first == "ا" && w.dropFirst().first == "ل"
                if definite && taken == 0 { k += 1; continue }
                if !arabic && !ScalarClass.of(text[tokens[k].range.start]).contains(.upper) { break }
                titledNames.insert(ScalarHash.of(w))
                if arabic, w.count > 4, w.first == "ا", w.dropFirst().first == "ل" { titledNames.insert(ScalarHash.of(w.dropFirst(2))) }
                taken += 1
                k += 1
                if definite { break }
            }
            i = max(i + 1, k)
        }
    }

    // MARK: Words

    var count: Int { tokens.count }

    /// Normalized form of token `i`.
    func word(_ i: Int) -> ArraySlice<Unicode.Scalar> { norm[tokenNorm[i]] }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && (tokens[i].kind == .word || tokens[i].kind == .number) }

    /// Whether token `i` is the punctuation `p` (normalized).
    func isPunct(_ i: Int, _ p: String) -> Bool {
        guard i >= 0 && i < count && !isWord(i) else { return false }
        return word(i).elementsEqual(p.unicodeScalars)
    }

    func isQuoteMark(_ i: Int) -> Bool {
        guard i >= 0 && i < count, tokens[i].range.length == 1 else { return false }
        return QuotePairer.family(text[tokens[i].range.start]) != nil
    }

    /// Whether token `i` ends a clause: sentence punctuation, comma, semicolon, colon, dash.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i >= 0 && i < count && !isWord(i) else { return false }
        let c = text[tokens[i].range.start]
        return ".،,؛;:!?؟—–".unicodeScalars.contains(c) || c == "\u{2015}"
    }

    func isComma(_ i: Int) -> Bool { isPunct(i, ",") || isPunct(i, "،") }

    func isColon(_ i: Int) -> Bool { isPunct(i, ":") }

    /// Lookup forms of a word: itself, then without the conjunction و/ف, without a preposition ب/ك/ل,
    /// and without the article (Arabic only).
    func variants(_ i: Int) -> [ArraySlice<Unicode.Scalar>] {
        let w = word(i)
        guard arabic, w.count >= 3 else { return [w] }
        var out: [ArraySlice<Unicode.Scalar>] = [w]
        var rest = w
        if rest.count >= 3, let f = rest.first, f == "و" || f == "ف" {
            rest = rest.dropFirst()
            out.append(rest)
        }
        if rest.count >= 4, rest.first == "ل", rest.dropFirst().first == "ل" {
            // لل = ل + ال
            out.append(rest.dropFirst(2))
            var article: [Unicode.Scalar] = ["ا", "ل"]
            article.append(contentsOf: rest.dropFirst(2))
            out.append(article[...])
            return out
        }
        if rest.count >= 3, let f = rest.first, f == "ب" || f == "ك" || f == "ل" {
            rest = rest.dropFirst()
            out.append(rest)
        }
        if rest.count >= 4, rest.first == "ا", rest.dropFirst().first == "ل" {
            out.append(rest.dropFirst(2))
        }
        return out
    }

    /// Whether the word starts with the conjunction و or ف (Arabic).
    func hasConjunction(_ i: Int) -> Bool {
        guard arabic, isWord(i) else { return false }
        let w = word(i)
        return w.count >= 3 && (w.first == "و" || w.first == "ف")
    }

    /// The k-th word after `i` (k ≥ 1), stopping at punctuation.
    func nextWord(_ i: Int, _ k: Int) -> ArraySlice<Unicode.Scalar>? {
        let j = i + k
        guard j < count, isWord(j) else { return nil }
        for m in (i + 1)...j where !isWord(m) { return nil }
        return word(j)
    }

    /// A phrase of `table` starting at token `i` (trying the word's clitic variants).
    func match<P>(_ table: PhraseTable<P>, at i: Int, variants useVariants: Bool = true) -> (payload: P, words: Int)? {
        guard isWord(i) else { return nil }
        for v in (useVariants ? variants(i) : [word(i)]) {
            if let m = table.match(first: v, next: { self.nextWord(i, $0) }) { return m }
        }
        return nil
    }

    func marker(_ i: Int) -> QuoteLexicon.MarkerRole? {
        if arabic && isNameSpelledLikePreposition(i) { return nil }
        if let m = match(lexicon.markers, at: i, variants: false) { return m.payload }
        // وعن، وفي، ومن: a preposition or particle behind the conjunction.
        if arabic, hasConjunction(i), word(i).count <= 5 {
            let rest = word(i).dropFirst()
            if let role = lexicon.markers.contains(rest), role == .preposition || role == .temporal || role == .particle { return role }
        }
        return nil
    }

    /// Normalization folds ى into ي, so the name علي and the preposition على (also إلي / إلى) look alike;
    /// the original spelling tells them apart.
    func isNameSpelledLikePreposition(_ i: Int) -> Bool {
        guard isWord(i), tokens[i].range.length >= 3 else { return false }
        let w = word(i)
        guard w.elementsEqual("علي".unicodeScalars) else { return false }
        return text[tokens[i].range.end - 1] == "\u{064A}"
    }

    func isComplementizer(_ i: Int) -> Bool { marker(i) == .complementizer }

    // MARK: Cues

    /// Object pronouns a cue verb may carry (يعتبرها، أعلنها).
    private static let objectSuffixes: [[Unicode.Scalar]] = ["ها", "هم", "ه", "هما"].map { Array($0.unicodeScalars) }

    private func findCues() {
        var i = 0
        while i < count {
            var found = isWord(i) ? match(lexicon.cues, at: i) : nil
            if found == nil, arabic, isWord(i), word(i).count >= 5 {
                // Not a teh marbuta read as ه (الإشارة is a noun, أعلنه a verb with its object).
                let endsInTehMarbuta = text[tokens[i].range.end - 1] == "\u{0629}"
                for suffix in Self.objectSuffixes where !endsInTehMarbuta && word(i).suffix(suffix.count).elementsEqual(suffix) {
                    for v in variants(i) where v.count - suffix.count >= 3 {
                        if let p = lexicon.cues.contains(v.dropLast(suffix.count)), p.kind == .verb { found = (p, 1); break }
                    }
                    if found != nil { break }
                }
            }
            if let m = found {
                let conj = hasConjunction(i) && !word(i).elementsEqual(m.payload.lemma.unicodeScalars)
                cueIndexByToken[i] = cues.count
                cues.append(CueMention(tokens: i..<(i + m.words), cue: m.payload, conjunction: conj))
                i += m.words
            } else {
                i += 1
            }
        }
    }

    func cue(at i: Int) -> CueMention? { cueIndexByToken[i].map { cues[$0] } }

    // MARK: Positions

    /// Tokens of sentence `s`.
    func sentenceTokens(_ s: Int) -> Range<Int> { doc.sentences[s].tokens }

    /// Index of the first token starting at or after `offset`.
    func token(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The original text range covering tokens `range`.
    func range(_ r: Range<Int>) -> TextRange {
        guard !r.isEmpty else {
            let at = r.lowerBound < count ? tokens[r.lowerBound].range.start : text.count
            return TextRange(at, at)
        }
        return TextRange(tokens[r.lowerBound].range.start, tokens[r.upperBound - 1].range.end)
    }

    /// Top-level quotation whose opening mark is token `i`.
    func quote(openingAt i: Int) -> QuoteSpan? {
        guard isQuoteMark(i) else { return nil }
        let offset = tokens[i].range.start
        return quotes.first { $0.open.start == offset && $0.level == 0 }
    }

    /// The quotation (any level) containing the offset strictly inside its marks.
    func quote(containing offset: Int) -> QuoteSpan? {
        quotes.last { $0.content.contains(offset) }
    }

    /// Token index just after the quotation's closing mark (or after its content when unclosed).
    func tokenAfter(_ q: QuoteSpan) -> Int { token(atOrAfter: q.outer.end) }

    /// Words of content inside `range`.
    func wordCount(_ r: TextRange) -> Int {
        var n = 0
        var i = token(atOrAfter: r.start)
        while i < count && tokens[i].range.end <= r.end {
            if isWord(i) { n += 1 }
            i += 1
        }
        return n
    }
}
