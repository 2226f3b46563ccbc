import Foundation
import Testing
@testable import Mizan

@Suite struct JSONRecordParserTests {
    func parse(_ s: String) throws -> [String: String] { try JSONRecordParser.parse(Array(s.utf8)) }

    @Test func stringsNumbersBooleansAndArrays() throws {
        let r = try parse(#"{"id": 7, "text": "قال الوزير", "ok": true, "x": null, "authors": ["A", "B"], "nested": {"a": 1}, "f": -1.5e3}"#)
        #expect(r["id"] == "7")
        #expect(r["text"] == "قال الوزير")
        #expect(r["ok"] == "true")
        #expect(r["x"] == nil)
        #expect(r["authors"] == "A, B")
        #expect(r["nested"] == nil)
        #expect(r["f"] == "-1.5e3")
    }

    @Test func escapesIncludingSurrogatePairs() throws {
        let r = try parse(#"{"t": "a\"b\\c\/d\n\t\u0645\ud83d\ude00"}"#)
        #expect(r["t"] == "a\"b\\c/d\n\tم😀")
    }

    @Test(arguments: [
        #"not json"#, #"{"a": }"#, #"{"a": "unterminated}"#, #"{"a": 1,}"#, #"{"a": 1} trailing"#, #"[1, 2]"#, #"{"a": "\x"}"#, "{\"a\": \"tab\there\"}",
    ])
    func rejectsMalformedLines(_ line: String) {
        #expect(throws: JSONRecordParser.Failure.self) { try parse(line) }
    }

    /// Strings are scanned sixteen bytes at a time: quotes, backslashes and control characters at every
    /// position around a block boundary, in strings of every length up to three blocks, parse as
    /// Foundation's JSON parser reads them.
    @Test func stringsScannedInBlocksMatchFoundation() throws {
        var rng = SeededGenerator(seed: 16)
        let pieces = ["a", "é", "ق", "\\\"", "\\\\", "\\n", "\\u0041", "\\ud83d\\ude00", " ", "\\t", "/"]
        for _ in 0..<2_000 {
            var body = ""
            for _ in 0..<rng.below(48) { body += rng.pick(pieces) }
            let json = "{\"text\": \"" + body + "\", \"id\": \"x\"}"
            let mine = try parse(json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
            #expect(mine["text"] == object["text"], "\(json)")
            #expect(mine["id"] == "x")
        }
        // A raw control character inside a string is an error wherever it falls.
        for k in 0..<40 {
            let json = "{\"text\": \"" + String(repeating: "a", count: k) + "\u{01}b\"}"
            #expect(throws: (any Error).self) { try parse(json) }
        }
    }
}
