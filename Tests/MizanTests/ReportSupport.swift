import Foundation
import Testing
@testable import Mizan

/// Shared helpers for report tests: the repository's report assets, rendering, and reading pages back.
enum ReportSupport {
    static let assets: ReportAssets = {
        do { return try ReportAssets.load(directory: TestSupport.root.appendingPathComponent("Reports")) } catch {
            preconditionFailure("the repository's Reports folder does not load: \(error)")
        }
    }()

    static var report: ArticleReport { ArticleReport(assets: assets, lexicons: TestSupport.data.lexicons) }

    /// Analyses a file of the repository as `mizan analyze PATH` run from the repository root would.
    static func analyzeRepositoryFile(_ relative: String) throws -> AnalyzedDocument {
        let url = TestSupport.root.appendingPathComponent(relative)
        let bytes = try [UInt8](Data(contentsOf: url))
        let id = (url.lastPathComponent as NSString).deletingPathExtension
        let input = ArticleInput(metadata: DocumentMetadata(id: id, source: relative, format: "text"), body: .textBytes(bytes))
        return try Analyzer(data: TestSupport.data).analyze(input)
    }

    static func page(_ doc: AnalyzedDocument) -> (bytes: [UInt8], tree: HTMLTree) {
        let bytes = report.render(doc)
        guard let tree = HTMLTree.parse(bytes, encoding: "UTF-8") else { preconditionFailure("the report does not parse") }
        return (bytes, tree)
    }

    /// HTML5 element names that libxml2 2.9's HTML 4 parser does not know; it reports each as an unknown
    /// tag (error 801) and still builds the right tree. Any other problem fails the parse-back tests.
    static let html5Elements: Set<String> = [
        "section", "header", "footer", "nav", "main", "figure", "figcaption", "mark", "bdi",
        "svg", "g", "rect", "line", "text", "desc",
    ]

    /// Parser problems other than unknown HTML5 element names.
    static func parseProblems(_ bytes: [UInt8]) -> [HTMLParseReport.Problem] {
        HTMLParseReport.check(bytes).problems.filter { p in
            guard p.code == HTMLParseReport.unknownTag else { return true }
            // "Tag section invalid"
            let name = p.message.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            return !html5Elements.contains(name)
        }
    }
}

extension HTMLTree {
    /// Elements with `name` whose `class` attribute contains `className`.
    func elements(named name: String, class className: String) -> [Int] {
        elements(named: name).filter { (nodes[$0].attribute("class") ?? "").split(separator: " ").contains(Substring(className)) }
    }

    /// The first element with `id`.
    func element(id: String) -> Int? {
        nodes.indices.first { nodes[$0].kind == .element && nodes[$0].attribute("id") == id }
    }

    /// Every element index under `index` (pre-order, itself excluded).
    func descendants(of index: Int) -> [Int] {
        var out: [Int] = []
        var stack = Array(nodes[index].children.reversed())
        while let i = stack.popLast() {
            out.append(i)
            stack.append(contentsOf: nodes[i].children.reversed())
        }
        return out
    }

    func ancestors(of index: Int) -> [Int] {
        var out: [Int] = []
        var p = nodes[index].parent
        while p >= 0 { out.append(p); p = nodes[p].parent }
        return out
    }
}
