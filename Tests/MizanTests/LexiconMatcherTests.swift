import Testing
@testable import Mizan

/// The compiled matcher on sentences, with expected matches marked `[[…]]` in the text.
@Suite struct LexiconMatcherTests {
    let mark = { (s: String) in LexiconFixtures.marked(s) }

    // MARK: Arabic clitics

    @Test func arabicProcliticsAndArticle() {
        // و + ال + إرهابيين (plural of the nisba إرهابي); ل + ال contracted to لل; ب + ال.
        #expect(mark("قتل والإرهابيين في المدينة") == "قتل [[والإرهابيين]] في المدينة")
        #expect(mark("دعم للجماعات الإرهابية في الشمال") == "دعم [[للجماعات الإرهابية]] في الشمال")
        #expect(mark("اتهمها بالإرهاب مرة أخرى") == "اتهمها [[بالإرهاب]] مرة أخرى")
        #expect(mark("وللإرهاب وجوه كثيرة") == "[[وللإرهاب]] وجوه كثيرة")
        #expect(mark("فالإرهابي هرب") == "[[فالإرهابي]] هرب")
        // The term is written with the article; the text may drop it.
        #expect(mark("لا إرهاب هنا") == "لا [[إرهاب]] هنا")
    }

    @Test func arabicEncliticsOnTheLastWord() {
        #expect(mark("قال إن شهيدهم سقط") == "قال إن [[شهيدهم]] سقط")
        // ة is written ت before a pronoun: شهيدتهم is شهيدة + هم.
        #expect(mark("بكت شهيدتهم") == "بكت [[شهيدتهم]]")
        #expect(mark("ذكر الحكومة العميلة وأعوانها") == "ذكر [[الحكومة العميلة]] وأعوانها")
        // A pronoun on the first word of a multiword term breaks it.
        #expect(mark("محورهم المقاومة") == "محورهم المقاومة")
        // The construct plural: مقاتلو (مقاتلون before a noun) and مقاتلي (مقاتلين before a noun).
        #expect(mark("هاجم مقاتلو الحزب ومقاتلي الجبهة") == "هاجم [[مقاتلو]] الحزب [[ومقاتلي]] الجبهة")
        // مقاتلوهم: ون loses its ن before the pronoun.
        #expect(mark("أرسل مقاتلوهم") == "أرسل [[مقاتلوهم]]")
    }

    @Test func arabicNeverInsideUnrelatedWords() {
        // محور inside محوري (an adjective), شهيد inside استشهاد, إرهاب inside a longer unrelated string.
        #expect(mark("الدور المحوري للمقاومة") == "الدور المحوري للمقاومة")
        #expect(mark("عملية استشهادية") == "عملية استشهادية")
        #expect(mark("كتب الإرهابولوجيا") == "كتب الإرهابولوجيا")
        // A letter that looks like a proclitic but is part of the word: بشهيد is ب + شهيد, but كشهيدي…
        #expect(mark("سقط بشهيد") == "سقط [[بشهيد]]")
        // Exact entries take no clitic: يزعم matches, ويزعم does not.
        #expect(mark("يزعم ويزعم") == "[[يزعم]] ويزعم")
    }

    // MARK: Arabic inflections

