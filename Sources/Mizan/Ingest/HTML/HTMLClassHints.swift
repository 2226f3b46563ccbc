/// What an element's `class` and `id` suggest: article content or page furniture.
struct HTMLClassHints: Sendable, Equatable {
    /// +25 for each of class and id naming content (article, body, content, story…), −25 for each naming
    /// furniture (comment, share, related, sidebar, ad…).
    var weight: Int = 0
    /// Named like boilerplate (comments, sidebars, related lists, cookie and newsletter boxes…) and not
    /// also like content: removed before scoring on the first, strict pass.
    var unlikely = false
    /// A share or social bar.
    var share = false
    /// A byline, author or dateline element.
    var byline = false
    /// A comment section or widget.
    var comments = false
    /// An author's biography box (`bio`, `author-bio`, `biography`).
    var biography = false
    /// Shown to screen readers only (`sr-only`, `visually-hidden`, `screen-reader-text`): skip links and
    /// labels, not article text.
    var screenReaderOnly = false

    static let none = HTMLClassHints()
}

/// Computes ``HTMLClassHints`` for class/id strings, remembering each distinct pair (pages repeat them).
struct HTMLClassHintReader {
    private struct Key: Hashable {
        var classAttribute: String
        var id: String
    }

    private var cache: [Key: HTMLClassHints] = [:]

    mutating func hints(classAttribute: String?, id: String?) -> HTMLClassHints {
        let c = classAttribute ?? "", i = id ?? ""
        if c.isEmpty && i.isEmpty { return .none }
        let key = Key(classAttribute: c, id: i)
        if let known = cache[key] { return known }
        let h = Self.compute(classAttribute: c, id: i)
        cache[key] = h
        return h
    }

    /// What a substring found in a class or id says.
    struct Category: OptionSet, Sendable {
        let rawValue: UInt8
        static let negative = Category(rawValue: 1 << 0)
        static let positive = Category(rawValue: 1 << 1)
        static let unlikely = Category(rawValue: 1 << 2)
        static let rescue = Category(rawValue: 1 << 3)
        static let byline = Category(rawValue: 1 << 4)
        static let comments = Category(rawValue: 1 << 5)
        static let screenReaderOnly = Category(rawValue: 1 << 6)
    }

    /// Substrings matched anywhere in the lower-cased class or id, with what each says.
    private static let vocabulary: [(String, Category)] = {
        var words: [String: Category] = [:]
        func add(_ c: Category, _ list: [String]) { for w in list { words[w, default: []].formUnion(c) } }
        add(.negative, [
            "comment", "share", "sharing", "social", "related", "promo", "sidebar", "footer", "footnote", "menu",
            "sponsor", "newsletter", "subscri", "cookie", "consent", "banner", "masthead", "widget", "outbrain",
            "taboola", "combx", "shoutbox", "skyscraper", "tool", "meta", "tags", "popup", "modal", "recommend",
            "trending", "breadcrumb", "login", "signup", "hidden", "contact", "shopping", "scroll", "media",
            "most-popular", "mostpopular", "most-read", "mostread", "byline", "author", "teaser", "disqus",
        ])
        add(.positive, [
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
            "story", "prose",
        ])
        add(.unlikely, [
            "comment", "disqus", "community", "remark", "replies", "shoutbox", "combx", "sidebar", "related", "social",
            "sponsor", "banner", "breadcrumb", "footer", "header", "menu", "skyscraper", "popup", "modal", "cookie",
            "gdpr", "consent", "newsletter", "subscri", "pagination", "pager", "rss", "agegate", "outbrain",
            "taboola", "extra", "supplemental", "legends", "masthead", "promo", "trending", "most-read", "mostread",
            "most-popular", "mostpopular", "recommend", "signup", "login",
        ])
        // Names that rescue an otherwise unlikely element (`article-header`, `main-column`).
        add(.rescue, ["article", "body", "column", "content", "main", "shadow", "story"])
        add(.byline, ["byline", "author", "dateline", "writtenby", "p-author"])
        add(.comments, ["comment", "disqus", "replies", "respond"])
        add(.screenReaderOnly, ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader"])
        return words.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }()

    /// The vocabulary indexed by first byte, so one pass over a name finds every word in it.
    private static let byFirstByte: [[([UInt8], Category)]] = {
        var table = [[([UInt8], Category)]](repeating: [], count: 256)
        for (word, category) in vocabulary {
            let bytes = Array(word.utf8)
            table[Int(bytes[0])].append((bytes, category))
        }
        return table
    }()

    private static let adTokens: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adsense", "adslot",
        "adunit", "adbox", "adblock", "adcontainer", "adwrap", "adwrapper", "adholder", "adzone", "dfp", "gpt",
        "doubleclick", "sponsored",
    ]

