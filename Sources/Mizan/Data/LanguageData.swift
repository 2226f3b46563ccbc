import Foundation

/// All language data mizan loads from a `Lexicons` folder, validated. Immutable and shareable across tasks.
public struct MizanData: Sendable {
    /// The folder the data came from.
    public let directory: URL
    /// Normalized function words per language, for language identification.
    public let functionWords: [String: Set<String>]
    /// Arabic words whose first letters look like proclitics but belong to the stem.
    public let arabicProtectedStems: Set<String>
    /// Quote-extraction data per language (`Lexicons/<lang>/quotes/`).
    public let quoteLexicons: [String: QuoteLexicon]
    /// The loaded-term lexicons of `directory` (every `<lang>/manifest.json` with its `terms/*.tsv`).
    public let baseLexicons: LexiconSet
    /// The lexicons in use: ``baseLexicons`` with ``lexiconOptions`` applied.
    public private(set) var lexicons: LexiconSet
    /// The options ``lexicons`` and ``termMatcher`` reflect.
    public private(set) var lexiconOptions: LexiconOptions
    /// ``lexicons``, compiled.
    public private(set) var termMatcher: LoadedTermMatcher

    /// Loads and validates everything under `directory`.
    /// - Throws: ``MizanError/badData(path:line:reason:)`` with the file and line of the first problem.
    public init(directory: URL) throws {
        self.directory = directory
        var words: [String: Set<String>] = [:]
        for lang in ["ar", "fa", "en"] {
            let url = directory.appendingPathComponent("\(lang)/function-words.txt")
            if FileManager.default.fileExists(atPath: url.path) { words[lang] = try DataFile.wordSet(url) }
        }
        functionWords = words
        let stems = directory.appendingPathComponent("ar/clitic-stems.txt")
        arabicProtectedStems = FileManager.default.fileExists(atPath: stems.path) ? try DataFile.wordSet(stems) : []
        var quotes: [String: QuoteLexicon] = [:]
        for lang in ["ar", "en"] {
            if let q = try QuoteLexicon.load(directory: directory, language: lang) { quotes[lang] = q }
        }
        quoteLexicons = quotes
        baseLexicons = try LexiconLoader.loadAll(root: directory)
        lexicons = baseLexicons
        lexiconOptions = LexiconOptions()
        termMatcher = LoadedTermMatcher(baseLexicons, protectedStems: arabicProtectedStems)
    }

    /// Loads the data found by ``DataDirectory/locate(explicit:environment:)``.
    public static func load(dataDirectory: String? = nil) throws -> MizanData {
        try MizanData(directory: DataDirectory.locate(explicit: dataDirectory))
    }

    /// This data with extra lexicons merged over the base ones and a category selection applied, compiled
    /// once (share the result between workers). Returns `self` when `options` are already applied.
    /// - Throws: ``MizanError/badData(path:line:reason:)`` for a bad extra lexicon, ``MizanError/usage(_:)``
    ///   for an unknown category.
    public func applying(_ options: LexiconOptions) throws -> MizanData {
        if options == lexiconOptions { return self }
        var set = baseLexicons
        for path in options.paths {
            for l in try LexiconLoader.loadExtra(path, base: set).lexicons { set.add(l) }
        }
        if let selected = options.categories {
            let known = set.categoryIDs
            for c in selected where !known.contains(c) {
                throw MizanError.usage("--categories: unknown category '\(c)' (known: \(known.sorted().joined(separator: ", ")))")
            }
            set = set.selecting(categories: Set(selected))
        }
        var copy = self
        copy.lexicons = set
        copy.lexiconOptions = options
        copy.termMatcher = LoadedTermMatcher(set, protectedStems: arabicProtectedStems)
        return copy
    }
}

/// Which lexicons the analysis uses besides the data folder's own.
public struct LexiconOptions: Sendable, Hashable {
    /// Extra lexicons (`--lexicon`): TSV files, language folders or `Lexicons` folders, applied in order;
    /// an entry whose normalized term is already present replaces it.
    public var paths: [String]
    /// Category ids to keep (`--categories`); nil keeps all.
    public var categories: [String]?

    public init(paths: [String] = [], categories: [String]? = nil) {
        self.paths = paths
        self.categories = categories
    }
}
