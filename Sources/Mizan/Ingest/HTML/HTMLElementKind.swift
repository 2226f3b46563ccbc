/// What an element's tag says about its role in the page.
struct HTMLElementKind: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// Never article text: scripts, styles, embedded objects, form controls, navigation.
    static let removed = HTMLElementKind(rawValue: 1 << 0)
    /// Starts a new line of text (paragraphs, headings, list items, containers…).
    static let block = HTMLElementKind(rawValue: 1 << 1)
    /// Its own text can be scored as a paragraph (p, pre, td, and containers holding loose text).
    static let paragraphHolder = HTMLElementKind(rawValue: 1 << 2)
    static let heading = HTMLElementKind(rawValue: 1 << 3)
    /// ul, ol.
    static let list = HTMLElementKind(rawValue: 1 << 4)
    static let listItem = HTMLElementKind(rawValue: 1 << 5)
    /// td, th: cells of a row, written on one line.
    static let cell = HTMLElementKind(rawValue: 1 << 6)
    /// Page furniture unless it holds the article: header, footer, aside, form.
    static let furniture = HTMLElementKind(rawValue: 1 << 7)
    /// Cleaned when they look like boilerplate inside the article: div, section, ul, table, form, fieldset.
    static let cleanable = HTMLElementKind(rawValue: 1 << 8)
    static let image = HTMLElementKind(rawValue: 1 << 9)
    /// Embedded media and frames.
    static let embed = HTMLElementKind(rawValue: 1 << 10)
    /// Form controls.
    static let input = HTMLElementKind(rawValue: 1 << 11)
    static let paragraph = HTMLElementKind(rawValue: 1 << 12)
    static let link = HTMLElementKind(rawValue: 1 << 13)
    static let lineBreak = HTMLElementKind(rawValue: 1 << 14)
    static let preformatted = HTMLElementKind(rawValue: 1 << 15)
    static let table = HTMLElementKind(rawValue: 1 << 16)
    static let row = HTMLElementKind(rawValue: 1 << 17)
    static let figure = HTMLElementKind(rawValue: 1 << 18)
    /// article, main: documents say "this is the content".
    static let contentLandmark = HTMLElementKind(rawValue: 1 << 19)

    static func of(_ tag: String) -> HTMLElementKind { byTag[tag] ?? [] }

    /// Starting score of a candidate container with this tag.
    static func baseScore(_ tag: String) -> Double {
        switch tag {
        case "div", "article", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    private static let byTag: [String: HTMLElementKind] = {
        var t: [String: HTMLElementKind] = [:]
        func add(_ kind: HTMLElementKind, _ tags: [String]) {
            for tag in tags { t[tag, default: []].formUnion(kind) }
        }
        add(.removed, ["script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "nav",
                       "button", "select", "option", "optgroup", "input", "textarea", "object", "embed", "applet",
                       "canvas", "audio", "video", "source", "track", "map", "area", "link", "meta", "head", "title",
                       "dialog", "menu", "datalist", "output", "progress", "meter", "param", "base", "portal"])
        add(.block, ["address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl",
                     "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                     "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
                     "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "listing",
                     "plaintext", "xmp", "noscript", "menu", "dialog", "search", "colgroup"])
        add(.paragraphHolder, ["p", "pre", "td", "div", "section", "article", "main", "blockquote", "dd", "center",
                               "listing", "xmp"])
        add(.heading, ["h1", "h2", "h3", "h4", "h5", "h6"])
        add(.list, ["ul", "ol"])
        add(.listItem, ["li"])
        add(.cell, ["td", "th"])
        add(.furniture, ["header", "footer", "aside", "form"])
        add(.cleanable, ["div", "section", "ul", "table", "form", "fieldset", "aside", "footer", "header"])
        add(.image, ["img", "picture"])
        add(.embed, ["iframe", "object", "embed", "video", "audio", "applet"])
        add(.input, ["input", "select", "textarea", "button"])
        add(.paragraph, ["p"])
        add(.link, ["a"])
        add(.lineBreak, ["br"])
        add(.preformatted, ["pre", "listing", "xmp", "plaintext"])
        add(.table, ["table"])
        add(.row, ["tr"])
        add(.figure, ["figure"])
        add(.contentLandmark, ["article", "main"])
        return t
    }()
}
