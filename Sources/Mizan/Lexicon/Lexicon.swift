/// A category of loaded terms, declared in a lexicon's `manifest.json`.
public struct LexiconCategory: Hashable, Sendable {
    /// Stable identifier used in the TSV `category` column (`labeling`).
    public var id: String
    /// English label.
    public var label: String
    /// Label in the lexicon's language.
    public var labelNative: String
    public var description: String
    /// Report colour, `#rrggbb`.
    public var color: String
    /// The propaganda-technique label this category corresponds to (`Loaded_Language`,
    /// `Name_Calling-Labeling`, …), used by `mizan evaluate terms`; nil when none.
    public var technique: String?

    public init(id: String, label: String, labelNative: String, description: String, color: String, technique: String? = nil) {
        self.id = id
        self.label = label
        self.labelNative = labelNative
        self.description = description
        self.color = color
        self.technique = technique
    }
}

/// How an entry matches (the TSV `match` column; see Lexicons/README.md).
public struct MatchOptions: Hashable, Sendable, CustomStringConvertible {
    /// Arabic proclitics, the article and enclitic pronouns may attach.
    public var clitics: Bool
    /// Inflected forms are generated (Arabic: every word; English: the last word).
    public var inflect: Bool
    /// Letter case must agree with the term as written.
    public var caseSensitive: Bool
    /// The last word matches any word that starts with it.
    public var prefix: Bool

    public init(clitics: Bool = false, inflect: Bool = false, caseSensitive: Bool = false, prefix: Bool = false) {
        self.clitics = clitics
        self.inflect = inflect
        self.caseSensitive = caseSensitive
        self.prefix = prefix
    }

    /// The option names a `match` field accepts.
    public static let names = ["clitics", "noclitics", "inflect", "noinflect", "case", "prefix", "exact"]

    /// Applies a comma-separated option list to `base`. Returns the options and the unknown names.
    public static func parse(_ field: String, over base: MatchOptions) -> (options: MatchOptions, unknown: [String]) {
        var o = base
        var unknown: [String] = []
        for raw in field.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "|" }) {
            switch raw.lowercased() {
            case "clitics": o.clitics = true
            case "noclitics": o.clitics = false
            case "inflect": o.inflect = true
            case "noinflect": o.inflect = false
            case "case": o.caseSensitive = true
            case "prefix": o.prefix = true
            case "exact": o.clitics = false; o.inflect = false
            default: unknown.append(String(raw))
            }
        }
        return (o, unknown)
    }

    public var description: String {
        var parts: [String] = []
        parts.append(clitics ? "clitics" : "noclitics")
        parts.append(inflect ? "inflect" : "noinflect")
        if caseSensitive { parts.append("case") }
        if prefix { parts.append("prefix") }
        return parts.joined(separator: ",")
    }
}

/// A place in a data file: `path:line`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based; nil for problems that concern a whole file.
    public var line: Int?

    public init(path: String, line: Int?) {
        self.path = path
        self.line = line
    }

    public var description: String { line.map { "\(path):\($0)" } ?? path }
}

/// One loaded-term entry: a row of a `terms/*.tsv` file.
public struct LexiconEntry: Hashable, Sendable {
    /// Language of the lexicon the entry belongs to (`ar`, `en`).
    public var language: String
    /// The entry as written; with ``language``, its identity.
    public var term: String
    /// Extra surface forms (broken plurals, spelling variants).
    public var forms: [String]
    public var category: String
    /// 0.1 (mild) … 1.0 (strong).
    public var weight: Double
    /// Neutral alternatives; empty when none exists.
    public var alternatives: [String]
    /// Why the term is loaded, and for whom.
    public var note: String
    public var match: MatchOptions
    public var location: SourceLocation

    public init(language: String, term: String, forms: [String] = [], category: String, weight: Double,
                alternatives: [String] = [], note: String = "", match: MatchOptions, location: SourceLocation) {
        self.language = language
        self.term = term
        self.forms = forms
        self.category = category
        self.weight = weight
        self.alternatives = alternatives
        self.note = note
        self.match = match
        self.location = location
    }

