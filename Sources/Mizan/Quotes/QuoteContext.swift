/// Everything the attribution rules need about one document, computed once: normalized word forms of
/// the tokens, sentence of each token, quotations, and cue mentions — with the lookups into the
/// language's ``QuoteLexicon``.
final class QuoteContext {
    /// The document's sentences, paragraphs and text (held on their own: a copy of the whole document
    /// retained and released every one of its layers' buffers, about 36 reference counts an article).
    let sentences: [Sentence]
    let paragraphs: [Paragraph]
    let documentText: DocumentText
    let lexicon: QuoteLexicon
    let arabic: Bool
    let text: [Unicode.Scalar]
    let tokens: [Token]
    let quotes: [QuoteSpan]
    /// `quotes`, searchable by offset (``quote(openedAt:)``, ``quote(containing:)``).
    private let quoteIndex: QuoteIndex
    let cliticSplitter: ArabicCliticSplitter?
    private let norm: [Unicode.Scalar]
    /// Sentence index of each token.
    let sentenceOf: [Int]
    /// Where each sentence's own words start: after an English dateline (``datelineEnd(_:_:_:)``).
    let sentenceBodyStart: [Int]
    /// English word classes of each token (empty for other languages), looked up in `init`; see
    /// ``EnglishWordFlags``.
    /// (Per-token caches live in buffers owned by this context, not in `var` arrays: the rules read them
    /// in their inner loops, and class `var`s pay a dynamic exclusivity check on every access.)
    let englishFlags: UnsafeMutableBufferPointer<EnglishWordFlags>
    /// Marker role of each token once looked up (nil: not yet; .some(nil): none).
    private let markerCache: UnsafeMutableBufferPointer<Int8>
    /// ``looksLikeName(_:afterName:)`` of each token once asked: two bits per value of `afterName`
    /// (0: not yet, 1: no, 2: yes); bits 4–5 likewise ``isDefinite(_:)`` and bits 6–7
    /// ``isNameConnector(_:)``. Mentions, the resolver and the people finder ask about the same tokens
    /// again and again, and the answers depend only on the article.
    let nameCache: UnsafeMutableBufferPointer<UInt8>
    /// Cue mentions, sorted by token. (Written only while the context is built, as are `titledNames`;
    /// a context serves one article on one thread, so neither pays the dynamic exclusivity check of a
    /// class `var`, which the rules' cue lookups paid on every token.)
    @exclusivity(unchecked) private(set) var cues: [CueMention] = []
    /// ``mention(startingAt:limit:)`` once worked out: the sieves, the speaker resolver and the people
    /// finder ask for the mentions at the same tokens (after cues, at titles), and the answer depends
    /// only on the article.
    let mentionMemo: MentionMemo
    /// Hashes of words written right after a title somewhere in the article (اللواء **باقري**): known names
    /// (a ``HashIndex`` used as a set).
    @exclusivity(unchecked) private(set) var titledNames = HashIndex()
    /// What ``englishContentStart(after:end:for:)`` was last asked, and its answer.
    struct ContentStartKey: Equatable {
        var after: Int
        var end: Int
        var cue: Int
    }
    @exclusivity(unchecked) var lastContentStart: (key: ContentStartKey, start: Int?)?
    /// Index into `cues` of the cue starting at each token, or -1.
    private let cueIndexByToken: UnsafeMutableBufferPointer<Int32>
    /// The first lookup form of each token: its word, as its range of the normalized text (so no
    /// separate array of the tokens' normalized ranges is kept) and its hash. See ``variants(_:)``.
    private let firstVariant: UnsafeMutableBufferPointer<Variant>
    /// Where each token's further lookup forms (Arabic and Persian only) start in `moreVariants`
    /// (`count + 1` entries: token `i` has the forms `moreStart[i]..<moreStart[i + 1]` after its word);
    /// empty for other languages, whose tokens have one form only.
    private let moreStart: UnsafeMutableBufferPointer<Int32>
    /// Which lexicon tables have a phrase starting with each variant of each token: bit `4 * table + k`
    /// (``QuoteLexicon/Table``) is set when variant `k`'s hash starts a phrase of that table. A clear bit
    /// means the table's lookup would find nothing.
    private let startBits: UnsafeMutableBufferPointer<UInt32>
    /// The lookup forms after the first of all tokens, one after the other (see `moreStart`).
    private let moreVariants: UnsafeMutableBufferPointer<Variant>
    /// ``wordCount(_:)``'s last answers, by a hash of the range (direct-mapped; an empty slot has start
    /// -1, which no range has).
    private let wordCountMemo: UnsafeMutableBufferPointer<(start: Int, end: Int, words: Int)>
    /// For each block of 2^``blockShift`` scalars of the text, the first token starting in or after it
    /// (one entry more than whole blocks): ``token(atOrAfter:)`` starts there and steps over the few
    /// tokens of the block, where a binary search over all the tokens was a chain of dependent loads.
    private let blockFirstToken: UnsafeMutableBufferPointer<Int32>
    private static let blockShift = 4
    /// The number of word (and number) tokens before each token (`count + 1` entries), for
    /// ``countWords(_:)`` by subtraction.
    private let wordsBefore: UnsafeMutableBufferPointer<Int32>
    /// For each token, the first token at or after it whose start bits allow a title, and a head
    /// (``nextCandidate(from:_:)``; the token count when none does): the loops over the whole article
    /// in search of either (titled names, people, polls, aliases) read it instead of scanning.
    private let nextTitleOrHead: UnsafeMutableBufferPointer<(title: Int32, head: Int32)>
    private static let wordCountSlots = 64
    /// Scalars of variants that are not a piece of the normalized text (ل + ال written as ال).
    private let extraScalars: [Unicode.Scalar]
    private static let maxVariants = 4

    /// A lookup form of a token: a range of the normalized text (or of `extraScalars`) and its hash,
    /// in 16 bytes.
    private struct Variant {
        /// Start of the range; for a range of `extraScalars`, `~start` (negative).
        var rawStart: Int32
        var end: Int32
        var hash: UInt64

        init(start: Int32, end: Int32, extra: Bool, hash: UInt64) {
            rawStart = extra ? ~start : start
            self.end = end
            self.hash = hash
        }

        var extra: Bool { rawStart < 0 }
        var start: Int32 { rawStart < 0 ? ~rawStart : rawStart }
    }

    /// A cue found in the text. Its fields are plain values (the lemma, a string, is named by its index
    /// in the lexicon's ``QuoteLexicon/cueLemmas``): the rules copy cue mentions all the time (each
    /// rule's loop over ``cues``, every ``cue(at:)``), and a copy that retained and released a string
    /// cost more than the rest of it.
    struct CueMention {
        /// Token span of the cue (multiword cues cover several tokens).
        var tokens: Range<Int>
        /// Its lexicon entry (the lemma by index: ``lemma(_:)``).
        var cue: QuoteLexicon.CueEntry
        /// Whether the first token carries a conjunction proclitic (وقال, فأكد): a clause-initial verb.
        var conjunction: Bool
    }

