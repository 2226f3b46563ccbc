import Foundation
import Testing
@testable import Mizan

/// The JSON writer's escaping, and its two ways of writing a string (from a `String`, and from a slice of
/// a document's scalars, the path spans take) agreeing byte for byte.
@Suite struct JSONWriterTests {
    /// `body` written as the one member of an object, or (key nil) the one element of an array.
    private func written(object: Bool = false, _ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: false)
        if object { w.beginObject() } else { w.beginArray() }
        body(&w)
        if object { w.endObject() } else { w.endArray() }
        return w.output
    }

    @Test func escapes() {
        // text:      a "q" \ <U+0001> <tab> <LF> <U+2028> <U+2029> é 😀
        let s = "a \"q\" \\ \u{01} \t \n \u{2028} \u{2029} é 😀"
        let expected = #"["a \"q\" \\ \u0001 \t \n \u2028 \u2029 é 😀"]"#
        #expect(written { $0.string(nil, s) } == expected)
        #expect(written { $0.string(nil, scalars: ArraySlice(Array(s.unicodeScalars))) } == expected)
        #expect(written { $0.string(nil, "\u{08}\u{0C}\r\u{1F}") } == #"["\b\f\r\u001f"]"#)
    }

    @Test func bothPathsAgreeAndParseBack() throws {
        var rng = SeededGenerator(seed: 2028)
        let pool: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "/", "\u{00}", "\u{01}", "\u{08}", "\t", "\n", "\r", "\u{1F}",
                                      "\u{7F}", "\u{80}", "é", "ب", "ی", "\u{200F}", "\u{202E}", "\u{2028}", "\u{2029}", "\u{E2}",
                                      "€", "\u{FFFD}", "😀", "\u{10FFFF}"]
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 0...24, using: &rng)).map { _ in pool[Int.random(in: 0..<pool.count, using: &rng)] }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let s = String(view)
            let a = written(object: true) { $0.string("k", s) }
            let b = written(object: true) { $0.string("k", scalars: ArraySlice(scalars)) }
            #expect(a == b)
            let parsed = try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: String]
            #expect(parsed?["k"].map { Array($0.unicodeScalars) } == scalars, "\(a)")
        }
    }
}
