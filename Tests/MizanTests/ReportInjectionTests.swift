import Foundation
import Testing
@testable import Mizan

/// A hostile article: its text, its metadata and even the lexicon try to put markup, event handlers,
/// `javascript:` links and bidi overrides into the report. Nothing executable may come out; the page is
/// parsed back and searched.
@Suite struct ReportInjectionTests {
    static let payloads = [
        "<script>document.body.dataset.pwned='1'</script>",
        "\" onmouseover=\"document.body.dataset.pwned='1'",
        "' onfocus='alert(1)' autofocus='",
        "</style><script>alert(1)</script>",
        "</textarea></title><img src=x onerror=alert(1)>",
        "<!-- --><svg onload=alert(1)>",
        "javascript:alert(1)",
        "]]><![CDATA[<script>alert(1)</script>",
        "&lt;script&gt; &amp; &#60;script&#62;",
    ]

    static func hostileDocument() throws -> AnalyzedDocument {
        let text = """
            قال المتحدث "<script>document.body.dataset.pwned='1'</script>" في بيان.
            He said "</style><script>alert(1)</script>" and added " onmouseover="alert(1)".
            The \u{202E}regime\u{202C} fell, according to <a href="javascript:alert(1)">sources</a> \u{2067}مصادر\u{2069}.
            Officials said "<img src=x onerror=alert(1)>" was \u{202D}false\u{202C}.
            """
        let meta = DocumentMetadata(
            id: "<script>alert('id')</script>",
            title: "<script>alert('title')</script>\u{202E}cod.exe",
            outlet: "\" onmouseover=\"alert('outlet')",
            date: "</style><script>alert('date')</script>",
            url: "javascript:alert('url')",
            authors: ["<img src=x onerror=alert('author')>", "\u{2067}\u{202E}evil"],
            source: "x\"><script>alert('source')</script>",
            format: "jsonl")
        var doc = try Analyzer(data: TestSupport.data).analyze(ArticleInput(metadata: meta, body: .text(text)))
        // Loaded terms from a hostile lexicon: category id, label, colour and alternatives all carry payloads.
        let n = doc.text.count
        doc = doc.adding { d in
            d.setLoadedTerms([
                LoadedTermMatch(range: TextRange(0, 3), entry: "<b onclick=alert(1)>", category: Self.hostileCategory.id, weight: 0.9,
                                voice: .narrator, alternatives: ["</mark><script>alert(1)</script>", "\" onfocus=\"alert(1)"]),
                LoadedTermMatch(range: TextRange(n - 6, n - 1), entry: "x", category: "unknown\" onclick=\"alert(1)", weight: 0.5,
                                voice: .quoted, speakerID: 99),
            ])
            d.addFindings([Finding(code: "quotes.unclosed\"><script>", message: "<script>alert('finding')</script>", range: TextRange(0, 10))])
        }
        return doc
    }

    static let hostileCategory = LexiconCategory(
        id: "labeling\" onclick=\"alert(1)", label: "<script>alert('label')</script>", labelNative: "</style>\u{202E}",
        description: "\" onmouseover=\"alert(1)", color: "red;}</style><script>alert(1)</script>")

    static func render() throws -> (String, HTMLTree) {
        var lexicons = TestSupport.data.lexicons
        lexicons.add(Lexicon(language: "ar", categories: [hostileCategory]))
        let report = ArticleReport(assets: ReportSupport.assets, lexicons: lexicons)
        let bytes = report.render(try hostileDocument())
        let problems = ReportSupport.parseProblems(bytes)
        #expect(problems.isEmpty, "\(problems)")
        return (String(decoding: bytes, as: UTF8.self), HTMLTree.parse(bytes, encoding: "UTF-8")!)
    }

    @Test func onlyTheReportsOwnScriptAndStyle() throws {
        let (_, tree) = try Self.render()
        let scripts = tree.elements(named: "script")
        #expect(scripts.count == 1)
        #expect(tree.textContent(scripts[0]) == ReportSupport.assets.script)
        let styles = tree.elements(named: "style")
        #expect(styles.count == 1)
        #expect(tree.textContent(styles[0]).hasPrefix(ReportSupport.assets.stylesheet))
        #expect(!tree.textContent(styles[0]).contains("</style"))
        for name in ["img", "iframe", "object", "embed", "form", "base", "link", "frame", "textarea"] {
            #expect(tree.elements(named: name).isEmpty, "<\(name)> in the report")
        }
        #expect(tree.elements(named: "meta").count == 5)
        #expect(tree.elements(named: "svg").allSatisfy { tree.nodes[$0].attribute("onload") == nil })
    }

