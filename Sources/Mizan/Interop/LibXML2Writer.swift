import CLibXML2

/// An HTML document built node by node in libxml2's tree and serialized as UTF-8.
///
/// The only way to put content into the page is through this type, and it never parses markup:
/// element and attribute names are compile-time constants (`StaticString`), attribute values go in through
/// `xmlNewProp` (stored as literal text, escaped when written), and text goes in as text nodes through
/// `xmlNewDocText` (escaped when written). Before anything reaches libxml2 it passes ``ReportText``, which
/// replaces control characters and neutralizes bidirectional embedding, override and isolate characters.
///
/// Elements are opened and closed like a stack (``open(_:_:)`` / ``close()``), or with a closure
/// (``element(_:_:_:)``). No libxml2 type leaves this file; the document is freed in `deinit`.
final class HTMLBuilder {
    /// An attribute to set: a constant name and a value (nil: the attribute is left out).
    typealias Attribute = (name: StaticString, value: String?)

    private let doc: htmlDocPtr
    private var current: xmlNodePtr
    private var depth = 0

    /// A document with `<!DOCTYPE html>` and an `<html>` root carrying `attributes`; the root is open.
    init(_ attributes: [Attribute] = []) {
        // libxml2 only fails here when memory is exhausted; there is nothing sensible to continue with.
        guard let doc = htmlNewDocNoDtD(nil, nil) else { preconditionFailure("libxml2: cannot allocate a document") }
        self.doc = doc
        // Element and attribute names interned in a dictionary (freed with the document): no copy per node.
        doc.pointee.dict = xmlDictCreate()
        _ = xmlCreateIntSubset(doc, HTMLBuilder.xml("html"), nil, nil)
        guard let root = xmlNewDocNode(doc, nil, HTMLBuilder.xml("html"), nil) else {
            preconditionFailure("libxml2: cannot allocate a node")
        }
        _ = xmlDocSetRootElement(doc, root)
        current = root
        setAttributes(attributes, on: root)
    }

    deinit { xmlFreeDoc(doc) }

    // MARK: Structure

    /// Opens an element as the last child of the current one; it becomes the current element.
    func open(_ name: StaticString, _ attributes: [Attribute] = []) {
        guard let node = xmlNewDocNode(doc, nil, HTMLBuilder.xml(name), nil) else {
            preconditionFailure("libxml2: cannot allocate a node")
        }
        addAttributes(attributes, to: node)
        _ = xmlAddChild(current, node)
        current = node
        depth += 1
    }

    /// Closes the current element.
    func close() {
        precondition(depth > 0, "HTMLBuilder: close() without open()")
        current = current.pointee.parent
        depth -= 1
    }

    /// An element with `body` building its content.
    func element(_ name: StaticString, _ attributes: [Attribute] = [], _ body: () -> Void = {}) {
        open(name, attributes)
        body()
        close()
    }

    /// An element holding one text.
    func element(_ name: StaticString, _ attributes: [Attribute] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close()
    }

    /// Sets (or replaces) an attribute of the current element.
    func setAttribute(_ name: StaticString, _ value: String) {
        setAttributes([(name, value)], on: current)
    }

    // MARK: Text

    /// Text content. Bidirectional controls in it become visible, inert marks (see ``ReportText``).
    func text(_ s: String) {
        guard !s.isEmpty else { return }
        if !ReportText.needsCleaning(s) {
            appendText(s)
            return
        }
        for piece in ReportText.pieces(s) {
            switch piece {
            case .text(let t): appendText(t)
            case .control(let scalar):
                open("span", [("class", "bidi-ctl"), ("title", ReportText.controlDescription(scalar))])
                appendText(ReportText.controlLabel(scalar))
                close()
            }
        }
    }

    /// Text given as scalars (a slice of a document's text): encoded straight to UTF-8 for libxml2, with
    /// the same cleaning as ``text(_:)``. The fast path for article text.
    func text(_ scalars: ArraySlice<Unicode.Scalar>) {
        utf8.removeAll(keepingCapacity: true)
        for c in scalars {
            if ReportText.isForbiddenControl(c) {
                utf8.appendUTF8("\u{FFFD}")
            } else if ReportText.isBidiControl(c) {
                flushUTF8()
                open("span", [("class", "bidi-ctl"), ("title", ReportText.controlDescription(c))])
                appendText(ReportText.controlLabel(c))
                close()
            } else {
                utf8.appendUTF8(c)
            }
        }
        flushUTF8()
    }

    private var utf8: [UInt8] = []

    private func flushUTF8() {
        guard !utf8.isEmpty else { return }
        let node: xmlNodePtr? = utf8.withUnsafeBufferPointer { xmlNewDocTextLen(doc, $0.baseAddress, Int32(clamping: $0.count)) }
        guard let node else { preconditionFailure("libxml2: cannot allocate a text node") }
        _ = xmlAddChild(current, node)
        utf8.removeAll(keepingCapacity: true)
    }

    /// Text for places where no element may appear (`<title>`, SVG `<text>`, `<option>`): controls are
    /// replaced by plain labels.
    func plainText(_ s: String) {
        appendText(ReportText.plain(s))
    }

