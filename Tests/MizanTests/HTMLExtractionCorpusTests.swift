import Foundation
import Testing
@testable import Mizan

/// Scores the HTML article extractor on saved news pages in `../shared/data/html` (Mozilla Readability's
/// test pages and a CNN Arabic page): bag-of-words F1 against the expected text, and agreement of the
/// metadata. Skips, saying so, when the shared data is absent.
///
/// Set `MIZAN_HTML_DUMP=/some/folder` to write each extracted text there for inspection, and
/// `MIZAN_HTML_CORPUS=/other/folder` to score another folder laid out like `html/readability`
/// (`<case>/source.html`, `expected.html`, `expected-metadata.json`).
@Suite struct HTMLExtractionCorpusTests {
    /// `../shared/data/html` from the repository root, located from this file.
    static let htmlData: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data/html")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Lower-cased words: runs of letters and digits (any script); invisible format characters (soft
    /// hyphen, zero-width space) are ignored; everything else separates.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        let visible = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        for ch in visible.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    struct Overlap {
        var precision: Double
        var recall: Double
        var f1: Double
        var predicted: Int
        var gold: Int
    }

    /// Multiset word overlap: P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|.
    static func overlap(predicted: String, gold: String) -> Overlap {
        let p = words(predicted), g = words(gold)
        var counts: [String: Int] = [:]
        for w in g { counts[w, default: 0] += 1 }
        var common = 0
        for w in p {
            if let c = counts[w], c > 0 {
                common += 1
                counts[w] = c - 1
            }
        }
        let precision = p.isEmpty ? 0 : Double(common) / Double(p.count)
        let recall = g.isEmpty ? 0 : Double(common) / Double(g.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return Overlap(precision: precision, recall: recall, f1: f1, predicted: p.count, gold: g.count)
    }

    static func read(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func fmt(_ x: Double) -> String { String(format: "%.3f", x) }

    static func dump(_ name: String, _ text: String) {
        guard let folder = ProcessInfo.processInfo.environment["MIZAN_HTML_DUMP"] else { return }
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name + ".txt")
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
    }

    /// Squashed for comparison: lower-cased words joined by single spaces.
    static func squash(_ s: String?) -> String { words(s ?? "").joined(separator: " ") }

    @Test func readabilityPages() throws {
        let override = ProcessInfo.processInfo.environment["MIZAN_HTML_CORPUS"].map { URL(fileURLWithPath: $0) }
        guard let base = override ?? Self.htmlData?.appendingPathComponent("readability") else {
            print("SKIP readabilityPages: ../shared/data/html is absent (the extraction score needs the shared data)")
            return
        }
        let cases = try FileManager.default.contentsOfDirectory(atPath: base.path).sorted()
            .filter { FileManager.default.fileExists(atPath: base.appendingPathComponent("\($0)/source.html").path) }
        try #require(!cases.isEmpty)
        let extractor = HTMLArticleExtractor()
        var f1s: [Double] = []
        var titleExact = 0, titleAgree = 0, bylineAgree = 0, bylineTotal = 0, siteAgree = 0, siteTotal = 0
        var langAgree = 0, langTotal = 0, dirAgree = 0, dirTotal = 0
        print("page              P      R      F1     words(pred/gold)  title  byline  site")
        for name in cases {
            let folder = base.appendingPathComponent(name)
            let article = try extractor.extract(Self.read(folder.appendingPathComponent("source.html")), path: name)
            let goldTree = try #require(HTMLTree.parse(Self.read(folder.appendingPathComponent("expected.html")), encoding: "UTF-8"))
            let gold = goldTree.textContent(goldTree.root)
            let o = Self.overlap(predicted: article.text, gold: gold)
            f1s.append(o.f1)
            Self.dump(name, article.text)

            let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected-metadata.json"))) as? [String: Any] ?? [:]
            let expectedTitle = meta["title"] as? String
            let exact = Self.squash(article.title) == Self.squash(expectedTitle)
            // The extractor strips a trailing " - Site Name" from titles on purpose.
            let agree = exact || (article.siteName != nil && Self.squash(expectedTitle).hasPrefix(Self.squash(article.title))
                && Self.squash(expectedTitle).hasSuffix(Self.squash(article.siteName)))
            if exact { titleExact += 1 }
            if agree { titleAgree += 1 }
            var bylineMark = "-"
            if let byline = meta["byline"] as? String, !byline.isEmpty {
                bylineTotal += 1
                let ours = Self.squash(article.authors.joined(separator: " "))
                let theirs = Self.squash(byline)
                let ok = !ours.isEmpty && (theirs.contains(ours) || ours.contains(theirs))
                if ok { bylineAgree += 1 }
                bylineMark = ok ? "yes" : "no"
            }
            var siteMark = "-"
            if let site = meta["siteName"] as? String, !site.isEmpty {
                siteTotal += 1
                let ok = Self.squash(site) == Self.squash(article.siteName)
                if ok { siteAgree += 1 }
                siteMark = ok ? "yes" : "no"
            }
            if let lang = meta["lang"] as? String, !lang.isEmpty {
                langTotal += 1
                if HTMLMetadataReader.primarySubtag(lang) == article.language { langAgree += 1 }
            }
            if let dir = meta["dir"] as? String, !dir.isEmpty {
                dirTotal += 1
                if dir == article.direction?.rawValue { dirAgree += 1 }
            }
            let titleMark = exact ? "yes" : (agree ? "site" : "no")
            print("\(name.padding(toLength: 16, withPad: " ", startingAt: 0))  \(Self.fmt(o.precision))  \(Self.fmt(o.recall))  \(Self.fmt(o.f1))  \(o.predicted)/\(o.gold)".padding(toLength: 64, withPad: " ", startingAt: 0)
                  + "  \(titleMark.padding(toLength: 5, withPad: " ", startingAt: 0))  \(bylineMark.padding(toLength: 6, withPad: " ", startingAt: 0))  \(siteMark)")
            if !agree { print("    title: \(article.title ?? "nil")  expected: \(expectedTitle ?? "nil")") }
            if bylineMark == "no" { print("    byline: \(article.authors)  expected: \(meta["byline"] as? String ?? "nil")") }
            if siteMark == "no" { print("    siteName: \(article.siteName ?? "nil")  expected: \(meta["siteName"] as? String ?? "nil")") }
        }
        let average = f1s.reduce(0, +) / Double(f1s.count)
        print("readability pages: \(f1s.count), average word-overlap F1 \(Self.fmt(average)) (bar 0.90)")
        print("metadata: title \(titleExact)/\(cases.count) exact, \(titleAgree)/\(cases.count) allowing a stripped site name; byline \(bylineAgree)/\(bylineTotal); siteName \(siteAgree)/\(siteTotal); lang \(langAgree)/\(langTotal); dir \(dirAgree)/\(dirTotal)")
        #expect(average >= 0.90)
        #expect(Double(titleAgree) >= 0.85 * Double(cases.count))
    }

    /// `MIZAN_HTML_TRACE=/path/page.html swift test --filter HTMLExtractionCorpus` prints the extractor's
    /// decisions (candidates, chosen container, what was cut and why) for one page.
    @Test func traceRequestedPage() throws {
        guard let path = ProcessInfo.processInfo.environment["MIZAN_HTML_TRACE"] else { return }
        let bytes = try Self.read(URL(fileURLWithPath: path))
        let charset = HTMLCharset.choose(bytes, override: nil)
        let tree = try #require(HTMLTree.parse(charset.repairedBytes ?? bytes, encoding: charset.encoding))
        let page = HTMLPageView(tree: tree)
        let meta = HTMLMetadataReader.read(page)
        var finder = HTMLContentFinder(page: page, title: meta.title)
        finder.tracing = true
        print("trace \(path): charset \(charset.encoding) (\(charset.source)); metadata \(meta)")
        for k in HTMLContentFinder.passes.indices {
            guard let r = finder.run(HTMLContentFinder.passes[k], index: k) else { continue }
            r.notes.forEach { print("  " + $0) }
            print("  => \(r.length) characters")
        }
    }

    @Test func arabicPage() throws {
        guard let base = Self.htmlData?.appendingPathComponent("arabic") else {
            print("SKIP arabicPage: ../shared/data/html is absent (the extraction score needs the shared data)")
            return
        }
        let page = base.appendingPathComponent("cnn-arabic-2013.html")
        guard FileManager.default.fileExists(atPath: page.path) else {
            print("SKIP arabicPage: \(page.path) is absent")
            return
        }
        let article = try HTMLArticleExtractor().extract(Self.read(page), path: page.path)
        let gold = String(decoding: try Self.read(base.appendingPathComponent("cnn-arabic-2013.expected.txt")), as: UTF8.self)
        let o = Self.overlap(predicted: article.text, gold: gold)
        Self.dump("cnn-arabic-2013", article.text)
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathComponent("cnn-arabic-2013.expected-metadata.json"))) as? [String: Any] ?? [:]
        print("cnn-arabic-2013  P \(Self.fmt(o.precision))  R \(Self.fmt(o.recall))  F1 \(Self.fmt(o.f1))  words \(o.predicted)/\(o.gold) (bar 0.90)")
        print("cnn-arabic-2013 metadata: title \(article.title ?? "nil") | expected \(meta["title"] as? String ?? "nil"); site \(article.siteName ?? "nil") | \(meta["meta_site_name"] as? String ?? "nil"); lang \(article.language ?? "nil"); dir \(article.direction?.rawValue ?? "nil"); url \(article.canonicalURL ?? "nil")")
        #expect(o.f1 >= 0.90)
        #expect(article.title == meta["title"] as? String)
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
    }
}
