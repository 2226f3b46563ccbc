import Foundation
import Testing
@testable import Mizan

@Suite struct InputReaderTests {
    func read(_ paths: [String], options: InputOptions = InputOptions()) -> [InputReader.Item] {
        Array(InputReader(paths: paths, options: options))
    }

    func articles(_ items: [InputReader.Item]) -> [ArticleInput] {
        items.compactMap { if case .article(let a) = $0 { return a } else { return nil } }
    }

    func failures(_ items: [InputReader.Item]) -> [MizanError] {
        items.compactMap { if case .failure(let e) = $0 { return e } else { return nil } }
    }

    func text(_ a: ArticleInput) -> String? {
        switch a.body {
        case .text(let s): return s
        case .textBytes(let b): return String(decoding: b, as: UTF8.self)
        case .html: return nil
        }
    }

    @Test func jsonlRecordsAndABadLine() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("corpus.jsonl")
        try """
        {"id": "a1", "text": "قال الوزير إن الزيارة ناجحة", "outlet": "alwaght", "lang": "ar", "title": "زيارة"}
        this line is not JSON
        {"id": 7, "text": "The minister said the visit went well.", "date": "2017-10-20", "url": "https://example.org/x"}

        {"id": "empty", "text": "   "}
        {"id": "h", "html": "<html><body><p>Hello there, reader.</p></body></html>"}
        """.write(to: file, atomically: true, encoding: .utf8)
        let items = read([file.path])
        let a = articles(items)
        #expect(a.map(\.metadata.id) == ["a1", "7", "h"])
        #expect(a[0].metadata.outlet == "alwaght")
        #expect(a[0].metadata.declaredLanguage == "ar")
        #expect(a[0].metadata.title == "زيارة")
        #expect(a[1].metadata.date == "2017-10-20")
        #expect(a[0].metadata.source == file.path + "#L1")
        if case .html = a[2].body {} else { Issue.record("expected an HTML body") }
        let f = failures(items)
        #expect(f.count == 2)
        #expect(f.first?.description.hasPrefix("\(file.path):2: not valid JSON") == true)
        #expect(f.last == .badRecord(path: file.path, line: 5, reason: "the record has no non-empty 'text' or 'html' field"))
    }

    @Test func csvWithQuotedFieldsAndTSV() throws {
        let dir = try TestSupport.temporaryDirectory()
        let csv = dir.appendingPathComponent("c.csv")
        try "id,outlet,text\n1,bbc,\"He said, \"\"yes\"\", twice.\nThen left.\"\n2,cnn,Plain text\n".write(to: csv, atomically: true, encoding: .utf8)
        let items = articles(read([csv.path]))
        #expect(items.map(\.metadata.id) == ["1", "2"])
        #expect(text(items[0]) == "He said, \"yes\", twice.\nThen left.")
        #expect(items[1].metadata.outlet == "cnn")
        let tsv = dir.appendingPathComponent("t.tsv")
        try "id\ttext\nx\tمرحبا بكم\n".write(to: tsv, atomically: true, encoding: .utf8)
        #expect(articles(read([tsv.path])).map { text($0) } == ["مرحبا بكم"])
        let noText = dir.appendingPathComponent("n.csv")
        try "id,title\n1,x\n".write(to: noText, atomically: true, encoding: .utf8)
        #expect(failures(read([noText.path])).first?.description.contains("no text column") == true)
    }

    @Test func gzipCompressedJSONL() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("c.jsonl")
        try "{\"id\": \"z\", \"text\": \"compressed\"}\n".write(to: file, atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(file.path)' > '\(file.path).gz'"]
        try gzip.run()
        gzip.waitUntilExit()
        let a = articles(read([file.path + ".gz"]))
        #expect(a.map(\.metadata.id) == ["z"])
        #expect(text(a[0]) == "compressed")
    }

    @Test func folderOutletsAndIds() throws {
        let dir = try TestSupport.temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("alarabiya/2017"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("almayadeen"), withIntermediateDirectories: true)
        try "نص أول".write(to: dir.appendingPathComponent("alarabiya/2017/one.txt"), atomically: true, encoding: .utf8)
        try "نص ثان".write(to: dir.appendingPathComponent("almayadeen/two.txt"), atomically: true, encoding: .utf8)
        try "top".write(to: dir.appendingPathComponent("top.txt"), atomically: true, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("image.png"), atomically: true, encoding: .utf8)
        try "hidden".write(to: dir.appendingPathComponent(".hidden.txt"), atomically: true, encoding: .utf8)
        let a = articles(read([dir.path]))
        #expect(a.map(\.metadata.id) == ["alarabiya/2017/one", "almayadeen/two", "top"])
        #expect(a.map(\.metadata.outlet) == ["alarabiya", "almayadeen", nil])
        let withDefault = articles(read([dir.path], options: InputOptions(outlet: "misc")))
        #expect(withDefault.map(\.metadata.outlet) == ["alarabiya", "almayadeen", "misc"])
    }

    @Test func badPaths() throws {
        let dir = try TestSupport.temporaryDirectory()
        #expect(failures(read([dir.path + "/missing.txt"])) == [.fileNotFound(path: dir.path + "/missing.txt")])
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try "x".write(to: empty.appendingPathComponent("notes.docx"), atomically: true, encoding: .utf8)
        #expect(failures(read([empty.path])) == [.emptyFolder(path: empty.path)])
        let emptyFile = dir.appendingPathComponent("e.txt")
        try "".write(to: emptyFile, atomically: true, encoding: .utf8)
        #expect(failures(read([emptyFile.path])) == [.emptyInput(path: emptyFile.path)])
        let png = dir.appendingPathComponent("picture.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: png)
        #expect(failures(read([png.path])) == [.notText(path: png.path, kind: "a PNG image")])
    }

    @Test func oversizedArticleIsRefusedWithoutReadingItWhole() throws {
        let dir = try TestSupport.temporaryDirectory()
        let big = dir.appendingPathComponent("big.txt")
        let line = String(repeating: "word ", count: 20_000) + "\n"
        try String(repeating: line, count: 40).write(to: big, atomically: true, encoding: .utf8)  // 4 MB
        let f = failures(read([big.path], options: InputOptions(maxArticleBytes: 1_000_000)))
        guard case .tooLarge(let path, _, let limit)? = f.first else {
            Issue.record("expected tooLarge, got \(f)")
            return
        }
        #expect(path == big.path)
        #expect(limit == 1_000_000)
        // The same limit applies to one JSONL line; later lines still load.
        let jsonl = dir.appendingPathComponent("big.jsonl")
        try ("{\"id\":\"huge\",\"text\":\"" + String(repeating: "x", count: 2_000_000) + "\"}\n{\"id\":\"ok\",\"text\":\"fine\"}\n")
            .write(to: jsonl, atomically: true, encoding: .utf8)
        let items = read([jsonl.path], options: InputOptions(maxArticleBytes: 1_000_000))
        #expect(failures(items).first?.description.contains("big.jsonl:1:") == true)
        #expect(articles(items).map(\.metadata.id) == ["ok"])
    }

    @Test func sniffsHTMLAndJSONLWithoutExtension() throws {
        let dir = try TestSupport.temporaryDirectory()
        let html = dir.appendingPathComponent("page")
        try "<!DOCTYPE html><html><body><p>x</p></body></html>".write(to: html, atomically: true, encoding: .utf8)
        let jsonl = dir.appendingPathComponent("records")
        try "{\"id\":\"r\",\"text\":\"t\"}\n".write(to: jsonl, atomically: true, encoding: .utf8)
        let a = articles(read([html.path, jsonl.path]))
        #expect(a.count == 2)
        if case .html = a[0].body {} else { Issue.record("page should be HTML") }
        #expect(a[1].metadata.id == "r")
    }
}
