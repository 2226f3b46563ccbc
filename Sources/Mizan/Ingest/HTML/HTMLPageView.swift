/// Per-node facts about a parsed page, kept in flat arrays indexed like ``HTMLTree/nodes``.
///
/// The tree is numbered in pre-order, so every parent precedes its children and the subtree of node `i`
/// is exactly the index range `i ..< end[i]`. Every pass here is a loop over that range (forward for
/// top-down facts, backward for bottom-up sums): nothing recurses, and each pass is linear in the page.
struct HTMLPageView {
    let tree: HTMLTree
    let count: Int
    let parent: [Int]
    /// One past the last index of each node's subtree.
    let end: [Int]
    let kind: [HTMLElementKind]
    let hints: [HTMLClassHints]
    /// Extra weight for elements that declare themselves the article (`itemprop=articleBody`, `<article>`,
    /// `role=main`).
    let landmarkWeight: [Int]
    /// Text nodes: length with white space collapsed (Unicode scalars) and comma count.
    let textLength: [Int]
    let textCommas: [Int]
    /// Text nodes holding something besides white space.
    let textHasContent: [Bool]
    /// Elements removed on every pass (scripts, navigation, hidden elements, page header/footer/aside…),
    /// with their descendants.
    let alwaysRemoved: [Bool]
    /// Elements named like boilerplate (removed on the strict pass only), with their descendants.
    let unlikelyRemoved: [Bool]
    /// Form controls in each subtree, counted before any removal.
    let inputCount: [Int]
    /// Embedded frames and media in each subtree, counted before any removal.
    let embedCount: [Int]
    /// Nodes inside `pre` or `code`.
    let insideCode: [Bool]
    /// Tables that hold data (header cells, a caption, many rows or columns) rather than layout.
    let dataTable: [Bool]
    /// Nodes whose nearest enclosing table is a data table.
    let insideDataTable: [Bool]
    let insideFigure: [Bool]
    /// `<body>`, or the document node when the page has none.
    let body: Int
    let html: Int?

    init(tree: HTMLTree) {
        self.tree = tree
        let nodes = tree.nodes
        let n = nodes.count
        count = n
        var parent = [Int](repeating: -1, count: n)
        var kind = [HTMLElementKind](repeating: [], count: n)
        var hints = [HTMLClassHints](repeating: .none, count: n)
        var landmark = [Int](repeating: 0, count: n)
        var textLength = [Int](repeating: 0, count: n)
        var textCommas = [Int](repeating: 0, count: n)
        var textHasContent = [Bool](repeating: false, count: n)
        var hard = [Bool](repeating: false, count: n)
        var unlikelyElement = [Bool](repeating: false, count: n)
        var reader = HTMLClassHintReader()
        var body: Int?
        var html: Int?
        for i in 0..<n {
            parent[i] = nodes[i].parent
            switch nodes[i].kind {
            case .text:
                let m = HTMLText.measure(nodes[i].text)
                textLength[i] = m.length
                textCommas[i] = m.commas
                textHasContent[i] = m.hasContent
            case .element:
                let tag = nodes[i].name
                var k = HTMLElementKind.of(tag)
                if tag == "body" && body == nil { body = i }
                if tag == "html" && html == nil { html = i }
                var cls: String?, id: String?, role: String?, itemprop: String?, style: String?
                var hidden = false, ariaHidden = false
                for a in nodes[i].attributes {
                    switch a.name {
                    case "class": cls = a.value
                    case "id": id = a.value
                    case "role": role = a.value.lowercased()
                    case "itemprop": itemprop = a.value.lowercased()
                    case "style": style = a.value
                    case "hidden": hidden = true
                    case "aria-hidden": ariaHidden = a.value.lowercased() == "true"
                    default: break
                    }
                }
                let h = reader.hints(classAttribute: cls, id: id)
                hints[i] = h
                var removed = k.contains(.removed)
                if hidden || ariaHidden || h.screenReaderOnly || HTMLPageView.styleHides(style) { removed = true }
                if let role, HTMLPageView.furnitureRoles.contains(role) { removed = true }
                if let itemprop, HTMLText.contains(itemprop, "articlebody") {
                    landmark[i] += 50
                    removed = false
                }
                if k.contains(.contentLandmark) || role == "main" { landmark[i] += 10 }
                if role == "article" { k.insert(.contentLandmark) }
                kind[i] = k
                hard[i] = removed
                unlikelyElement[i] = h.unlikely && !["html", "body", "article", "main", "a"].contains(tag)
                    && role != "main" && !(itemprop.map { HTMLText.contains($0, "articlebody") } ?? false)
            case .comment, .other:
                break
            }
        }
        self.body = body ?? 0
        self.html = html

        // Subtree ends, and removal-independent counts, bottom-up.
        var end = [Int](repeating: 0, count: n)
        var inputs = [Int](repeating: 0, count: n)
        var embeds = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let children = nodes[i].children
            end[i] = children.last.map { end[$0] } ?? i + 1
            var inp = kind[i].contains(.input) ? 1 : 0
            var emb = kind[i].contains(.embed) ? 1 : 0
            for c in children { inp += inputs[c]; emb += embeds[c] }
            inputs[i] = inp
            embeds[i] = emb
        }