    /// The content of a `<style>` or `<script>` element, written as is. Only for mizan's own files, which
    /// ``ReportAssets`` checked for a closing tag.
    func rawText(_ s: String) {
        appendText(s)
    }

    private func appendText(_ s: String) {
        guard !s.isEmpty else { return }
        let node: xmlNodePtr? = s.withCString { chars in
            chars.withMemoryRebound(to: xmlChar.self, capacity: s.utf8.count + 1) {
                xmlNewDocTextLen(doc, $0, Int32(clamping: s.utf8.count))
            }
        }
        guard let node else { preconditionFailure("libxml2: cannot allocate a text node") }
        // xmlAddChild merges adjacent text nodes (and frees `node` when it does).
        _ = xmlAddChild(current, node)
    }

    /// Attributes of a new element: appended without searching for existing ones (xmlNewProp).
    private func addAttributes(_ attributes: [Attribute], to node: xmlNodePtr) {
        for (name, value) in attributes {
            guard let value else { continue }
            let clean = ReportText.plain(value)
            // xmlNewProp stores the value as one literal text node (no entity parsing, unlike xmlNewDocProp).
            _ = clean.withCString { chars in
                chars.withMemoryRebound(to: xmlChar.self, capacity: clean.utf8.count + 1) {
                    xmlNewProp(node, HTMLBuilder.xml(name), $0)
                }
            }
        }
    }

    private func setAttributes(_ attributes: [Attribute], on node: xmlNodePtr) {
        for (name, value) in attributes {
            guard let value else { continue }
            let clean = ReportText.plain(value)
            // xmlSetProp replaces an existing attribute; like xmlNewProp it stores the value as one
            // literal text node (no entity parsing).
            _ = clean.withCString { chars in
                chars.withMemoryRebound(to: xmlChar.self, capacity: clean.utf8.count + 1) {
                    xmlSetProp(node, HTMLBuilder.xml(name), $0)
                }
            }
        }
    }

    // MARK: Output

    /// The page as UTF-8 bytes, characters written as themselves. libxml2 indents block elements it knows,
    /// so the output is stable and diffable. `capacity` pre-sizes the output buffer (a guess of the page's
    /// size), so a long page is not copied again and again as it grows.
    ///
    /// (`htmlDocDumpMemoryFormat` gives the same bytes for a page declaring UTF-8 in a
    /// `<meta http-equiv="Content-Type">`, but grows its buffer by doubling, and writes numeric entities
    /// for a page that declares nothing. This output buffer has no encoder: UTF-8 as is.)
    func serialize(capacity: Int = 1 << 16) -> [UInt8] {
        guard let buffer = xmlBufferCreateSize(max(capacity, 4096)) else { preconditionFailure("libxml2: cannot allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        guard let output = xmlOutputBufferCreateBuffer(buffer, nil) else { preconditionFailure("libxml2: cannot allocate an output buffer") }
        htmlDocContentDumpFormatOutput(output, doc, nil, 1)
        _ = xmlOutputBufferClose(output)  // flushes into `buffer`
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private static func xml(_ s: StaticString) -> UnsafePointer<xmlChar> {
        precondition(s.hasPointerRepresentation && s.isASCII, "HTML names are ASCII constants")
        return s.utf8Start
    }
}

/// What libxml2's HTML parser reported about a page (for checking that reports parse back cleanly).
struct HTMLParseReport: Sendable {
    struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// libxml2's `xmlParserErrors` code (801 is `XML_HTML_UNKNOWN_TAG`).
        var code: Int
        var line: Int
        var message: String
        var description: String { "line \(line): [\(code)] \(message)" }
    }

    /// libxml2's code for an element name its HTML 4 tables do not know (`<section>`, `<svg>`, `<bdi>`…).
    static let unknownTag = Int(XML_HTML_UNKNOWN_TAG.rawValue)

    var problems: [Problem]

    /// Parses `bytes` as UTF-8 HTML with libxml2's HTML parser (no network) and collects every error and
    /// warning it reports, through a structured error handler (libxml2 keeps it per thread).
    static func check(_ bytes: [UInt8]) -> HTMLParseReport {
        guard let ctxt = htmlNewParserCtxt() else { return HTMLParseReport(problems: []) }
        defer { htmlFreeParserCtxt(ctxt) }
        let box = ProblemBox()
        let unmanaged = Unmanaged.passRetained(box)
        defer { unmanaged.release() }
        xmlSetStructuredErrorFunc(unmanaged.toOpaque()) { userData, error in
            guard let userData, let error else { return }
            let box = Unmanaged<ProblemBox>.fromOpaque(userData).takeUnretainedValue()
            let e = error.pointee
            var message = e.message.map { String(cString: $0) } ?? ""
            while message.last?.isWhitespace == true { message.removeLast() }
            box.problems.append(Problem(code: Int(e.code), line: Int(e.line), message: message))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(clamping: buf.count), nil, "UTF-8", Int32(HTML_PARSE_NONET.rawValue))
            }
        }
        if let doc { xmlFreeDoc(doc) } else { box.problems.append(Problem(code: -1, line: 0, message: "libxml2 returned no document")) }
        return HTMLParseReport(problems: box.problems)
    }

    private final class ProblemBox: @unchecked Sendable {
        var problems: [Problem] = []
    }
}