    @Test func arabicInflections() {
        // إرهابي: feminine إرهابية, plurals إرهابيون إرهابيين إرهابيات, dual إرهابيان.
        #expect(mark("الخلية الإرهابية والعناصر الإرهابيون والإرهابيات وإرهابيان")
                == "الخلية [[الإرهابية]] والعناصر [[الإرهابيون]] [[والإرهابيات]] [[وإرهابيان]]")
        // شهيد: the broken plural الشهداء is a listed form; شهيدة and شهيدان are generated.
        #expect(mark("الشهداء والشهيدة وشهيدان") == "[[الشهداء]] [[والشهيدة]] [[وشهيدان]]")
        // Every word of a multiword term inflects: المجموعات الإرهابية المسلحة (a listed form).
        #expect(mark("ضد المجموعات الإرهابية المسلحة") == "ضد [[المجموعات الإرهابية المسلحة]]")
    }

    // MARK: Multiword terms

    @Test func multiwordAcrossTatweelHyphenAndSpace() {
        // The seed article writes الصهيو ـ أميركية, with spaces around a tatweel.
        #expect(mark("في إطار المخططات الصهيو ـ أميركية في المنطقة") == "في إطار [[المخططات الصهيو ـ أميركية]] في المنطقة")
        #expect(mark("المخططات الصهيو-أميركية") == "[[المخططات الصهيو-أميركية]]")
        #expect(mark("المخططات الصهيو أميركية") == "[[المخططات الصهيو أميركية]]")
        #expect(mark("a Zionist-American plot and a Zionist American one") == "a [[Zionist-American]] plot and a [[Zionist American]] one")
        // Persian letter forms and diacritics in the text: محور المقاومة with ی-free spelling and harakat.
        #expect(mark("مِحْوَر المُقاوَمة") == "[[مِحْوَر المُقاوَمة]]")
        // A line break or other punctuation between the words breaks the term.
        #expect(mark("deep\nstate") == "deep\nstate")
        #expect(mark("deep, state") == "deep, state")
        #expect(mark("the deep  state") == "the [[deep  state]]")
    }

    @Test func longestMatchWins() {
        // الجماعات الإرهابية المسلحة (3 words) beats الجماعات الإرهابية (2) and إرهابي (1).
        #expect(LexiconFixtures.entries("حاربت الجماعات الإرهابية المسلحة") == ["الجماعات الإرهابية المسلحة"])
        #expect(LexiconFixtures.entries("حاربت الجماعات الإرهابية") == ["الجماعات الإرهابية"])
        #expect(mark("the Iranian regime and the regime") == "the [[Iranian regime]] and the [[regime]]")
    }

    @Test func overlapsResolveToTheEarlierStartThenTheFirstEntry() {
        // "a b" and "b c" (same length) overlap on b: the earlier start wins.
        let m = LoadedTermMatcher(entries: [LexiconFixtures.entry("beta gamma"), LexiconFixtures.entry("alpha beta")])
        #expect(LexiconFixtures.marked("alpha beta gamma", m) == "[[alpha beta]] gamma")
        // The same words in two entries: the entry listed first wins.
        let n = LoadedTermMatcher(entries: [LexiconFixtures.entry("foo bar", "first"), LexiconFixtures.entry("foo-bar", "second")])
        let text = DocumentText("foo bar")
        #expect(n.matches(in: TextNormalizer.standard.normalize(text)).map { n.entries[$0.entry].category } == ["first"])
        // A written-out form beats an inflection of another entry with the same words.
        let k = LoadedTermMatcher(entries: [LexiconFixtures.entry("slam", "verb"), LexiconFixtures.entry("slams", "noun")])
        #expect(k.matches(in: TextNormalizer.standard.normalize(DocumentText("slams"))).map { k.entries[$0.entry].category } == ["noun"])
    }

    /// The benchmark's never-matching entries (``Bench/absentEntries(_:)``) match nothing in a text made
    /// of the original terms, while the originals do.
    @Test func absentEntriesNeverMatch() {
        let entries = [LexiconFixtures.entry("regime forces"), LexiconFixtures.entry("so-called"),
                       LexiconFixtures.entry("الجماعات الإرهابية", language: "ar", match: MatchOptions(clitics: true, inflect: true))]
        let text = TextNormalizer.standard.normalize(DocumentText("The regime forces, the so-called group, and والجماعات الإرهابية."))
        #expect(LoadedTermMatcher(entries: entries).matches(in: text).count == 3)
        let absent = Bench.absentEntries(entries)
        #expect(absent.count == 3 && absent[0].term == "regimeqx forcesqx" && absent[2].term == "الجماعاتظظ الإرهابيةظظ")
        #expect(LoadedTermMatcher(entries: absent).matches(in: text).isEmpty)
    }

    // MARK: English

    @Test func englishInflections() {
        #expect(mark("She slams, slammed and is slamming; he slam-dunks") == "She [[slams]], [[slammed]] and is [[slamming]]; he [[slam]]-dunks")
        #expect(mark("thugs and thuggery") == "[[thugs]] and thuggery")
        #expect(mark("bullies bullied bullying bully's") == "[[bullies]] [[bullied]] [[bullying]] [[bully's]]")
        #expect(mark("the regime's army, the regimes") == "the [[regime's]] army, the [[regimes]]")
        // Only the last word of an English term inflects.
        #expect(mark("deeps state, deep states") == "deeps state, [[deep states]]")
        // noinflect
        #expect(mark("allegedly alleged") == "[[allegedly]] alleged")
    }

    @Test func englishOptions() {
        // exact: so-called matches with hyphen or space, but not so-calleds.
        #expect(mark("the so-called and so called and so-calleds") == "the [[so-called]] and [[so called]] and so-calleds")
        // prefix: demoniz matches any word that starts with it.
        #expect(mark("demonize, demonizing, demonization, demon") == "[[demonize]], [[demonizing]], [[demonization]], demon")
        // case: the Squad, not the squad.
        #expect(mark("the Squad met the squad") == "[[the Squad]] met the squad")
        // Apostrophes: curly or straight, and quotes around a word.
        #expect(mark("Lyin’ Ted and Lyin' Ted and 'thugs'") == "[[Lyin’ Ted]] and [[Lyin' Ted]] and '[[thugs]]'")
        // Case-insensitive by default.
        #expect(mark("THUG") == "[[THUG]]")
    }

    @Test func matchesPointAtOriginalCharacters() {
        // Diacritics and tatweel inside the word belong to the match.
        let text = "قال إنَّ الإرهـــابيين هربوا"
        #expect(mark(text) == "قال إنَّ [[الإرهـــابيين]] هربوا")
    }

    @Test func scalesLikeATrie() {
        // Compiling many more entries does not change what the old entries match.
        var entries = LexiconFixtures.lexicons.entries
        for i in 0..<2000 { entries.append(LexiconFixtures.entry("zzword\(i) filler", "loaded")) }
        let big = LoadedTermMatcher(entries: entries)
        let text = "the Iranian regime and thugs; قتل والإرهابيين"
        #expect(LexiconFixtures.marked(text, big) == LexiconFixtures.marked(text))
    }
}
