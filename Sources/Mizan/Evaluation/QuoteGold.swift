import Foundation

/// A gold-annotated article for quote evaluation.
public struct QuoteGoldDocument: Sendable {
    public struct Item: Sendable {
        /// Direct/indirect/mixed when the gold says so (brat gold is typed from its quotation marks).
        public var kind: Attribution.Kind?
        /// Content spans (several for discontinuous brat spans).
        public var content: [TextRange]
        public var cue: TextRange?
        public var speaker: [TextRange]
        public var speakerCanonical: String?
        public var sourceKind: Attribution.SourceKind?
    }

    public var id: String
    public var text: String
    public var language: String?
    public var items: [Item]
    /// Whether the gold names canonical speakers (mizan's JSONL does; brat does not).
    public var hasCanonical = false
}

/// Reads gold quote annotations: mizan's JSONL format (`docs/quote-annotation.md`, one article per line)
/// and brat standoff folders like PolNeAR's (`text/` + `attributions/`; one annotator per article).
public enum QuoteGoldReader {
    public static func read(_ path: String) throws -> [QuoteGoldDocument] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw MizanError.fileNotFound(path: path) }
        return isDir.boolValue ? try readBrat(path) : try readJSONL(path)
    }

    static func readJSONL(_ path: String) throws -> [QuoteGoldDocument] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var docs: [QuoteGoldDocument] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = obj["text"] as? String else {
                throw MizanError.badRecord(path: path, line: n + 1, reason: "not a gold record (a JSON object with text and attributions)")
            }
            func span(_ v: Any?) -> TextRange? {
                guard let d = v as? [String: Any], let s = d["start"] as? Int, let e = d["end"] as? Int, s <= e else { return nil }
                return TextRange(s, e)
            }
            var items: [QuoteGoldDocument.Item] = []
            for a in obj["attributions"] as? [[String: Any]] ?? [] {
                guard let content = span(a["content"]) else {
                    throw MizanError.badRecord(path: path, line: n + 1, reason: "an attribution without a content span")
                }
                items.append(.init(kind: (a["type"] as? String).flatMap(Attribution.Kind.init(rawValue:)), content: [content],
                                   cue: span(a["cue"]), speaker: span(a["speaker"]).map { [$0] } ?? [],
                                   speakerCanonical: a["speaker_canonical"] as? String,
                                   sourceKind: (a["source_kind"] as? String).flatMap(Attribution.SourceKind.init(rawValue:))))
            }
            docs.append(QuoteGoldDocument(id: obj["id"] as? String ?? "line \(n + 1)", text: text, language: obj["lang"] as? String,
                                          items: items, hasCanonical: true))
        }
        return docs
    }

    /// brat: `text/<name>.txt` and `attributions/<name>_<annotator>.ann`; the first annotator (by name)
    /// of each article is used. `T` lines carry Source/Cue/Content spans (`start end;start end` when
    /// discontinuous), `E` lines tie them into attributions.
    static func readBrat(_ path: String) throws -> [QuoteGoldDocument] {
        let root = URL(fileURLWithPath: path)
        let textDir = root.appendingPathComponent("text")
        let annDir = root.appendingPathComponent("attributions")
        guard let anns = try? FileManager.default.contentsOfDirectory(atPath: annDir.path) else {
            throw MizanError.usage("\(path): not a brat folder (expected text/ and attributions/)")
        }
        var chosen: [String: String] = [:]
        for ann in anns.sorted() where ann.hasSuffix(".ann") {
            let stem = String(ann.dropLast(4))
            let base = stem.range(of: "_", options: .backwards).map { String(stem[..<$0.lowerBound]) } ?? stem
            let candidate = FileManager.default.fileExists(atPath: textDir.appendingPathComponent(base + ".txt").path) ? base : stem
            if chosen[candidate] == nil { chosen[candidate] = ann }
        }
        var docs: [QuoteGoldDocument] = []
        for (base, ann) in chosen.sorted(by: { $0.key < $1.key }) {
            let textURL = textDir.appendingPathComponent(base + ".txt")
            guard let text = try? String(contentsOf: textURL, encoding: .utf8) else {
                throw MizanError.unreadable(path: textURL.path, reason: "missing or not UTF-8")
            }
            let annURL = annDir.appendingPathComponent(ann)
            // Split by bytes (CR LF as LF: as one `Character`, "\r\n" made a Windows-saved file one
            // line), keeping blank lines so that line numbers in errors are the file's.
            let lines = TextLines.lines(try String(contentsOf: annURL, encoding: .utf8))
            var spans: [String: (type: String, ranges: [TextRange])] = [:]
            var items: [QuoteGoldDocument.Item] = []
            // A span's text may contain line breaks, so a line is an annotation only when it starts with
            // its id (T12, E3) and a tab; the other lines continue the previous span's text.
            for (n, line) in lines.enumerated() where isAnnotationLine(line, "T") {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count >= 2 else { throw MizanError.badRecord(path: annURL.path, line: n + 1, reason: "malformed T line") }
                let head = parts[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                var ranges: [TextRange] = []
                for piece in head[1].split(separator: ";") {
                    let nums = piece.split(separator: " ").compactMap { Int($0) }
                    if nums.count == 2, nums[0] <= nums[1] { ranges.append(TextRange(nums[0], nums[1])) }
                }
                spans[String(parts[0])] = (String(head[0]), ranges)
            }
            let scalars = Array(text.unicodeScalars)
            for line in lines where isAnnotationLine(line, "E") {
                let parts = line.split(separator: "\t")
                guard parts.count >= 2 else { continue }
                var content: [TextRange] = [], cue: TextRange?, source: [TextRange] = []
                for arg in parts[1].split(separator: " ").dropFirst() {
                    let kv = arg.split(separator: ":")
                    guard kv.count == 2, let s = spans[String(kv[1])] else { continue }
                    switch kv[0] {
                    case "Content": content = s.ranges
                    case "Cue": cue = s.ranges.first.map { r in s.ranges.dropFirst().reduce(r) { $0.union($1) } }
                    case "Source": source = s.ranges
                    default: break
                    }
                }
                guard !content.isEmpty else { continue }
                items.append(.init(kind: inferKind(content, scalars), content: content, cue: cue, speaker: source,
                                   speakerCanonical: nil, sourceKind: nil))
            }
            docs.append(QuoteGoldDocument(id: base, text: text, language: "en", items: items))
        }
        return docs
    }

    /// Whether a brat line is an annotation of the given type: its id (`T12`) then a tab.
    static func isAnnotationLine(_ line: Substring, _ type: Character) -> Bool {
        guard line.first == type, let tab = line.firstIndex(of: "\t") else { return false }
        let id = line[line.index(after: line.startIndex)..<tab]
        return !id.isEmpty && id.allSatisfy(\.isNumber)
    }

    /// Direct when the content is inside quotation marks, mixed when it contains some, else indirect.
    static func inferKind(_ content: [TextRange], _ text: [Unicode.Scalar]) -> Attribution.Kind {
        var marks = 0
        var first: Unicode.Scalar?
        var last: Unicode.Scalar?
        for r in content {
            for k in max(0, r.start)..<min(r.end, text.count) where QuotePairer.family(text[k]) != nil && text[k] != "'" && text[k] != "\u{2019}" {
                marks += 1
            }
            let inner = text[max(0, r.start)..<min(r.end, text.count)].filter { !Segmenter.isSpace($0) }
            if first == nil { first = inner.first }
            last = inner.last(where: { !".,;:".unicodeScalars.contains($0) }) ?? last
        }
        guard marks > 0 else { return .indirect }
        if let f = first, let l = last, QuotePairer.family(f) != nil, QuotePairer.family(l) != nil, marks <= 2 { return .direct }
        return .mixed
    }
}
