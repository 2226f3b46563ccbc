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
}
