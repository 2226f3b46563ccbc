/// Whose words a loaded term is.
public enum Voice: String, Sendable, Hashable, CaseIterable {
    /// The outlet's own words.
    case narrator
    /// Inside an attribution's content: the quoted source's words.
    case quoted
}

/// A lexicon entry found in the text.
public struct LoadedTermMatch: Hashable, Sendable {
    public var range: TextRange
    /// The lexicon entry's `term` (its id within the language).
    public var entry: String
    public var category: String
    public var weight: Double
    public var voice: Voice
    /// The quoted speaker, for `quoted` voice.
    public var speakerID: Int?
    /// Neutral alternatives from the lexicon.
    public var alternatives: [String]

    public init(range: TextRange, entry: String, category: String, weight: Double, voice: Voice, speakerID: Int? = nil,
                alternatives: [String] = []) {
        self.range = range
        self.entry = entry
        self.category = category
        self.weight = weight
        self.voice = voice
        self.speakerID = speakerID
        self.alternatives = alternatives
    }
}
