import Foundation
import Testing
@testable import Mizan

/// The libxml2-backed page builder: what goes in as text comes out as text, bytes are UTF-8 and stable.
@Suite struct HTMLBuilderTests {
    func page(_ build: (HTMLBuilder) -> Void) -> String {
        let b = HTMLBuilder([("lang", "ar"), ("dir", "rtl")])
        b.element("head") {
            b.element("meta", [("http-equiv", "Content-Type"), ("content", "text/html; charset=utf-8")])
        }
        b.element("body") { build(b) }
        return String(decoding: b.serialize(), as: UTF8.self)
    }

    @Test func writesArabicAsCharactersNotEntities() {
        let html = page { $0.element("p", text: "قال الوزير إن «الوضع مستقر»") }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<p>قال الوزير إن «الوضع مستقر»</p>"))
        #expect(!html.contains("&#"))
    }

    @Test func writesUTF8EvenWithoutADeclaration() {
        // The serializer writes through an output buffer without an encoder, so characters stay themselves
        // whatever the page declares (htmlDocDumpMemoryFormat would write &#1587; here). Pages still declare
        // UTF-8 first, for browsers.
        let b = HTMLBuilder()
        b.element("body") { b.element("p", text: "سلام") }
        let html = String(decoding: b.serialize(), as: UTF8.self)
        #expect(html.contains("<p>سلام</p>"))
    }

    @Test func textIsEscapedNeverParsed() {
        let html = page { b in
            b.element("p", text: "<script>alert(1)</script> & </p><p>")
            b.element("a", [("title", "\" onmouseover=\"alert(1)"), ("class", "x' y")], text: "t")
        }
        #expect(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/p&gt;&lt;p&gt;</p>"))
        #expect(!html.contains("<script"))
        // libxml2 picks the quote that needs no escaping, or escapes " when both occur.
        #expect(html.contains("title='\" onmouseover=\"alert(1)'"))
        #expect(html.contains("class=\"x' y\""))
        let tree = HTMLTree.parse(Array(html.utf8), encoding: "UTF-8")!
        let a = tree.elements(named: "a")[0]
        #expect(tree.nodes[a].attributes.map(\.name) == ["title", "class"])
        #expect(tree.nodes[a].attribute("title") == "\" onmouseover=\"alert(1)")
    }

    @Test func nilAttributesAreLeftOut() {
        let html = page { $0.element("span", [("id", nil), ("class", "c")], text: "x") }
        #expect(html.contains("<span class=\"c\">x</span>"))
    }

    @Test func openAndCloseNest() {
        let html = page { b in
            b.open("p")
            b.open("span", [("class", "q")])
            b.text("أ")
            b.open("mark")
            b.text("ب")
            b.close()
            b.close()
            b.text("ج")
            b.close()
        }
        #expect(html.contains("<p><span class=\"q\">أ<mark>ب</mark></span>ج</p>"))
    }

    @Test func controlCharactersNeverReachTheOutput() {
        let html = page { b in
            b.element("p", [("title", "a\u{0}b\u{202E}c")], text: "x\u{0}y\u{1B}z\u{85}w")
        }
        #expect(html.contains("<p title=\"a\u{FFFD}b[U+202E]c\">x\u{FFFD}y\u{FFFD}z\u{FFFD}w</p>"))
    }

    @Test func bidiControlsInTextBecomeVisibleLabels() {
        let html = page { $0.element("p", text: "abc\u{202E}def\u{2066}") }
        #expect(!html.contains("\u{202E}"))
        #expect(!html.contains("\u{2066}"))
        #expect(html.contains("abc<span class=\"bidi-ctl\" title=\"U+202E RIGHT-TO-LEFT OVERRIDE"))
        #expect(html.contains(">U+202E</span>def<span class=\"bidi-ctl\""))
    }

    @Test func rawTextIsWrittenAsIsInStyle() {
        let html = page { b in b.element("style") { b.rawText("a > b { content: \"&\" }") } }
        #expect(html.contains("<style>a > b { content: \"&\" }</style>"))
    }

