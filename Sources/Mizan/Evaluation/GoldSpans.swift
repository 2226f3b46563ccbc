import Foundation

/// A document annotated with propaganda-technique spans (ArMPro, PTC).
public struct GoldDocument: Sendable {
    public struct Span: Hashable, Sendable {
        public var technique: String
        /// Code point offsets into ``GoldDocument/text``.
        public var range: Range<Int>

        public init(technique: String, range: Range<Int>) {
            self.technique = technique
            self.range = range
        }
    }

    public var id: String
    public var text: String
    /// `ar` or `en`.
    public var language: String
    public var spans: [Span]
    /// Paragraphs for detection scoring (code point ranges): the whole text for ArMPro, non-blank lines for PTC.
    public var paragraphs: [Range<Int>]

    public init(id: String, text: String, language: String, spans: [Span], paragraphs: [Range<Int>]) {
        self.id = id
        self.text = text
        self.language = language
        self.spans = spans
        self.paragraphs = paragraphs
    }

    /// The technique names scored by `mizan evaluate terms`: `Loaded_Language` and every `Name_Calling*`
    /// spelling (`Name_Calling,Labeling` in PTC, `Name_Calling-Labeling` in ArMPro).
    public static func isLoadedOrNameCalling(_ technique: String) -> Bool {
        technique == "Loaded_Language" || technique.hasPrefix("Name_Calling")
    }
}

/// Readers for the gold formats.
public enum GoldReader {
    /// Reads `path`: a JSONL file in the ArMPro span format, or a PTC folder (`articles/` + `labels/`).
    /// - Throws: ``MizanError`` naming the file and line of a malformed record.
    public static func read(_ path: String) throws -> [GoldDocument] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw MizanError.fileNotFound(path: path) }
        if isDir.boolValue { return try readPTC(folder: URL(fileURLWithPath: path)) }
        return try readArMPro(URL(fileURLWithPath: path))
    }

    /// ArMPro span JSONL: one paragraph per line, `{"paragraph_id", "paragraph", "labels": [{technique, start, end, text}]}`,
    /// code point offsets. Each paragraph is an Arabic document.
    public static func readArMPro(_ url: URL, language: String = "ar") throws -> [GoldDocument] {
        let lines = try DataFile.lines(url)
        var docs: [GoldDocument] = []
        for (n, line) in lines {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw MizanError.badRecord(path: url.path, line: n, reason: "not a JSON object")
            }
            guard let text = obj["paragraph"] as? String ?? obj["text"] as? String else {
                throw MizanError.badRecord(path: url.path, line: n, reason: "no \"paragraph\" text")
            }
            let id = obj["paragraph_id"] as? String ?? obj["id"] as? String ?? "line\(n)"
            let length = text.unicodeScalars.count
            var spans: [GoldDocument.Span] = []
            for l in obj["labels"] as? [[String: Any]] ?? [] {
                guard let t = l["technique"] as? String, let s = (l["start"] as? NSNumber)?.intValue, let e = (l["end"] as? NSNumber)?.intValue,
                      s >= 0, s <= e, e <= length else {
                    throw MizanError.badRecord(path: url.path, line: n, reason: "a label without technique, or with start/end outside the paragraph")
                }
                spans.append(.init(technique: t, range: s..<e))
            }
            docs.append(GoldDocument(id: id, text: text, language: language, spans: spans, paragraphs: [0..<length]))
        }
        return docs
    }

    /// PTC: `articles/article<ID>.txt` with `labels/article<ID>.task2-TC.labels` (TAB-separated
    /// `id technique start end`, code point offsets). Articles are English; paragraphs are non-blank lines.
    public static func readPTC(folder: URL, language: String = "en") throws -> [GoldDocument] {
        let articles = folder.appendingPathComponent("articles")
        let labels = folder.appendingPathComponent("labels")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: articles.path) else {
            throw MizanError.usage("\(folder.path): not a PTC folder (expected articles/ and labels/) or an ArMPro JSONL file")
        }
        var docs: [GoldDocument] = []
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted() {
            let url = articles.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw MizanError.unreadable(path: url.path, reason: "not UTF-8 text")
            }
            let id = String(name.dropLast(4))
            let scalars = Array(text.unicodeScalars)
            var spans: [GoldDocument.Span] = []
            let labelURL = labels.appendingPathComponent(id + ".task2-TC.labels")
            if FileManager.default.fileExists(atPath: labelURL.path) {
                for (n, line) in try DataFile.lines(labelURL) {
                    let f = line.split(separator: "\t").map(String.init)
                    guard f.count >= 4, let s = Int(f[2]), let e = Int(f[3]), s >= 0, s <= e, e <= scalars.count else {
                        throw MizanError.badRecord(path: labelURL.path, line: n, reason: "expected id, technique, start, end within the article")
                    }
                    spans.append(.init(technique: f[1], range: s..<e))
                }
            }
            var paragraphs: [Range<Int>] = []
            var start = 0
            for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
                if scalars[start..<i].contains(where: { !$0.properties.isWhitespace }) { paragraphs.append(start..<i) }
                start = i + 1
            }
            docs.append(GoldDocument(id: id, text: text, language: language, spans: spans, paragraphs: paragraphs))
        }
        return docs
    }
}