        // Tables: data or layout, judged on the structure (rows, cells, header cells, nesting).
        var rows = [Int](repeating: 0, count: n)
        var maxCells = [Int](repeating: 0, count: n)
        var headerParts = [Int](repeating: 0, count: n)
        var holdsTable = [Bool](repeating: false, count: n)
        var dataTable = [Bool](repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) where nodes[i].kind == .element {
            let k = kind[i]
            var r = 0, mc = 0, h = 0, cells = 0, nested = false
            for c in nodes[i].children where nodes[c].kind == .element {
                if kind[c].contains(.table) { nested = true; continue }
                r += rows[c]; mc = max(mc, maxCells[c]); h += headerParts[c]
                if holdsTable[c] { nested = true }
                if kind[c].contains(.cell) { cells += 1 }
            }
            let tag = nodes[i].name
            if tag == "th" || tag == "caption" || tag == "thead" || tag == "tfoot" || tag == "colgroup" { h += 1 }
            if k.contains(.row) { r += 1; mc = max(mc, cells) }
            rows[i] = r; maxCells[i] = mc; headerParts[i] = h; holdsTable[i] = nested
            if k.contains(.table) {
                let role = nodes[i].attribute("role")
                let summary = nodes[i].attribute("summary") ?? ""
                dataTable[i] = !nested && role != "presentation" && nodes[i].attribute("datatable") != "0"
                    && (!summary.isEmpty || h > 0 || r >= 10 || mc > 4 || r * mc > 10)
            }
        }

