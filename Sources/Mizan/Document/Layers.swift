/// A paragraph: a block of text separated from the next by a line break (or, in hard-wrapped text,
/// by a blank line).
public struct Paragraph: Hashable, Sendable {
    public var range: TextRange
    /// The paragraph's own language, when it was identified separately (mixed documents).
    public var language: LanguageGuess?

    public init(range: TextRange, language: LanguageGuess? = nil) {
        self.range = range
        self.language = language
    }
}

/// A sentence inside one paragraph.
public struct Sentence: Hashable, Sendable {
    public var range: TextRange
    /// Index into ``AnalyzedDocument/paragraphs``.
    public var paragraph: Int
    /// Indices into ``AnalyzedDocument/tokens`` of the tokens inside this sentence.
    public var tokens: Range<Int>

    public init(range: TextRange, paragraph: Int, tokens: Range<Int>) {
        self.range = range
        self.paragraph = paragraph
        self.tokens = tokens
    }
}

/// A word, number or punctuation token (ICU word break). Whitespace is not a token.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        // Words and numbers come first (``wordCount``).
        case word, number, punctuation, symbol

        /// 1 for a word or number, 0 for punctuation or a symbol, by arithmetic on the case's tag (its
        /// position in the list above) rather than a branch.
        @inline(__always)
        var wordCount: Int32 {
            Int32(truncatingIfNeeded: (unsafeBitCast(self, to: UInt8.self) &- 2) >> 7)
        }
    }

    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// An Arabic word split into proclitics, stem and enclitic pronoun, as ranges of the original text.
/// The ranges are contiguous and together cover the token exactly.
public struct CliticSplit: Hashable, Sendable {
    /// Proclitics in order, e.g. `و` `ب` `ال` of `وبالإرهاب`, or `لل` of `للجيش` (ل + ال).
    public var proclitics: [TextRange]
    public var stem: TextRange
    /// A trailing pronoun such as `هم` in `قادتهم`.
    public var enclitic: TextRange?

    public init(proclitics: [TextRange], stem: TextRange, enclitic: TextRange?) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
    }
}

/// A language identification result.
public struct LanguageGuess: Hashable, Sendable {
    /// `ar`, `fa`, `en`, `other` (a language mizan does not analyse), or `und` (no letters to judge).
    public var code: String
    /// 0…1: how sure the identifier is (1 for a language set by the user or the input record).
    public var confidence: Double
    /// How the language was determined: `detected`, `declared` (input record or page), `override` (`--lang`).
    public var method: String

    public init(code: String, confidence: Double, method: String = "detected") {
        self.code = code
        self.confidence = confidence
        self.method = method
    }

    /// Arabic and Persian are written right to left.
    public var direction: TextDirection { code == "ar" || code == "fa" ? .rightToLeft : .leftToRight }
}
