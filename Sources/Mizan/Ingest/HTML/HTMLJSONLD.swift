import Foundation

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article: the first
/// object typed as an article (`NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, …) found
/// at the top level, in an array, in `@graph`, or as a `mainEntity`; `@id` references are followed.
struct HTMLJSONLD: Sendable, Equatable {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var description: String?
    var url: String?
    var language: String?
    /// The `name` of a `WebSite` object, when the page describes its site.
    var websiteName: String?
    /// The article's full text, when the page includes it (`articleBody`), paragraph breaks kept.
    var articleBody: String?

    /// Reads the JSON-LD blocks of a page; nil when none parses or none describes an article or site.
    static func read(_ scripts: [String]) -> HTMLJSONLD? {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = parse(script) else { continue }
            collect(value, into: &objects)
        }
        guard !objects.isEmpty else { return nil }
        var byID: [String: [String: Any]] = [:]
        for o in objects {
            if let id = o["@id"] as? String, byID[id] == nil { byID[id] = o }
        }
        var result = HTMLJSONLD()
        if let site = objects.first(where: { types($0).contains("WebSite") }) {
            result.websiteName = string(site["name"])
        }
        let article = objects.first { types($0).contains(where: isArticleType) }
            ?? objects.first { string($0["headline"]) != nil }
        guard let article else { return result.websiteName == nil ? nil : result }
        result.headline = string(article["headline"]) ?? string(article["name"])
        result.authors = names(article["author"], byID: byID)
        if result.authors.isEmpty { result.authors = names(article["creator"], byID: byID) }
        result.datePublished = string(article["datePublished"]) ?? string(article["dateCreated"])
        result.publisher = names(article["publisher"], byID: byID).first
            ?? names(article["sourceOrganization"], byID: byID).first
        result.description = string(article["description"])
        if let body = article["articleBody"] as? String, !HTMLText.collapsed(body).isEmpty { result.articleBody = body }
        result.url = string(article["url"]) ?? urlOf(article["mainEntityOfPage"])
        result.language = string(article["inLanguage"]) ?? names(article["inLanguage"], byID: byID).first
        return result
    }

    static func isArticleType(_ t: String) -> Bool {
        t.hasSuffix("Article") || ["BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting",
                                   "DiscussionForumPosting", "Posting"].contains(t)
    }

    /// Parses one script's text, tolerating HTML comment or CDATA wrappers and raw line breaks in strings.
    static func parse(_ script: String) -> Any? {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
            if text.hasPrefix(open) { text.removeFirst(open.count) }
            if text.hasSuffix(close) { text.removeLast(close.count) }
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(";") { text.removeLast() }
        guard !text.isEmpty else { return nil }
        if let v = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) { return v }
        let flattened = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return try? JSONSerialization.jsonObject(with: Data(flattened.utf8), options: [.fragmentsAllowed])
    }

    /// Top-level objects, array members, `@graph` members and `mainEntity` objects, iteratively.
    private static func collect(_ value: Any, into objects: inout [[String: Any]]) {
        var stack: [(Any, Int)] = [(value, 0)]
        while let (v, depth) = stack.popLast() {
            guard depth < 8 else { continue }
            if let array = v as? [Any] {
                for item in array.reversed() { stack.append((item, depth + 1)) }
            } else if let object = v as? [String: Any] {
                objects.append(object)
                for key in ["@graph", "mainEntity"] {
                    if let inner = object[key] { stack.append((inner, depth + 1)) }
                }
            }
        }
    }

    static func types(_ object: [String: Any]) -> [String] {
        let raw: [String]
        if let t = object["@type"] as? String {
            raw = [t]
        } else if let ts = object["@type"] as? [Any] {
            raw = ts.compactMap { $0 as? String }
        } else {
            raw = []
        }
        return raw.map { t in
            var t = t
            for prefix in ["http://schema.org/", "https://schema.org/", "schema:"] where t.hasPrefix(prefix) {
                t.removeFirst(prefix.count)
            }
            return t
        }
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let c = HTMLText.collapsed(s)
            return c.isEmpty ? nil : c
        }
        if let array = value as? [Any], let first = array.first { return string(first) }
        if let object = value as? [String: Any] { return string(object["@value"]) }
        return nil
    }

    private static func urlOf(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return string(o["@id"]) ?? string(o["url"]) }
        return nil
    }

    /// Names in a person/organization value: a string, an object with `name`, an `@id` reference, or an
    /// array of these.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        guard let value else { return [] }
        var out: [String] = []
        var stack: [(Any, Int)] = [(value, 0)]
        while let (v, depth) = stack.popLast() {
            guard depth < 4 else { continue }
            if let s = v as? String {
                let c = HTMLText.collapsed(s)
                if !c.isEmpty && !looksLikeURL(c) { out.append(c) }
            } else if let array = v as? [Any] {
                for item in array.reversed() { stack.append((item, depth + 1)) }
            } else if let o = v as? [String: Any] {
                if let n = string(o["name"]) {
                    if !looksLikeURL(n) { out.append(n) }
                } else if let id = o["@id"] as? String, let target = byID[id], target["@id"] as? String == id,
                          let n = string(target["name"]) {
                    out.append(n)
                }
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    static func looksLikeURL(_ s: String) -> Bool {
        s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("www.") || s.hasPrefix("/")
    }
}