    /// The normalized term: the key under which entries override each other.
    public var key: String { Lexicon.key(term) }
}

/// A loaded-term lexicon for one language: its manifest and its entries, validated.
public struct Lexicon: Sendable {
    public var language: String
    public var name: String
    public var version: String
    public var license: String
    public var description: String
    /// Options for entries whose `match` field is empty.
    public var defaultMatch: MatchOptions
    public var categories: [LexiconCategory]
    public var entries: [LexiconEntry]
    /// Where the manifest was read from (nil for lexicons built in code).
    public var manifestPath: String?

    public init(language: String, name: String = "", version: String = "", license: String = "", description: String = "",
                defaultMatch: MatchOptions = MatchOptions(), categories: [LexiconCategory], entries: [LexiconEntry] = [],
                manifestPath: String? = nil) {
        self.language = language
        self.name = name
        self.version = version
        self.license = license
        self.description = description
        self.defaultMatch = defaultMatch
        self.categories = categories
        self.entries = entries
        self.manifestPath = manifestPath
    }

    public func category(_ id: String) -> LexiconCategory? { categories.first { $0.id == id } }

    /// The comparison key of a term: its normalized word tokens joined by single spaces.
    public static func key(_ term: String) -> String {
        TermWords.words(of: TextNormalizer.standard.normalize(term)).joined(separator: " ")
    }

    /// This lexicon with `other`'s categories and entries merged in: categories with the same id and
    /// entries with the same normalized term are replaced in place, new ones appended.
    public func merging(_ other: Lexicon) -> Lexicon {
        var merged = self
        for c in other.categories {
            if let i = merged.categories.firstIndex(where: { $0.id == c.id }) { merged.categories[i] = c } else { merged.categories.append(c) }
        }
        var index: [String: Int] = [:]
        for (i, e) in merged.entries.enumerated() where index[e.key] == nil { index[e.key] = i }
        for e in other.entries {
            if let i = index[e.key] { merged.entries[i] = e } else {
                index[e.key] = merged.entries.count
                merged.entries.append(e)
            }
        }
        return merged
    }
}

/// The lexicons of every language mizan matches, in a fixed order (by language code).
public struct LexiconSet: Sendable {
    public private(set) var lexicons: [Lexicon]

    public init(_ lexicons: [Lexicon] = []) {
        self.lexicons = []
        for l in lexicons { add(l) }
    }

    public var isEmpty: Bool { lexicons.allSatisfy { $0.entries.isEmpty } }

    public func lexicon(for language: String) -> Lexicon? { lexicons.first { $0.language == language } }

    /// All entries, language by language, in lexicon order (the order that breaks ties between matches).
    public var entries: [LexiconEntry] { lexicons.flatMap(\.entries) }

    /// The category of `entry`, from its language's manifest.
    public func category(of entry: LexiconEntry) -> LexiconCategory? { lexicon(for: entry.language)?.category(entry.category) }

    /// Adds a lexicon, merging it into the one of the same language (its entries override).
    public mutating func add(_ lexicon: Lexicon) {
        if let i = lexicons.firstIndex(where: { $0.language == lexicon.language }) {
            lexicons[i] = lexicons[i].merging(lexicon)
        } else {
            lexicons.append(lexicon)
            lexicons.sort { $0.language < $1.language }
        }
    }

    /// Only the entries whose category id is in `ids` (all categories stay declared).
    public func selecting(categories ids: Set<String>) -> LexiconSet {
        var copy = self
        for i in copy.lexicons.indices { copy.lexicons[i].entries.removeAll { !ids.contains($0.category) } }
        return copy
    }

    /// Every category id declared by any language.
    public var categoryIDs: Set<String> { Set(lexicons.flatMap { $0.categories.map(\.id) }) }
}
