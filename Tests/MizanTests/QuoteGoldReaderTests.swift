import Foundation
import Testing
@testable import Mizan

/// The brat reader of `mizan evaluate quotes` (PolNeAR's layout: `text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`).
@Suite struct QuoteGoldReaderTests {
    // Offsets:    0    5    10   15   20   25   30   35   40   45   50
    //             |    |    |    |    |    |    |    |    |    |    |
    static let text = "Smith said the plan works. \u{201C}It is good,\u{201D} she added."
    static let annotation = [
        "T1\tSource 0 5\tSmith",
        "T2\tCue 6 10\tsaid",
        "T3\tContent 11 25\tthe plan works",
        "T4\tAttribution 6 10\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "",
        "T5\tSource 41 44\tshe",
        "T6\tCue 45 50\tadded",
        "T7\tContent 28 38;38 39\tIt is good ,",
        "T8\tAttribution 45 50\tadded",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    ]

    private func folder(lineEnd: String) throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        for sub in ["text", "attributions"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try Self.text.write(to: dir.appendingPathComponent("text/story.txt"), atomically: true, encoding: .utf8)
        let ann = Self.annotation.joined(separator: lineEnd) + lineEnd
        try ann.write(to: dir.appendingPathComponent("attributions/story_annotator1.ann"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func readsBratAttributions() throws {
        let docs = try QuoteGoldReader.read(try folder(lineEnd: "\n").path)
        let doc = try #require(docs.first)
        #expect(docs.count == 1 && doc.id == "story" && doc.items.count == 2)
        #expect(doc.items[0].content == [TextRange(11, 25)] && doc.items[0].cue == TextRange(6, 10) && doc.items[0].speaker == [TextRange(0, 5)])
        // A discontinuous span keeps its pieces.
        #expect(doc.items[1].content == [TextRange(28, 38), TextRange(38, 39)] && doc.items[1].speaker == [TextRange(41, 44)])
        let scalars = Array(Self.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[41..<44])) == "she" && String(String.UnicodeScalarView(scalars[45..<50])) == "added")
    }

    /// Annotation files saved with Windows line ends read the same (they used to read as one line:
    /// no attribution at all).
    @Test func windowsLineEndsReadTheSame() throws {
        let lf = try QuoteGoldReader.read(try folder(lineEnd: "\n").path)
        let crlf = try QuoteGoldReader.read(try folder(lineEnd: "\r\n").path)
        #expect(crlf.count == 1 && crlf[0].items.count == 2)
        #expect(crlf[0].items.map(\.content) == lf[0].items.map(\.content))
        #expect(crlf[0].items.map(\.cue) == lf[0].items.map(\.cue))
        #expect(crlf[0].items.map(\.speaker) == lf[0].items.map(\.speaker))
    }
}
