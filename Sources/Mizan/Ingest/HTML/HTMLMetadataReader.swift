import Foundation

/// What a page says about itself: `<title>`, `<meta>` (OpenGraph, Dublin Core, plain names), JSON-LD,
/// `<link rel=canonical>`, `<html lang dir>`, and a byline element when nothing else names the author.
struct HTMLPageMetadata: Sendable, Equatable {
    var title: String?
    var authors: [String] = []
    var date: String?
    var siteName: String?
    /// Primary language subtag, lower-cased (`ar`, `en`).
    var language: String?
    /// Declared by `dir` on `<html>` or `<body>`, else implied by a right-to-left `language`.
    var direction: TextDirection?
    /// Whether `direction` was declared (rather than implied by the language).
    var directionDeclared = false
    var canonicalURL: String?
    var description: String?
    /// JSON-LD `articleBody`, for pages whose text is filled in by scripts.
    var articleBody: String?
}

enum HTMLMetadataReader {
    static func read(_ page: HTMLPageView) -> HTMLPageMetadata {
        let nodes = page.tree.nodes
        var meta: [String: String] = [:]
        var documentTitle: String?
        var canonical: String?
        var scripts: [String] = []
        var htmlLang: String?, htmlDir: String?, bodyDir: String?
        var bylineElement: String?
        var datePublishedElement: String?
        var bylineBlockedUntil = 0
        var bylineBudget = 20_000  // nodes read looking for a byline, so nested candidates stay linear

        for i in 0..<page.count where nodes[i].kind == .element {
            switch nodes[i].name {
            case "meta":
                guard let content = nodes[i].attribute("content").map(HTMLText.collapsed), !content.isEmpty else { continue }
                for keyAttribute in ["property", "name", "itemprop", "http-equiv"] {
                    guard let keys = nodes[i].attribute(keyAttribute) else { continue }
                    for key in keys.lowercased().split(whereSeparator: { $0 == " " }) where meta[String(key)] == nil {
                        meta[String(key)] = content
                    }
                }
            case "title":
                if documentTitle == nil {
                    let t = page.text(i)
                    if !t.isEmpty { documentTitle = t }
                }
            case "link":
                if canonical == nil, let rel = nodes[i].attribute("rel")?.lowercased(),
                   rel.split(separator: " ").contains("canonical"),
                   let href = nodes[i].attribute("href"), !href.isEmpty {
                    canonical = HTMLText.collapsed(href)
                }
            case "script":
                if let type = nodes[i].attribute("type")?.lowercased(), type.contains("ld+json") {
                    scripts.append(nodes[i].children.map { nodes[$0].text }.joined())
                }
            case "html":
                if htmlLang == nil { htmlLang = nodes[i].attribute("lang") ?? nodes[i].attribute("xml:lang") }
                if htmlDir == nil { htmlDir = nodes[i].attribute("dir") }
            case "body":
                if bodyDir == nil { bodyDir = nodes[i].attribute("dir") }
            default:
                // Bylines in navigation, asides and footers belong to other articles.
                if ["nav", "aside", "footer", "template", "noscript"].contains(nodes[i].name) {
                    bylineBlockedUntil = max(bylineBlockedUntil, page.end[i])
                }
                if bylineElement == nil, i >= bylineBlockedUntil, bylineBudget > 0, isBylineElement(page, i),
                   let t = shortText(page, i, budget: &bylineBudget), !t.isEmpty, !HTMLText.looksLikeDateline(t),
                   t.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    bylineElement = t
                }
                if datePublishedElement == nil, nodes[i].attribute("itemprop")?.lowercased() == "datepublished" {
                    datePublishedElement = nodes[i].attribute("datetime") ?? nodes[i].attribute("content")
                }
            }
        }

        let ld = HTMLJSONLD.read(scripts)
        var m = HTMLPageMetadata()

        m.siteName = first(meta["og:site_name"], ld?.publisher, ld?.websiteName, meta["application-name"])
        // "Site - Tagline": keep the part the JSON-LD publisher or website names.
        if let site = m.siteName, let known = first(ld?.publisher, ld?.websiteName), site != known,
           site.hasPrefix(known + " ") || site.hasSuffix(" " + known) {
            m.siteName = known
        }
        let rawTitle = first(ld?.headline, meta["og:title"], meta["twitter:title"], meta["dc.title"], meta["dcterms.title"],
                             documentTitle)
        m.title = rawTitle.map { stripSiteName($0, siteName: m.siteName) }

        var authors = ld?.authors ?? []
        if authors.isEmpty {
            for key in ["author", "article:author", "og:article:author", "byl", "dc.creator", "dcterms.creator", "parsely-author",
                        "sailthru.author", "citation_author", "byline"] {
                if let v = meta[key], !HTMLJSONLD.looksLikeURL(v) {
                    authors = splitAuthors(v)
                    break
                }
            }
        }
        if authors.isEmpty, let b = bylineElement { authors = splitAuthors(b) }
        m.authors = authors.map(stripBylinePrefix).filter { !$0.isEmpty }

