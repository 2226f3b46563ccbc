import Testing
@testable import Mizan

/// How a page's bytes are decoded: caller, byte order mark, valid UTF-8, declaration, or ICU's guess.
@Suite struct HTMLCharsetTests {
    func declared(_ html: String) -> String? { HTMLCharset.declaredCharset(Array(html.utf8)) }

    @Test func declarationsInTheHead() {
        #expect(declared("<html><head><meta charset=\"windows-1256\"></head>") == "windows-1256")
        #expect(declared("<meta charset=UTF-8>") == "utf-8")
        #expect(declared("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-6\">") == "iso-8859-6")
        #expect(declared("<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>") == "windows-1252")
        #expect(declared("<html><head><title>no charset</title></head><body><meta charset=\"koi8-r\">") == nil)
        #expect(declared("<!-- <meta charset=\"big5\"> --><meta charset=\"utf-8\">") == "utf-8")
        #expect(declared("<metadata charset=\"big5\">") == nil)
    }

    @Test func labelsFollowTheWebsAliases() {
        #expect(HTMLCharset.canonicalName("ISO-8859-1") == "windows-1252")
        #expect(HTMLCharset.canonicalName(" us-ascii ") == "windows-1252")
        #expect(HTMLCharset.canonicalName("cp1256") == "windows-1256")
        #expect(HTMLCharset.canonicalName("arabic") == "ISO-8859-6")
        #expect(HTMLCharset.canonicalName("utf8") == "UTF-8")
        #expect(HTMLCharset.canonicalName("utf-16") == "UTF-8")
    }

    @Test func libxml2KnowsTheArabicCharsets() {
        #expect(LibXML2.knowsEncoding("windows-1256"))
        #expect(LibXML2.knowsEncoding("ISO-8859-6"))
        #expect(LibXML2.knowsEncoding("windows-1252"))
        #expect(!LibXML2.knowsEncoding("no-such-charset"))
    }

    @Test func choices() throws {
        let ascii = Array("<html><body>plain</body></html>".utf8)
        #expect(HTMLCharset.choose(ascii, override: nil).encoding == "UTF-8")
        #expect(HTMLCharset.choose(ascii, override: "windows-1256").source == .caller)
        #expect(HTMLCharset.choose([0xEF, 0xBB, 0xBF] + ascii, override: nil).source == .byteOrderMark)

        let legacy = try #require(LibXML2.encode("<meta charset=\"cp1256\"><p>السلام عليكم ورحمة الله</p>", charset: "windows-1256"))
        let choice = HTMLCharset.choose(legacy, override: nil)
        #expect(choice.encoding == "windows-1256")
        #expect(choice.source == .declared)
        #expect(choice.findings.isEmpty)

        let unknown = Array("<meta charset=\"x-martian\"><p>caf\u{E9}</p>".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let guessed = HTMLCharset.choose(unknown, override: nil)
        #expect(guessed.source == .guessed)
        #expect(guessed.findings.map(\.code) == ["html.charset-unknown", "html.charset-guessed"])
    }

    @Test func repairingInvalidUTF8() {
        #expect(HTMLCharset.repairUTF8([0x61, 0xFF, 0x62, 0xC3, 0xA9]) == [0x61, 0xEF, 0xBF, 0xBD, 0x62, 0xC3, 0xA9])
    }

    @Test func markupIsStrippedBeforeGuessing() {
        #expect(HTMLCharset.strippingMarkup(Array("<p class=\"x\">ab</p>c".utf8)) == Array(" ab c".utf8))
    }
}
