import Testing
@testable import Mizan

/// Arabic attribution, one suite per sieve. Expected attributions are written into their paragraph
/// (``QuoteMarkup``): `[content]`, `<cue>`, `{speaker}`, then the type and, when resolved, `= canonical`.
enum AttributionRender {
    static func analyze(_ text: String) throws -> AnalyzedDocument {
        try QuoteMarkup.analyze(text, language: "ar")
    }

    static func lines(_ text: String) throws -> [String] {
        let doc = try analyze(text)
        return doc.attributions.map { a in
            var line = "\(QuoteMarkup.render(a, in: doc)) · \(a.kind.rawValue)"
            if let canonical = a.speakerCanonical { line += " = \(canonical)" }
            return line
        }
    }
}

@Suite struct ArabicCueClauseTests {
    @Test func verbFirstWithComplementizer() throws {
        #expect(try AttributionRender.lines("وقال الوزير إن الزيارة كانت ناجحة.") ==
                ["<وقال> {الوزير} إن [الزيارة كانت ناجحة]. · indirect = الوزير"])
    }

    @Test func aWordStartingWithFaOrWawAfterTheComplementizerKeepsItsFirstLetter() throws {
        // فازت، فرنسا، والد: the letter is the word's own, not a conjunction.
        #expect(try AttributionRender.lines("وأعلنت الوزارة أنها فازت بالجائزة.") ==
                ["<وأعلنت> {الوزارة} أنها [فازت بالجائزة]. · indirect = الوزارة"])
        #expect(try AttributionRender.lines("وقال الوزير إن فرنسا ستشارك في المؤتمر.") ==
                ["<وقال> {الوزير} إن [فرنسا ستشارك في المؤتمر]. · indirect = الوزير"])
    }

    @Test func anUnknownNameBeforeACircumstantialParticipleIsTheSubject() throws {
        // تسيبراس is in no list; the participle and its phrase before the quotation confirm it.
        #expect(try AttributionRender.lines("واضاف تسيبراس متوجها الى المعارضين داخل الحزب \"على الجميع احترام قرار الغالبية\".") ==
                ["<واضاف> {تسيبراس} متوجها الى المعارضين داخل الحزب \"[على الجميع احترام قرار الغالبية]\". · direct = تسيبراس"])
    }

    @Test func aParticipleOpeningTheNextSentenceTakesThePreviousSpeaker() throws {
        // ".." ends the sentence, but the participle goes on with the source beside it.
        let lines = try AttributionRender.lines("وأوضحت المصادر أن المقاومة سيطرت على القرية.. مضيفة أن المقاومة واصلت تقدمها.")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("وأوضحت {المصادر} أن المقاومة سيطرت على القرية.. <مضيفة> أن [المقاومة واصلت تقدمها]") == true)
    }

    @Test func stillIsNotPartOfTheSpeaker() throws {
        // "ما زال" (still) after a subject is not a name.
        #expect(try AttributionRender.lines("وأكد العميد الجعيملاني ما زال أن القوات تتقدم.") ==
                ["<وأكد> {العميد الجعيملاني} ما زال أن [القوات تتقدم]. · indirect = العميد الجعيملاني"])
    }

    @Test func nounsThatLookLikeCuesAreNotCues() throws {
        // بعد is "after" (not ب + عدّ), الكشف "the examination", بطلب "at the request of", كيري a name (not
        // ك + يرى), قدرها "its amount": none is a verb, so none reports anything.
        #expect(try AttributionRender.lines("وصل الوفد بعد أن انتهت الجلسة.").isEmpty)
        #expect(try AttributionRender.lines("وتم الكشف عن أن المستشفى يحتاج إلى أطباء.").isEmpty)
        #expect(try AttributionRender.lines("وجاءت الزيارة بطلب من أن يشارك الوفد في الاجتماع.").isEmpty)
        #expect(try AttributionRender.lines("والتقى الوزير بنظيره كيري أن يوم الخميس.").isEmpty)
        #expect(try AttributionRender.lines("وقدمت الشركة منحة بقيمة قدرها مليون ريال.").isEmpty)
        // "يذكر أن" opening a sentence is the outlet's "it is worth noting that"; with a subject it reports.
        #expect(try AttributionRender.lines("ويذكر أن المنطقة كانت آخر المعاقل.").isEmpty)
        #expect(try AttributionRender.lines("ويذكر المتحدث أن المنطقة كانت آخر المعاقل.").count == 1)
        // A verbal noun still takes its preposition: "ختم كلمته بقوله إن …".
        #expect(try AttributionRender.lines("وختم الوزير كلمته بقوله إن الزيارة كانت ناجحة.").count == 1)
    }

    @Test func aLeadingConjunctionIsLeftOutOnlyBeforeTheArticle() throws {
        let lines = try AttributionRender.lines("والاتفاق سيوقع قريبا، قال الوزير. فرنسا ستشارك في المؤتمر، قال المتحدث.")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("و[الاتفاق سيوقع قريبا]") == true)
        #expect(lines.last?.contains("[فرنسا ستشارك في المؤتمر]") == true)
    }

    @Test func adjunctsBetweenSubjectAndComplementizer() throws {
        #expect(try AttributionRender.lines("وقال وزير الخارجية في تصريح له أمس إن المحادثات كانت مثمرة.") ==
                ["<وقال> {وزير الخارجية} في تصريح له أمس إن [المحادثات كانت مثمرة]. · indirect = وزير الخارجية"])
    }

    @Test func subjectBeforeVerbAndNestedReport() throws {
        let lines = try AttributionRender.lines("وأشارت الوزارة إلى أن الجانبين أكدا خلال اللقاء أن التعاون مستمر.")
        #expect(lines == [
            "<وأشارت> {الوزارة} إلى أن [الجانبين أكدا خلال اللقاء أن التعاون مستمر]. · indirect = الوزارة",
            "وأشارت الوزارة إلى أن {الجانبين} <أكدا> خلال اللقاء أن [التعاون مستمر]. · indirect = الجانبين",
        ])
    }

    @Test func aCoordinatedVerbAfterAnOpeningPhraseHasTheClauseSubject() throws {
        // The sentence opens with a prepositional phrase up to its comma; the clause after it is verb first,
        // and its subject speaks for the coordinated وقال (an unnamed official: no canonical name).
        let lines = try AttributionRender.lines("وفي اتصال مع وكالة فرانس برس، قلل مسؤول اوروبي من اهمية التحذير وقال إن الخطة تسير كما هو متوقع.")
        #expect(lines.contains("وفي اتصال مع وكالة فرانس برس، قلل {مسؤول اوروبي} من اهمية التحذير <وقال> إن [الخطة تسير كما هو متوقع]. · indirect"))
    }
    @Test func participleContinuesTheSpeakerOfItsSentence() throws {
        let lines = try AttributionRender.lines("وقال اللواء محمد باقري إن الزيارة ناجحة، مؤكدا أن التعاون سيستمر.")
        #expect(lines.count == 2)
        #expect(lines[1] == "وقال {اللواء محمد باقري} إن الزيارة ناجحة، <مؤكدا> أن [التعاون سيستمر]. · indirect = اللواء محمد باقري")
    }

    @Test func participleWithNounObject() throws {
        let lines = try AttributionRender.lines("وكشف الوزير خطة جديدة للمطار، مؤكدا افتتاح مطار عدن الدولي أمس.")
        #expect(lines.last?.contains("<مؤكدا> [افتتاح مطار عدن الدولي أمس]") == true)
    }

    @Test func colonAndQuotationMakeADirectQuote() throws {
        let lines = try AttributionRender.lines("وقال الحذيفي: «المقاومة ضبطت أجهزة تنصت في المطار».")
        #expect(lines == ["<وقال> {الحذيفي}: «[المقاومة ضبطت أجهزة تنصت في المطار]». · direct = الحذيفي"])
    }

    @Test func quotedFragmentMakesItMixed() throws {
        let lines = try AttributionRender.lines("وأكد الوزير أن العلاقات بين البلدين \"راسخة ومتينة\" رغم الضغوط.")
        #expect(lines == ["<وأكد> {الوزير} أن [العلاقات بين البلدين \"راسخة ومتينة\" رغم الضغوط]. · mixed = الوزير"])
    }

    @Test func relayedSpeakerAfterAn() throws {
        let lines = try AttributionRender.lines("ونقلت وكالة الأنباء الرسمية عن وزير النفط قوله إن الإنتاج سيرتفع قريبا.")
        #expect(lines == ["ونقلت وكالة الأنباء الرسمية عن {وزير النفط} <قوله> إن [الإنتاج سيرتفع قريبا]. · indirect = وزير النفط"])
    }

    @Test func verbalNounIsNotACueButItsVerbIs() throws {
        let lines = try AttributionRender.lines("وفي تصريح له قال اللواء باقري أن \"عمر المجموعات المسلحة وصل إلى نهايته\".")
        #expect(lines == ["وفي تصريح له <قال> {اللواء باقري} أن \"[عمر المجموعات المسلحة وصل إلى نهايته]\". · direct = اللواء باقري"])
    }

    @Test func writersOwnNarrationIsNotAttributed() throws {
        #expect(try AttributionRender.lines("تجدر الإشارة إلى أن الزيارة تزامنت مع تقدم كبير للجيش.").isEmpty)
        #expect(try AttributionRender.lines("وصل الوفد إلى دمشق أمس في زيارة تستمر ثلاثة أيام.").isEmpty)
    }
}

