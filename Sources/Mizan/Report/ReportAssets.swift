import Foundation

/// The report's stylesheet and script, read from the `Reports` folder and embedded into every page.
///
/// Both are mizan's own files, but they are checked when loaded anyway: neither may contain `</` followed
/// by a tag name (which would close the `<style>` or `<script>` element early), and line ends are
/// normalized to `\n`, so the Content-Security-Policy hash computed here is the hash a browser computes.
public struct ReportAssets: Sendable, Hashable {
    /// CSS (`Reports/report.css`).
    public var stylesheet: String
    /// JavaScript (`Reports/report.js`): progressive enhancement only; every report works without it.
    public var script: String

    public init(stylesheet: String, script: String) {
        self.stylesheet = stylesheet
        self.script = script
    }

    /// Reads `report.css` and `report.js` from `directory`.
    /// - Throws: ``MizanError/badData(path:line:reason:)`` for a missing or unsafe file.
    public static func load(directory: URL) throws -> ReportAssets {
        ReportAssets(stylesheet: try read(directory.appendingPathComponent("report.css"), element: "style"),
                     script: try read(directory.appendingPathComponent("report.js"), element: "script"))
    }

    /// Finds the `Reports` folder (see ``DataDirectory/locateReports(near:environment:)``) and loads it.
    public static func locate(near lexicons: URL? = nil) throws -> ReportAssets {
        try load(directory: DataDirectory.locateReports(near: lexicons))
    }

    private static func read(_ url: URL, element: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MizanError.badData(path: url.path, line: nil, reason: "missing or unreadable")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw MizanError.badData(path: url.path, line: nil, reason: "not UTF-8")
        }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lower = line.lowercased()
            if lower.contains("</" + element) || lower.contains("<!--") || lower.contains("<" + element) {
                throw MizanError.badData(path: url.path, line: i + 1, reason: "must not contain <\(element), </\(element) or <!-- (it is embedded in a <\(element)> element)")
            }
            if line.unicodeScalars.contains(where: { ReportText.isForbiddenControl($0) || ReportText.isBidiControl($0) }) {
                throw MizanError.badData(path: url.path, line: i + 1, reason: "contains a control or bidirectional formatting character")
            }
        }
        return text
    }
}