    /// Every category named somewhere in `s` (ASCII letters compared without case).
    static func categories(in s: String) -> Category {
        var lower: [UInt8] = []
        lower.reserveCapacity(s.utf8.count)
        for b in s.utf8 { lower.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
        var found: Category = []
        let n = lower.count
        for i in 0..<n {
            let candidates = byFirstByte[Int(lower[i])]
            if candidates.isEmpty { continue }
            for (word, category) in candidates where !found.isSuperset(of: category) && i + word.count <= n {
                var k = 1
                while k < word.count && lower[i + k] == word[k] { k += 1 }
                if k == word.count { found.formUnion(category) }
            }
        }
        return found
    }

    static func compute(classAttribute c: String, id i: String) -> HTMLClassHints {
        var h = HTMLClassHints()
        var anyUnlikely = false, anyRescue = false
        for s in [c, i] where !s.isEmpty {
            let found = categories(in: s)
            var adLike = false, navLike = false
            forEachToken(s) { t in
                // Cheap first-byte filter before building a string.
                guard let f = t.first, f == UInt8(ascii: "a") || f == UInt8(ascii: "b") || f == UInt8(ascii: "d")
                    || f == UInt8(ascii: "g") || f == UInt8(ascii: "s") || f == UInt8(ascii: "n")
                    || t.last == UInt8(ascii: "v") else { return }
                let word = String(decoding: t, as: UTF8.self)
                if word == "bio" || word == "bios" || word.hasPrefix("biography") || word == "authorbio" { h.biography = true }
                if adTokens.contains(word) || word.hasPrefix("advert") { adLike = true }
                if word.hasPrefix("nav") || word.hasSuffix("nav") { navLike = true }
                if isShareToken(word) { h.share = true }
            }
            if adLike || navLike || found.contains(.negative) { h.weight -= 25 }
            if found.contains(.positive) { h.weight += 25 }
            if adLike || navLike || found.contains(.unlikely) { anyUnlikely = true }
            if found.contains(.rescue) { anyRescue = true }
            if found.contains(.byline) { h.byline = true }
            if found.contains(.comments) { h.comments = true }
            if found.contains(.screenReaderOnly) { h.screenReaderOnly = true }
        }
        h.unlikely = anyUnlikely && !anyRescue
        return h
    }

    /// `share`, `sharing`, `sharebar`, `social…`, `addthis`, but not `shares` in `fig--has-shares`.
    static func isShareToken(_ t: String) -> Bool {
        t == "share" || t == "sharing" || t == "addthis" || t.hasPrefix("social")
            || ["sharebar", "sharethis", "sharetool", "sharedaddy", "shareline", "sharebutton", "shareicon"].contains { t.hasPrefix($0) }
    }

    /// Words of a class or id: split at anything but letters and digits, and at camelCase humps.
    static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        forEachToken(s) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Calls `body` with each lower-cased word of `s` (see ``tokens(_:)``).
    static func forEachToken(_ s: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(s.utf8.count)
        var start = 0
        var previousLower = false
        for b in s.utf8 {
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = b >= 0x61 && b <= 0x7A
            let isDigit = b >= 0x30 && b <= 0x39
            if isUpper || isLower || isDigit {
                if isUpper && previousLower && buffer.count > start {
                    body(buffer[start...])
                    start = buffer.count
                }
                buffer.append(isUpper ? b + 0x20 : b)
                previousLower = isLower || isDigit
            } else {
                if buffer.count > start { body(buffer[start...]) }
                start = buffer.count
                previousLower = false
            }
        }
        if buffer.count > start { body(buffer[start...]) }
    }
}