    /// The lemma of cue `c` (`say` for "said").
    func lemma(_ c: CueMention) -> String { lexicon.lemma(c.cue) }

    /// Cue `c`'s lexicon entry, for an attribution draft.
    func lexiconCue(_ c: CueMention) -> QuoteLexicon.Cue { lexicon.cue(c.cue) }

    init(document: AnalyzedDocument, lexicon: QuoteLexicon, quotes: [QuoteSpan], cliticSplitter: ArabicCliticSplitter? = nil) {
        sentences = document.sentences
        paragraphs = document.paragraphs
        documentText = document.text
        self.cliticSplitter = cliticSplitter
        self.lexicon = lexicon
        arabic = lexicon.language == "ar" || lexicon.language == "fa"
        text = document.text.scalars
        tokens = document.tokens
        self.quotes = quotes
        quoteIndex = QuoteIndex(quotes)
        let normalized = document.normalized ?? TextNormalizer.standard.normalize(document.text)
        norm = normalized.scalars
        // Mapped through the offset map only when normalization moved some scalar; otherwise each token's
        // range is read from the token (``computeVariants``).
        let tokenNorm = Self.keepsOffsets(normalized) ? [] : Self.tokenRanges(normalized, document.tokens)
        var sentenceOf = [Int](repeating: 0, count: document.tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens { sentenceOf[t] = s }
        }
        self.sentenceOf = sentenceOf
        // A dateline opens a paragraph.
        let isArabic = arabic
        sentenceBodyStart = document.sentences.indices.map { s in
            let sentence = document.sentences[s]
            let opensParagraph = s == 0 || document.sentences[s - 1].paragraph != sentence.paragraph
            return isArabic || !opensParagraph ? sentence.tokens.lowerBound : Self.datelineEnd(document.text.scalars, document.tokens, sentence.tokens)
        }
        let n = document.tokens.count
        markerCache = .allocate(capacity: n)
        markerCache.initialize(repeating: -2)
        nameCache = .allocate(capacity: n)
        nameCache.initialize(repeating: 0)
        // Written for every token by `computeVariants` (outside Arabic and Persian), so not cleared first.
        englishFlags = .allocate(capacity: arabic ? 0 : n)
        cueIndexByToken = .allocate(capacity: n)
        cueIndexByToken.initialize(repeating: -1)
        firstVariant = .allocate(capacity: n)
        startBits = .allocate(capacity: n)
        // Other languages than Arabic and Persian have one variant per token (the word itself).
        moreStart = .allocate(capacity: arabic ? n + 1 : 0)
        moreVariants = .allocate(capacity: arabic ? n * (Self.maxVariants - 1) : 0)
        extraScalars = Self.computeVariants(norm: norm, tokenNorm: tokenNorm, originalCount: normalized.originalCount, arabic: arabic,
                                            lexicon: lexicon, first: firstVariant, moreStart: moreStart, more: moreVariants,
                                            bits: startBits, tokens: document.tokens, englishFlags: englishFlags)
        titles = Memo(n)
        heads = Memo(n)
        anonymousSources = Memo(n)
        markerPhrases = Memo(n)
        mentionMemo = MentionMemo(n)
        wordCountMemo = .allocate(capacity: Self.wordCountSlots)
        wordCountMemo.initialize(repeating: (-1, -1, 0))
        let nextTitleOrHead = UnsafeMutableBufferPointer<(title: Int32, head: Int32)>.allocate(capacity: n)
        self.nextTitleOrHead = nextTitleOrHead
        do {
            // Backwards, each token's answer is its own index or the next token's (a select, not a branch).
            let titleMask = UInt32(0xF) << UInt32(4 * QuoteLexicon.Table.titles.rawValue)
            let headMask = UInt32(0xF) << UInt32(4 * QuoteLexicon.Table.heads.rawValue)
            var title = Int32(truncatingIfNeeded: n), head = Int32(truncatingIfNeeded: n)
            var i = n
            while i > 0 {
                i -= 1
                let bits = startBits[i]
                title = bits & titleMask != 0 ? Int32(truncatingIfNeeded: i) : title
                head = bits & headMask != 0 ? Int32(truncatingIfNeeded: i) : head
                nextTitleOrHead[i] = (title, head)
            }
        }
        blockFirstToken = .allocate(capacity: (document.text.scalars.count >> Self.blockShift) + 2)
        wordsBefore = .allocate(capacity: n + 1)
        let blockFirstToken = self.blockFirstToken
        document.tokens.withUnsafeBufferPointer { tokens in
            // Block `b`'s first token is the number of tokens starting before it: each block's count of
            // token starts, summed (a loop per block that stepped over its tokens mispredicted its exit).
            blockFirstToken.initialize(repeating: 0)
            let last = blockFirstToken.count - 1
            for t in 0..<tokens.count {
                // (Token starts lie within the text; the clamp keeps a bad one inside the buffer.)
                let b = min(max(tokens[t].range.start, 0) >> Self.blockShift, last - 1) &+ 1
                blockFirstToken[b] &+= 1
            }
            for b in 1..<blockFirstToken.count { blockFirstToken[b] &+= blockFirstToken[b &- 1] }
            var words: Int32 = 0
            for i in 0..<tokens.count {
                wordsBefore[i] = words
                // (`kind == .word || kind == .number` compiled to a branch, mispredicted all along.)
                words &+= tokens[i].kind.wordCount
            }
            wordsBefore[tokens.count] = words
        }
        findCues()
        findTitledNames()
    }