    @Test func serializationIsDeterministic() {
        let build: (HTMLBuilder) -> Void = { b in
            for i in 0..<50 { b.element("p", [("id", "p\(i)")], text: "فقرة \(i)") }
        }
        #expect(page(build) == page(build))
    }

    @Test func parseCheckReportsProblems() {
        let good = HTMLParseReport.check(Array(page { $0.element("p", text: "ok") }.utf8))
        #expect(good.problems.isEmpty, "\(good.problems)")
        let bad = HTMLParseReport.check(Array("<!DOCTYPE html><html><body><p>a</span></p><section>x</section></body></html>".utf8))
        #expect(bad.problems.contains { $0.message.contains("Unexpected end tag") })
        #expect(bad.problems.contains { $0.code == HTMLParseReport.unknownTag })
    }
}

/// Cleaning of strings that enter a report, links, and the CSP hash.
@Suite struct ReportTextTests {
    @Test func cleanStringsPassThroughUntouched() {
        #expect(!ReportText.needsCleaning("قال «الوزير» — said the minister\tand\nleft"))
        #expect(ReportText.plain("یوم الماضی") == "یوم الماضی")
        // LRM, RLM and ALM are marks, not overrides: kept.
        #expect(!ReportText.needsCleaning("a\u{200E}b\u{200F}c\u{061C}"))
    }

    @Test func everyBidiControlIsNeutralized() {
        for v in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let c = Unicode.Scalar(v)!
            let s = "x" + String(Character(c)) + "y"
            #expect(ReportText.needsCleaning(s))
            #expect(!ReportText.plain(s).unicodeScalars.contains(c))
            #expect(ReportText.pieces(s) == [.text("x"), .control(c), .text("y")])
        }
        #expect(ReportText.plain("\u{202E}evil") == "[U+202E]evil")
    }

    @Test func linksAreOnlyHTTP() {
        #expect(ReportText.isSafeLink("https://www.alwaght.net/ar/News/12345"))
        #expect(ReportText.isSafeLink("http://example.com/a?b=c#d"))
        #expect(ReportText.isSafeLink("HTTPS://EXAMPLE.COM"))
        for bad in ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x",
                    "//evil.example/x", "/relative/path", "https:///x", "https://a.example/\u{202E}gpj.exe", "https://a b.example",
                    "http://x.example/\"onmouseover=\"alert(1)", "https://x.example/\n", "ftp://x.example/"] {
            #expect(!ReportText.isSafeLink(bad), "\(bad)")
        }
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(SHA256.digest(Array("".utf8))) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 1_000))) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // The value Chromium printed for this script when it was blocked by a wrong hash.
        #expect(SHA256.cspSource("document.documentElement.classList.add('js')") == "'sha256-Du+OJKJSbdUgz5nrHeWWINvez6XKDDU/tyj/5c2uvwo='")
    }

    @Test func base64Padding() {
        #expect(SHA256.base64(Array("f".utf8)) == "Zg==")
        #expect(SHA256.base64(Array("fo".utf8)) == "Zm8=")
        #expect(SHA256.base64(Array("foo".utf8)) == "Zm9v")
    }

    @Test func numbersAreFormattedTheSameEverywhere() {
        #expect(ReportFormat.integer(5000) == "5,000")
        #expect(ReportFormat.integer(1_234_567) == "1,234,567")
        #expect(ReportFormat.integer(-12) == "-12")
        #expect(ReportFormat.decimal(10.989, 1) == "11.0")
        #expect(ReportFormat.decimal(-0.01, 1) == "0.0")
        #expect(ReportFormat.percent(0.25) == "25%")
        #expect(ReportFormat.coordinate(106.6666) == "106.67")
        #expect(ReportFormat.coordinate(12.0) == "12")
    }

    @Test func coloursAreOnlyHex() {
        #expect(ReportColor(hex: "#C0392B")?.hex == "#c0392b")
        #expect(ReportColor(hex: "#abc")?.hex == "#aabbcc")
        #expect(ReportColor(hex: "red") == nil)
        #expect(ReportColor(hex: "#c0392b;}</style><script>") == nil)
        #expect(ReportColor("url(javascript:x)").hex == ReportColor.neutral.hex)
    }
}
