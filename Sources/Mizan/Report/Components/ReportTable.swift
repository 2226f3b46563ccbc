/// A data table: caption, one header row, typed cells. A building block of article and corpus reports.
///
/// Numeric columns are aligned to the end and use tabular figures; names and terms go into `<bdi>`, so a
/// Latin name in an Arabic table (or the reverse) does not reorder its neighbours.
struct ReportTable {
    struct Column {
        var title: String
        var numeric = false
        /// A longer explanation, shown when hovering the header (`title`).
        var help: String?
        /// A class for every cell of the column (styling many links in a cell through one attribute).
        var cellClass: String?

        init(_ title: String, numeric: Bool = false, help: String? = nil, cellClass: String? = nil) {
            self.title = title
            self.numeric = numeric
            self.help = help
            self.cellClass = cellClass
        }

        /// The `class` of this column's cells.
        var cellClassAttribute: String? {
            switch (numeric, cellClass) {
            case (true, let c?): return "num " + c
            case (true, nil): return "num"
            case (false, let c): return c
            }
        }
    }

    enum Cell {
        case text(String)
        /// Text isolated from the surrounding direction (`<bdi>`): names, terms, titles.
        case isolated(String)
        case number(String)
        case integer(Int)
        /// A link to a place in the same page (`#fragment`).
        case link(String, fragment: String)
        case empty
        case custom((HTMLBuilder) -> Void)
    }

    var caption: String?
    var columns: [Column]
    var rows: [[Cell]]
    /// Attributes of each row (`id`, `class`), parallel to `rows` when given.
    var rowAttributes: [[HTMLBuilder.Attribute]] = []
    var className = "data"

    init(caption: String? = nil, columns: [Column], rows: [[Cell]] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    func render(_ b: HTMLBuilder) {
        b.element("div", [("class", "table-wrap")]) {
            b.element("table", [("class", className)]) {
                if let caption { b.element("caption", text: caption) }
                b.element("thead") {
                    b.element("tr") {
                        for c in columns {
                            b.element("th", [("scope", "col"), ("class", c.numeric ? "num" : nil), ("title", c.help)], text: c.title)
                        }
                    }
                }
                b.element("tbody") {
                    for (i, row) in rows.enumerated() {
                        b.element("tr", i < rowAttributes.count ? rowAttributes[i] : []) {
                            for (j, cell) in row.enumerated() {
                                // The first cell heads its row (scope "auto" makes it a row header).
                                let cls = j < columns.count ? columns[j].cellClassAttribute : nil
                                b.element(j == 0 ? "th" : "td", [("class", cls)]) {
                                    Self.render(cell, b)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func render(_ cell: Cell, _ b: HTMLBuilder) {
        switch cell {
        case .text(let s): b.text(s)
        case .isolated(let s): b.element("bdi", text: s)
        case .number(let s): b.text(s)
        case .integer(let n): b.text(ReportFormat.integer(n))
        case .link(let s, let fragment): b.element("a", [("href", "#" + fragment)], text: s)
        case .empty: b.text("—")
        case .custom(let f): f(b)
        }
    }
}

/// A small square of colour, as inline SVG (the page's Content-Security-Policy forbids `style` attributes,
/// and SVG presentation attributes are not styles). Decorative: hidden from screen readers.
enum Swatch {
    static func render(_ colour: ReportColor, _ b: HTMLBuilder, className: String = "swatch") {
        b.element("svg", [("class", className), ("width", "12"), ("height", "12"), ("viewBox", "0 0 12 12"), ("aria-hidden", "true"), ("focusable", "false")]) {
            b.element("rect", [("width", "12"), ("height", "12"), ("rx", "2"), ("fill", colour.hex)])
        }
    }
}

/// A ranked list of terms with counts and category swatches (top loaded terms of an outlet, an article).
struct TermList {
    struct Item {
        var term: String
        var count: Int
        var colour: ReportColor
        /// Category label or other note after the count.
        var note: String?
        /// A link target in the same page.
        var fragment: String?
    }

    var items: [Item]
    var label: String

    func render(_ b: HTMLBuilder) {
        b.element("ol", [("class", "term-list"), ("aria-label", label)]) {
            for item in items {
                b.element("li") {
                    Swatch.render(item.colour, b)
                    if let fragment = item.fragment {
                        b.element("a", [("href", "#" + fragment)]) { b.element("bdi", text: item.term) }
                    } else {
                        b.element("bdi", text: item.term)
                    }
                    b.element("span", [("class", "count")], text: ReportFormat.integer(item.count))
                    if let note = item.note { b.element("span", [("class", "note")], text: note) }
                }
            }
        }
    }
}
