/// A statement the article presents as coming from a source other than the writer.
public struct Attribution: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The words are inside quotation marks.
        case direct
        /// Reported speech introduced by a cue.
        case indirect
        /// Reported speech that embeds quoted fragments.
        case mixed
    }

    /// What kind of source the statement is attributed to.
    public enum SourceKind: String, Sendable, Hashable, CaseIterable {
        case person, organization, media, document, anonymous, unknown
    }

    /// How the cue frames what is reported.
    public enum Stance: String, Sendable, Hashable, CaseIterable {
        /// said, told, قال، ذكر
        case neutral
        /// stressed, insisted, أكد، شدد
        case emphatic
        /// claimed, alleged, زعم، ادعى
        case doubt
        /// admitted, conceded, اعترف
        case concession
        /// urged, called for, دعا، طالب
        case directive
    }

    /// The cue that marks the attribution: a speech verb, a verbal noun, an according-to phrase, or a colon.
    public struct Cue: Hashable, Sendable {
        public var range: TextRange
        /// Dictionary form of the cue (`قال` for `وقالت`, `say` for `said`).
        public var lemma: String
        public var stance: Stance

        public init(range: TextRange, lemma: String, stance: Stance) {
            self.range = range
            self.lemma = lemma
            self.stance = stance
        }
    }

    public var kind: Kind
    /// The reported content: inside the marks for direct quotes, the reported clause otherwise.
    public var content: TextRange
    public var cue: Cue?
    /// The source mention in or beside the sentence; nil when there is none (`من جانبه`). In English an
    /// inherited source (a floating quotation, "adding that …" without a subject) points at the source's
    /// latest mention, as English attribution corpora annotate it.
    public var speaker: TextRange?
    /// The fullest name or role of the source in the article, when it is named anywhere.
    public var speakerCanonical: String?
    /// Index into ``AnalyzedDocument/speakers``.
    public var speakerID: Int?
    public var sourceKind: SourceKind
    /// Whether the source is vague or anonymous ("sources", "observers", مصادر مطلعة).
    public var isVague: Bool
    /// 0…1.
    public var confidence: Double
    /// Name of the rule (sieve) that produced the attribution.
    public var rule: String

    public init(kind: Kind, content: TextRange, cue: Cue?, speaker: TextRange?, speakerCanonical: String? = nil,
                speakerID: Int? = nil, sourceKind: SourceKind, isVague: Bool = false, confidence: Double, rule: String) {
        self.kind = kind
        self.content = content
        self.cue = cue
        self.speaker = speaker
        self.speakerCanonical = speakerCanonical
        self.speakerID = speakerID
        self.sourceKind = sourceKind
        self.isVague = isVague
        self.confidence = confidence
        self.rule = rule
    }
}

/// One source, resolved across the article: all mentions of the same person, body or document.
public struct Speaker: Hashable, Sendable {
    public var id: Int
    /// The fullest name or role found for the source.
    public var canonical: String
    /// A Latin transliteration of `canonical` (ICU), for readers who do not read the script.
    public var latin: String?
    public var kind: Attribution.SourceKind
    /// Whether the source is typed official: government, military, state media (by the titles and
    /// organizations lists).
    public var isOfficial: Bool
    public var mentions: [TextRange]
    /// Number of attributions to this source.
    public var attributions: Int
    /// Words of content attributed to this source.
    public var quotedWords: Int

    public init(id: Int, canonical: String, latin: String? = nil, kind: Attribution.SourceKind, isOfficial: Bool = false,
                mentions: [TextRange], attributions: Int, quotedWords: Int) {
        self.id = id
        self.canonical = canonical
        self.latin = latin
        self.kind = kind
        self.isOfficial = isOfficial
        self.mentions = mentions
        self.attributions = attributions
        self.quotedWords = quotedWords
    }
}
