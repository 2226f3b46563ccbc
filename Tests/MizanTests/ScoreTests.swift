import Foundation
import Testing
@testable import Mizan

/// Voice tagging and article scores on a document whose attributions are built by hand.
@Suite struct ScoreTests {
    static let text = #"The regime crushed the thugs. "These thugs are terrorists," the minister said. Sources said the regime lied."#

    static func range(_ s: String, after: Int = 0) -> TextRange {
        let scalars = Array(text.unicodeScalars), needle = Array(s.unicodeScalars)
        for i in after...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            return TextRange(i, i + needle.count)
        }
        preconditionFailure("\(s) not in text")
    }

    /// The document analysed to tokens, with two attributions added by hand, then the lexicon and score stages.
    static func document() throws -> AnalyzedDocument {
        let data = try MizanData(directory: LexiconFixtures.folder)
        let analyzer = try Analyzer(data: data, options: AnalysisOptions(language: "en", depth: .foundation))
        let base = try analyzer.analyze(text: text)
        let attributions = [
            Attribution(kind: .direct, content: range("These thugs are terrorists,"),
                        cue: .init(range: range("said"), lemma: "say", stance: .neutral), speaker: range("the minister"),
                        speakerCanonical: "the minister", speakerID: 0, sourceKind: .person, confidence: 0.9, rule: "test"),
            Attribution(kind: .indirect, content: range("the regime lied"),
                        cue: .init(range: range("said", after: 70), lemma: "say", stance: .doubt), speaker: range("Sources"),
                        speakerID: 1, sourceKind: .anonymous, isVague: true, confidence: 0.8, rule: "test"),
        ]
        let speakers = [
            Speaker(id: 0, canonical: "the minister", kind: .person, isOfficial: true, mentions: [range("the minister")], attributions: 1, quotedWords: 4),
            Speaker(id: 1, canonical: "Sources", kind: .anonymous, mentions: [range("Sources")], attributions: 1, quotedWords: 3),
        ]
        let withQuotes = base.adding(.attributions) { $0.setAttributions(attributions, speakers: speakers) }.adding(.speakers) { _ in }
        return try ScoreStage().run(try LexiconStage(matcher: data.termMatcher).run(withQuotes))
    }

    @Test func voices() throws {
        let doc = try Self.document()
        let marked = LexiconFixtures.render(doc.text, doc.loadedTerms.map(\.range))
        #expect(marked == #"The [[regime]] crushed the [[thugs]]. "These [[thugs]] are terrorists," the minister said. Sources said the [[regime]] lied."#)
        #expect(doc.loadedTerms.map(\.voice) == [.narrator, .narrator, .quoted, .quoted])
        #expect(doc.loadedTerms.map(\.speakerID) == [nil, nil, 0, 1])
        #expect(doc.loadedTerms.map(\.alternatives) == [["government"], ["protester"], ["protester"], ["government"]])
    }

    @Test func densities() throws {
        let s = try #require(try Self.document().scores)
        // Words: 5 + 7 + 5 = 17; quoted: "These thugs are terrorists" (4) + "the regime lied" (3) = 7; narrator 10.
        #expect(s.words == 17 && s.quoted.words == 7 && s.narrator.words == 10)
        // Narrator: regime (0.6) + thugs (0.8): 2 matches per 10 words = 200 per 1,000; weight 1.4 → 140.
        #expect(s.narrator.overall.matches == 2)
        #expect(abs(s.narrator.overall.weight - 1.4) < 1e-9)
        #expect(s.narrator.overall.perThousandWords == 200)
        #expect(abs(s.narrator.overall.weightedPerThousandWords! - 140) < 1e-9)
        // Quoted: thugs + regime in 7 words: 2000/7 = 285.71…; weighted 1400/7 = 200.
        #expect(abs(s.quoted.overall.perThousandWords! - 2000.0 / 7) < 1e-9)
        #expect(abs(s.quoted.overall.weightedPerThousandWords! - 200) < 1e-9)
        // By category, narrator: delegitimizing 1 of 10 words → 100 (weighted 60); labeling → 100 (80).
        #expect(s.narrator.byCategory["delegitimizing"]?.perThousandWords == 100)
        #expect(abs(s.narrator.byCategory["delegitimizing"]!.weightedPerThousandWords! - 60) < 1e-9)
        #expect(abs(s.narrator.byCategory["labeling"]!.weightedPerThousandWords! - 80) < 1e-9)
        #expect(Set(s.quoted.byCategory.keys) == ["delegitimizing", "labeling"])
        // Contributions: thugs (2 × 0.8 = 1.6) before regime (2 × 0.6 = 1.2), each with both occurrences.
        #expect(s.terms.map(\.entry) == ["thug", "regime"])
        #expect(s.terms.map { [$0.narrator, $0.quoted] } == [[1, 1], [1, 1]])
    }

    @Test func contextSnippets() throws {
        let doc = try Self.document()
        let s = try #require(doc.scores)
        let contexts = s.terms[0].occurrences.map { doc.text[$0.context] }
        // Up to 60 characters either side, cut back to whole words, inside the paragraph: "thugs" ends at 28,
        // 28 + 60 = 88 falls inside "said" (87–91), so the snippet ends after "Sources" (79–86).
        #expect(contexts[0] == #"The regime crushed the thugs. "These thugs are terrorists," the minister said. Sources"#)
        #expect(contexts.allSatisfy { $0.contains("thugs") })
    }

    @Test func attributionProfile() throws {
        let p = try #require(try Self.document().scores).attribution
        #expect(p.attributions == 2)
        #expect(p.byType == [.direct: 1, .indirect: 1])
        #expect(p.bySourceKind == [.person: 1, .anonymous: 1])
        #expect(p.vague == 1 && p.vagueShare == 0.5)
        #expect(p.distinctSpeakers == 2)
        #expect(p.speakerWords == [0: 4, 1: 3])
        // Herfindahl: (4/7)² + (3/7)² = 25/49.
        #expect(abs(p.herfindahl! - 25.0 / 49) < 1e-12)
        // Entropy: −(4/7 ln 4/7 + 3/7 ln 3/7) / ln 2 = 0.98523…
        let h = -(4.0 / 7 * log(4.0 / 7) + 3.0 / 7 * log(3.0 / 7)) / log(2.0)
        #expect(abs(p.normalizedEntropy! - h) < 1e-12 && abs(h - 0.98523) < 1e-5)
        #expect(p.stances == [.neutral: 1, .doubt: 1] && p.withoutCue == 0)
        #expect(p.quotedWords == 7 && abs(p.quotedShare! - 7.0 / 17) < 1e-12)
        #expect(p.officialSpeakers == 1 && p.officialSpeakerShare == 0.5 && p.officialAttributionShare == 0.5)
    }

    @Test func noAttributionsNoRatios() throws {
        let data = try MizanData(directory: LexiconFixtures.folder)
        let doc = try Analyzer(data: data, options: AnalysisOptions(language: "en")).analyze(text: "The thugs won.")
        let s = try #require(doc.scores)
        #expect(s.narrator.words == 3 && s.quoted.words == 0)
        #expect(s.quoted.overall.perThousandWords == nil)
        #expect(s.attribution.vagueShare == nil && s.attribution.herfindahl == nil && s.attribution.quotedShare == 0)
        #expect(doc.loadedTerms.map(\.voice) == [.narrator])
    }

    @Test func innermostAttributionGivesTheVoice() {
        let outer = Attribution(kind: .mixed, content: TextRange(0, 100), cue: nil, speaker: nil, speakerID: 1, sourceKind: .person, confidence: 1, rule: "t")
        let inner = Attribution(kind: .direct, content: TextRange(10, 30), cue: nil, speaker: nil, speakerID: 2, sourceKind: .person, confidence: 1, rule: "t")
        #expect(LexiconStage.voice(of: TextRange(12, 20), in: [outer, inner]) == (.quoted, 2))
        #expect(LexiconStage.voice(of: TextRange(40, 45), in: [outer, inner]) == (.quoted, 1))
        #expect(LexiconStage.voice(of: TextRange(120, 125), in: [outer, inner]) == (.narrator, nil))
        // Straddling a content edge: quoted only if most of it is inside.
        #expect(LexiconStage.voice(of: TextRange(97, 103), in: [outer]) == (.narrator, nil))
        #expect(LexiconStage.voice(of: TextRange(95, 101), in: [outer]) == (.quoted, 1))
    }

    @Test func wordCountInRanges() throws {
        let doc = try Self.document()
        #expect(doc.wordCount(in: Self.range("These thugs are terrorists,")) == 4)
        #expect(doc.wordCount(in: TextRange(0, doc.text.count)) == doc.wordCount())
        #expect(doc.wordCount(in: TextRange(1, 3)) == 0)  // inside "The": no whole token
        #expect(doc.wordCount(in: TextRange(0, 0)) == 0)
    }
}
