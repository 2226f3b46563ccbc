import CLibXML2

/// An HTML page parsed by libxml2 and copied into plain Swift values.
///
/// Nodes live in one flat array and refer to each other by index, so arbitrarily deep pages (100,000
/// nested elements) are walked and freed without recursion. No libxml2 type escapes this file.
public struct HTMLTree: Sendable {
    public struct Node: Sendable {
        public enum Kind: Sendable { case element, text, comment, other }
        public var kind: Kind
        /// Lower-case tag name for elements; empty otherwise.
        public var name: String
        /// Attributes in document order, names lower-cased.
        public var attributes: [(name: String, value: String)]
        /// Character data of text and comment nodes (CDATA included).
        public var text: String
        public var parent: Int
        public var children: [Int]

        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    public private(set) var nodes: [Node]
    /// Index of the document node (kind `.other`); its children are the top-level nodes.
    public var root: Int { 0 }

    /// Parses `bytes` with libxml2's HTML parser in recover mode, with no network access and no external
    /// entities. `encoding` overrides the page's own declaration (nil: libxml2 reads `<meta charset>`).
    public static func parse(_ bytes: [UInt8], encoding: String?, url: String? = nil) -> HTMLTree? {
        // No HTML_PARSE_NOBLANKS: libxml2 would drop the space in `<time>May 1</time> <span>…`, gluing words.
        // XML_PARSE_HUGE lifts the 256-level depth limit, past which libxml2 silently drops content (pages
        // with thousands of unclosed tags reach it); the copy below is iterative, so any depth is safe, and
        // input size is bounded before parsing (the per-article limit).
        var flags = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
        // An explicit encoding wins over the page's own `<meta charset>`.
        if encoding != nil { flags |= HTML_PARSE_IGNORE_ENC.rawValue }
        let options = Int32(flags)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(min(buf.count, Int(Int32.max))), url, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        return HTMLTree(copying: doc)
    }

    private init(copying doc: htmlDocPtr) {
        var nodes: [Node] = [Node(kind: .other, name: "", attributes: [], text: "", parent: -1, children: [])]
        // Iterative pre-order walk over libxml2's tree.
        var stack: [(xmlNodePtr, Int)] = []
        var child = doc.pointee.children
        var pending: [(xmlNodePtr, Int)] = []
        while let c = child { pending.append((c, 0)); child = c.pointee.next }
        stack.append(contentsOf: pending.reversed())
        while let (ptr, parent) = stack.popLast() {
            let n = ptr.pointee
            var node = Node(kind: .other, name: "", attributes: [], text: "", parent: parent, children: [])
            switch n.type {
            case XML_ELEMENT_NODE:
                node.kind = .element
                node.name = HTMLTree.lowercased(HTMLTree.string(n.name))
                var attr = n.properties
                while let a = attr {
                    let name = HTMLTree.lowercased(HTMLTree.string(a.pointee.name))
                    var value = ""
                    if let only = a.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
                        value = HTMLTree.string(only.pointee.content)  // the usual case: one text child, no copy by libxml2
                    } else if let v = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
                        value = String(cString: v)
                        mizan_xml_free(v)
                    }
                    node.attributes.append((name, value))
                    attr = a.pointee.next
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                node.kind = .text
                node.text = HTMLTree.string(n.content)
            case XML_COMMENT_NODE:
                node.kind = .comment
                node.text = HTMLTree.string(n.content)
            default:
                node.kind = .other
            }
            let index = nodes.count
            nodes.append(node)
            nodes[parent].children.append(index)
            if n.type == XML_ELEMENT_NODE {
                pending.removeAll(keepingCapacity: true)
                var c = n.children
                while let cc = c { pending.append((cc, index)); c = cc.pointee.next }
                stack.append(contentsOf: pending.reversed())
            }
        }
        self.nodes = nodes
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// libxml2's HTML parser already lower-cases names; only allocate when it did not.
    private static func lowercased(_ s: String) -> String {
        s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? s.lowercased() : s
    }

    /// Indices of all elements named `name`, in document order.
    public func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// All text under `index`, concatenated in document order (iterative).
    public func textContent(_ index: Int) -> String {
        var out = ""
        var stack = [index]
        while let i = stack.popLast() {
            let n = nodes[i]
            if n.kind == .text { out += n.text }
            stack.append(contentsOf: n.children.reversed())
        }
        return out
    }
}

/// Character-set facts from libxml2 (which decodes through iconv on this platform).
enum LibXML2 {
    /// Whether libxml2 can decode `charset` (e.g. "windows-1256", "ISO-8859-6").
    static func knowsEncoding(_ charset: String) -> Bool {
        guard !charset.isEmpty, let handler = xmlFindCharEncodingHandler(charset) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Encodes `text` in `charset` with libxml2's converters (for building legacy-charset pages in tests);
    /// nil when libxml2 does not know the charset. Characters the charset lacks become numeric character
    /// references, as libxml2 writes them.
    static func encode(_ text: String, charset: String) -> [UInt8]? {
        guard let handler = xmlFindCharEncodingHandler(charset) else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        guard let input = xmlBufferCreate(), let output = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(input); xmlBufferFree(output) }
        let utf8 = Array(text.utf8)
        let added = utf8.withUnsafeBufferPointer { xmlBufferAdd(input, $0.baseAddress, Int32(utf8.count)) }
        guard added == 0 else { return nil }
        for _ in 0..<64 where xmlBufferLength(input) > 0 {
            if xmlCharEncOutFunc(handler, output, input) < 0 { return nil }
        }
        guard xmlBufferLength(input) == 0 else { return nil }
        guard let content = xmlBufferContent(output) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(output))))
    }
}
