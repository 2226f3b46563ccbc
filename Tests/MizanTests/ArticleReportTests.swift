import Foundation
import Testing
@testable import Mizan

/// The article report, read back with libxml2: golden pages of the repository's examples, structure,
/// nesting of overlapping marks, language and direction, and the Content-Security-Policy.
@Suite struct ArticleReportTests {
    // MARK: Golden pages

    /// `Tests/Golden/<name>.html`. Re-record on purpose with `MIZAN_RECORD=1 swift test --filter ArticleReportTests`;
    /// a recording run fails, so it can never pass silently.
    static func checkGolden(_ name: String, _ bytes: [UInt8]) throws {
        let url = TestSupport.root.appendingPathComponent("Tests/Golden/\(name).html")
        if ProcessInfo.processInfo.environment["MIZAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            Issue.record("recorded \(url.path); run again without MIZAN_RECORD to check it")
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(url.path); record it with MIZAN_RECORD=1")
            return
        }
        if [UInt8](expected) == bytes { return }
        let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "<end of file>"
        let got = line < b.count ? String(b[line]) : "<end of file>"
        Issue.record("""
            \(name).html differs from the golden file at line \(line + 1):
              expected: \(want.prefix(300))
              actual:   \(got.prefix(300))
            If the change is intended, re-record with MIZAN_RECORD=1 and review the diff.
            """)
    }

    @Test(arguments: ["article-ar", "article-en"])
    func goldenPage(_ name: String) throws {
        let doc = try ReportSupport.analyzeRepositoryFile("docs/examples/\(name).txt")
        let bytes = ReportSupport.report.render(doc)
        try Self.checkGolden(name, bytes)
        let problems = ReportSupport.parseProblems(bytes)
        #expect(problems.isEmpty, "libxml2 reports problems parsing the page back: \(problems)")
    }

    @Test func sameDocumentSameBytes() throws {
        let doc = try ReportSupport.analyzeRepositoryFile("docs/examples/article-ar.txt")
        #expect(ReportSupport.report.render(doc) == ReportSupport.report.render(doc))
    }

    // MARK: The Arabic example, read back

