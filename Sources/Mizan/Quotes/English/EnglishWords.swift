/// Word classes the English rules test, looked up once per token (one hash each) instead of building
/// strings in the rules' inner loops.
struct EnglishWordFlags: OptionSet, Sendable {
    let rawValue: UInt32

    /// Never inside a subject noun phrase (``QuoteContext/englishPhraseStops``).
    static let stop = EnglishWordFlags(rawValue: 1 << 0)
    /// Joins a head to its complement inside a phrase: of, for, at.
    static let link = EnglishWordFlags(rawValue: 1 << 1)
    /// May stand between a subject and its verb (``QuoteContext/englishPreverbal``).
    static let preverbal = EnglishWordFlags(rawValue: 1 << 2)
    /// Determiners and quantifiers (``QuoteContext/determiners``).
    static let determiner = EnglishWordFlags(rawValue: 1 << 3)
    /// Pronouns that can be sources (``QuoteContext/englishPronouns``).
    static let pronoun = EnglishWordFlags(rawValue: 1 << 4)
    /// Time words after a verb (``QuoteContext/englishTimeWords``).
    static let time = EnglishWordFlags(rawValue: 1 << 5)
    /// Opens an adjunct after a verb (``QuoteContext/englishAdjunctOpeners``).
    static let adjunctOpener = EnglishWordFlags(rawValue: 1 << 6)
    /// Makes a following cue form a noun (``QuoteContext/englishNounContext``).
    static let nounContext = EnglishWordFlags(rawValue: 1 << 7)
    /// Coordinates verbs: and, but, or, then.
    static let coordinator = EnglishWordFlags(rawValue: 1 << 8)
    /// Auxiliaries and copulas: has, have, is, are, was, were, will, would, can, could, remain(s).
    static let auxiliary = EnglishWordFlags(rawValue: 1 << 9)
    /// Adverbs and auxiliaries the general subject finder skips (``QuoteContext/adverbs``).
    static let subjectVerbAdverb = EnglishWordFlags(rawValue: 1 << 10)
    /// Irregular past forms (``QuoteContext/englishIrregularPast``).
    static let irregularPast = EnglishWordFlags(rawValue: 1 << 11)
    /// The adjective or participle of a post-modifier pair (``QuoteContext/englishPostModifiers``):
    /// "familiar" of "familiar with".
    static let postModifier = EnglishWordFlags(rawValue: 1 << 12)
    /// Number words and quantity nouns (``QuoteContext/englishQuantityWords``).
    static let quantity = EnglishWordFlags(rawValue: 1 << 13)
    /// Irregular past forms a passive or a cue may take: said, told, wrote… (``QuoteContext/isPastForm(_:)``).
    static let pastForm = EnglishWordFlags(rawValue: 1 << 14)
    /// Forms of "be" and "get" before a passive participle (``QuoteContext/englishPassiveAuxiliaries``).
    static let passiveAuxiliary = EnglishWordFlags(rawValue: 1 << 16)
    /// Adverbs between a passive auxiliary and its participle (``QuoteContext/englishPassiveAdverbs``).
    static let passiveAdverb = EnglishWordFlags(rawValue: 1 << 17)
    /// Verbs after which an -ing form is their complement, not an adverbial participle: keep, continue,
    /// begin… (``QuoteContext/englishAspectualVerbs``).
    static let aspectual = EnglishWordFlags(rawValue: 1 << 18)
    /// Words that join the parts of an English name or body: of, for, 's, s, and.
    static let nameJoiner = EnglishWordFlags(rawValue: 1 << 19)
    /// Last words of a time phrase between a subject and its verb: "in the past", "two weeks ago".
    static let timePhraseEnd = EnglishWordFlags(rawValue: 1 << 20)