        // Top-down context: inside code, tables, figures.
        var inCode = [Bool](repeating: false, count: n)
        var inCodeOrTable = [Bool](repeating: false, count: n)
        var inDataTable = [Bool](repeating: false, count: n)
        var inFigure = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let p = parent[i]
            guard p >= 0 else { continue }
            let pk = kind[p]
            let pname = nodes[p].name
            inCode[i] = inCode[p] || pname == "code" || pk.contains(.preformatted)
            inCodeOrTable[i] = inCodeOrTable[p] || inCode[i] || pk.contains(.table)
            inDataTable[i] = pk.contains(.table) ? dataTable[p] : inDataTable[p]
            inFigure[i] = inFigure[p] || pk.contains(.figure)
        }

        // Page furniture (header, footer, aside, form): removed unless it holds a long stretch of
        // non-link text (some sites wrap the whole page in a form).
        var textSum = [Int](repeating: 0, count: n)
        var linkSum = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            if hard[i] { continue }
            var t = textLength[i], l = 0
            for c in nodes[i].children where !hard[c] { t += textSum[c]; l += linkSum[c] }
            if kind[i].contains(.link) { l = t }
            textSum[i] = t
            linkSum[i] = l
        }
        for i in 0..<n where kind[i].contains(.furniture) && !hard[i] {
            let tag = nodes[i].name
            let nonLink = textSum[i] - linkSum[i]
            let limit = tag == "form" ? 500 : 1500
            if nonLink < limit { hard[i] = true }
        }

        self.parent = parent
        self.end = end
        self.kind = kind
        self.hints = hints
        self.landmarkWeight = landmark
        self.textLength = textLength
        self.textCommas = textCommas
        self.textHasContent = textHasContent
        self.inputCount = inputs
        self.embedCount = embeds
        self.insideCode = inCode
        self.dataTable = dataTable
        self.insideDataTable = inDataTable
        self.insideFigure = inFigure
        self.alwaysRemoved = HTMLPageView.propagate(hard, end: end)
        // Inside code and tables, boilerplate names are not trusted.
        var unlikely = unlikelyElement
        for i in 0..<n where inCodeOrTable[i] { unlikely[i] = false }
        self.unlikelyRemoved = HTMLPageView.propagate(unlikely, end: end)
    }

    /// Marks every descendant of a marked node.
    static func propagate(_ marks: [Bool], end: [Int]) -> [Bool] {
        var out = marks
        var i = 0
        let n = marks.count
        while i < n {
            if marks[i] {
                let e = end[i]
                var k = i
                while k < e { out[k] = true; k += 1 }
                i = e
            } else {
                i += 1
            }
        }
        return out
    }

    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search",
        "alert", "toolbar",
    ]

    /// `display:none` or `visibility:hidden` in an inline style.
    static func styleHides(_ style: String?) -> Bool {
        guard let style, style.utf8.count >= 12 else { return false }
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for b in style.utf8 where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
            compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        let s = String(decoding: compact, as: UTF8.self)
        return HTMLText.contains(s, "display:none") || HTMLText.contains(s, "visibility:hidden")
    }

    /// The value of `attribute` on `i` or its nearest ancestor that has it.
    func inheritedAttribute(_ attribute: String, from i: Int) -> String? {
        var a = i
        while a >= 0 {
            if let v = tree.nodes[a].attribute(attribute), !v.isEmpty { return v }
            a = parent[a]
        }
        return nil
    }

    func name(_ i: Int) -> String { tree.nodes[i].name }
    func attribute(_ i: Int, _ name: String) -> String? { tree.nodes[i].attribute(name) }
    func isElement(_ i: Int) -> Bool { tree.nodes[i].kind == .element }
    func children(_ i: Int) -> [Int] { tree.nodes[i].children }

    /// The text under `i` (skipping nodes marked in `mask`), white space collapsed.
    func text(_ i: Int, skipping mask: [Bool]? = nil) -> String {
        var out = ""
        var k = i
        let e = end[i]
        while k < e {
            if let mask, mask[k] { k = end[k]; continue }
            if tree.nodes[k].kind == .text { out += tree.nodes[k].text }
            k += 1
        }
        return HTMLText.collapsed(out)
    }
}

/// Bottom-up sums over the nodes not removed by a mask.
struct HTMLSubtreeStats {
    /// Text length (white space collapsed), link text length and commas of each subtree.
    var text: [Int]
    var link: [Int]
    var commas: [Int]

    init(page: HTMLPageView, mask: [Bool]) {
        let n = page.count
        text = [Int](repeating: 0, count: n)
        link = [Int](repeating: 0, count: n)
        commas = [Int](repeating: 0, count: n)
        let nodes = page.tree.nodes
        for i in stride(from: n - 1, through: 0, by: -1) where !mask[i] {
            var t = page.textLength[i], l = 0, c = page.textCommas[i]
            for ch in nodes[i].children where !mask[ch] {
                t += text[ch]
                l += link[ch]
                c += commas[ch]
            }
            if page.kind[i].contains(.link) {
                // In-page anchors (#footnote, #top) weigh less than links that leave the article.
                let href = nodes[i].attribute("href") ?? ""
                l = href.hasPrefix("#") ? Int(Double(t) * 0.3) : t
            }
            text[i] = t
            link[i] = l
            commas[i] = c
        }
    }

    func linkDensity(_ i: Int) -> Double {
        text[i] > 0 ? min(1, Double(link[i]) / Double(text[i])) : 0
    }
}