    @Test func arabicPageIsRightToLeftWithMarks() throws {
        let doc = try ReportSupport.analyzeRepositoryFile("docs/examples/article-ar.txt")
        let (_, tree) = ReportSupport.page(doc)
        let html = tree.elements(named: "html")[0]
        #expect(tree.nodes[html].attribute("dir") == "rtl")
        #expect(tree.nodes[html].attribute("lang") == "ar")
        let text = tree.elements(named: "div", class: "article-text")[0]
        #expect(tree.nodes[text].attribute("dir") == "rtl")
        // One first fragment (with id) per attribution and per loaded term.
        for i in doc.attributions.indices { #expect(tree.element(id: "a\(i + 1)") != nil, "quotation \(i + 1)") }
        for i in doc.loadedTerms.indices { #expect(tree.element(id: "t\(i + 1)") != nil, "term \(i + 1)") }
        // The delegitimizing term inside Haddad's quotation: a term mark nested in his quotation.
        let term = try #require(doc.loadedTerms.firstIndex { doc.text[$0.range] == "الكيان الصهيوني" })
        let mark = try #require(tree.element(id: "t\(term + 1)"))
        #expect(tree.textContent(mark) == "الكيان الصهيوني")
        #expect(tree.nodes[mark].attribute("tabindex") == "0")
        let tip = tree.nodes[mark].attribute("aria-description") ?? ""
        #expect(tip.contains("تسمية نازعة للشرعية"))  // category, in Arabic
        #expect(tip.contains("إسرائيل"))  // neutral alternative
        #expect(tip.contains("اللواء سامي حداد"))  // canonical speaker of the quotation
        #expect(tip.contains("1.0"))  // weight
        let quote = try #require(tree.ancestors(of: mark).first { tree.nodes[$0].attribute("class")?.hasPrefix("q ") == true })
        #expect(tree.nodes[quote].attribute("class")?.contains("q-direct") == true)
        // The narrator's own hedge زعم is marked in narrator voice.
        let za = try #require(doc.loadedTerms.firstIndex { doc.text[$0.range] == "زعم" })
        #expect(tree.nodes[tree.element(id: "t\(za + 1)")!].attribute("class")?.contains("v-narrator") == true)
        // Speakers link to their quotations, and quotation tags to the speakers.
        let row = try #require(tree.element(id: "speaker-2"))
        let links = tree.descendants(of: row).filter { tree.nodes[$0].name == "a" }.compactMap { tree.nodes[$0].attribute("href") }
        #expect(links == ["#a2", "#a3", "#a4", "#a9", "#a12"] || links.count == doc.speakers[1].attributions, "\(links)")
        for href in links { #expect(tree.element(id: String(href.dropFirst())) != nil) }
    }

    /// The article text survives: the text of each paragraph element is the paragraph, character for
    /// character, once the tags the report adds are left out.
    @Test func articleTextIsPreserved() throws {
        for name in ["article-ar", "article-en"] {
            let doc = try ReportSupport.analyzeRepositoryFile("docs/examples/\(name).txt")
            let (_, tree) = ReportSupport.page(doc)
            for (i, p) in doc.paragraphs.enumerated() {
                let node = try #require(tree.element(id: "p\(i + 1)"))
                #expect(Self.articleText(tree, node) == doc.text[p.range], "\(name) paragraph \(i + 1)")
            }
        }
    }

    /// Text under `index`, without quotation tags and bidi-control labels.
    static func articleText(_ tree: HTMLTree, _ index: Int) -> String {
        var out = ""
        var stack = [index]
        while let i = stack.popLast() {
            let n = tree.nodes[i]
            if n.kind == .text { out += n.text }
            let cls = n.attribute("class") ?? ""
            if n.kind == .element && (cls.hasPrefix("qtag") || cls == "bidi-ctl") { continue }
            stack.append(contentsOf: n.children.reversed())
        }
        return out
    }

    // MARK: Overlapping marks

    /// A term that crosses a quotation's end and an attribution inside another: the marks are split into
    /// fragments that nest, and every piece of text keeps every mark that covers it.
    @Test func overlappingMarksNest() throws {
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345
        let text = "He said that the mad regime fell, and she agreed."
        let doc = AnalyzedDocument(metadata: DocumentMetadata(id: "overlap"), text: DocumentText(text)).adding { d in
            d.setLanguage(LanguageGuess(code: "en", confidence: 1))
            d.setParagraphs([Paragraph(range: TextRange(0, 49))])
            d.setAttributions([
                // "the mad regime" (outer) and "mad" (inner, same speaker)
                Attribution(kind: .indirect, content: TextRange(13, 27), cue: .init(range: TextRange(3, 7), lemma: "say", stance: .neutral),
                            speaker: TextRange(0, 2), speakerCanonical: "He", speakerID: 0, sourceKind: .person, confidence: 0.9, rule: "test"),
                Attribution(kind: .direct, content: TextRange(17, 20), cue: nil, speaker: nil, speakerID: 0, sourceKind: .person, confidence: 0.5, rule: "test"),
            ], speakers: [Speaker(id: 0, canonical: "He", kind: .person, mentions: [TextRange(0, 2)], attributions: 2, quotedWords: 3)])
            d.setLoadedTerms([
                // "regime fell" crosses the end of the outer quotation (27).
                LoadedTermMatch(range: TextRange(21, 32), entry: "regime fell", category: "labeling", weight: 0.8, voice: .quoted, speakerID: 0),
            ])
        }
        let (bytes, tree) = ReportSupport.page(doc)
        #expect(ReportSupport.parseProblems(bytes).isEmpty)
        let p = try #require(tree.element(id: "p1"))
        #expect(Self.articleText(tree, p) == text)
        // The term is split in two fragments: "regime" inside the quotation, " fell" after it.
        let fragments = tree.descendants(of: p).filter { tree.nodes[$0].name == "mark" }
        #expect(fragments.map { tree.textContent($0) } == ["regime", " fell"])
        #expect(tree.nodes[fragments[0]].attribute("id") == "t1")
        #expect(tree.nodes[fragments[1]].attribute("id") == nil)
        #expect(tree.nodes[fragments[1]].attribute("class")?.contains("cont") == true)
        #expect(tree.nodes[fragments[0]].attribute("tabindex") == "0" && tree.nodes[fragments[1]].attribute("tabindex") == nil)
        // The first fragment is inside the outer quotation; the second is not inside any quotation.
        let outer = try #require(tree.element(id: "a1"))
        #expect(tree.ancestors(of: fragments[0]).contains(outer))
        #expect(!tree.ancestors(of: fragments[1]).contains { tree.nodes[$0].attribute("class")?.hasPrefix("q ") == true })
        // The inner attribution nests inside the outer one.
        let inner = try #require(tree.element(id: "a2"))
        #expect(tree.ancestors(of: inner).contains(outer))
        #expect(Self.articleText(tree, inner) == "mad")
        // Cue and speaker mention are marked.
        let spans = tree.descendants(of: p).filter { tree.nodes[$0].name == "span" }
        func marked(_ cls: String) -> [String] {
            spans.filter { (tree.nodes[$0].attribute("class") ?? "").split(separator: " ").contains(Substring(cls)) }.map { tree.textContent($0) }
        }
        #expect(marked("cue") == ["said"])
        #expect(marked("who") == ["He"])
    }

    @Test func paragraphInAnotherLanguageCarriesItsOwnLangAndDir() throws {
        let text = "قال الوزير إن الوضع مستقر.\nThe minister said the situation was stable."
        let doc = AnalyzedDocument(metadata: DocumentMetadata(id: "mixed"), text: DocumentText(text)).adding { d in
            d.setLanguage(LanguageGuess(code: "ar", confidence: 1))
            d.setParagraphs([Paragraph(range: TextRange(0, 26)), Paragraph(range: TextRange(27, 70), language: LanguageGuess(code: "en", confidence: 0.9))])
        }
        let (_, tree) = ReportSupport.page(doc)
        let p1 = tree.nodes[tree.element(id: "p1")!], p2 = tree.nodes[tree.element(id: "p2")!]
        #expect(p1.attribute("lang") == nil && p1.attribute("dir") == nil)  // inherits ar / rtl
        #expect(p2.attribute("lang") == "en" && p2.attribute("dir") == "ltr")
        #expect(tree.nodes[tree.elements(named: "html")[0]].attribute("dir") == "rtl")
    }

    @Test func documentWithoutLayersStillShowsItsText() throws {
        // A document straight from ingest (no language, paragraphs, quotes or scores).
        let doc = AnalyzedDocument(metadata: DocumentMetadata(id: "bare", direction: .rightToLeft), text: DocumentText("نص بلا تحليل.\nسطر ثان."))
        let (bytes, tree) = ReportSupport.page(doc)
        #expect(ReportSupport.parseProblems(bytes).isEmpty)
        #expect(Self.articleText(tree, tree.element(id: "p1")!) == "نص بلا تحليل.\nسطر ثان.")
        #expect(tree.nodes[tree.elements(named: "div", class: "article-text")[0]].attribute("dir") == "rtl")
        #expect(tree.elements(named: "p", class: "figure").map { tree.textContent($0) }.contains("—"))
    }

    @Test func persianDocumentGetsPersianInterface() throws {
        let doc = AnalyzedDocument(metadata: DocumentMetadata(id: "fa"), text: DocumentText("وزیر گفت که اوضاع آرام است.")).adding { d in
            d.setLanguage(LanguageGuess(code: "fa", confidence: 1))
            d.setParagraphs([Paragraph(range: TextRange(0, 27))])
        }
        let (_, tree) = ReportSupport.page(doc)
        let html = tree.nodes[tree.elements(named: "html")[0]]
        #expect(html.attribute("lang") == "fa" && html.attribute("dir") == "rtl")
        #expect(tree.textContent(tree.element(id: "h-summary")!) == "خلاصه")
    }

    // MARK: Self-containment

    @Test func policyAllowsExactlyTheEmbeddedStyleAndScript() throws {
        let doc = try ReportSupport.analyzeRepositoryFile("docs/examples/article-en.txt")
        let (_, tree) = ReportSupport.page(doc)
        let styles = tree.elements(named: "style"), scripts = tree.elements(named: "script")
        #expect(styles.count == 1 && scripts.count == 1)
        let policy = try #require(tree.elements(named: "meta").compactMap { i -> String? in
            tree.nodes[i].attribute("http-equiv") == "Content-Security-Policy" ? tree.nodes[i].attribute("content") : nil
        }.first)
        #expect(policy.hasPrefix("default-src 'none'; "))
        #expect(policy.contains("style-src \(SHA256.cspSource(tree.textContent(styles[0])));"))
        #expect(policy.contains("script-src \(SHA256.cspSource(tree.textContent(scripts[0])));"))
        #expect(tree.textContent(scripts[0]) == ReportSupport.assets.script)
        // Nothing refers outside the page.
        for node in tree.nodes where node.kind == .element {
            for (name, value) in node.attributes where ["src", "href", "action", "srcset", "poster", "data"].contains(name) {
                #expect(value.hasPrefix("#"), "<\(node.name) \(name)=\(value)>")
            }
            #expect(node.attribute("style") == nil, "<\(node.name)> has a style attribute, which the policy blocks")
        }
        // The charset declaration comes first in <head>.
        let head = tree.elements(named: "head")[0]
        let first = tree.nodes[head].children.first { tree.nodes[$0].kind == .element }!
        #expect(tree.nodes[first].attribute("http-equiv") == "Content-Type")
    }

    @Test func sourceLinkOnlyForHTTP() throws {
        func links(_ url: String) -> [String] {
            let doc = AnalyzedDocument(metadata: DocumentMetadata(id: "x", url: url), text: DocumentText("Text."))
            let (_, tree) = ReportSupport.page(doc)
            return tree.elements(named: "a").compactMap { tree.nodes[$0].attribute("href") }.filter { !$0.hasPrefix("#") }
        }
        #expect(links("https://www.alwaght.net/ar/news/1") == ["https://www.alwaght.net/ar/news/1"])
        #expect(links("javascript:alert(1)").isEmpty)
        #expect(links("file:///etc/passwd").isEmpty)
    }

    // MARK: Assets

    @Test func assetsAreFoundBesideTheLexicons() throws {
        let dir = try DataDirectory.locateReports(near: TestSupport.root.appendingPathComponent("Lexicons"), environment: [:])
        #expect(dir.standardizedFileURL == TestSupport.root.appendingPathComponent("Reports").standardizedFileURL)
    }

    @Test func unsafeAssetsAreRefused() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "p { color: red }\n</style><script>alert(1)</script>\n".write(to: dir.appendingPathComponent("report.css"), atomically: true, encoding: .utf8)
        try "void 0;\n".write(to: dir.appendingPathComponent("report.js"), atomically: true, encoding: .utf8)
        #expect(throws: MizanError.self) { try ReportAssets.load(directory: dir) }
        do {
            _ = try ReportAssets.load(directory: dir)
        } catch let e as MizanError {
            #expect(e.description.contains("report.css:2"))
        }
    }

    // MARK: The seed article (../shared, when present)

    @Test func seedArticleReport() throws {
        guard let url = TestSupport.shared("articles/000_ce906912f90f5956.txt") else { return }
        let input = ArticleInput(metadata: DocumentMetadata(id: "000_ce906912f90f5956", source: url.path, format: "text"),
                                 body: .textBytes(try [UInt8](Data(contentsOf: url))))
        let doc = try Analyzer(data: TestSupport.data).analyze(input)
        let (bytes, tree) = ReportSupport.page(doc)
        #expect(ReportSupport.parseProblems(bytes).isEmpty)
        #expect(tree.nodes[tree.elements(named: "html")[0]].attribute("dir") == "rtl")
        for (i, p) in doc.paragraphs.enumerated() {
            #expect(Self.articleText(tree, tree.element(id: "p\(i + 1)")!) == doc.text[p.range])
        }
        #expect(tree.elements(named: "mark").filter { tree.nodes[$0].attribute("id")?.hasPrefix("t") == true }.count == doc.loadedTerms.count)
    }
}