@Suite struct ArabicAccordingToTests {
    @Test func accordingToThenClause() throws {
        #expect(try AttributionRender.lines("وبحسب مصادر مطلعة فإن الوزير ناقش الخطة مع القادة.") ==
                ["<وبحسب> {مصادر مطلعة} فإن [الوزير ناقش الخطة مع القادة]. · indirect"])
    }

    @Test func trailingAccordingToTakesTheClauseBefore() throws {
        #expect(try AttributionRender.lines("وجاءت الزيارة بدعوة رسمية، ولهذه الزيارة معان كثيرة وفقا لمراقبين.") ==
                ["وجاءت الزيارة بدعوة رسمية، و[لهذه الزيارة معان كثيرة] <وفقا> ل{مراقبين}. · indirect"])
        let doc = try AttributionRender.analyze("وجاءت الزيارة بدعوة رسمية، ولهذه الزيارة معان كثيرة وفقا لمراقبين.")
        #expect(doc.attributions.first?.isVague == true)
        #expect(doc.attributions.first?.sourceKind == .anonymous)
    }

    @Test func documentAndItsIssuer() throws {
        let doc = try AttributionRender.analyze("وتكللت الزيارة بتوقيع مذكرة تفاهم، وفق بيان وزارة الدفاع السورية.")
        let a = try #require(doc.attributions.first)
        #expect(a.sourceKind == .document)
        #expect(a.speakerCanonical == "وزارة الدفاع السورية")
        #expect(doc.text[a.content] == "تكللت الزيارة بتوقيع مذكرة تفاهم")
    }

    @Test func inAccordanceWithIsNotASource() throws {
        #expect(try AttributionRender.lines("وتعمل القوات وفقا لتوجيهات القيادة العليا في المنطقة.").isEmpty)
    }
}

