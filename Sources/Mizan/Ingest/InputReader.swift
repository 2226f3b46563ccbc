import CSV
import Foundation

/// Reads articles from paths: text and HTML files, JSONL and CSV/TSV corpora (optionally gzip-compressed),
/// folders (recursively; the first folder level under the root given is the outlet), and `-` for
/// standard input. Inputs stream: a corpus file is read a record at a time.
///
/// Iterating yields an article or a failure for each input; one bad file or record never stops the rest.
public final class InputReader: Sequence, IteratorProtocol {
    public enum Item: Sendable {
        case article(ArticleInput)
        case failure(MizanError)

        /// The article's ``ArticleInput/byteCount`` (0 for a failure).
        var byteCount: Int {
            if case .article(let input) = self { return input.byteCount }
            return 0
        }
    }

    private struct PendingFile {
        var path: String
        /// Id stem and outlet derived from the folder the file was found in.
        var id: String
        var outlet: String?
        var fromFolder: Bool
    }

    private let options: InputOptions
    private var paths: [String]
    private var files: [PendingFile] = []
    private var records: RecordStream?

    public init(paths: [String], options: InputOptions = InputOptions()) {
        self.paths = paths.reversed()
        self.options = options
    }

    public func next() -> Item? {
        while true {
            if let stream = records {
                if let item = stream.next() { return item }
                records = nil
            }
            if !files.isEmpty {
                let file = files.removeFirst()
                if let item = open(file) { return item }
                continue
            }
            guard let path = paths.popLast() else { return nil }
            if let failure = expand(path) { return .failure(failure) }
        }
    }

    // MARK: Paths and folders

    /// Turns a command-line path into pending files; returns an error for a missing path or empty folder.
    private func expand(_ path: String) -> MizanError? {
        if path == "-" {
            files.append(PendingFile(path: "-", id: "stdin", outlet: options.outlet, fromFolder: false))
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .fileNotFound(path: path)
        }
        if !isDirectory.boolValue {
            let id = (((path as NSString).lastPathComponent as NSString).deletingPathExtension as NSString).deletingPathExtension
            files.append(PendingFile(path: path, id: id, outlet: options.outlet, fromFolder: false))
            return nil
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else {
            return .unreadable(path: path, reason: "cannot list the folder")
        }
        var found: [PendingFile] = []
        let rootComponents = root.pathComponents.count
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let name = url.lastPathComponent.lowercased()
            let known = InputFormat.from(path: name) != nil || !name.contains(".")
            guard known else { continue }
            let components = Array(url.standardizedFileURL.pathComponents.dropFirst(rootComponents))
            let outlet = components.count > 1 ? components[0] : options.outlet
            var relative = components.joined(separator: "/")
            for ext in [".gz", ".txt", ".text", ".html", ".htm", ".md", ".jsonl", ".ndjson", ".json", ".csv", ".tsv"]
            where relative.lowercased().hasSuffix(ext) {
                relative.removeLast(ext.count)
            }
            found.append(PendingFile(path: url.path, id: relative, outlet: outlet, fromFolder: true))
        }
        if found.isEmpty { return .emptyFolder(path: path) }
        found.sort { $0.path < $1.path }
        files.append(contentsOf: found)
        return nil
    }

    // MARK: Files