    /// Where the sentence `range` starts once a wire dateline before it is left out: "WASHINGTON (AP) —",
    /// "WASHINGTON, Dec. 8 (UPI) —", "MYRTLE BEACH, S.C. --". A dateline opens with a word in capitals
    /// and holds only capitalized words, numbers, commas, periods and a parenthesized agency up to a dash;
    /// its words are never a subject. `range.lowerBound` when there is none.
    static func datelineEnd(_ text: [Unicode.Scalar], _ tokens: [Token], _ range: Range<Int>) -> Int {
        func isUpperWord(_ t: Token) -> Bool {
            guard t.kind == .word, t.range.length >= 2 else { return false }
            return (t.range.start..<t.range.end).allSatisfy { ScalarClass.of(text[$0]).contains(.upper) || text[$0] == "." }
        }
        func isDash(_ t: Token) -> Bool {
            guard t.kind == .punctuation || t.kind == .symbol else { return false }
            return (t.range.start..<t.range.end).allSatisfy { c in text[c] == "\u{2014}" || text[c] == "\u{2013}" || text[c] == "-" }
        }
        guard let first = range.first, isUpperWord(tokens[first]) else { return range.lowerBound }
        var k = first + 1
        var depth = 0
        while k < range.upperBound && k < first + 16 {
            let t = tokens[k]
            if depth == 0 && isDash(t) {
                var after = k + 1
                while after < range.upperBound && isDash(tokens[after]) { after += 1 }
                // A sentence must follow, starting with a capital ("NATO — which has 30 members — said"
                // is no dateline).
                return after < range.upperBound && tokens[after].kind == .word && ScalarClass.of(text[tokens[after].range.start]).contains(.upper)
                    ? after : range.lowerBound
            }
            switch t.kind {
            case .word:
                let c = text[t.range.start]
                guard depth > 0 || ScalarClass.of(c).contains(.upper) else { return range.lowerBound }
            case .number: break
            case .punctuation, .symbol:
                let c = text[t.range.start]
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } else if c != "," && c != "." { return range.lowerBound }
                if depth < 0 { return range.lowerBound }
            }
            k += 1
        }
        return range.lowerBound
    }

    /// Words that follow a rank or honorific title (اللواء **باقري**, العماد **أيوب**) up to two words, and
    /// given names after a role (الرئيس السوري **بشار الأسد**).
    private func findTitledNames() {
        var i = 0
        while i < count {
            i = nextTitleCandidate(from: i)
            guard i < count else { break }
            guard isWord(i), let t = title(at: i) else { i += 1; continue }
            if t.payload.type == .role {
                // After a role only a given name starts a name: "رئيس أركان" is not a person.
                var k = i + t.words
                while k < count && isWord(k) && isDefinite(k) && k < i + t.words + 3 { k += 1 }
                guard k < count, isWord(k), isGivenName(k) else { i += t.words; continue }
            }
            var k = i + t.words
            var taken = 0
            while k < count && taken < 3 && isWord(k) {
                if marker(k) != nil || isCue(k) { break }
                if title(at: k) != nil || head(at: k) != nil {
                    if taken > 0 { break }
                    k += 1
                    continue
                }
                let w = word(k)
                let definite = arabic && w.count > 3 && w.first == "ا" && w.dropFirst().first == "ل"
                if definite && taken == 0 { k += 1; continue }
                if !arabic && !ScalarClass.of(text[tokens[k].range.start]).contains(.upper) { break }
                titledNames.set(WordHash.of(w), 1)
                if arabic, w.count > 4, w.first == "ا", w.dropFirst().first == "ل" { titledNames.set(WordHash.of(w.dropFirst(2)), 1) }
                taken += 1
                k += 1
                if definite { break }
            }
            i = max(i + 1, k)
        }
    }

    deinit {
        markerCache.deallocate()
        nameCache.deallocate()
        englishFlags.deallocate()
        cueIndexByToken.deallocate()
        startBits.deallocate()
        firstVariant.deallocate()
        moreStart.deallocate()
        moreVariants.deallocate()
        titles.deallocate()
        heads.deallocate()
        anonymousSources.deallocate()
        markerPhrases.deallocate()
        wordCountMemo.deallocate()
        blockFirstToken.deallocate()
        nextTitleOrHead.deallocate()
        wordsBefore.deallocate()
    }

    private let markerRoles = QuoteLexicon.MarkerRole.allCases

    // MARK: Words

    var count: Int { tokens.count }

    /// The range of token `i`'s word in the normalized text (`0 ≤ i <` the token count): the range of its
    /// first lookup form.
    @inline(__always)
    private func normRange(_ i: Int) -> Range<Int> {
        precondition(i >= 0 && i < firstVariant.count, "a token of the article")
        let v = firstVariant[i]
        return Range(uncheckedBounds: (Int(v.rawStart), Int(v.end)))
    }

    /// Normalized form of token `i`.
    func word(_ i: Int) -> ArraySlice<Unicode.Scalar> { norm[normRange(i)] }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && (tokens[i].kind == .word || tokens[i].kind == .number) }

    /// Whether token `i` is the punctuation `p` (normalized).
    func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        guard i >= 0 && i < count && !isWord(i) else { return false }
        let r = normRange(i)
        return r.count == 1 && norm[r.lowerBound] == p
    }

    /// Whether the normalized word `w` is the string `s` (compared byte by byte when `s` is ASCII, as
    /// the rules' literals mostly are).
    static func scalars(_ w: ArraySlice<Unicode.Scalar>, equal s: String) -> Bool {
        // `s` has at most as many scalars as UTF-8 bytes.
        guard w.count <= s.utf8.count else { return false }
        var k = w.startIndex
        for b in s.utf8 {
            guard b < 0x80 else { return w.elementsEqual(s.unicodeScalars) }
            guard k < w.endIndex, w[k].value == UInt32(b) else { return false }
            k += 1
        }
        return k == w.endIndex
    }

    /// Whether the (normalized) word `i` is `w`. The rules ask this in their inner loops, mostly of
    /// words that differ in length from `w`: for an ASCII literal (all the rules use) the lengths are
    /// compared first, then the bytes in place.
    @inline(__always)
    func wordIs(_ i: Int, _ w: StaticString) -> Bool {
        guard w.isASCII else { return isWord(i) && Self.scalars(word(i), equal: w.description) }
        guard i >= 0 && i < count else { return false }
        let r = normRange(i)
        return w.withUTF8Buffer { utf8 in
            guard r.count == utf8.count, isWord(i) else { return false }
            for k in 0..<utf8.count where norm[r.lowerBound + k].value != UInt32(utf8[k]) { return false }
            return true
        }
    }

    /// The normalized ranges before and after the last apostrophe of word token `i` ("he" and "s" of
    /// "he's"); nil when it has none after its first scalar.
    func apostropheSplit(_ i: Int) -> (base: Range<Int>, tail: Range<Int>)? {
        guard isWord(i) else { return nil }
        let r = normRange(i)
        var a = r.upperBound - 1
        while a > r.lowerBound && norm[a] != "'" { a -= 1 }
        guard a > r.lowerBound, norm[a] == "'" else { return nil }
        return (r.lowerBound..<a, (a + 1)..<r.upperBound)
    }

    /// Whether the normalized scalars `r` are the ASCII word `w`.
    func normalized(_ r: Range<Int>, is w: StaticString) -> Bool {
        w.withUTF8Buffer { utf8 in
            guard utf8.count == r.count else { return false }
            for k in 0..<utf8.count where norm[r.lowerBound + k].value != UInt32(utf8[k]) { return false }
            return true
        }
    }

    /// Whether the (normalized) word `i` ends with `suffix`; ASCII suffixes (all the rules use) are
    /// compared in place.
    @inline(__always)
    func wordEnds(_ i: Int, _ suffix: StaticString) -> Bool {
        guard suffix.isASCII else {
            let w = word(i), s = suffix.description.unicodeScalars
            return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
        }
        let r = normRange(i)
        return suffix.withUTF8Buffer { utf8 in
            guard utf8.count <= r.count else { return false }
            let base = r.upperBound - utf8.count
            for k in 0..<utf8.count where norm[base + k].value != UInt32(utf8[k]) { return false }
            return true
        }
    }

    /// Whether token `i` is the apostrophe of a plural possessive ("Sanders' campaign manager"): written
    /// right after a word in -s and followed by a word, not a quotation mark.
    func isPossessiveApostrophe(_ i: Int) -> Bool {
        guard i >= 1, i + 1 < count, isPunct(i, "'"), isWord(i - 1), isWord(i + 1), wordEnds(i - 1, "s") else { return false }
        return tokens[i].range.start == tokens[i - 1].range.end
    }

    func isQuoteMark(_ i: Int) -> Bool {
        guard i >= 0 && i < count, tokens[i].range.length == 1 else { return false }
        return QuotePairer.family(text[tokens[i].range.start]) != nil
    }

    /// Whether token `i` ends a clause: sentence punctuation, comma, semicolon, colon, dash.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i >= 0 && i < count && !isWord(i) else { return false }
        switch text[tokens[i].range.start] {
        case ".", "،", ",", "؛", ";", ":", "!", "?", "؟", "—", "–", "\u{2015}": return true
        default: return false
        }
    }

    func isComma(_ i: Int) -> Bool {
        guard i >= 0 && i < count && !isWord(i) else { return false }
        let r = normRange(i)
        return r.count == 1 && (norm[r.lowerBound] == "," || norm[r.lowerBound] == "،")
    }

    func isColon(_ i: Int) -> Bool { isPunct(i, ":") }

    /// Lookup forms of a word: itself, then without the conjunction و/ف, without a preposition ب/ك/ل,
    /// and without the article (Arabic only).
    func variants(_ i: Int) -> [ArraySlice<Unicode.Scalar>] {
        (0..<variantCount(i)).map { variant(i, $0) }
    }

    /// Whether `body` holds for some lookup form of token `i` (``variants(_:)``), given with its
    /// ``WordHash``; no allocation.
    @inline(__always)
    func anyVariant(_ i: Int, _ body: (ArraySlice<Unicode.Scalar>, UInt64) -> Bool) -> Bool {
        for k in 0..<variantCount(i) where body(variant(i, k), slot(i, k).hash) { return true }
        return false
    }

    /// How many lookup forms token `i` has.
    @inline(__always)
    func variantCount(_ i: Int) -> Int { arabic ? 1 + Int(moreStart[i + 1] &- moreStart[i]) : 1 }

    /// The `k`-th lookup form of token `i` (`k` < ``variantCount(_:)``) as stored.
    @inline(__always)
    private func slot(_ i: Int, _ k: Int) -> Variant {
        k == 0 ? firstVariant[i] : moreVariants[Int(moreStart[i]) + k - 1]
    }

    /// The `k`-th lookup form of token `i` (`k` < ``variantCount(_:)``).
    @inline(__always)
    func variant(_ i: Int, _ k: Int) -> ArraySlice<Unicode.Scalar> {
        let v = slot(i, k)
        return v.extra ? extraScalars[Int(v.start)..<Int(v.end)] : norm[Int(v.start)..<Int(v.end)]
    }

    /// The hash of the `k`-th lookup form of token `i`.
    @inline(__always)
    private func variantHash(_ i: Int, _ k: Int) -> UInt64 { slot(i, k).hash }

    /// The bits of ``startBits`` for `table`: bit `k` set when variant `k` of token `i` starts a phrase
    /// of the table.
    @inline(__always)
    func startBits(_ i: Int, _ table: QuoteLexicon.Table) -> UInt32 {
        (startBits[i] >> UInt32(4 * table.rawValue)) & 0xF
    }

    /// Fills every token's lookup forms (``firstVariant``, and for Arabic and Persian `moreStart` and
    /// `moreVariants`) and ``startBits`` (the rules ask about most words: `findCues` alone looks up each
    /// one), and outside Arabic and Persian each word's English word classes (`englishFlags`, from the
    /// same probe of the first-word index), in one pass over the tokens; returns the scalars of the
    /// variants that are not a piece of the normalized text.
    ///
    /// A token's normalized range is `tokenNorm[i]`, or with `tokenNorm` empty (normalization kept every
    /// offset) its own range, kept within the text (``tokenRanges(_:_:)``'s answer in that case).
    ///
    /// Other languages than Arabic and Persian have one variant per token, the word itself. Arabic
    /// variants are suffixes of the word (and, for لل, ال + a suffix): the word without the conjunction
    /// و/ف, without a preposition ب/ك/ل, and without the article, in that order; their ``WordHash``es
    /// are computed in one walk back over the word.
    private static func computeVariants(norm: [Unicode.Scalar], tokenNorm: [Range<Int>], originalCount: Int, arabic: Bool,
                                        lexicon: QuoteLexicon, first: UnsafeMutableBufferPointer<Variant>,
                                        moreStart: UnsafeMutableBufferPointer<Int32>, more: UnsafeMutableBufferPointer<Variant>,
                                        bits: UnsafeMutableBufferPointer<UInt32>, tokens: [Token],
                                        englishFlags: UnsafeMutableBufferPointer<EnglishWordFlags>) -> [Unicode.Scalar] {
        var extraScalars: [Unicode.Scalar] = []
        let filter = lexicon.firstWordFilter
        let firstWords = lexicon.firstWords
        let inPlace = tokenNorm.isEmpty
        // Offsets fit the variants' 32-bit fields (checked once here rather than for every token).
        precondition(norm.count < Int32.max && originalCount < Int32.max, "a text of fewer than 2^31 scalars")
        /// ``QuoteLexicon/firstWords``' value for hash `h` (0 when absent).
        @inline(__always) func firstWordValue(_ filter: UnsafeBufferPointer<UInt64>, _ h: UInt64) -> Int {
            let bit = Int(truncatingIfNeeded: h >> 48)
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let t = firstWords.value(h) else { return 0 }
            return t
        }
        spreadTableBits.withUnsafeBufferPointer { spread in
        /// The table bits of a ``QuoteLexicon/firstWords`` value spread to bit `4 * table + k`.
        @inline(__always) func tableBits(_ t: Int, _ k: Int) -> UInt32 {
            spread[t & 0xFF] << UInt32(k)
        }
        filter.withUnsafeBufferPointer { filter in
            norm.withUnsafeBufferPointer { norm in
                tokenNorm.withUnsafeBufferPointer { tokenNorm in
                  tokens.withUnsafeBufferPointer { tokens in
                   withUnsafeTemporaryAllocation(of: Variant.self, capacity: maxVariants) { slots in
                    if !arabic {
                        Self.computeEnglishVariants(norm: norm, tokenNorm: tokenNorm, originalCount: originalCount, tokens: tokens,
                                                    firstWords: firstWords, spread: spread, first: first, bits: bits,
                                                    englishFlags: englishFlags)
                        return
                    }
                    var next: Int32 = 0
                    for i in 0..<tokens.count {
                        let r: Range<Int>
                        if inPlace {
                            let start = max(0, min(tokens[i].range.start, originalCount))
                            r = Range(uncheckedBounds: (start, max(start, min(tokens[i].range.end, originalCount))))
                        } else {
                            r = tokenNorm[i]
                        }
                        if r.count < 3 {
                            let h = WordHash.of(norm, r.lowerBound, r.upperBound)
                            first[i] = Variant(start: Int32(truncatingIfNeeded: r.lowerBound), end: Int32(truncatingIfNeeded: r.upperBound),
                                               extra: false, hash: h)
                            bits[i] = tableBits(firstWordValue(filter, h), 0)
                            moreStart[i] = next
                            continue
                        }
                        // Each variant's slot is written with its start first (in slot order: the word, then
                        // without و/ف, without ب/ك/ل, without ال); the ل + ال variant (if any) is
                        // `extraSlot`, the last, made of "ال" and then the same scalars as the variant
                        // before it, and starts out with that variant's start. Slot 0 goes to `first`,
                        // the others to `more`.
                        let end = Int32(r.upperBound)
                        var n = 0
                        var extraSlot = -1
                        var a = r.lowerBound
                        let b = r.upperBound
                        func add(_ start: Int) {
                            slots[n] = Variant(start: Int32(start), end: end, extra: false, hash: 0)
                            n += 1
                        }
                        add(a)
                        if b - a >= 3, norm[a] == "و" || norm[a] == "ف" {
                            a += 1
                            add(a)
                        }
                        if b - a >= 4, norm[a] == "ل", norm[a + 1] == "ل" {
                            // لل = ل + ال
                            add(a + 2)
                            extraSlot = n
                            add(a + 2)
                        } else {
                            if b - a >= 4, norm[a] == "ب" || norm[a] == "ك" || norm[a] == "ل" {
                                a += 1
                                add(a)
                            }
                            if b - a >= 4, norm[a] == "ا", norm[a + 1] == "ل" {
                                add(a + 2)
                            }
                        }
                        // ``WordHash`` reads a word from its end, so one walk back over the word passes every
                        // variant's hash (variants are suffixes, shortest last in slot order): variant `v`'s is
                        // taken when the walk reaches its start. The ل + ال variant goes on from the variant
                        // before it with ل, then ا.
                        var h = ScalarHash()
                        var k = b
                        var v = extraSlot >= 0 ? n - 2 : n - 1
                        while v >= 0 {
                            let variantStart = Int(slots[v].rawStart)
                            while k > variantStart {
                                k -= 1
                                h.add(norm[k])
                            }
                            slots[v].hash = h.value
                            if v + 1 == extraSlot {
                                var e = h
                                e.add("ل")
                                e.add("ا")
                                slots[extraSlot].hash = e.value
                            }
                            v -= 1
                        }
                        if extraSlot >= 0 {
                            let suffixStart = Int(slots[extraSlot].rawStart)
                            let extraStart = extraScalars.count
                            extraScalars.append("ا")
                            extraScalars.append("ل")
                            extraScalars.append(contentsOf: norm[suffixStart..<r.upperBound])
                            slots[extraSlot] = Variant(start: Int32(extraStart), end: Int32(extraScalars.count), extra: true,
                                                       hash: slots[extraSlot].hash)
                        }
                        var tokenBits: UInt32 = 0
                        for v in 0..<n { tokenBits |= tableBits(firstWordValue(filter, slots[v].hash), v) }
                        bits[i] = tokenBits
                        first[i] = slots[0]
                        moreStart[i] = next
                        for v in 1..<n { more[Int(next) + v - 1] = slots[v] }
                        next += Int32(n - 1)
                    }
                    if arabic { moreStart[tokens.count] = next }
                   }
                  }
                }
            }
        }
        }
        return extraScalars
    }

    /// ``computeVariants``' loop for languages other than Arabic and Persian, whose tokens have one lookup
    /// form (the word itself) and English word classes: a loop of its own, without a branch on the word
    /// (the outcomes of a branch per token — the word's length, whether it starts a phrase, whether it
    /// is a class word — cannot be predicted, and their mispredictions cost more than the work) and
    /// without checked arithmetic.
    private static func computeEnglishVariants(norm: UnsafeBufferPointer<Unicode.Scalar>, tokenNorm: UnsafeBufferPointer<Range<Int>>,
                                               originalCount: Int, tokens: UnsafeBufferPointer<Token>, firstWords: HashIndex,
                                               spread: UnsafeBufferPointer<UInt32>, first: UnsafeMutableBufferPointer<Variant>,
                                               bits: UnsafeMutableBufferPointer<UInt32>, englishFlags: UnsafeMutableBufferPointer<EnglishWordFlags>) {
        let inPlace = tokenNorm.isEmpty
        // A text that normalization emptied: every token's form is the empty word, in no class.
        guard !norm.isEmpty else {
            let h = WordHash.of(norm, 0, 0)
            for i in 0..<tokens.count {
                first[i] = Variant(start: 0, end: 0, extra: false, hash: h)
                bits[i] = spread[firstWords.valueOrZero(h) & QuoteLexicon.tableBits]
                englishFlags[i] = []
            }
            return
        }
        // Two loops: the hashes first (a chain of multiplications per word, many words' chains in flight at
        // once in a short loop), then the index probes (each waiting on its hash and its slot's load).
        for i in 0..<tokens.count {
            let a: Int, b: Int
            if inPlace {
                a = max(0, min(tokens[i].range.start, originalCount))
                b = max(a, min(tokens[i].range.end, originalCount))
            } else {
                a = tokenNorm[i].lowerBound
                b = tokenNorm[i].upperBound
            }
            first[i] = Variant(start: Int32(truncatingIfNeeded: a), end: Int32(truncatingIfNeeded: b), extra: false, hash: WordHash.of(norm, a, b))
        }
        for i in 0..<tokens.count {
            let v = first[i]
            let h = v.hash
            let a = Int(v.rawStart), b = Int(v.end)
            // (No filter first: most words of a text pass it, as the English class words are frequent.)
            let t = firstWords.valueOrZero(h)
            bits[i] = spread[t & QuoteLexicon.tableBits]
            // The English word classes, which the first-word index holds with the class word's length
            // (``QuoteLexicon/englishWordFlags(_:length:)``); none for a token that is not a word (a mask,
            // not a branch). (Written for every token, matched or not: the buffer is not cleared first.)
            let isWord = 0 &- UInt32(tokens[i].kind == .word ? 1 : 0)
            englishFlags[i] = EnglishWordFlags(rawValue: QuoteLexicon.englishWordFlags(t, length: b &- a) & isWord)
        }
    }

    /// For each set of tables (bit `table` of the index), bit `4 * table` set for each (tables < 8): the
    /// layout of ``startBits``, looked up once per token by `computeVariants` rather than worked out.
    private static let spreadTableBits: [UInt32] = (0..<256).map { t in
        var x = UInt32(t)
        x = (x | x << 12) & 0x000F_000F
        x = (x | x << 6) & 0x0303_0303
        x = (x | x << 3) & 0x1111_1111
        return x
    }

    /// Whether normalization kept every scalar in place (lower-casing and apostrophe folding change no
    /// offset: most English articles), so that a token's normalized range is its own (kept within the
    /// text).
    static func keepsOffsets(_ normalized: NormalizedText) -> Bool {
        normalized.count == normalized.originalCount && normalized.origin.withUnsafeBufferPointer { origin in
            // No early exit: the loop vectorizes.
            var differ: Int32 = 0
            for k in 0..<origin.count { differ |= origin[k] ^ Int32(truncatingIfNeeded: k) }
            return differ == 0
        }
    }

    /// ``NormalizedText/normalizedRanges(_:)`` of the tokens' ranges, without its walk over the offset
    /// map when normalization kept every scalar in place (most English articles: lower-casing and
    /// apostrophe folding change no offset): a token's normalized range is then its own range.
    static func tokenRanges(_ normalized: NormalizedText, _ tokens: [Token]) -> [Range<Int>] {
        let n = normalized.originalCount
        guard keepsOffsets(normalized) else { return normalized.normalizedRanges(tokens.map(\.range)) }
        var sorted = true
        let out = tokens.withUnsafeBufferPointer { tokens in
            [Range<Int>](unsafeUninitializedCapacity: tokens.count) { out, initialized in
                var previousStart = Int.min
                for i in 0..<tokens.count {
                    let r = tokens[i].range
                    sorted = sorted && r.start >= previousStart
                    previousStart = r.start
                    let a = max(0, min(r.start, n))
                    let b = max(a, min(r.end, n))
                    (out.baseAddress! + i).initialize(to: a..<b)
                }
                initialized = tokens.count
            }
        }
        // Unsorted ranges take the general path, as in `normalizedRanges`.
        return sorted ? out : normalized.normalizedRanges(tokens.map(\.range))
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

    /// The ``WordHash`` of ``nextWord(_:_:)``.
    func nextWordHash(_ i: Int, _ k: Int) -> UInt64? {
        let j = i + k
        guard j < count, isWord(j) else { return nil }
        for m in (i + 1)..<j where !isWord(m) { return nil }
        return variantHash(j, 0)
    }

    /// A phrase of `table` (the lexicon's table `which`) starting at token `i` (trying the word's clitic
    /// variants in order). Only variants whose ``startBits(_:_:)`` are set are looked up: the others
    /// start no phrase of the table.
    func match<P>(_ table: PhraseTable<P>, _ which: QuoteLexicon.Table, at i: Int, variants useVariants: Bool = true) -> (payload: P, words: Int)? {
        matchVariant(table, which, at: i, variants: useVariants).map { ($0.payload, $0.words) }
    }

    /// ``match(_:_:at:variants:)``, with the lookup form (``variant(_:_:)``) that matched.
    private func matchVariant<P>(_ table: PhraseTable<P>, _ which: QuoteLexicon.Table, at i: Int, variants useVariants: Bool) -> (payload: P, words: Int, variant: Int)? {
        guard isWord(i) else { return nil }
        var bits = startBits(i, which)
        if !useVariants { bits &= 1 }
        while bits != 0 {
            let k = bits.trailingZeroBitCount
            bits &= bits - 1
            let h = variantHash(i, k)
            if let m = withVariant(i, k, { first in
                table.match(first: first, hash: h, nextHash: { self.nextWordHash(i, $0) }, next: { self.nextWord(i, $0) })
            }) { return (m.payload, m.words, k) }
        }
        return nil
    }

    /// Calls `body` with the `k`-th lookup form of token `i` (``variant(_:_:)``) as a buffer of the
    /// scalars in place: a table lookup made with an `ArraySlice` retained and released the text's
    /// storage on every call (`findCues` and the memoized lookups make about 110,000 on the English corpus).
    @inline(__always)
    private func withVariant<R>(_ i: Int, _ k: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        let v = slot(i, k)
        let a = Int(v.start), b = Int(v.end)
        func piece(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> R {
            precondition(a >= 0 && a <= b && b <= scalars.count, "a lookup form lies inside its text")
            return body(UnsafeBufferPointer(rebasing: scalars[a..<b]))
        }
        return v.extra ? extraScalars.withUnsafeBufferPointer(piece) : norm.withUnsafeBufferPointer(piece)
    }

    /// Whether lookup form `k` of Arabic token `i` was found by cutting the article (or, with
    /// `preposition`, a preposition ب/ك) off the word, after any conjunction: a noun's forms ("الكشف" "the
    /// examination", "بطلب" "at the request of", "كيري" is not ك + يرى), never a verb's; participles
    /// take no article (but "بقوله", "by his saying", is a verbal noun's).
    func isNominalVariant(_ i: Int, _ k: Int, preposition: Bool) -> Bool {
        guard k > 0 else { return false }
        let v = slot(i, k)
        if v.extra { return true }
        let r = normRange(i)
        var a = r.lowerBound
        let b = Int(v.start)
        if a < b, norm[a] == "و" || norm[a] == "ف" { a += 1 }
        guard a < b else { return false }
        return preposition && norm[a..<b].contains { $0 == "ب" || $0 == "ك" } || b - a >= 2 && norm[b - 2] == "ا" && norm[b - 1] == "ل"
    }

    /// Whether some lookup form of token `i` is a given name of the lexicon.
    func isGivenName(_ i: Int) -> Bool {
        var bits = startBits(i, .givenNames)
        while bits != 0 {
            let k = bits.trailingZeroBitCount
            bits &= bits - 1
            let h = variantHash(i, k)
            if withVariant(i, k, { lexicon.givenNames.contains($0, hash: h) }) != nil { return true }
        }
        return false
    }

    // MARK: Cached lookups (each table is consulted at most once per token)

    /// Per-token memo of one table's lookup. Buffers rather than `var` arrays, so the lookups in the
    /// rules' inner loops pay no dynamic exclusivity check; one byte per token, and the payloads of the
    /// (few) phrases found in memory that is only written where one was. A struct of two pointers
    /// rather than an object (one allocation less, and no generic deinit walking every token's state):
    /// the context frees it with ``deallocate()``, so its payloads must be trivial types.
    private struct Memo<P> {
        /// Per token: 0 when not looked up, 1 when no phrase starts there, else 1 + the phrase's words.
        let state: UnsafeMutableBufferPointer<UInt8>
        /// The payload of the phrase at each token whose `state` is above 1 (uninitialized elsewhere).
        let payloads: UnsafeMutablePointer<P>
        init(_ n: Int) {
            precondition(_isPOD(P.self), "a memo's payloads are freed without deinitialization")
            state = .allocate(capacity: n)
            state.initialize(repeating: 0)
            payloads = .allocate(capacity: n)
        }

        /// Frees the memo's memory (once, when the context goes).
        func deallocate() {
            state.deallocate()
            payloads.deallocate()
        }

        @inline(__always)
        func value(_ i: Int) -> (payload: P, words: Int)?? {
            switch state[i] {
            case 0: return nil
            case 1: return .some(nil)
            case let s: return .some((payloads[i], Int(s) - 1))
            }
        }

        func set(_ i: Int, _ v: (payload: P, words: Int)?) {
            guard let v else { state[i] = 1; return }
            // (A phrase of more than 254 words would not fit the state byte: it is simply not memoized.)
            guard v.words < 255 else { return }
            (payloads + i).initialize(to: v.payload)
            state[i] = UInt8(v.words + 1)
        }
    }

    /// The memo of ``mention(startingAt:limit:)``: a state byte per token for the usual limit (the rules
    /// ask with it almost always), a dictionary by `start * 256 + limit` for others. Slots rather than a
    /// dictionary for all, which hashed the key and checked exclusive access on every question.
    ///
    /// An article works out a few dozen mentions at most: their values are kept in a small array that
    /// the state byte indexes, rather than in a slot of a mention's size for every token (an allocation
    /// of the article's tokens times a mention's stride, and a walk over all the states to deinitialize
    /// the few set).
    final class MentionMemo {
        static let usualLimit = 10
        /// Per token, for the usual limit: 0 when not worked out, 1 when there is no mention, 255 when
        /// the mention is in `others` (past the first 253), else 2 + its index in `usual`.
        private let state: UnsafeMutableBufferPointer<UInt8>
        @exclusivity(unchecked) private var usual: [Mention] = []
        @exclusivity(unchecked) private var others: [Int: Mention?] = [:]

        init(_ n: Int) {
            state = .allocate(capacity: n)
            state.initialize(repeating: 0)
        }

        deinit { state.deallocate() }

        /// The answer for a mention at token `start` (`0 ≤ start <` the token count) read up to `limit`
        /// words; nil when not yet worked out.
        @inline(__always)
        func value(_ start: Int, _ limit: Int) -> Mention?? {
            guard limit == Self.usualLimit else { return others[start * 256 + limit] }
            switch state[start] {
            case 0: return nil
            case 1: return .some(nil)
            case 255: return others[start * 256 + limit]
            case let s: return .some(usual[Int(s) - 2])
            }
        }

        /// Records the answer (once per `start` and `limit`).
        func set(_ start: Int, _ limit: Int, _ m: Mention?) {
            guard limit == Self.usualLimit else { others[start * 256 + limit] = .some(m); return }
            guard let m else { state[start] = 1; return }
            if usual.count < 253 {
                if usual.isEmpty { usual.reserveCapacity(32) }
                state[start] = UInt8(usual.count + 2)
                usual.append(m)
            } else {
                state[start] = 255
                others[start * 256 + limit] = .some(m)
            }
        }
    }

    private let titles: Memo<QuoteLexicon.Title>
    private let heads: Memo<QuoteLexicon.Head>
    private let anonymousSources: Memo<Bool>
    private let markerPhrases: Memo<QuoteLexicon.MarkerRole>

    @inline(__always)
    private func cached<P>(_ memo: Memo<P>, _ table: PhraseTable<P>, _ which: QuoteLexicon.Table, _ i: Int, variants: Bool) -> (payload: P, words: Int)? {
        guard i >= 0 && i < count else { return nil }
        // Most words start no phrase of the table: answered from ``startBits`` without the memo.
        guard isWord(i), startBits(i, which) & (variants ? 0xF : 1) != 0 else { return nil }
        return memoized(memo, table, which, i, variants: variants)
    }

    private func memoized<P>(_ memo: Memo<P>, _ table: PhraseTable<P>, _ which: QuoteLexicon.Table, _ i: Int, variants: Bool) -> (payload: P, words: Int)? {
        if let known = memo.value(i) { return known }
        let v = match(table, which, at: i, variants: variants)
        memo.set(i, v)
        return v
    }

    /// A title, rank or role phrase starting at token `i`.
    @inline(__always)
    func title(at i: Int) -> (payload: QuoteLexicon.Title, words: Int)? { cached(titles, lexicon.titles, .titles, i, variants: true) }
    /// An organization, media or document head starting at token `i`.
    @inline(__always)
    func head(at i: Int) -> (payload: QuoteLexicon.Head, words: Int)? { cached(heads, lexicon.heads, .heads, i, variants: true) }
    /// An anonymous-source phrase starting at token `i`.
    @inline(__always)
    func anonymous(at i: Int) -> (payload: Bool, words: Int)? { cached(anonymousSources, lexicon.anonymous, .anonymous, i, variants: true) }
    /// A function-word phrase starting at token `i` (exact word, no clitic variants).
    @inline(__always)
    func markerPhrase(at i: Int) -> (payload: QuoteLexicon.MarkerRole, words: Int)? { cached(markerPhrases, lexicon.markers, .markers, i, variants: false) }

    func marker(_ i: Int) -> QuoteLexicon.MarkerRole? {
        guard i >= 0 && i < count else { return nil }
        // Asked many times per token by the rules: looked up once.
        // -2: not looked up; -1: no marker; else the role's index.
        let cached = markerCache[i]
        if cached >= -1 { return cached < 0 ? nil : markerRoles[Int(cached)] }
        let role = lookUpMarker(i)
        markerCache[i] = role.flatMap { r in markerRoles.firstIndex(of: r).map { Int8($0) } } ?? -1
        return role
    }

    private func lookUpMarker(_ i: Int) -> QuoteLexicon.MarkerRole? {
        if arabic && isNameSpelledLikePreposition(i) { return nil }
        if let m = markerPhrase(at: i) { return m.payload }
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

    /// The first token at or after `i` whose start bits allow a phrase of `table` (the table's lookup is
    /// nil for all the tokens before it), or `count` (`i` from past the end): loops over the whole
    /// article in search of titles or heads skip the other tokens. Titles and heads are read from
    /// ``nextTitleOrHead``; other tables are scanned (``scanForCandidate(from:_:)``).
    func nextCandidate(from i: Int, _ table: QuoteLexicon.Table) -> Int {
        if table == .titles || table == .heads {
            // (From past the end, as the scan: `i` itself.)
            guard i < count else { return i }
            let next = nextTitleOrHead[max(i, 0)]
            return Int(table == .titles ? next.title : next.head)
        }
        return scanForCandidate(from: i, table)
    }

    /// ``nextCandidate(from:_:)`` by a scan of the start bits (the tables other than titles and heads).
    func scanForCandidate(from i: Int, _ table: QuoteLexicon.Table) -> Int {
        var k = max(i, 0)
        let mask = UInt32(0xF) << UInt32(4 * table.rawValue)
        // Four tokens at a time while none of them is a candidate (most are not), then one at a time.
        while k + 4 <= count && (startBits[k] | startBits[k + 1] | startBits[k + 2] | startBits[k + 3]) & mask == 0 { k += 4 }
        while k < count && startBits[k] & mask == 0 { k += 1 }
        return k
    }

    /// ``nextCandidate(from:_:)`` for titles (``title(at:)``).
    func nextTitleCandidate(from i: Int) -> Int { nextCandidate(from: i, .titles) }

    private func findCues() {
        // News text has about one cue per 30 tokens: room for one per 16 holds most articles' cues
        // without regrowing.
        cues.reserveCapacity(count / 16 + 4)
        var i = 0
        while i < count {
            // Most words start no cue (their start bits say so), and outside Arabic need nothing more.
            let startsCue = startBits[i] & 0xF != 0
            if !arabic && !startsCue { i += 1; continue }
            var found: (payload: QuoteLexicon.CueEntry, words: Int)?
            if startsCue && isWord(i), let m = matchVariant(lexicon.cues, .cues, at: i, variants: true) {
                // A verb or participle found only as a noun's form ("الكشف", "بمتابعة") is that noun.
                if !(arabic && (m.payload.kind == .verb || m.payload.kind == .participle)
                     && isNominalVariant(i, m.variant, preposition: m.payload.kind == .verb)) {
                    found = (m.payload, m.words)
                }
            }
            if let m = found, !arabic, !isEnglishCueUse(i, m.payload, words: m.words) { found = nil }
            // A verb with its object pronoun (أعلنها): one of the lookup forms is in ``QuoteLexicon/cueObjects``,
            // the first such form in their order deciding; not a teh marbuta read as ه (الإشارة is a noun).
            if found == nil, arabic, startBits(i, .cueObjects) != 0, normRange(i).count >= 5, isWord(i),
               text[tokens[i].range.end - 1] != "\u{0629}" {
                var bits = startBits(i, .cueObjects)
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if let p = lexicon.cueObjects.contains(variant(i, k), hash: variantHash(i, k)) { found = (p, 1); break }
                }
            }
            if let m = found {
                let conj = hasConjunction(i) && !word(i).elementsEqual(lexicon.lemma(m.payload).unicodeScalars)
                cueIndexByToken[i] = Int32(cues.count)
                cues.append(CueMention(tokens: i..<(i + m.words), cue: m.payload, conjunction: conj))
                i += m.words
            } else {
                i += 1
            }
        }
    }

    /// Whether a cue starts at token `i` (``cue(at:)`` is not nil), without copying the cue out: the rules
    /// ask this for many tokens while scanning, and the copy (and release) of a cue was most of the cost.
    @inline(__always)
    func isCue(_ i: Int) -> Bool {
        i >= 0 && i < cueIndexByToken.count && cueIndexByToken[i] >= 0
    }

    func cue(at i: Int) -> CueMention? {
        guard i >= 0 && i < cueIndexByToken.count, cueIndexByToken[i] >= 0 else { return nil }
        return cues[Int(cueIndexByToken[i])]
    }

    /// The ``WordHash`` of token `i`'s normalized word (its first variant), computed once.
    func wordHash(_ i: Int) -> UInt64 { variantHash(i, 0) }

    // MARK: Positions

    /// Tokens of sentence `s`.
    func sentenceTokens(_ s: Int) -> Range<Int> { sentences[s].tokens }

    /// The paragraph of token `i` (`0 ≤ i <` the token count).
    func paragraph(ofToken i: Int) -> Int { sentences[sentenceOf[i]].paragraph }

    /// How far back a search from token `i` for its subject or clause start may go: the start of its
    /// sentence, after a dateline ("WASHINGTON (AP) —") unless `i` is inside it.
    func sentenceFloor(_ i: Int) -> Int {
        let s = sentenceOf[min(i, count - 1)]
        let body = sentenceBodyStart[s]
        return i >= body ? body : sentences[s].tokens.lowerBound
    }

    /// Index of the first token starting at or after `offset` (the token count when none does), found
    /// from its block's first token (``blockFirstToken``).
    func token(atOrAfter offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        let block = offset >> Self.blockShift
        guard block < blockFirstToken.count else { return count }
        return tokens.withUnsafeBufferPointer { tokens in
            var k = Int(blockFirstToken[block])
            // A block holds a few tokens: four steps without a branch on the comparison (its outcome is
            // unpredictable), then a loop for a block with more.
            if k &+ 4 <= tokens.count {
                let base = k
                for j in 0..<4 { k &+= Int(truncatingIfNeeded: UInt(bitPattern: tokens[base &+ j].range.start &- offset) &>> 63) }
            }
            while k < tokens.count && tokens[k].range.start < offset { k &+= 1 }
            return k
        }
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
        return quoteIndex.firstTopLevel(openedAt: tokens[i].range.start)
    }

    /// The quotation (any level) whose opening mark starts at `offset` (the first listed).
    func quote(openedAt offset: Int) -> QuoteSpan? { quoteIndex.first(openedAt: offset) }

    /// Calls `body` with the index in `quotes` of every quotation whose content may touch `r` (and
    /// perhaps others), in no particular order.
    func forEachQuote(touching r: TextRange, _ body: (Int) -> Void) { quoteIndex.forEachTouching(r, body) }

    /// The quotation (any level) containing the offset strictly inside its marks.
    func quote(containing offset: Int) -> QuoteSpan? { quoteIndex.last(containing: offset) }

    /// Token index just after the quotation's closing mark (or after its content when unclosed).
    func tokenAfter(_ q: QuoteSpan) -> Int { token(atOrAfter: q.outer.end) }

    /// Words of content inside `range`.
    func wordCount(_ r: TextRange) -> Int {
        // The rules count the words of the same quotations again and again (each sieve asks about each
        // quotation): answers are kept by range in ``wordCountMemo``.
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: r.start &* 31 &+ r.end) % UInt(Self.wordCountSlots))
        if wordCountMemo[slot].start == r.start && wordCountMemo[slot].end == r.end { return wordCountMemo[slot].words }
        let n = countWords(r)
        wordCountMemo[slot] = (r.start, r.end, n)
        return n
    }

    /// ``wordCount(_:)`` counted.
    private func countWords(_ r: TextRange) -> Int {
        // The tokens from the first starting at or after `r.start` up to the first ending after `r.end`
        // (tokens do not overlap: only the one before the first starting at or after `r.end` can).
        let i = token(atOrAfter: r.start)
        var j = token(atOrAfter: r.end)
        if j > i && tokens[j - 1].range.end > r.end { j -= 1 }
        return j > i ? Int(wordsBefore[j] &- wordsBefore[i]) : 0
    }
}
