import Testing
@testable import Mizan

/// Pairing and error lines of `mizan evaluate quotes`. Offsets are into the text below:
/// `“We will win,” Smith said.`: the quotation's words 1..<13, "Smith" 15..<20, "said" 21..<25.
@Suite struct QuoteEvaluationTests {
    static let text = "“We will win,” Smith said."
    typealias Item = QuoteGoldDocument.Item

    static func gold(_ items: [Item]) -> QuoteGoldDocument {
        QuoteGoldDocument(id: "t", text: text, language: "en", items: items)
    }

    static let quote = [TextRange(1, 13)]
    /// The same content, nested in gold under another cue and source (PolNeAR nests attributions).
    static let other = Item(kind: .direct, content: quote, cue: TextRange(0, 1), speaker: [TextRange(0, 1)], speakerCanonical: nil, sourceKind: nil)
    static let same = Item(kind: .direct, content: quote, cue: TextRange(21, 25), speaker: [TextRange(15, 20)], speakerCanonical: nil, sourceKind: nil)

    @Test func equallyGoodContentsPairByCue() throws {
        // Both gold items cover the predicted content equally; the one with the prediction's cue is its pair,
        // whichever comes first.
        for items in [[Self.other, Self.same], [Self.same, Self.other]] {
            let report = try QuoteEvaluation(data: TestSupport.data).evaluate([Self.gold(items)], collectErrors: true)
            #expect(report.overlap03.matched == 1)
            #expect(report.speakerCorrect == 1)
            // The other gold item is missed, and the prediction that covers it is taken.
            #expect(report.errors.contains { $0.hasPrefix("t\tMISSED") && $0.hasSuffix("\ttaken 1.00") })
        }
    }

    @Test func aSpeakerErrorShowsBothCues() throws {
        let wrong = Item(kind: .direct, content: Self.quote, cue: TextRange(0, 1), speaker: [TextRange(0, 1)], speakerCanonical: nil, sourceKind: nil)
        let report = try QuoteEvaluation(data: TestSupport.data).evaluate([Self.gold([wrong])], collectErrors: true)
        #expect(report.errors.contains { $0.contains("\tSPEAKER[quote-then-cue]\t") && $0.contains("\tcue=“|said\t") })
    }
}