@Suite struct ArabicQuoteThenCueTests {
    @Test func quotationThenVerbAndSubject() throws {
        #expect(try AttributionRender.lines("«الوضع الأمني مستقر تماما»، قال المتحدث باسم الشرطة.") ==
                ["«[الوضع الأمني مستقر تماما]»، <قال> {المتحدث باسم الشرطة}. · direct = المتحدث باسم الشرطة"])
    }
}

@Suite struct ArabicCueLastTests {
    @Test func asTheOfficialSaid() throws {
        let lines = try AttributionRender.lines("على الحكومة تبني حزمة كاملة من الإصلاحات، كما قال مسؤول كبير في الصندوق.")
        #expect(lines == ["[على الحكومة تبني حزمة كاملة من الإصلاحات]، كما <قال> {مسؤول كبير} في الصندوق. · indirect"])
    }
}

@Suite struct ArabicColonTests {
    @Test func sourceColonQuotation() throws {
        #expect(try AttributionRender.lines("وزير الخارجية: «لن نتراجع عن موقفنا أبدا»") ==
                ["{وزير الخارجية}: «[لن نتراجع عن موقفنا أبدا]» · direct = وزير الخارجية"])
    }
}

@Suite struct ArabicFloatingQuoteTests {
    @Test func followingQuotationInheritsTheSpeaker() throws {
        let lines = try AttributionRender.lines("وقال الوزير: «بدأنا التسويق بالفعل». «وسنرفع الإنتاج في غضون أيام قليلة».")
        #expect(lines.count == 2)
        #expect(lines[1] == "وقال الوزير: «بدأنا التسويق بالفعل». «[وسنرفع الإنتاج في غضون أيام قليلة]». · direct = الوزير")
    }

    @Test func addedWithoutSubjectContinuesThePreviousSpeaker() throws {
        let lines = try AttributionRender.lines("وقال اللواء عبده الحذيفي إن الوضع مستقر.\nوأضاف: «كل أقسام الشرطة عادت للعمل».")
        #expect(lines[1] == "<وأضاف>: «[كل أقسام الشرطة عادت للعمل]». · direct = اللواء عبده الحذيفي")
    }
}

