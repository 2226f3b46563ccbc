import Foundation
import Testing

/// `mizan analyze --format html` and `--open`, end to end: real processes, real files.
@Suite struct ReportCLITests {
    static var root: URL { CLITests.root }

    static func mizan(_ args: [String], environment: [String: String]? = nil) throws -> CLITests.Run {
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = args
        p.currentDirectoryURL = root
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLITests.Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static var openerName: String {
        #if os(macOS)
        return "open"
        #else
        return "xdg-open"
        #endif
    }

    @Test func writesTheReportAtomically() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        let r = try Self.mizan(["analyze", "docs/examples/article-ar.txt", "--format", "html", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        // Only the report is left in the folder (the temporary file was renamed over it).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.html"])
    }

    /// What the command writes is what the golden file holds.
    @Test func standardOutputIsTheGoldenPage() throws {
        let r = try Self.mizan(["analyze", "docs/examples/article-en.txt", "--format", "html"])
        #expect(r.status == 0, "\(r.stderr)")
        let golden = try String(contentsOf: Self.root.appendingPathComponent("Tests/Golden/article-en.html"), encoding: .utf8)
        #expect(r.stdout == golden)
    }

    @Test func severalArticlesNeedAFolder() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.mizan(["analyze", "docs/examples/", "--format", "html", "-o", dir.appendingPathComponent("one.html").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--output DIR/"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("one.html").path))
        let ok = try Self.mizan(["analyze", "docs/examples/", "--format", "html", "-o", dir.path + "/pages/"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/pages").sorted()
        #expect(pages == ["article-ar.html", "article-en.html"])
    }

    @Test func openStartsThePlatformOpenerWithoutWaiting() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A fake opener that records its argument, then lingers: mizan must not wait for it.
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = dir.appendingPathComponent("opened.txt").path
        let fake = bin.appendingPathComponent(Self.openerName).path
        let pidFile = dir.appendingPathComponent("opener.pid").path
        try "#!/bin/sh\necho $$ > '\(pidFile)'\nprintf '%s' \"$1\" > '\(record).tmp' && mv '\(record).tmp' '\(record)'\nexec sleep 120\n"
            .write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        let out = dir.appendingPathComponent("r.html").path
        let started = Date()
        let r = try Self.mizan(["analyze", "docs/examples/article-en.txt", "--open", "-o", out],
                               environment: ["PATH": bin.path + ":/usr/bin:/bin", "HOME": dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        // The opener sleeps for two minutes; mizan (and the pipes it shares) must be done long before.
        #expect(Date().timeIntervalSince(started) < 100, "mizan waited for the opener")
        #expect(r.stderr.contains("opening \(out) with \(fake)"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
        var opened: String?
        for _ in 0..<50 where opened == nil {
            opened = try? String(contentsOfFile: record, encoding: .utf8)
            if opened == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(opened == URL(fileURLWithPath: out).standardizedFileURL.path)
        // Stop the fake opener (the one process this test started through mizan).
        if let pid = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
            kill(pid, SIGTERM)
        }
    }

    @Test func openWithoutAnOpenerSaysHow() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.html").path
        let r = try Self.mizan(["analyze", "docs/examples/article-ar.txt", "--open", "-o", out], environment: ["PATH": dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("no \(Self.openerName) found"), "\(r.stderr)")
        #expect(r.stderr.contains("file://"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func openWithoutOutputWritesToATemporaryFolder() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.mizan(["analyze", "docs/examples/article-en.txt", "--open"], environment: ["PATH": dir.path, "TMPDIR": dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("mizan-reports/article-en.html").path), "\(r.stderr)")
    }

    @Test func openNeedsHTML() throws {
        let r = try Self.mizan(["analyze", "docs/examples/article-en.txt", "--open", "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--open needs --format html"), "\(r.stderr)")
    }
}