    private func open(_ file: PendingFile) -> Item? {
        do {
            let gz = file.path.lowercased().hasSuffix(".gz")
            let source: ByteSource
            if gz {
                source = try GzipSource(path: file.path)
            } else if file.path == "-" {
                source = FileSource(standardInput: ())
            } else {
                source = try FileSource(path: file.path)
                if let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int {
                    if size == 0 { throw MizanError.emptyInput(path: file.path) }
                    let format = options.format ?? InputFormat.from(path: file.path)
                    let corpus = format == .jsonl || format == .csv || format == .tsv
                    if !corpus && format != nil && size > options.maxArticleBytes {
                        throw MizanError.tooLarge(path: file.path, bytes: size, limit: options.maxArticleBytes)
                    }
                }
            }
            var format = options.format ?? InputFormat.from(path: file.path)
            var head: [UInt8] = []
            if format == nil || format == .text {
                // Sniff: JSON lines, HTML, or text.
                head = try readHead(source, count: 4096)
                if format == nil { format = sniff(head) }
            }
            switch format ?? .text {
            case .jsonl:
                records = JSONLStream(source: PrefixedSource(prefix: head, rest: source), path: file.path,
                                      outlet: file.outlet, options: options)
                return nil
            case .csv, .tsv:
                records = try CSVStream(source: PrefixedSource(prefix: head, rest: source), path: file.path, gzip: gz,
                                        delimiter: format == .tsv ? "\t" : ",", outlet: file.outlet, options: options)
                return nil
            case .html, .text:
                let rest: [UInt8]
                do { rest = try source.readAll(limit: options.maxArticleBytes - head.count, path: file.path) } catch MizanError.tooLarge(_, let bytes, _) {
                    throw MizanError.tooLarge(path: file.path, bytes: head.count + bytes, limit: options.maxArticleBytes)
                }
                let bytes = head + rest
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                    throw MizanError.emptyInput(path: file.path)
                }
                if let kind = BinarySniffer.binaryKind(bytes) { throw MizanError.notText(path: file.path, kind: kind) }
                let isHTML = format == .html || (format == .text && options.format == nil && Self.looksLikeHTML(bytes))
                var meta = DocumentMetadata(id: file.id, outlet: file.outlet, source: file.path, format: isHTML ? "html" : "text")
                if file.path == "-" { meta.source = "<stdin>" }
                return .article(ArticleInput(metadata: meta, body: isHTML ? .html(bytes) : .textBytes(bytes)))
            }
        } catch let error as MizanError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(path: file.path, reason: "\(error)"))
        }
    }

    private func readHead(_ source: ByteSource, count: Int) throws -> [UInt8] {
        var head = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try head.withUnsafeMutableBytes { raw in
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if n == 0 { break }
            filled += n
        }
        head.removeLast(count - filled)
        return head
    }

    private func sniff(_ head: [UInt8]) -> InputFormat {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "{") {
            return .jsonl
        }
        return Self.looksLikeHTML(Array(head)) ? .html : .text
    }

    /// Whether bytes look like an HTML page: a doctype, `<html`, `<head` or `<body` near the start.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return true }
        return trimmed.hasPrefix("<") && (head.contains("<html") || head.contains("<head") || head.contains("<body"))
    }
}

/// A source that first replays bytes already read.
final class PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private let rest: ByteSource

    init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if !prefix.isEmpty {
            let n = min(prefix.count, buffer.count)
            prefix.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            prefix.removeFirst(n)
            return n
        }
        return try rest.read(into: buffer)
    }
}

/// A stream of records from a corpus file.
protocol RecordStream: AnyObject {
    func next() -> InputReader.Item?
}

/// Field names accepted for each metadata field of a JSONL record or CSV column.
enum RecordFields {
    static let id = ["id", "doc_id", "article_id", "uid"]
    static let text = ["text", "body", "content", "article", "maintext", "paragraph"]
    static let html = ["html", "raw_html"]
    static let outlet = ["outlet", "source", "site", "publisher", "source_domain", "page_domain", "domain"]
    static let title = ["title", "headline", "page_title"]
    static let date = ["date", "published", "date_publish", "publication_date", "page_date", "pubdate"]
    static let url = ["url", "link", "page_url"]
    static let lang = ["lang", "language"]
    static let author = ["author", "authors", "byline"]

    static func first(_ names: [String], in lookup: (String) -> String?) -> String? {
        for n in names { if let v = lookup(n), !v.isEmpty { return v } }
        return nil
    }

    /// Builds an article from a record's fields.
    static func article(lookup: (String) -> String?, path: String, line: Int, outlet: String?, format: String,
                        unit: String) throws -> ArticleInput {
        let id = first(Self.id, in: lookup) ?? "\((path as NSString).lastPathComponent):\(line)"
        var meta = DocumentMetadata(id: id)
        meta.outlet = first(Self.outlet, in: lookup) ?? outlet
        meta.title = first(title, in: lookup)
        meta.date = first(date, in: lookup)
        meta.url = first(url, in: lookup)
        meta.declaredLanguage = first(lang, in: lookup).map { $0.lowercased() }
        if let a = first(author, in: lookup) { meta.authors = [a] }
        meta.source = "\(path)#\(unit)\(line)"
        meta.format = format
        if let text = first(Self.text, in: lookup), !text.allSatisfy(\.isWhitespace) {
            return ArticleInput(metadata: meta, body: .text(text))
        }
        if let html = first(Self.html, in: lookup), !html.allSatisfy(\.isWhitespace) {
            meta.format = "html"
            return ArticleInput(metadata: meta, body: .html(Array(html.utf8)))
        }
        throw MizanError.badRecord(path: path, line: line, reason: "the record has no non-empty 'text' or 'html' field")
    }
}

/// JSON lines: one object per line.
final class JSONLStream: RecordStream {
    private let lines: LineReader
    private let path: String
    private let outlet: String?

    init(source: ByteSource, path: String, outlet: String?, options: InputOptions) {
        self.lines = LineReader(source: source, maxLine: options.maxArticleBytes)
        self.path = path
        self.outlet = outlet
    }