    @Test func noEventHandlersNoDangerousURLs() throws {
        let (_, tree) = try Self.render()
        for node in tree.nodes where node.kind == .element {
            for (name, value) in node.attributes {
                #expect(!name.hasPrefix("on"), "<\(node.name) \(name)=…>")
                #expect(["autofocus", "formaction", "srcdoc", "style"].contains(name) == false, "<\(node.name) \(name)>")
                if ["href", "src", "action", "xlink:href", "data", "poster"].contains(name) {
                    let squeezed = value.unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
                    #expect(!squeezed.hasPrefix("javascript:") && !squeezed.hasPrefix("data:") && !squeezed.hasPrefix("vbscript:"),
                            "<\(node.name) \(name)=\(value)>")
                    #expect(value.hasPrefix("#") || value.hasPrefix("https://") || value.hasPrefix("http://"), "\(value)")
                }
                if name == "class" {
                    #expect(value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" || ("0"..."9").contains($0) },
                            "class=\(value)")
                }
                if name == "fill" { #expect(value.hasPrefix("#") && value.count == 7, "fill=\(value)") }
            }
        }
    }

    @Test func bidiOverridesAreNeutralized() throws {
        let (html, tree) = try Self.render()
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            #expect(!html.unicodeScalars.contains(Unicode.Scalar(v)!), "U+\(String(v, radix: 16)) in the report")
        }
        // …and shown instead: the reader sees that the text contained them.
        let labels = tree.elements(named: "span", class: "bidi-ctl").map { tree.textContent($0) }
        #expect(labels.contains("U+202E") && labels.contains("U+2067"))
        let h1 = tree.elements(named: "h1")[0]
        #expect(tree.textContent(h1) == "<script>alert('title')</script>U+202Ecod.exe")
    }

    @Test func payloadsAreShownAsText() throws {
        let (html, tree) = try Self.render()
        // Escaped in the source…
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert('title')&lt;/script&gt;"))
        // …and readable as what they are.
        let meta = tree.textContent(tree.elements(named: "dl")[0])
        #expect(meta.contains("\" onmouseover=\"alert('outlet')"))
        #expect(meta.contains("</style><script>alert('date')</script>"))
        #expect(meta.contains("javascript:alert('url')"))  // shown, not linked
        #expect(meta.contains("<img src=x onerror=alert('author')>"))
        let article = tree.textContent(tree.elements(named: "div", class: "article-text")[0])
        #expect(article.contains("<script>document.body.dataset.pwned='1'</script>"))
        #expect(article.contains("<a href=\"javascript:alert(1)\">sources</a>"))
        let findings = tree.textContent(tree.element(id: "findings")!)
        #expect(findings.contains("<script>alert('finding')</script>"))
    }

    @Test func everyPayloadIsInert() throws {
        // Each payload alone, as title and as text.
        for payload in Self.payloads {
            let doc = try Analyzer(data: TestSupport.data).analyze(
                ArticleInput(metadata: DocumentMetadata(id: "p", title: payload, outlet: payload, url: payload, authors: [payload]),
                             body: .text("He said \"\(payload)\" today.")))
            let bytes = ReportSupport.report.render(doc)
            #expect(ReportSupport.parseProblems(bytes).isEmpty, "\(payload)")
            let tree = HTMLTree.parse(bytes, encoding: "UTF-8")!
            #expect(tree.elements(named: "script").count == 1, "\(payload)")
            #expect(tree.elements(named: "img").isEmpty && tree.elements(named: "svg").allSatisfy { tree.nodes[$0].attribute("onload") == nil })
            #expect(!tree.nodes.contains { $0.attributes.contains { $0.name.hasPrefix("on") } }, "\(payload)")
            #expect(tree.textContent(tree.elements(named: "h1")[0]) == payload)
        }
    }
}
