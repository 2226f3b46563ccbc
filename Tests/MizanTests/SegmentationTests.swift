import Testing
@testable import Mizan

@Suite struct SegmentationTests {
    func analyze(_ text: String, language: String? = nil) throws -> AnalyzedDocument {
        try TestSupport.analyzer(language: language).analyze(text: text)
    }

    @Test func arabicSentencesSplitOnPeriodAndQuestionMarkButNotOnComma() throws {
        let doc = try analyze("""
        قال الوزير إن الزيارة ناجحة، وإن التعاون سيستمر، وإن اللقاءات المقبلة ستعقد في دمشق. هل تنجح المباحثات؟ يرى مراقبون أنها ستنجح.
        """)
        #expect(doc.sentenceTexts == [
            "قال الوزير إن الزيارة ناجحة، وإن التعاون سيستمر، وإن اللقاءات المقبلة ستعقد في دمشق.",
            "هل تنجح المباحثات؟",
            "يرى مراقبون أنها ستنجح.",
        ])
    }

    @Test func longArabicSentenceSplitsAtSemicolonOnly() throws {
        let clause = "وأكد المتحدث أن الحكومة ماضية في تنفيذ خطتها الاقتصادية الشاملة رغم كل الصعوبات والتحديات التي تواجهها البلاد"
        let text = "\(clause)، \(clause)، \(clause)؛ \(clause)، \(clause)."
        let doc = try analyze(text)
        #expect(doc.sentenceTexts == ["\(clause)، \(clause)، \(clause)؛", "\(clause)، \(clause)."])
    }

    @Test func arabicAbbreviationDoesNotEndASentence() throws {
        let doc = try analyze("وقال د. محمد علي إن النتائج مشجعة. وأضاف أن العمل مستمر.")
        #expect(doc.sentenceTexts == ["وقال د. محمد علي إن النتائج مشجعة.", "وأضاف أن العمل مستمر."])
    }

    @Test func englishAbbreviationsAndQuotes() throws {
        let doc = try analyze("The U.S. Senate met on Monday. Mr. Smith said, \"We will win.\" Did he? Yes.")
        #expect(doc.sentenceTexts == ["The U.S. Senate met on Monday.", "Mr. Smith said, \"We will win.\"", "Did he?", "Yes."])
        let end = try analyze("He lives in the U.S. The weather is fine.")
        #expect(end.sentenceTexts == ["He lives in the U.S.", "The weather is fine."])
    }

    @Test func englishTitleAbbreviationsStayWithTheName() throws {
        let doc = try analyze("Texas Lt. Gov. Dan Patrick says Sen. Ted Cruz is standing tall. Dr. Jones disagreed. He met the Gov. on Monday.")
        #expect(doc.sentenceTexts == ["Texas Lt. Gov. Dan Patrick says Sen. Ted Cruz is standing tall.", "Dr. Jones disagreed.",
                                      "He met the Gov. on Monday."])
    }

    @Test func paragraphsAreLinesAndTrimmed() throws {
        let doc = try analyze("  العنوان  \n\nالفقرة الأولى.\r\nالفقرة الثانية.\n")
        #expect(doc.paragraphTexts == ["العنوان", "الفقرة الأولى.", "الفقرة الثانية."])
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 2])
    }

    @Test func hardWrappedTextJoinsLinesIntoParagraphs() throws {
        let text = """
        The committee met on Tuesday to discuss the budget for next
        year, and members argued for hours about the cuts that the
        chairman proposed in his opening statement to the press.

        A second meeting is planned for Thursday, when the members
        will vote on the proposal and on three amendments that were
        tabled by the opposition during the long first session.
        """
        let doc = try analyze(text)
        #expect(doc.paragraphs.count == 2)
        #expect(doc.paragraphTexts[1].hasPrefix("A second meeting"))
    }

    @Test func tokensAndArabicClitics() throws {
        // و|ب|ال|إرهاب  ·  لل|جيش  ·  وزير (kept whole)  ·  و|ال|وزير  ·  قادت|هم
        let doc = try analyze("وبالإرهاب للجيش وزير والوزير قادتهم، 2017")
        let splits: [String] = doc.tokens.indices.map { i in
            guard let c = doc.clitics(ofToken: i) else { return doc.text[doc.tokens[i].range] }
            var parts = c.proclitics.map { doc.text[$0] }
            parts.append(doc.text[c.stem])
            if let e = c.enclitic { parts.append(doc.text[e]) }
            return parts.joined(separator: "|")
        }
        #expect(splits == ["و|ب|ال|إرهاب", "لل|جيش", "وزير", "و|ال|وزير", "قادت|هم", "،", "2017"])
        #expect(doc.tokens.map(\.kind) == [.word, .word, .word, .word, .word, .punctuation, .number])
    }

    @Test func cliticSplitCoversTheTokenExactlyEvenWithDiacritics() throws {
        let doc = try analyze("وَبِالْإِرْهَابِ")
        let t = try #require(doc.tokens.first)
        let c = try #require(doc.clitics(ofToken: 0))
        #expect(c.proclitics.first?.start == t.range.start)
        #expect((c.enclitic ?? c.stem).end == t.range.end)
        #expect(doc.text[c.stem] == "إِرْهَابِ")
    }

    @Test func sentencesCoverTheirTokens() throws {
        let doc = try analyze("First sentence here. Second one, with a comma! Third?\nNew paragraph: done.")
        for s in doc.sentences {
            for t in doc.tokens[s.tokens] { #expect(s.range.contains(t.range)) }
        }
        // New | paragraph | : | done | .
        #expect(doc.sentences.last.map { doc.tokens[$0.tokens].count } == 5)
    }
}

