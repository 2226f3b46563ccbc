import Foundation
import Testing
@testable import Mizan

/// Paths and shared fixtures for tests.
enum TestSupport {
    /// The package root (this file is Tests/MizanTests/Support.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's language data.
    static let data: MizanData = {
        do { return try MizanData(directory: root.appendingPathComponent("Lexicons")) } catch {
            preconditionFailure("the repository's Lexicons do not load: \(error)")
        }
    }()

    /// `../shared/data`, when present.
    static var sharedData: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A file in `../shared/data`, or nil after printing why the test is skipped.
    static func shared(_ relative: String, for test: String = #function) -> URL? {
        guard let base = sharedData else {
            print("SKIP \(test): ../shared/data is absent; this test needs \(relative)")
            return nil
        }
        let url = base.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("SKIP \(test): \(url.path) is absent")
            return nil
        }
        return url
    }

    static func analyzer(language: String? = nil) throws -> Analyzer {
        try Analyzer(data: data, options: AnalysisOptions(language: language, cliticSplits: true))
    }

    /// A fresh temporary folder.
    /// ICU's boundaries of `text` as scalar offsets, each with the rule status of the segment ending there.
    static func icuBoundaries(_ text: [Unicode.Scalar], _ breaker: BreakIterator) -> [(offset: Int, status: Int32)] {
        let utf16 = UTF16View(text[...], base: 0)
        let b = utf16.units.withUnsafeBufferPointer { breaker.boundaries(of: $0) }
        return zip(b.offsets, b.statuses).map { (utf16.scalarOffset(Int($0)), $1) }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension AnalyzedDocument {
    /// Texts of the sentences, for readable assertions.
    var sentenceTexts: [String] { sentences.map { text[$0.range] } }
    var paragraphTexts: [String] { paragraphs.map { text[$0.range] } }
}
