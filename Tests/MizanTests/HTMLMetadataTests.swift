import Testing
@testable import Mizan

/// Metadata read from `<title>`, `<meta>` (OpenGraph and plain names), JSON-LD, `<link rel=canonical>` and
/// `<html lang dir>`.
@Suite struct HTMLMetadataTests {
    static let body = """
        <body><div class="article-body">
        <p>The first paragraph of the story, long enough to be found, with a comma or two, as articles have.</p>
        <p>The second paragraph adds detail, quotes an official, and ends the story, as stories end.</p>
        </div></body>
        """

    func metadata(_ head: String, html: String = "<html>") throws -> HTMLArticle {
        try HTMLArticleExtractor().extract(Array("\(html)<head>\(head)</head>\(Self.body)</html>".utf8), path: "meta.html")
    }

    @Test func jsonLDGraphWithReferences() throws {
        let article = try metadata("""
            <title>Storm closes ports | Gulf Times</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "@id": "https://example.com/#org", "name": "Gulf Times"},
              {"@type": "WebSite", "@id": "https://example.com/#site", "name": "Gulf Times Online"},
              {"@type": ["NewsArticle"], "headline": "Storm closes ports across the region",
               "author": [{"@type": "Person", "name": "Sara Ali"}, {"@type": "Person", "name": "Omar Haddad"}],
               "datePublished": "2024-03-05T08:30:00+03:00",
               "publisher": {"@id": "https://example.com/#org"},
               "description": "Ports shut as the storm nears.",
               "inLanguage": "en-QA"}
            ]}
            </script>
            """)
        #expect(article.title == "Storm closes ports across the region")
        #expect(article.authors == ["Sara Ali", "Omar Haddad"])
        #expect(article.date == "2024-03-05T08:30:00+03:00")
        #expect(article.siteName == "Gulf Times")
        #expect(article.description == "Ports shut as the storm nears.")
        #expect(article.language == "en")
    }

    @Test func jsonLDArrayWithCommentWrapperAndRawNewlines() throws {
        let article = try metadata("""
            <script type="application/ld+json"><!--
            [{"@type": "BreadcrumbList", "itemListElement": []},
             {"@type": "ReportageNewsArticle", "headline": "A headline
            broken over two lines", "author": "Layla Hassan", "publisher": {"@type": "Organization", "name": "Daily Star"}}]
            --></script>
            """)
        #expect(article.title == "A headline broken over two lines")
        #expect(article.authors == ["Layla Hassan"])
        #expect(article.siteName == "Daily Star")
    }

    @Test func openGraphAndMetaNames() throws {
        let article = try metadata("""
            <title>Ignored when og:title is present - Example News</title>
            <meta property="og:title" content="Talks resume in Geneva">
            <meta property="og:site_name" content="Example News">
            <meta property="og:url" content="https://example.com/talks">
            <meta property="og:description" content="Negotiators return.">
            <meta property="article:published_time" content="2023-11-02T10:00:00Z">
            <meta name="author" content="By John Smith">
            """, html: "<html lang=\"en-US\" dir=\"ltr\">")
        #expect(article.title == "Talks resume in Geneva")
        #expect(article.siteName == "Example News")
        #expect(article.canonicalURL == "https://example.com/talks")
        #expect(article.description == "Negotiators return.")
        #expect(article.date == "2023-11-02T10:00:00Z")
        #expect(article.authors == ["John Smith"])
        #expect(article.language == "en")
        #expect(article.direction == .leftToRight)
    }

    @Test func canonicalLinkWinsOverOpenGraphURL() throws {
        let article = try metadata("""
            <link rel="canonical" href="https://example.com/a?x=1">
            <meta property="og:url" content="https://m.example.com/a">
            """)
        #expect(article.canonicalURL == "https://example.com/a?x=1")
    }

    @Test func titleLosesItsSiteNameOnlyWhenItMatches() {
        #expect(HTMLMetadataReader.stripSiteName("Budget passes - The Daily Example", siteName: "The Daily Example") == "Budget passes")
        #expect(HTMLMetadataReader.stripSiteName("Budget passes | Daily Example", siteName: "The Daily Example") == "Budget passes")
        #expect(HTMLMetadataReader.stripSiteName("معارضون يسيطرون على مخازن - CNNArabic.com", siteName: "CNNArabic") == "معارضون يسيطرون على مخازن")
        #expect(HTMLMetadataReader.stripSiteName("Example News: Talks resume", siteName: "Example News") == "Talks resume")
        #expect(HTMLMetadataReader.stripSiteName("Whale strandings | Eleanor Ainge Roy", siteName: "the Guardian") == "Whale strandings | Eleanor Ainge Roy")
        #expect(HTMLMetadataReader.stripSiteName("Left - right - centre", siteName: nil) == "Left - right - centre")
    }

