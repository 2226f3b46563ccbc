import Foundation
import Testing
@testable import Mizan

@Suite struct DecodingTests {
    let decoder = TextDecoder()
    let arabic = "قال وزير الخارجية إن المحادثات مع الجانب الآخر كانت مثمرة، وإن الطرفين اتفقا على مواصلة الحوار في الأسابيع المقبلة من أجل التوصل إلى حل شامل للأزمة."

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decoder.decode(Array(arabic.utf8), path: "a.txt").text == arabic)
        let bom = try decoder.decode([0xEF, 0xBB, 0xBF] + Array(arabic.utf8), path: "a.txt")
        #expect(bom.text == arabic)
        #expect(bom.encoding == "utf-8")
    }

    @Test func utf16WithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE] + arabic.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + arabic.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoder.decode(le, path: "le.txt").text == arabic)
        #expect(try decoder.decode(be, path: "be.txt").encoding == "utf-16be")
        #expect(try decoder.decode(be, path: "be.txt").text == arabic)
    }

    @Test(arguments: ["windows-1256", "ISO-8859-6"])
    func legacyArabicCharsets(_ charset: String) throws {
        // ISO-8859-6 has no Persian letters or some punctuation, so use plain Arabic text.
        let text = String(repeating: arabic.replacingOccurrences(of: "،", with: ",") + "\n", count: 3)
        let bytes = try #require(ICU.encode(text, charset: charset))
        let r = try decoder.decode(bytes, path: "legacy.txt")
        #expect(r.text == text)
        #expect(r.encoding.lowercased() == charset.lowercased())
        #expect(r.findings.contains { $0.code == "decode.legacy-charset" })
    }

    @Test func invalidUTF8BecomesReplacementWithByteOffset() throws {
        // "abc" + 0xFF + "دمشق" : the bad byte is at byte offset 3.
        let bytes = Array("abc".utf8) + [0xFF] + Array("دمشق".utf8)
        let r = try decoder.decode(bytes, path: "bad.txt")
        #expect(r.text == "abc\u{FFFD}دمشق")
        #expect(r.findings.map(\.byteOffset) == [3])
        #expect(r.findings.first?.message.contains("byte offset 3") == true)
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG"),
        (Array("%PDF-1.7\n".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP"),
        ([0x00, 0x01, 0x02, 0x03, 0x00, 0xFF, 0x10, 0x00, 0x00, 0x07], "NUL"),
    ] as [([UInt8], String)])
    func binaryIsRefused(_ bytes: [UInt8], _ kind: String) {
        #expect {
            try decoder.decode(bytes, path: "x.bin")
        } throws: { error in
            guard case .notText(let path, let k) = error as? MizanError else { return false }
            return path == "x.bin" && k.contains(kind)
        }
    }

    @Test func emptyIsRefused() {
        #expect(throws: MizanError.emptyInput(path: "e.txt")) { try decoder.decode([], path: "e.txt") }
    }
}
