/// Per-article scores (filled by ``ScoreStage``): loaded-term densities in the outlet's own voice and in
/// quoted voice, the terms behind every number, and the article's source-attribution profile.
///
/// Words are word and number tokens (``AnalyzedDocument/wordCount(in:)``). A word is *quoted* when it lies
/// inside the content of some attribution (overlapping contents count once), *narrator* otherwise.
/// Every ratio is nil when its denominator is zero.
public struct ArticleScores: Hashable, Sendable {
    /// Loaded terms in one voice, or in one category of one voice.
    public struct Density: Hashable, Sendable {
        /// Number of loaded-term matches.
        public var matches: Int
        /// Sum of the matches' weights.
        public var weight: Double
        /// Matches per 1,000 words of the voice.
        public var perThousandWords: Double?
        /// Weight per 1,000 words of the voice.
        public var weightedPerThousandWords: Double?

        public init(matches: Int = 0, weight: Double = 0, words: Int) {
            self.matches = matches
            self.weight = weight
            perThousandWords = words > 0 ? Double(matches) * 1000 / Double(words) : nil
            weightedPerThousandWords = words > 0 ? weight * 1000 / Double(words) : nil
        }
    }

    /// Densities of one voice.
    public struct VoiceScores: Hashable, Sendable {
        /// Words in this voice.
        public var words: Int
        public var overall: Density
        /// By category id; every category that occurs in either voice is present in both.
        public var byCategory: [String: Density]

        public init(words: Int, overall: Density, byCategory: [String: Density]) {
            self.words = words
            self.overall = overall
            self.byCategory = byCategory
        }
    }

    /// One occurrence of a term, with a snippet of its context.
    public struct Occurrence: Hashable, Sendable {
        public var range: TextRange
        public var voice: Voice
        public var speakerID: Int?
        /// A short stretch of the same paragraph around the match (whole words).
        public var context: TextRange

        public init(range: TextRange, voice: Voice, speakerID: Int?, context: TextRange) {
            self.range = range
            self.voice = voice
            self.speakerID = speakerID
            self.context = context
        }
    }

    /// A lexicon entry that contributes to the densities.
    public struct TermContribution: Hashable, Sendable {
        public var entry: String
        public var category: String
        public var weight: Double
        public var alternatives: [String]
        /// Matches in narrator voice.
        public var narrator: Int
        /// Matches in quoted voice.
        public var quoted: Int
        /// Every match, in text order.
        public var occurrences: [Occurrence]

        public init(entry: String, category: String, weight: Double, alternatives: [String], narrator: Int, quoted: Int,
                    occurrences: [Occurrence]) {
            self.entry = entry
            self.category = category
            self.weight = weight
            self.alternatives = alternatives
            self.narrator = narrator
            self.quoted = quoted
            self.occurrences = occurrences
        }
    }

    /// Whom the article lets speak, from its attributions and speakers.
    public struct AttributionProfile: Hashable, Sendable {
        /// Number of attributions.
        public var attributions: Int
        public var byType: [Attribution.Kind: Int]
        /// By the attribution's source kind.
        public var bySourceKind: [Attribution.SourceKind: Int]
        /// Attributions to vague or anonymous sources (``Attribution/isVague`` or source kind `anonymous`).
        public var vague: Int
        /// `vague / attributions`.
        public var vagueShare: Double?
        /// Distinct speaker ids among the attributions.
        public var distinctSpeakers: Int
        /// Quoted words per speaker id (contents of that speaker's attributions, overlaps counted once).
        public var speakerWords: [Int: Int]
        /// Herfindahl index Σ pᵢ² of the speakers' shares of quoted words (1: one voice; 1/n: n equal voices).
        public var herfindahl: Double?
        /// Shannon entropy of those shares divided by ln(n) for the n speakers with quoted words
        /// (0: one voice, 1: all equal).
        public var normalizedEntropy: Double?
        /// Attributions by the stance of their cue.
        public var stances: [Attribution.Stance: Int]
        /// Attributions without a cue.
        public var withoutCue: Int
        /// Words inside attribution contents.
        public var quotedWords: Int
        /// All words of the article.
        public var words: Int
        /// `quotedWords / words`: the share of the text that is quoted.
        public var quotedShare: Double?
        /// Distinct speakers typed official (``Speaker/isOfficial``).
        public var officialSpeakers: Int
        /// `officialSpeakers / distinctSpeakers`.
        public var officialSpeakerShare: Double?
        /// Share of attributions whose speaker is official.
        public var officialAttributionShare: Double?

        public init(attributions: Int = 0, byType: [Attribution.Kind: Int] = [:], bySourceKind: [Attribution.SourceKind: Int] = [:],
                    vague: Int = 0, vagueShare: Double? = nil, distinctSpeakers: Int = 0, speakerWords: [Int: Int] = [:],
                    herfindahl: Double? = nil, normalizedEntropy: Double? = nil, stances: [Attribution.Stance: Int] = [:],
                    withoutCue: Int = 0, quotedWords: Int = 0, words: Int = 0, quotedShare: Double? = nil,
                    officialSpeakers: Int = 0, officialSpeakerShare: Double? = nil, officialAttributionShare: Double? = nil) {
            self.attributions = attributions
            self.byType = byType
            self.bySourceKind = bySourceKind
            self.vague = vague
            self.vagueShare = vagueShare
            self.distinctSpeakers = distinctSpeakers
            self.speakerWords = speakerWords
            self.herfindahl = herfindahl
            self.normalizedEntropy = normalizedEntropy
            self.stances = stances
            self.withoutCue = withoutCue
            self.quotedWords = quotedWords
            self.words = words
            self.quotedShare = quotedShare
            self.officialSpeakers = officialSpeakers
            self.officialSpeakerShare = officialSpeakerShare
            self.officialAttributionShare = officialAttributionShare
        }
    }

    /// All words of the article.
    public var words: Int
    public var narrator: VoiceScores
    public var quoted: VoiceScores
    /// Contributing entries, most weight first (then by entry).
    public var terms: [TermContribution]
    public var attribution: AttributionProfile

    public init(words: Int, narrator: VoiceScores, quoted: VoiceScores, terms: [TermContribution], attribution: AttributionProfile) {
        self.words = words
        self.narrator = narrator
        self.quoted = quoted
        self.terms = terms
        self.attribution = attribution
    }
}
