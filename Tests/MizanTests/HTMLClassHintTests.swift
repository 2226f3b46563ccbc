import Testing
@testable import Mizan

/// Class and id names as evidence for or against article content.
@Suite struct HTMLClassHintTests {
    func hints(_ c: String, id: String = "") -> HTMLClassHints { HTMLClassHintReader.compute(classAttribute: c, id: id) }

    @Test func contentAndFurniture() {
        #expect(hints("article-body").weight == 25)
        #expect(hints("sidebar").weight == -25)
        #expect(hints("sidebar").unlikely)
        #expect(hints("comments", id: "disqus_thread").weight == -50)
        #expect(!hints("article-header").unlikely)  // rescued by "article"
        #expect(hints("main-content", id: "story").weight == 50)
    }

    @Test func adsAndNavigationByWholeWords() {
        #expect(hints("ad-slot").unlikely)
        #expect(hints("adContainer").unlikely)
        #expect(hints("topnav").unlikely)
        #expect(!hints("header-shadow lead").unlikely)
        #expect(!hints("read-more load badge").unlikely)
        #expect(hints("canvas").weight == 0)
    }

    @Test func shareBarsButNotFiguresWithShareButtons() {
        #expect(hints("share-tools").share)
        #expect(hints("social-links").share)
        #expect(!hints("fig--has-shares").share)
    }

    @Test func tokens() {
        #expect(HTMLClassHintReader.tokens("articleBody main__text-2") == ["article", "body", "main", "text", "2"])
    }
}