    static let table: EnglishWordTable = {
        var flags: [String: EnglishWordFlags] = [:]
        func add(_ words: some Sequence<String>, _ f: EnglishWordFlags) {
            for w in words { flags[w, default: []].formUnion(f) }
        }
        add(QuoteContext.englishPhraseStops, .stop)
        add(QuoteContext.englishPhraseLinks, .link)
        add(QuoteContext.englishPreverbal, .preverbal)
        add(QuoteContext.determiners, .determiner)
        add(QuoteContext.englishPronouns, .pronoun)
        add(QuoteContext.englishTimeWords, .time)
        add(QuoteContext.englishAdjunctOpeners, .adjunctOpener)
        add(QuoteContext.englishNounContext, .nounContext)
        add(["and", "but", "or", "then"], .coordinator)
        add(QuoteContext.adverbs, .subjectVerbAdverb)
        add(QuoteContext.englishIrregularPast.map(\.description), .irregularPast)
        add(QuoteContext.englishPostModifiers.map(\.0.description), .postModifier)
        add(QuoteContext.englishQuantityWords, .quantity)
        add(QuoteContext.englishIrregularPastForms, .pastForm)
        add(QuoteContext.englishPassiveAuxiliaries, .passiveAuxiliary)
        add(QuoteContext.englishPassiveAdverbs, .passiveAdverb)
        add(QuoteContext.englishAspectualVerbs, .aspectual)
        add(["of", "for", "'s", "s", "and"], .nameJoiner)
        add(["past", "ago"], .timePhraseEnd)
        add(["has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might",
             "must", "remain", "remains", "remained", "come", "came", "seem", "appear", "include", "included"], .auxiliary)
        let sorted = flags.sorted(by: { $0.key < $1.key })
        return EnglishWordTable(words: sorted.map { Array($0.key.unicodeScalars) }, flags: sorted.map(\.value))
    }()
}

/// The words of the English classes and the flags of each. A token finds its classes through the quote
/// lexicon's first-word index (``QuoteLexicon/firstWords``, keyed by ``WordHash``), which holds each
/// word's length and flags.
struct EnglishWordTable: Sendable {
    let words: [[Unicode.Scalar]]
    /// The flags of word `k` of `words`.
    let flags: [EnglishWordFlags]

    init(words: [[Unicode.Scalar]], flags: [EnglishWordFlags]) {
        precondition(!words.isEmpty && words.count == flags.count)
        precondition(words.allSatisfy { $0.count < 256 }, "a class word's length fits the index's byte")
        self.words = words
        self.flags = flags
    }

    /// The ``WordHash`` of every word (for the lexicon's first-word index).
    var hashes: [UInt64] { words.map { WordHash.of($0) } }
}

extension QuoteContext {
    /// Whether word token `i` has any of the English word classes `f` (false outside the text and for
    /// Arabic and Persian).
    @inline(__always)
    func has(_ i: Int, _ f: EnglishWordFlags) -> Bool {
        guard i >= 0 && i < englishFlags.count else { return false }
        return englishFlags[i].rawValue & f.rawValue != 0
    }

    /// Whether the words of `r` are mostly capitalized, as in a title ("Legend in the Coal Fields").
    func isTitleCase(_ r: TextRange) -> Bool {
        var words = 0, capitalized = 0
        var i = token(atOrAfter: r.start)
        while i < count && tokens[i].range.end <= r.end {
            if isWord(i) && tokens[i].kind == .word {
                words += 1
                if isCapitalized(i) || has(i, [.link, .determiner]) || wordIs(i, "in") || wordIs(i, "on") || wordIs(i, "to") { capitalized += 1 }
            }
            i += 1
        }
        return words > 0 && words <= 10 && capitalized == words
    }

    /// Whether token `i` is a dash (— – ―) used as a parenthesis mark.
    func isDash(_ i: Int) -> Bool {
        guard i >= 0 && i < count, !isWord(i), tokens[i].range.length == 1 else { return false }
        let c = text[tokens[i].range.start]
        return c == "\u{2014}" || c == "\u{2013}" || c == "\u{2015}"
    }
}
