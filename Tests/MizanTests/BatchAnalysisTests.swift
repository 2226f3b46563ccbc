import Foundation
import Testing
@testable import Mizan

/// Corpus runs pass articles through the pipeline in batches, stage by stage (`Analyzer.analyze(batch:)`).
@Suite struct BatchAnalysisTests {
    /// A batch gives, input by input and in order, what analysing each input alone gives (the same JSON
    /// document, tokens and normalized text included), and an input that cannot be read gets its own
    /// error while the others go on.
    @Test func batchGivesWhatEachInputGivesAlone() throws {
        let analyzer = try TestSupport.analyzer()
        let inputs = [
            ArticleInput(id: "en", text: "\"We will not back down,\" the minister said on Tuesday. Officials said the talks would resume."),
            ArticleInput(id: "empty", text: ""),
            ArticleInput(id: "ar", text: "وقال الوزير إن الزيارة ناجحة، مؤكداً أن «التعاون مستمر»."),
            ArticleInput(metadata: DocumentMetadata(id: "binary"), body: .textBytes([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])),
            ArticleInput(id: "en2", text: "According to two officials, the plan was dropped. \"It is over,\" one said."),
        ]
        let json = DocumentJSON(include: [.tokens, .normalized], pretty: false)
        let batch = analyzer.analyze(batch: inputs)
        #expect(batch.count == inputs.count)
        var analyzed = 0
        for (input, result) in zip(inputs, batch) {
            switch (Result { try analyzer.analyze(input) }, result) {
            case (.success(let alone), .success(let batched)):
                #expect(json.encode(alone) == json.encode(batched), "\(input.metadata.id)")
                analyzed += 1
            case (.failure(let alone), .failure(let batched)):
                #expect("\(alone)" == "\(batched)", "\(input.metadata.id)")
            default:
                Issue.record("\(input.metadata.id): alone and in a batch differ in outcome")
            }
        }
        #expect(analyzed == 3)
        #expect(analyzer.analyze(batch: []).isEmpty)
    }
}