        m.date = first(ld?.datePublished, meta["article:published_time"], meta["og:article:published_time"],
                       meta["datepublished"], meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
                       meta["dc.date"], meta["dc.date.issued"], meta["dcterms.created"], meta["sailthru.date"],
                       meta["parsely-pub-date"], datePublishedElement)
        m.canonicalURL = first(canonical, meta["og:url"], ld?.url)
        m.description = first(meta["og:description"], meta["description"], meta["twitter:description"], ld?.description)

        let languageTag = first(htmlLang, meta["content-language"], meta["og:locale"], meta["dc.language"], ld?.language)
        m.language = languageTag.flatMap(primarySubtag)
        m.direction = direction(htmlDir ?? bodyDir)
        m.directionDeclared = m.direction != nil
        if m.direction == nil, let l = m.language, rightToLeftLanguages.contains(l) { m.direction = .rightToLeft }
        m.articleBody = ld?.articleBody
        return m
    }

    /// `dir="rtl"` / `dir="ltr"` (`auto` says nothing).
    static func direction(_ value: String?) -> TextDirection? {
        switch value.map(HTMLText.collapsed)?.lowercased() {
        case "rtl": return .rightToLeft
        case "ltr": return .leftToRight
        default: return nil
        }
    }

    static let rightToLeftLanguages: Set<String> = ["ar", "fa", "he", "iw", "ur", "ps", "yi", "ckb", "dv", "sd", "ug", "ku"]

    private static func first(_ values: String?...) -> String? {
        for v in values {
            if let v { let c = HTMLText.collapsed(v); if !c.isEmpty { return c } }
        }
        return nil
    }

    /// The text under `i` when it is under 100 characters; nil when longer or when `budget` (nodes to
    /// visit) runs out.
    private static func shortText(_ page: HTMLPageView, _ i: Int, budget: inout Int) -> String? {
        var line = HTMLLineBuffer()
        var k = i
        let e = page.end[i]
        while k < e {
            budget -= 1
            if budget <= 0 { return nil }
            if page.tree.nodes[k].kind == .text {
                line.append(page.tree.nodes[k].text)
                if line.bytes.count > 400 { return nil }
            }
            k += 1
        }
        let t = line.take()
        return t.unicodeScalars.count < 100 ? t : nil
    }

    private static func isBylineElement(_ page: HTMLPageView, _ i: Int) -> Bool {
        let node = page.tree.nodes[i]
        if node.attribute("rel")?.lowercased() == "author" { return true }
        if let ip = node.attribute("itemprop")?.lowercased(), ip.contains("author") { return true }
        return page.hints[i].byline
    }

    /// `"en-US"` → `"en"`; nil for something that is not a language tag.
    static func primarySubtag(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }

    /// The title without a leading or trailing site name (`Headline - Site`, `Headline | Site`, `Site: Headline`).
    static func stripSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName else { return title }
        let site = squash(siteName)
        guard site.count >= 2 else { return title }
        func matches(_ part: String) -> Bool {
            let p = squash(part)
            return !p.isEmpty && (p == site || HTMLText.contains(p, site) || (HTMLText.contains(site, p) && p.count >= 3))
        }
        let bytes = Array(title.utf8)
        for sep in [" - ", " | ", " – ", " — ", " :: ", " · ", " » ", " : ", " / ", ": "] {
            let found = HTMLText.offsets(of: sep, in: title)
            let width = sep.utf8.count
            if let last = found.last, sep != ": " {
                let head = String(decoding: bytes[..<last], as: UTF8.self)
                let tail = String(decoding: bytes[(last + width)...], as: UTF8.self)
                if !HTMLText.collapsed(head).isEmpty && matches(tail) { return HTMLText.collapsed(head) }
            }
            if let first = found.first {
                let lead = String(decoding: bytes[..<first], as: UTF8.self)
                let rest = String(decoding: bytes[(first + width)...], as: UTF8.self)
                if !HTMLText.collapsed(rest).isEmpty && matches(lead) { return HTMLText.collapsed(rest) }
            }
        }
        return title
    }

    /// Lower-cased letters and digits only.
    private static func squash(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter(HTMLText.isWordScalar)))
    }

    /// `"By Jane Doe"` → `"Jane Doe"` (also French, Spanish, German, Dutch, Italian, Arabic forms).
    static func stripBylinePrefix(_ s: String) -> String {
        var t = HTMLText.collapsed(s)
        for prefix in ["by ", "par ", "por ", "von ", "door ", "di ", "بقلم ", "بقلم: ", "بقلم:", "كتب ", "بواسطة "] {
            if t.lowercased().hasPrefix(prefix) {
                t = String(t.dropFirst(prefix.count))
                break
            }
        }
        return HTMLText.collapsed(t)
    }

    /// Several names in one string (`"A, B and C"`), when every part looks like a name.
    static func splitAuthors(_ s: String) -> [String] {
        let cleaned = stripBylinePrefix(s)
        var parts: [String] = [cleaned]
        for sep in [";", ",", " and ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: sep) }
        }
        parts = parts.map(HTMLText.collapsed).filter { !$0.isEmpty }
        let nameLike = parts.allSatisfy { p in
            let words = p.split(separator: " ").count
            return words >= 2 && words <= 5
        }
        return nameLike && parts.count > 1 ? parts : [cleaned]
    }
}