@Suite struct ArabicSpeakerResolutionTests {
    @Test func surnameResolvesToTheFullTitledName() throws {
        let doc = try AttributionRender.analyze("""
        زار رئيس هيئة الأركان اللواء محمد باقري مدينة حلب أمس.
        وقال باقري إن العمليات العسكرية ناجحة.
        """)
        #expect(doc.attributions.map(\.speakerCanonical) == ["اللواء محمد باقري"])
        #expect(doc.speakers.first?.latin?.isEmpty == false)
    }

    @Test func appositiveRoleResolvesToItsPerson() throws {
        let doc = try AttributionRender.analyze("""
        التقى الوفد العماد علي عبد الله أيوب رئيس هيئة الأركان العامة للجيش السوري في دمشق.
        بدوره، أكد رئيس هيئة الأركان العامة للجيش السوري على أن العلاقات بين الجيشين متينة.
        """)
        #expect(doc.attributions.map(\.speakerCanonical) == ["العماد علي عبد الله أيوب"])
    }

    @Test func nameSpelledLikeAPreposition() throws {
        // علي (the name) and على (the preposition) fold together; the original spelling keeps them apart.
        let doc = try AttributionRender.analyze("وقال الشيخ علي سلمان إن الحوار هو الحل.")
        #expect(doc.attributions.first?.speakerCanonical == "الشيخ علي سلمان")
    }

    @Test func anonymousSourcesHaveNoCanonicalName() throws {
        let doc = try AttributionRender.analyze("وأفادت مصادر مطلعة بأن الاجتماع تأجل إلى الأسبوع المقبل.")
        #expect(doc.attributions.first?.sourceKind == .anonymous)
        #expect(doc.attributions.first?.speakerCanonical == nil)
        #expect(doc.attributions.first?.isVague == true)
    }
}

@Suite struct QuoteStageRobustnessTests {
    @Test func manyQuotesLongQuotesOddMarksMixedDirection() throws {
        let many = (0..<500).map { "وقال المتحدث: «التصريح رقم \($0) مهم جدا»." }.joined(separator: "\n")
        let doc = try AttributionRender.analyze(many)
        #expect(doc.attributions.count == 500)
        let long = "وقال الوزير: «" + String(repeating: "كلمة ", count: 2000) + "»."
        #expect(try AttributionRender.analyze(long).attributions.first?.kind == .direct)
        let odd = try AttributionRender.analyze("وقال الوزير: «الوضع مستقر. وأضاف \"لن نتراجع ثم انتهى.")
        #expect(odd.findings.contains { $0.code.hasPrefix("quotes.") })
        let mixed = try AttributionRender.analyze("Said the minister: «الوضع \u{202E}مستقر\u{202C}» and \"things are fine\" 2017.")
        for a in mixed.attributions { #expect(a.content.end <= mixed.text.count) }
    }
}

/// A body's short name in quotation marks or parentheses after its full name is the same speaker.
@Suite struct SpeakerAliasTests {
    @Test func arabicShortNameInQuotationMarks() throws {
        let doc = try AttributionRender.analyze("رفعت شركة بترول الإمارات الوطنية \"إينوك\" عرضها للاستحواذ على الشركة. وذكرت \"إينوك\" في بيان أنها فازت بدعم المساهمين.")
        let a = try #require(doc.attributions.first { doc.text[$0.content].hasPrefix("فازت") })
        #expect(a.speaker.map { doc.text[$0] } == "إينوك")
        #expect(a.speakerCanonical == "شركة بترول الإمارات الوطنية")
        #expect(a.sourceKind == .organization)
    }

    @Test func englishShortNameInParentheses() throws {
        let doc = try QuoteMarkup.analyze("The International Atomic Energy Agency (IAEA) sent inspectors on Monday. The IAEA said the site was closed.")
        let a = try #require(doc.attributions.first)
        #expect(a.speakerCanonical == "International Atomic Energy Agency")
    }

    @Test func aQuotedStatementAfterAPersonIsNoAlias() throws {
        // Quoted words after a person are what was said, not a name.
        let lines = try AttributionRender.lines("وقال الوزير محمد علي \"نعم\". وقال علي إن الزيارة ناجحة.")
        #expect(!lines.contains { $0.hasSuffix("= نعم") })
    }
}
