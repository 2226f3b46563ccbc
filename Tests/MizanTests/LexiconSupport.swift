import Foundation
@testable import Mizan

/// Fixtures and helpers for lexicon tests.
enum LexiconFixtures {
    static let folder = TestSupport.root.appendingPathComponent("Tests/Fixtures/lexicon")
    static let badFolder = TestSupport.root.appendingPathComponent("Tests/Fixtures/lexicon-bad")

    /// The test lexicons (Tests/Fixtures/lexicon/{ar,en}).
    static let lexicons: LexiconSet = {
        do { return try LexiconLoader.loadAll(root: folder) } catch {
            preconditionFailure("the test lexicons do not load: \(error)")
        }
    }()

    static let matcher = LoadedTermMatcher(lexicons)

    /// The curated lexicons being written in ../main/Lexicons, when present.
    static var curated: URL? {
        let url = TestSupport.root.deletingLastPathComponent().appendingPathComponent("main/Lexicons")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("ar/terms").path) ? url : nil
    }

    /// `text` with every match of `matcher` wrapped in `[[…]]`.
    static func marked(_ text: String, _ matcher: LoadedTermMatcher = matcher) -> String {
        let original = DocumentText(text)
        let normalized = TextNormalizer.standard.normalize(original)
        return render(original, matcher.matches(in: normalized, original: original.scalars).map(\.range))
    }

    /// The entries matched in `text`, in order.
    static func entries(_ text: String, _ matcher: LoadedTermMatcher = matcher) -> [String] {
        let original = DocumentText(text)
        let normalized = TextNormalizer.standard.normalize(original)
        return matcher.matches(in: normalized, original: original.scalars).map { matcher.entries[$0.entry].term }
    }

    /// Wraps the ranges (sorted, disjoint) in `[[…]]`.
    static func render(_ text: DocumentText, _ ranges: [TextRange]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        for r in ranges {
            out.append(contentsOf: text.scalars[i..<r.start])
            out.append(contentsOf: "[[".unicodeScalars)
            out.append(contentsOf: text.scalars[r.start..<r.end])
            out.append(contentsOf: "]]".unicodeScalars)
            i = r.end
        }
        out.append(contentsOf: text.scalars[i...])
        return String(out)
    }

    /// A lexicon entry built in code.
    static func entry(_ term: String, _ category: String = "loaded", language: String = "en", forms: [String] = [],
                      weight: Double = 0.5, match: MatchOptions = MatchOptions(inflect: true), line: Int = 1) -> LexiconEntry {
        LexiconEntry(language: language, term: term, forms: forms, category: category, weight: weight, note: "test",
                     match: match, location: SourceLocation(path: "test.tsv", line: line))
    }
}

/// SplitMix64: a small deterministic generator for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededGenerator {
    /// A number in `0..<n` (plain modulo, so a seed always gives the same sequence).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
