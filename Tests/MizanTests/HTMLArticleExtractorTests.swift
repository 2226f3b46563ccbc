import Testing
@testable import Mizan

/// The article text found in small hand-written pages. Each test shows the page and the exact text
/// expected from it, one block per line.
@Suite struct HTMLArticleExtractorTests {
    let extractor = HTMLArticleExtractor()

    func extract(_ html: String, encoding: String? = nil) throws -> HTMLArticle {
        try extractor.extract(Array(html.utf8), path: "test.html", encoding: encoding)
    }

    static let englishPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><title>Council approves new budget | The Daily Example</title>
        <meta property="og:site_name" content="The Daily Example">
        <script>var tracking = "Council approves new budget, a script string that must not appear";</script>
        <style>p { color: red }</style></head>
        <body>
        <header class="site-header"><a href="/">The Daily Example</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <div class="cookie-banner"><p>We use cookies to improve your experience, to show you ads, and to measure traffic. Accept?</p></div>
        <main>
          <article>
            <h1>Council approves new budget</h1>
            <p class="byline">By Jane Doe</p>
            <div class="share-tools"><a href="https://twitter.com/share">Tweet</a> <a href="https://facebook.com/share">Share</a></div>
            <div class="article-body">
              <p>The city council approved a new budget on Tuesday, after weeks of debate, public hearings, and a late amendment on school funding.</p>
              <p>The budget raises spending on parks, libraries, and road repairs, while holding property taxes flat for a second year in a row.</p>
              <h2>What changes for residents</h2>
              <p>Residents will see longer library hours, more frequent bus service, and a new program for repairing sidewalks, officials said.</p>
              <blockquote><p>“This is a budget for everyone in the city,” the mayor said.</p></blockquote>
              <ul><li>Parks: 4 new playgrounds</li><li>Libraries: open on Sundays</li></ul>
              <p>Critics, however, said the plan relies on optimistic revenue forecasts, and that the city could face a shortfall next year.</p>
              <div class="author-bio">Jane Doe covers city hall for The Daily Example, and previously covered the courts, schools, and elections.</div>
            </div>
            <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Mayor announces re-election bid</a></li><li><a href="/b">Schools brace for cuts</a></li></ul></div>
            <div class="newsletter-signup"><p>Sign up for our newsletter, delivered every morning, free of charge, to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
          </article>
          <section id="comments" class="comments"><h3>Comments</h3><p>Great news, finally some money for the parks, and about time too, I say.</p></section>
        </main>
        <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm hits coast</a></li></ol></aside>
        <footer><p>© 2024 The Daily Example. All rights reserved, including the right to reproduce, in any form.</p></footer>
        </body></html>
        """

    @Test func englishArticleWithoutBoilerplate() throws {
        let article = try extract(Self.englishPage)
        #expect(article.text == """
            The city council approved a new budget on Tuesday, after weeks of debate, public hearings, and a late amendment on school funding.
            The budget raises spending on parks, libraries, and road repairs, while holding property taxes flat for a second year in a row.
            What changes for residents
            Residents will see longer library hours, more frequent bus service, and a new program for repairing sidewalks, officials said.
            “This is a budget for everyone in the city,” the mayor said.
            Parks: 4 new playgrounds
            Libraries: open on Sundays
            Critics, however, said the plan relies on optimistic revenue forecasts, and that the city could face a shortfall next year.
            """)
        #expect(article.title == "Council approves new budget")
        #expect(article.siteName == "The Daily Example")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.language == "en")
        #expect(article.direction == nil)
        #expect(article.encoding == "UTF-8")
        #expect(article.findings.isEmpty)
    }

    static let arabicPage = """
        <html lang="ar-EG" dir="rtl">
        <head><meta charset="utf-8"><title>الحكومة تعلن خطة جديدة للنقل - الموقع الإخباري</title>
        <meta property="og:site_name" content="الموقع الإخباري"></head>
        <body>
        <nav class="menu"><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/sport">رياضة</a></nav>
        <div id="content">
          <div class="story-body">
            <p>أعلنت الحكومة، يوم الأحد، عن خطة جديدة لتطوير شبكة النقل العام في العاصمة، تشمل خطوط حافلات جديدة وتوسيع المترو.</p>
            <p>وقال وزير النقل في مؤتمر صحفي: "نريد أن يصل كل مواطن إلى عمله في أقل من ساعة"، مضيفا أن التمويل مضمون.</p>
            <p>ويرى مراقبون أن الخطة طموحة، لكنها تواجه عقبات مالية وإدارية، بحسب مصادر مطلعة.</p>
          </div>
          <div class="related"><a href="/1">أخبار ذات صلة</a> <a href="/2">الحكومة تناقش الموازنة</a></div>
        </div>
        <div class="footer">جميع الحقوق محفوظة</div>
        </body></html>
        """

    @Test func arabicRightToLeftArticle() throws {
        let article = try extract(Self.arabicPage)
        #expect(article.text == """
            أعلنت الحكومة، يوم الأحد، عن خطة جديدة لتطوير شبكة النقل العام في العاصمة، تشمل خطوط حافلات جديدة وتوسيع المترو.
            وقال وزير النقل في مؤتمر صحفي: "نريد أن يصل كل مواطن إلى عمله في أقل من ساعة"، مضيفا أن التمويل مضمون.
            ويرى مراقبون أن الخطة طموحة، لكنها تواجه عقبات مالية وإدارية، بحسب مصادر مطلعة.
            """)
        #expect(article.title == "الحكومة تعلن خطة جديدة للنقل")
        #expect(article.siteName == "الموقع الإخباري")
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
    }

    /// Arabic text for the legacy-charset tests, long enough for ICU to recognise the charset.
    static let arabicParagraphs = [
        "قالت وزارة الصحة إن عدد الإصابات انخفض خلال الأسبوع الماضي، مشيرة إلى أن حملة التطعيم حققت نتائج جيدة في المدن والقرى.",
        "وأضاف المتحدث باسم الوزارة أن المستشفيات ما زالت في حالة تأهب، وأن الفرق الطبية تعمل على مدار الساعة لمتابعة الحالات.",
        "ودعت الوزارة المواطنين إلى الالتزام بالإجراءات الوقائية، وعدم التهاون في ارتداء الكمامات في الأماكن المزدحمة والمغلقة.",
    ]

    func legacyPage(head: String) -> String {
        "<html><head>\(head)<title>وزارة الصحة</title></head><body><div class=\"article\">"
            + Self.arabicParagraphs.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
    }

    @Test func windows1256DeclaredInMetaCharset() throws {
        let bytes = try #require(LibXML2.encode(legacyPage(head: "<meta charset=\"windows-1256\">"), charset: "windows-1256"))
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really not UTF-8
        let article = try extractor.extract(bytes, path: "legacy.html")
        #expect(article.text == Self.arabicParagraphs.joined(separator: "\n"))
        #expect(article.title == "وزارة الصحة")
        #expect(article.encoding == "windows-1256")
        #expect(article.findings.isEmpty)
    }

    @Test func iso88596DeclaredInHTTPEquiv() throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
        let bytes = try #require(LibXML2.encode(legacyPage(head: head), charset: "ISO-8859-6"))
        let article = try extractor.extract(bytes, path: "legacy.html")
        #expect(article.text == Self.arabicParagraphs.joined(separator: "\n"))
        #expect(article.encoding == "ISO-8859-6")
    }

    @Test func undeclaredWindows1256IsGuessedWithAFinding() throws {
        let bytes = try #require(LibXML2.encode(legacyPage(head: ""), charset: "windows-1256"))
        let article = try extractor.extract(bytes, path: "legacy.html")
        #expect(article.text == Self.arabicParagraphs.joined(separator: "\n"))
        #expect(article.encoding == "windows-1256")
        #expect(article.findings.map(\.code) == ["html.charset-guessed"])
    }

    @Test func callerEncodingOverridesThePage() throws {
        // The page claims UTF-8 but is windows-1256; the caller knows better.
        let bytes = try #require(LibXML2.encode(legacyPage(head: "<meta charset=\"utf-8\">"), charset: "windows-1256"))
        let article = try extractor.extract(bytes, path: "legacy.html", encoding: "windows-1256")
        #expect(article.text == Self.arabicParagraphs.joined(separator: "\n"))
    }

    @Test func utf8BytesWinOverAWrongDeclaration() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café society, naïve readers, and a façade of calm: the report, published on Monday, says otherwise.</p></body></html>"
        let article = try extract(html)
        #expect(article.text == "Café society, naïve readers, and a façade of calm: the report, published on Monday, says otherwise.")
        #expect(article.encoding == "UTF-8")
        #expect(article.findings.map(\.code) == ["html.charset-mismatch"])
    }

    @Test func utf16WithByteOrderMark() throws {
        let html = "<html><body><p>نص عربي في صفحة محفوظة بترميز UTF-16، مع علامة ترتيب البايتات في أولها.</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try extractor.extract(bytes, path: "utf16.html")
        #expect(article.text == "نص عربي في صفحة محفوظة بترميز UTF-16، مع علامة ترتيب البايتات في أولها.")
        #expect(article.encoding == "UTF-16LE")
    }

    @Test func aFewInvalidUTF8BytesAreReplaced() throws {
        var bytes = Array("<html><body><p>Prices rose by 5% in March, the statistics office said, with food and fuel leading the increase — again.</p></body></html>".utf8)
        bytes.insert(0xFF, at: 40)
        let article = try extractor.extract(bytes, path: "bad.html")
        #expect(article.text.contains("\u{FFFD}"))
        #expect(article.text.hasSuffix("leading the increase — again."))
        #expect(article.findings.map(\.code) == ["html.invalid-utf8"])
    }

    @Test func deeplyNestedPageDoesNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>At the bottom of a very deep page, the article still has a sentence, and it is found.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let article = try extract(html)
        #expect(article.text == "At the bottom of a very deep page, the article still has a sentence, and it is found.")
    }

    @Test func deeplyNestedInlineElementsAndTables() throws {
        let depth = 20_000
        let html = "<html><body><table><tr><td>" + String(repeating: "<span><b>", count: depth) + "deep words here, many of them"
            + String(repeating: "</b></span>", count: depth) + "</td></tr></table><p>A closing paragraph follows the table, with a comma.</p></body></html>"
        let article = try extract(html)
        #expect(article.text.contains("deep words here, many of them"))
    }

    @Test func deeplyNestedJSONLDAndHeadings() throws {
        let depth = 100_000
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let html = "<html><head><title>An unrelated title for the page</title><script type=\"application/ld+json\">\(json)</script></head><body><div class=\"content\">"
            + String(repeating: "<h2><span>", count: 20_000) + "Heading" + String(repeating: "</span></h2>", count: 20_000)
            + "<p>The paragraph after the headings, with a comma, is the article.</p></div></body></html>"
        let article = try extract(html)
        #expect(article.text.hasSuffix("The paragraph after the headings, with a comma, is the article."))
    }

    @Test func pageWithoutArticleThrows() throws {
        let html = "<html><head><title>Home</title><script>var a = 'lots of script text that is not an article at all';</script></head><body><nav><a href='/a'>Section A</a><a href='/b'>Section B</a></nav><footer>Contact us</footer></body></html>"
        #expect(throws: MizanError.noArticleText(path: "test.html")) { try extract(html) }
        #expect(throws: MizanError.noArticleText(path: "test.html")) { try extract("") }
    }

    @Test func linesForBlocksAndBreaks() throws {
        let html = """
            <html><body><div class="post-content">
            <p>First   paragraph,
               with  odd
               spacing, and enough words to count as a paragraph.</p>
            <p>A poem, set with line breaks:<br>roses are red,<br/>violets are blue.</p>
            <h3>A heading inside</h3>
            <ol><li>one item</li><li>two <em>items</em></li></ol>
            <table><tr><td>cell a</td><td>cell b</td></tr></table>
            <pre>code line 1
            code   line 2</pre>
            <p></p><p>   </p>
            <p>Last paragraph, again with commas, so the container scores.</p>
            </div></body></html>
            """
        let article = try extract(html)
        #expect(article.text == """
            First paragraph, with odd spacing, and enough words to count as a paragraph.
            A poem, set with line breaks:
            roses are red,
            violets are blue.
            A heading inside
            one item
            two items
            cell a cell b
            code line 1
            code line 2
            Last paragraph, again with commas, so the container scores.
            """)
    }

    @Test func captionsInTheTextFlowStayHeroCaptionsGo() throws {
        let html = """
            <html><body><article>
            <header><h1>Floods</h1><figure><img src="hero.jpg"><figcaption>Hero image caption, outside the text.</figcaption></figure></header>
            <div class="entry-content">
            <p>Heavy rain flooded the valley overnight, and rescuers, working in boats, reached dozens of stranded families.</p>
            <figure><img src="boat.jpg"><figcaption>A rescue boat on the main street.</figcaption></figure>
            <p>Officials said the water would recede within days, but warned of more rain, landslides, and power cuts.</p>
            </div></article></body></html>
            """
        let article = try extract(html)
        #expect(article.text == """
            Heavy rain flooded the valley overnight, and rescuers, working in boats, reached dozens of stranded families.
            A rescue boat on the main street.
            Officials said the water would recede within days, but warned of more rain, landslides, and power cuts.
            """)
    }

    @Test func hiddenElementsAndTemplatesAreSkipped() throws {
        let html = """
            <html><body><div class="content">
            <p>The visible paragraph is long enough, and it has a comma, to be the article's text.</p>
            <p style="display: none">A hidden paragraph, never shown, that must not be extracted.</p>
            <p hidden>Another hidden paragraph, with the hidden attribute set on it.</p>
            <template><p>Template content, inert until a script uses it, also skipped.</p></template>
            </div></body></html>
            """
        let article = try extract(html)
        #expect(article.text == "The visible paragraph is long enough, and it has a comma, to be the article's text.")
    }

    @Test func shortArticleOnALongPageEarnsAFinding() throws {
        let items = (1...300).map { "<li>Index entry \($0)</li>" }.joined()
        let html = "<html><body><div class=\"story\"><p>Only one short paragraph, here, is the whole story.</p></div><ul>\(items)</ul></body></html>"
        let article = try extract(html)
        #expect(article.text == "Only one short paragraph, here, is the whole story.")
        #expect(article.findings.contains { $0.code == "html.short-text" })
    }

    @Test func datelinesAroundTheArticleAreMetadata() throws {
        let html = """
            <html><body><div class="story">
            <div class="timestamp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div>
            <p>قالت مصادر إن الاجتماع، الذي عقد في العاصمة، انتهى دون اتفاق على موعد الجولة المقبلة.</p>
            <p>Talks resume at 10:30 on 5 May 2024</p>
            <p>وأضافت المصادر أن الوفدين، رغم الخلافات، اتفقا على مواصلة الاتصالات خلال الأيام المقبلة.</p>
            <div>First published May 1, 2016: 1:28 AM ET</div>
            </div></body></html>
            """
        let article = try extract(html)
        #expect(article.text == """
            قالت مصادر إن الاجتماع، الذي عقد في العاصمة، انتهى دون اتفاق على موعد الجولة المقبلة.
            Talks resume at 10:30 on 5 May 2024
            وأضافت المصادر أن الوفدين، رغم الخلافات، اتفقا على مواصلة الاتصالات خلال الأيام المقبلة.
            """)
    }

    @Test func datelineShapes() {
        #expect(HTMLText.looksLikeDateline("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par"))
        #expect(HTMLText.looksLikeDateline("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"))
        #expect(HTMLText.looksLikeDateline("٢٠١٣/٨/٣ - ١٤:٠٠"))
        #expect(!HTMLText.looksLikeDateline("The vote is set for 10:30 on May 5, 2024."))
        #expect(!HTMLText.looksLikeDateline("Updated yesterday"))
        #expect(!HTMLText.looksLikeDateline("Parks: 4 new playgrounds"))
    }

    @Test func commentSectionLeadInIsNotArticleText() throws {
        let html = """
            <html><body><div class="main">
            <p>The ministry confirmed the agreement on Sunday, saying talks would continue, and that both sides had agreed.</p>
            <p>Negotiators are expected to meet again next month, in the capital, to settle the remaining issues.</p>
            <div style="padding:10px"><p>We welcome lively debate. Comments are moderated, and the views below are the readers' own.</p></div>
            <div class="fb-comments" data-href="x"></div>
            </div></body></html>
            """
        let article = try extract(html)
        #expect(article.text == """
            The ministry confirmed the agreement on Sunday, saying talks would continue, and that both sides had agreed.
            Negotiators are expected to meet again next month, in the capital, to settle the remaining issues.
            """)
    }
}
