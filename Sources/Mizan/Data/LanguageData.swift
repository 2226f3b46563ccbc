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
    }

    /// Loads the data found by ``DataDirectory/locate(explicit:environment:)``.
    public static func load(dataDirectory: String? = nil) throws -> MizanData {
        try MizanData(directory: DataDirectory.locate(explicit: dataDirectory))
    }
}
