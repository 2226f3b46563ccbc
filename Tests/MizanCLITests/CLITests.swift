import Foundation
import Testing

/// End-to-end tests of the `mizan` executable: real processes, real files, real exit codes.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `mizan` binary: next to the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // xctest bundles on Linux are directories inside the build folder.
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        let candidates = [dir.appendingPathComponent("mizan"), dir.deletingLastPathComponent().appendingPathComponent("mizan")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func mizan(_ args: [String], stdin: String? = nil) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        if stdin != nil { p.standardInput = input }
        try p.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mizan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Checks that every span object in the JSON satisfies text[start:end] == span.text (code points).
    static func checkSpans(_ json: Any, text: [Unicode.Scalar], path: String = "$") {
        if let dict = json as? [String: Any] {
            if let s = dict["start"] as? Int, let e = dict["end"] as? Int, let t = dict["text"] as? String {
                #expect(s >= 0 && e <= text.count && s <= e, "\(path): [\(s),\(e)) out of bounds")
                if s >= 0 && e <= text.count && s <= e {
                    let slice = String(String.UnicodeScalarView(text[s..<e]))
                    #expect(slice == t, "\(path): text[\(s):\(e)] is not the span's text")
                }
            }
            for (k, v) in dict { checkSpans(v, text: text, path: path + "." + k) }
        } else if let array = json as? [Any] {
            for (i, v) in array.enumerated() { checkSpans(v, text: text, path: path + "[\(i)]") }
        }
    }

    static func parse(_ s: String) throws -> [String: Any] {
        let obj = try JSONSerialization.jsonObject(with: Data(s.utf8))
        return try #require(obj as? [String: Any])
    }

    @Test func analyzesTheBundledExample() throws {
        let r = try Self.mizan(["analyze", "docs/examples/article-ar.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Self.parse(r.stdout)
        let original = try String(contentsOf: Self.root.appendingPathComponent("docs/examples/article-ar.txt"), encoding: .utf8)
        #expect(json["text"] as? String == original)
        #expect((json["language"] as? [String: Any])?["code"] as? String == "ar")
        #expect((json["document"] as? [String: Any])?["direction"] as? String == "rtl")
        for key in ["id", "document", "paragraphs", "sentences", "findings", "attributions", "speakers", "loaded_terms", "scores"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        Self.checkSpans(json, text: Array(original.unicodeScalars))
    }

    @Test func seedArticleWhenPresent() throws {
        let seed = Self.root.deletingLastPathComponent().appendingPathComponent("shared/data/articles/000_ce906912f90f5956.txt")
        guard FileManager.default.fileExists(atPath: seed.path) else {
            print("SKIP seedArticleWhenPresent: ../shared/data is absent")
            return
        }
        let r = try Self.mizan(["analyze", seed.path, "--include", "normalized,tokens"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Self.parse(r.stdout)
        let bytes = try Data(contentsOf: seed)
        let original = String(decoding: bytes, as: UTF8.self)
        // The original text comes back byte for byte.
        #expect(Data((json["text"] as? String ?? "").utf8) == bytes)
        #expect((json["language"] as? [String: Any])?["code"] as? String == "ar")
        // Persian letter forms are folded in the matching view only.
        let normalized = try #require((json["normalized"] as? [String: Any])?["text"] as? String)
        #expect(original.contains("السوری") && original.contains("یوم"))
        #expect(!normalized.contains("ی") && !normalized.contains("ک"))
        #expect(normalized.contains("السوري") && normalized.contains("يوم"))
        Self.checkSpans(json, text: Array(original.unicodeScalars))
    }

    @Test func jsonlTextAndOutputFile() throws {
        let dir = try Self.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl")
        try """
        {"id": "one", "text": "قال الوزير إن الزيارة ناجحة.", "outlet": "a"}
        not json at all
        {"id": "two", "text": "The minister said the visit went well.", "outlet": "b"}
        """.write(to: corpus, atomically: true, encoding: .utf8)
        let r = try Self.mizan(["analyze", corpus.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("c.jsonl:2: not valid JSON"))
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try lines.map { try Self.parse(String($0))["id"] as? String } == ["one", "two"])

        let out = dir.appendingPathComponent("out.jsonl")
        let w = try Self.mizan(["analyze", corpus.path, "--output", out.path, "--jobs", "2"])
        #expect(w.status == 1)
        #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)

        let text = try Self.mizan(["analyze", corpus.path, "--format", "text"])
        #expect(text.stdout.contains("one  [ar"))
        #expect(text.stdout.contains("two  [en"))
    }

    @Test func outputFolderGetsOneFilePerArticle() throws {
        let dir = try Self.temporaryDirectory()
        let out = dir.appendingPathComponent("results")
        let r = try Self.mizan(["analyze", "docs/examples", "--output", out.path + "/"])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["article-ar.jsonl".replacingOccurrences(of: ".jsonl", with: ".json"), "article-en.json"])
    }

    @Test func standardInput() throws {
        let r = try Self.mizan(["analyze", "-", "--format", "json"], stdin: "The minister said the visit went well.")
        #expect(r.status == 0)
        #expect((try Self.parse(r.stdout)["language"] as? [String: Any])?["code"] as? String == "en")
    }

    @Test func badInputsHaveClearMessagesAndExitCodes() throws {
        let dir = try Self.temporaryDirectory()
        let missing = dir.appendingPathComponent("missing.txt").path
        var r = try Self.mizan(["analyze", missing])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(missing): no such file or folder"))

        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        r = try Self.mizan(["analyze", empty.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(empty.path): the file is empty"))

        let png = dir.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48]).write(to: png)
        r = try Self.mizan(["analyze", png.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not text or HTML"))

        let invalid = dir.appendingPathComponent("invalid.txt")
        try Data(Array("Hello ".utf8) + [0xC3, 0x28] + Array(" world, this is text.".utf8)).write(to: invalid)
        r = try Self.mizan(["analyze", invalid.path])
        #expect(r.status == 0)
        let findings = try Self.parse(r.stdout)["findings"] as? [[String: Any]]
        #expect(findings?.first?["byte_offset"] as? Int == 6)

        // One bad input does not stop the others.
        r = try Self.mizan(["analyze", missing, "docs/examples/article-en.txt"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"id\":\"article-en\""))

        // Usage errors exit 2.
        r = try Self.mizan(["analyze", "docs/examples/article-en.txt", "--lang", "xx"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--lang"))
        r = try Self.mizan(["analyze"])
        #expect(r.status == 2)
        r = try Self.mizan(["analyze", "docs/examples/article-en.txt", "--data-dir", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--data-dir"))
    }

    /// `bench --measure paired` compares the quote depth with the foundation unless told otherwise, and
    /// refuses one depth with a message that says what it needs.
    @Test func benchPairedComparesQuotesWithTheFoundation() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        try "\"We will not back down,\" the minister said on Tuesday.".write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.mizan(["bench", file.path, "--measure", "paired", "--runs", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ingest+quotes / ingest+foundation"))
        let one = try Self.mizan(["bench", file.path, "--measure", "paired", "--depth", "quotes", "--runs", "1"])
        #expect(one.status != 0 && one.stderr.contains("needs two different --depth values"))
    }
}