    func next() -> InputReader.Item? {
        while true {
            let line: LineReader.Line?
            do { line = try lines.next() } catch let e as MizanError { return .failure(e) } catch {
                return .failure(.unreadable(path: path, reason: "\(error)"))
            }
            guard let line else { return nil }
            let n = lines.lineNumber
            switch line {
            case .tooLong(let bytes):
                return .failure(.badRecord(path: path, line: n, reason: "the line has \(bytes) bytes, over the per-article limit; skipped (raise it with --max-article-mb)"))
            case .line(var bytes):
                if n == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return parse(bytes, line: n)
            }
        }
    }

    private func parse(_ bytes: [UInt8], line: Int) -> InputReader.Item {
        let record: [String: String]
        do {
            record = try JSONRecordParser.parse(bytes)
        } catch JSONRecordParser.Failure.notAnObject {
            return .failure(.badRecord(path: path, line: line, reason: "not valid JSON: expected an object starting with '{' (line starts with \"\(preview(bytes))\")"))
        } catch JSONRecordParser.Failure.syntax(let offset, let expected) {
            return .failure(.badRecord(path: path, line: line, reason: "not valid JSON: expected \(expected) at column \(offset + 1) (line starts with \"\(preview(bytes))\")"))
        } catch {
            return .failure(.badRecord(path: path, line: line, reason: "not valid JSON"))
        }
        do {
            return .article(try RecordFields.article(lookup: { record[$0] }, path: path, line: line, outlet: outlet, format: "jsonl", unit: "L"))
        } catch let e as MizanError {
            return .failure(e)
        } catch {
            return .failure(.badRecord(path: path, line: line, reason: "\(error)"))
        }
    }

    private func preview(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(40), as: UTF8.self)
    }
}

/// CSV or TSV with a header row, parsed with CSV.swift. Compressed input is first decompressed to a
/// temporary file (CSV.swift reads a stream), which is removed when the stream ends.
final class CSVStream: RecordStream {
    private let reader: CSVReader
    private let header: [String]
    private let path: String
    private let outlet: String?
    private var row = 1
    private var temporary: String?

    init(source: ByteSource, path: String, gzip: Bool, delimiter: Unicode.Scalar, outlet: String?, options: InputOptions) throws {
        self.path = path
        self.outlet = outlet
        let stream: InputStream
        if gzip || path == "-" {
            // Spool to a temporary file: bounded memory whatever the size.
            let tmp = NSTemporaryDirectory() + "mizan-\(UUID().uuidString).csv"
            guard FileManager.default.createFile(atPath: tmp, contents: nil), let handle = FileHandle(forWritingAtPath: tmp) else {
                throw MizanError.unreadable(path: path, reason: "cannot create a temporary file")
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let n = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
                if n == 0 { break }
                handle.write(Data(chunk[0..<n]))
            }
            try? handle.close()
            temporary = tmp
            guard let s = InputStream(fileAtPath: tmp) else { throw MizanError.unreadable(path: path, reason: "cannot reopen") }
            stream = s
        } else {
            guard let s = InputStream(fileAtPath: path) else { throw MizanError.unreadable(path: path, reason: "cannot open") }
            stream = s
        }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true, delimiter: delimiter)
        } catch {
            if let t = temporary { try? FileManager.default.removeItem(atPath: t) }
            throw MizanError.badRecord(path: path, line: 1, reason: "cannot read the CSV header row")
        }
        header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let hasBody = header.contains { RecordFields.text.contains($0) || RecordFields.html.contains($0) }
        if !hasBody {
            if let t = temporary { try? FileManager.default.removeItem(atPath: t) }
            throw MizanError.badRecord(path: path, line: 1,
                                       reason: "the header has no text column (one of: \((RecordFields.text + RecordFields.html).joined(separator: ", ")))")
        }
    }

    deinit { if let t = temporary { try? FileManager.default.removeItem(atPath: t) } }

    func next() -> InputReader.Item? {
        while let fields = reader.next() {
            row += 1
            if fields.count == 1 && fields[0].isEmpty { continue }
            func lookup(_ key: String) -> String? {
                guard let i = header.firstIndex(of: key), i < fields.count else { return nil }
                return fields[i]
            }
            do {
                return .article(try RecordFields.article(lookup: lookup, path: path, line: row, outlet: outlet, format: "csv", unit: "R"))
            } catch let e as MizanError {
                return .failure(e)
            } catch {
                return .failure(.badRecord(path: path, line: row, reason: "\(error)"))
            }
        }
        if let error = reader.error {
            return failOnce(.badRecord(path: path, line: row + 1, reason: "CSV parse error (\(error))"))
        }
        return nil
    }

    private var reported = false
    private func failOnce(_ e: MizanError) -> InputReader.Item? {
        if reported { return nil }
        reported = true
        return .failure(e)
    }
}
