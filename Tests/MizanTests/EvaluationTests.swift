import Foundation
import Testing
@testable import Mizan

@Suite struct SpanScorerTests {
    typealias S = SpanScorer

    @Test func oneOverlap() {
        // gold [0,10), predicted [5,15): |s∩t| = 5. P = (5/10)/1 = 0.5, R = (5/10)/1 = 0.5, F1 = 0.5.
        let s = S.score(predicted: [5..<15], gold: [0..<10])
        #expect(s.precision == 0.5 && s.recall == 0.5 && s.f1 == 0.5)
    }

    @Test func partialCreditAndAMiss() {
        // gold t1 [0,4), t2 [10,20); predicted s1 [0,2), s2 [12,14), s3 [30,35).
        // s1∩t1 = 2: P += 2/2, R += 2/4.  s2∩t2 = 2: P += 2/2, R += 2/10.  s3 overlaps nothing.
        // P = (1 + 1 + 0)/3 = 2/3; R = (0.5 + 0.2)/2 = 0.35; F1 = 2·(2/3)·0.35/(2/3 + 0.35) = 0.459016…
        let s = S.score(predicted: [0..<2, 12..<14, 30..<35], gold: [0..<4, 10..<20])
        #expect(abs(s.precision - 2.0 / 3) < 1e-12)
        #expect(abs(s.recall - 0.35) < 1e-12)
        #expect(abs(s.f1 - 0.459016) < 1e-6)
    }

    @Test func documentsAreSummedNotAveraged() {
        // Doc A as in oneOverlap (P 0.5/1, R 0.5/1) and doc B as in partialCreditAndAMiss (P 2/3, R 0.7/2):
        // P = (0.5 + 2)/(1 + 3) = 0.625; R = (0.5 + 0.7)/(1 + 2) = 0.4; F1 = 2·0.625·0.4/1.025 = 0.487804…
        let s = S.score(documents: [([5..<15], [0..<10]), ([0..<2, 12..<14, 30..<35], [0..<4, 10..<20])])
        #expect(abs(s.precision - 0.625) < 1e-12 && abs(s.recall - 0.4) < 1e-12)
        #expect(abs(s.f1 - 0.487804) < 1e-6)
    }

    @Test func overlappingGoldSpansAreMerged() {
        // LL [0,10) and NC [5,12) on the same words count as one gold span [0,12); a prediction [0,12) is
        // then perfect. (Unmerged, P would be (10/12 + 7/12)/1 = 1.42: more than one.)
        #expect(S.merge([0..<10, 5..<12]) == [0..<12])
        #expect(S.merge([0..<5, 5..<10]) == [0..<5, 5..<10])  // touching is not overlapping
        #expect(S.merge([3..<3, 1..<2]) == [1..<2])
        let s = S.score(predicted: [0..<12], gold: [0..<10, 5..<12])
        #expect(s.precision == 1 && s.recall == 1)
    }

    @Test func emptySides() {
        #expect(S.score(predicted: [], gold: [0..<3]).f1 == 0)
        #expect(S.score(predicted: [0..<3], gold: []).precision == 0)
    }

    @Test func detection() {
        // tp 2, fp 1, fn 1: P = R = F1 = 2/3.
        var d = DetectionScore()
        for (p, g) in [(true, true), (true, true), (true, false), (false, true), (false, false)] { d.add(predicted: p, gold: g) }
        #expect(abs(d.precision - 2.0 / 3) < 1e-12 && abs(d.recall - 2.0 / 3) < 1e-12 && abs(d.f1 - 2.0 / 3) < 1e-12)
    }
}

@Suite struct TermEvaluationTests {
    @Test func scoresAHandMadeDocument() throws {
        // "thugs" [4,9) is gold Name_Calling and predicted (labeling → Name_Calling,Labeling): full credit.
        // "regime" [17,23) is predicted (delegitimizing → Name_Calling,Labeling) but not gold: P += 0.
        // "rioted" [24,30) is gold Loaded_Language and not predicted: R += 0.
        // P = (1 + 0)/2 = 0.5, R = (1 + 0)/2 = 0.5. The one paragraph is detected (tp 1).
        let text = "The thugs of the regime rioted."
        let gold = GoldDocument(id: "d1", text: text, language: "en",
                                spans: [.init(technique: "Name_Calling,Labeling", range: 4..<9), .init(technique: "Loaded_Language", range: 24..<30),
                                        .init(technique: "Doubt", range: 0..<3)],
                                paragraphs: [0..<31])
        let evaluation = try TermEvaluation(data: try MizanData(directory: LexiconFixtures.folder))
        let r = try evaluation.run([gold])
        #expect(r.score.precision == 0.5 && r.score.recall == 0.5)
        #expect(r.paragraphs.truePositives == 1 && r.paragraphs.falsePositives == 0)
        let nc = try #require(r.techniques.first { $0.technique == "Name_Calling,Labeling" })
        #expect(nc.gold == 1 && nc.recallAll == 1 && nc.recallMapped == 1)
        #expect(r.techniques.first { $0.technique == "Doubt" }?.recallAll == 0)
        #expect(r.entries.first?.entry == "regime" && r.entries.first?.falsePositives == 1)
        #expect(r.scoredCategories == ["delegitimizing", "labeling"])
    }

    @Test func readsArMPro() throws {
        guard let url = TestSupport.shared("armpro/ArMPro_span_dev_V2.jsonl") else { return }
        let docs = try GoldReader.read(url.path)
        #expect(docs.count == 672)
        let ll = docs.flatMap(\.spans).filter { GoldDocument.isLoadedOrNameCalling($0.technique) }
        #expect(ll.count == 851)
        // Offsets are code points: the slice is the label's text.
        let doc = try #require(docs.first { !$0.spans.isEmpty })
        let scalars = Array(doc.text.unicodeScalars)
        let span = doc.spans[0]
        #expect(!String(String.UnicodeScalarView(scalars[span.range])).isEmpty)
    }

    @Test func readsPTC() throws {
        guard let url = TestSupport.shared("ptc") else { return }
        let docs = try GoldReader.read(url.path)
        #expect(docs.count == 300)
        #expect(docs.flatMap(\.spans).filter { GoldDocument.isLoadedOrNameCalling($0.technique) }.count == 1687 + 764)
        #expect(docs.allSatisfy { $0.language == "en" && !$0.paragraphs.isEmpty })
    }
}