    @Test func arabicPageDirectionFromLanguage() throws {
        // No dir attribute: Arabic is written right to left.
        let article = try metadata("<meta charset=\"utf-8\"><title>عنوان</title>", html: "<html lang=\"ar\">")
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
        #expect(article.title == "عنوان")
    }

    @Test func bylineElementWhenNoMetadataNamesTheAuthor() throws {
        let html = """
            <html><body><article><p class="byline">By Mona Farouk</p><div class="story">
            <p>The first paragraph of the story, long enough to be found, with a comma or two, as articles have.</p>
            <p>The second paragraph adds detail, quotes an official, and ends the story, as stories end.</p>
            </div></article><aside><span class="byline">By Someone Else</span></aside></body></html>
            """
        let article = try HTMLArticleExtractor().extract(Array(html.utf8), path: "b.html")
        #expect(article.authors == ["Mona Farouk"])
        #expect(!article.text.contains("Mona Farouk"))
    }

    @Test func authorURLsAreNotNames() throws {
        let article = try metadata("""
            <meta property="article:author" content="https://www.facebook.com/someone">
            <meta name="author" content="Rana Khalil and Tom Baker">
            """)
        #expect(article.authors == ["Rana Khalil", "Tom Baker"])
    }

    @Test func scriptFilledPageFallsBackToJSONLDArticleBody() throws {
        let body = (1...6).map { "Paragraph \($0) of the story, as the publisher's JSON-LD gives it, with a few commas, and some detail." }
        let json = body.joined(separator: "\\n")
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Script page", "articleBody": "\(json)"}</script></head>
            <body><div id="app"><p>Loading the article, please wait a moment or two.</p></div></body></html>
            """
        let article = try HTMLArticleExtractor().extract(Array(html.utf8), path: "app.html")
        #expect(article.text == body.joined(separator: "\n"))
        #expect(article.findings.map(\.code) == ["html.text-from-json-ld"])
    }

    @Test func articleBodyHoldingHTML() {
        #expect(HTMLArticleExtractor.lines(ofArticleBody: "<p>First, a paragraph.</p><p>Then <b>another</b>.</p>")
            == ["First, a paragraph.", "Then another."])
        #expect(HTMLArticleExtractor.lines(ofArticleBody: "Plain text.\n\nSecond  line.") == ["Plain text.", "Second line."])
    }

    @Test func directionDeclaredOnTheArticleContainer() throws {
        let html = """
            <html><body><div class="wrapper" dir="rtl" lang="fa-IR"><div class="content">
            <p>گزارش‌ها حاکی از آن است که مذاکرات، پس از چند هفته وقفه، دوباره آغاز شده است.</p>
            <p>سخنگوی وزارت خارجه گفت که هر دو طرف، به ادامهٔ گفت‌وگوها، متعهد هستند.</p>
            </div></div></body></html>
            """
        let article = try HTMLArticleExtractor().extract(Array(html.utf8), path: "fa.html")
        #expect(article.language == "fa")
        #expect(article.direction == .rightToLeft)
        #expect(article.text.contains("گزارش‌ها"))  // ZWNJ kept
    }

    @Test func invisibleCharactersLeaveTheText() throws {
        let html = "<html><body><div class=\"content\"><p>Ein\u{AD}mal\u{AD}passwörter, zero\u{200B}width, und weitere Wörter, lang genug.</p></div></body></html>"
        let article = try HTMLArticleExtractor().extract(Array(html.utf8), path: "de.html")
        #expect(article.text == "Einmalpasswörter, zerowidth, und weitere Wörter, lang genug.")
    }

    @Test func siteNameTaglineGivesWayToThePublisher() throws {
        let article = try metadata("""
            <meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "publisher": {"name": "Aktuálně.cz"}}</script>
            """)
        #expect(article.siteName == "Aktuálně.cz")
    }
}
