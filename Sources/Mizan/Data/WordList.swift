import Foundation

/// Reads mizan's simple data files: one entry per line, `#` comments, blank lines ignored.
enum DataFile {
    /// Lines of a data file with their 1-based line numbers, comments and blanks removed, trimmed.
    static func lines(_ url: URL) throws -> [(line: Int, text: String)] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw MizanError.badData(path: url.path, line: nil, reason: "cannot read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MizanError.badData(path: url.path, line: nil, reason: "not valid UTF-8")
        }
        var out: [(Int, String)] = []
        var n = 0
        for line in TextLines.lines(text) {
            n += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            out.append((n, String(line)))
        }
        return out
    }

    /// A set of normalized words, one per line.
    static func wordSet(_ url: URL) throws -> Set<String> {
        var set = Set<String>()
        for (n, line) in try lines(url) {
            let w = TextNormalizer.standard.normalize(line.trimmingCharacters(in: .whitespaces))
            if w.isEmpty { throw MizanError.badData(path: url.path, line: n, reason: "the entry is empty after normalization") }
            set.insert(w)
        }
        return set
    }

    /// Parses a TSV file with a header. Returns rows as dictionaries keyed by header name, with line numbers.
    /// - Throws: when a required column is missing or a row has the wrong number of fields.
    static func tsv(_ url: URL, required: [String]) throws -> (header: [String], rows: [(line: Int, fields: [String: String])]) {
        let all = try lines(url)
        guard let first = all.first else { throw MizanError.badData(path: url.path, line: nil, reason: "no header row") }
        let header = TextLines.split(first.text, at: UInt8(ascii: "\t")).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for r in required where !header.contains(r) {
            throw MizanError.badData(path: url.path, line: first.line, reason: "the header has no '\(r)' column (found: \(header.joined(separator: ", ")))")
        }
        var rows: [(Int, [String: String])] = []
        for (n, line) in all.dropFirst() {
            let fields = TextLines.split(line, at: UInt8(ascii: "\t")).map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count > header.count {
                throw MizanError.badData(path: url.path, line: n, reason: "\(fields.count) fields but the header has \(header.count) (a TAB inside a field?)")
            }
            var dict: [String: String] = [:]
            for (i, name) in header.enumerated() { dict[name] = i < fields.count ? fields[i] : "" }
            rows.append((n, dict))
        }
        return (header, rows)
    }
}