@Suite struct LanguageIdentificationTests {
    func identify(_ text: String) -> LanguageGuess {
        let id = LanguageIdentifier(functionWords: TestSupport.data.functionWords)
        let s = Array(text.unicodeScalars)
        return id.identify(s, range: TextRange(0, s.count))
    }

    @Test func arabicWithPersianLetterFormsIsArabic() {
        let g = identify("وزار یوم أمس الجمعة اللواء باقري خط مواجهة قرب مدينة حلب شمال سوريا، وفی تصریح له قال إن العمل مستمر")
        #expect(g.code == "ar")
        #expect(g.confidence >= 0.6)
    }

    @Test func persian() {
        let g = identify("رئیس ستاد کل نیروهای مسلح ایران گفت که این سفر برای گسترش همکاری‌های دفاعی است و در آینده ادامه خواهد یافت")
        #expect(g.code == "fa")
        #expect(g.confidence >= 0.6)
    }

    @Test func english() {
        #expect(identify("The minister said that the visit was a success and that talks would continue.").code == "en")
    }

    @Test func otherLatinScriptLanguage() {
        #expect(identify("Le ministre a déclaré que la visite était un succès et que les discussions continueraient.").code == "other")
    }

    @Test func noLetters() {
        #expect(identify("2017 — 12:30").code == "und")
    }

    @Test func mixedDocumentGetsParagraphLanguages() throws {
        let doc = try TestSupport.analyzer().analyze(text: """
        قال الوزير إن الزيارة كانت ناجحة وإن التعاون بين البلدين سيستمر في المرحلة المقبلة على كل المستويات.
        The minister said that the visit had been a success and that the cooperation would continue.
        وأضاف أن اللقاءات المقبلة ستعقد في دمشق خلال الشهر القادم بحضور عدد من المسؤولين.
        """)
        #expect(doc.language?.code == "ar")
        #expect(doc.paragraphs.map { $0.language?.code } == ["ar", "en", "ar"])
    }

    @Test func overrideAndDeclaredLanguage() throws {
        let doc = try TestSupport.analyzer(language: "fa").analyze(text: "قال الوزير إن الزيارة ناجحة")
        #expect(doc.language == LanguageGuess(code: "fa", confidence: 1, method: "override"))
        let declared = try TestSupport.analyzer().analyze(ArticleInput(id: "x", text: "قال الوزير إن الزيارة ناجحة", language: "ar-SA"))
        #expect(declared.language?.method == "declared")
        #expect(declared.language?.code == "ar")
        #expect(declared.metadata.direction == .rightToLeft)
    }
}
