/// The words of a report's interface, in the article's language when mizan has them (English, Arabic,
/// Persian), English otherwise. Article text, names and lexicon entries are never translated.
final class ReportStrings: Sendable {
    let language: String
    let direction: TextDirection

    // Page
    let reportTitle: String
    let contents: String
    let summary: String
    let article: String
    let speakers: String
    let sources: String
    let terms: String
    let findings: String
    let legend: String
    let show: String
    let untitled: String

    // Metadata
    let outlet: String
    let date: String
    let authors: String
    let languageLabel: String
    let words: String
    let sourceFile: String
    let link: String
    let detected: String
    let declared: String
    let override: String

    // Cards
    let outletVoice: String
    let quotedVoice: String
    let perThousand: String
    let termsInWords: @Sendable (Int, Int) -> String
    let topCategories: String
    let attributions: String
    let distinctSpeakers: String
    let officialCount: @Sendable (Int) -> String
    let vagueShare: String
    let vagueOf: @Sendable (Int, Int) -> String
    let stanceMix: String
    let noScores: String

    // Marks and tooltips
    let quotations: String
    let cues: String
    let mentions: String
    let loadedTerms: String
    let narratorTermLegend: String
    let quotedTermLegend: String
    let quotationLegend: String
    let cueLegend: String
    let mentionLegend: String
    let category: String
    let weight: String
    let voice: String
    let saidBy: String
    let alternative: String
    let noAlternative: String
    let stance: String
    let cue: String
    let rule: String
    let confidence: String
    let unnamedSource: String
    let vague: String
    let official: String
    let quotation: String
    let speakerHint: String

    // Tables
    let number: String
    let name: String
    let kind: String
    let quotedWords: String
    let quotes: String
    let highlight: String
    let term: String
    let count: String
    let inText: String
    let noAttributions: String
    let noTerms: String
    let noFindings: String
    let sourceKindsChart: String
    let vagueSources: String
    let severity: String
    let code: String
    let message: String
    let place: String

    // Footer
    let generatedBy: String
    let caution: String
    let lexiconLabel: String

    let yes: String
    let no: String
    /// Between items of a list (`, ` or `، `).
    let comma: String
    let type: String
    let sourceKind: String

    // Enumerations
    let attributionKinds: [Attribution.Kind: String]
    let sourceKinds: [Attribution.SourceKind: String]
    let stances: [Attribution.Stance: String]
    let noCue: String
    let voices: [Voice: String]
    let severities: [Finding.Severity: String]
    let languageNames: [String: String]

    init(language: String,
         direction: TextDirection,
         reportTitle: String,
         contents: String,
         summary: String,
         article: String,
         speakers: String,
         sources: String,
         terms: String,
         findings: String,
         legend: String,
         show: String,
         untitled: String,
         outlet: String,
         date: String,
         authors: String,
         languageLabel: String,
         words: String,
         sourceFile: String,
         link: String,
         detected: String,
         declared: String,
         override: String,
         outletVoice: String,
         quotedVoice: String,
         perThousand: String,
         termsInWords: @escaping @Sendable (Int, Int) -> String,
         topCategories: String,
         attributions: String,
         distinctSpeakers: String,
         officialCount: @escaping @Sendable (Int) -> String,
         vagueShare: String,
         vagueOf: @escaping @Sendable (Int, Int) -> String,
         stanceMix: String,
         noScores: String,
         quotations: String,
         cues: String,
         mentions: String,
         loadedTerms: String,
         narratorTermLegend: String,
         quotedTermLegend: String,
         quotationLegend: String,
         cueLegend: String,
         mentionLegend: String,
         category: String,
         weight: String,
         voice: String,
         saidBy: String,
         alternative: String,
         noAlternative: String,
         stance: String,
         cue: String,
         rule: String,
         confidence: String,
         unnamedSource: String,
         vague: String,
         official: String,
         quotation: String,
         speakerHint: String,
         number: String,
         name: String,
         kind: String,
         quotedWords: String,
         quotes: String,
         highlight: String,
         term: String,
         count: String,
         inText: String,
         noAttributions: String,
         noTerms: String,
         noFindings: String,
         sourceKindsChart: String,
         vagueSources: String,
         severity: String,
         code: String,
         message: String,
         place: String,
         generatedBy: String,
         caution: String,
         lexiconLabel: String,
         yes: String,
         no: String,
         comma: String,
         type: String,
         sourceKind: String,
         attributionKinds: [Attribution.Kind: String],
         sourceKinds: [Attribution.SourceKind: String],
         stances: [Attribution.Stance: String],
         noCue: String,
         voices: [Voice: String],
         severities: [Finding.Severity: String],
         languageNames: [String: String]) {
        self.language = language
        self.direction = direction
        self.reportTitle = reportTitle
        self.contents = contents
        self.summary = summary
        self.article = article
        self.speakers = speakers
        self.sources = sources
        self.terms = terms
        self.findings = findings
        self.legend = legend
        self.show = show
        self.untitled = untitled
        self.outlet = outlet
        self.date = date
        self.authors = authors
        self.languageLabel = languageLabel
        self.words = words
        self.sourceFile = sourceFile
        self.link = link
        self.detected = detected
        self.declared = declared
        self.override = override
        self.outletVoice = outletVoice
        self.quotedVoice = quotedVoice
        self.perThousand = perThousand
        self.termsInWords = termsInWords
        self.topCategories = topCategories
        self.attributions = attributions
        self.distinctSpeakers = distinctSpeakers
        self.officialCount = officialCount
        self.vagueShare = vagueShare
        self.vagueOf = vagueOf
        self.stanceMix = stanceMix
        self.noScores = noScores
        self.quotations = quotations
        self.cues = cues
        self.mentions = mentions
        self.loadedTerms = loadedTerms
        self.narratorTermLegend = narratorTermLegend
        self.quotedTermLegend = quotedTermLegend
        self.quotationLegend = quotationLegend
        self.cueLegend = cueLegend
        self.mentionLegend = mentionLegend
        self.category = category
        self.weight = weight
        self.voice = voice
        self.saidBy = saidBy
        self.alternative = alternative
        self.noAlternative = noAlternative
        self.stance = stance
        self.cue = cue
        self.rule = rule
        self.confidence = confidence
        self.unnamedSource = unnamedSource
        self.vague = vague
        self.official = official
        self.quotation = quotation
        self.speakerHint = speakerHint
        self.number = number
        self.name = name
        self.kind = kind
        self.quotedWords = quotedWords
        self.quotes = quotes
        self.highlight = highlight
        self.term = term
        self.count = count
        self.inText = inText
        self.noAttributions = noAttributions
        self.noTerms = noTerms
        self.noFindings = noFindings
        self.sourceKindsChart = sourceKindsChart
        self.vagueSources = vagueSources
        self.severity = severity
        self.code = code
        self.message = message
        self.place = place
        self.generatedBy = generatedBy
        self.caution = caution
        self.lexiconLabel = lexiconLabel
        self.yes = yes
        self.no = no
        self.comma = comma
        self.type = type
        self.sourceKind = sourceKind
        self.attributionKinds = attributionKinds
        self.sourceKinds = sourceKinds
        self.stances = stances
        self.noCue = noCue
        self.voices = voices
        self.severities = severities
        self.languageNames = languageNames
    }

    /// The strings for a document in `language` (`ar`, `fa`, `en`, …).
    static func forLanguage(_ language: String) -> ReportStrings {
        switch language {
        case "ar": return .arabic
        case "fa": return .persian
        default: return .english
        }
    }

    func languageName(_ code: String) -> String { languageNames[code] ?? code }

    static let english = ReportStrings(
        language: "en", direction: .leftToRight,
        reportTitle: "mizan report", contents: "Contents", summary: "Summary", article: "Article", speakers: "Speakers",
        sources: "Sources", terms: "Loaded terms", findings: "Findings", legend: "Key", show: "Show", untitled: "Untitled article",
        outlet: "Outlet", date: "Date", authors: "Authors", languageLabel: "Language", words: "Words", sourceFile: "Source file",
        link: "Original article", detected: "detected", declared: "declared", override: "set by the user",
        outletVoice: "Loaded terms in the outlet’s own words", quotedVoice: "Loaded terms in quoted words",
        perThousand: "per 1,000 words",
        termsInWords: { "\($0) \($0 == 1 ? "term" : "terms") in \(ReportFormat.integer($1)) words" },
        topCategories: "Top categories", attributions: "Attributions", distinctSpeakers: "Distinct speakers",
        officialCount: { "\($0) official" }, vagueShare: "Anonymous or vague sources",
        vagueOf: { "\($0) of \($1) attributions" }, stanceMix: "How sources are introduced",
        noScores: "Scores were not computed for this article.",
        quotations: "Quotations", cues: "Speech cues", mentions: "Speaker mentions", loadedTerms: "Loaded terms",
        narratorTermLegend: "in the outlet’s own words: bold, with background", quotedTermLegend: "inside a quotation: underline only",
        quotationLegend: "coloured by speaker; the tag gives the speaker’s number and the type",
        cueLegend: "the verb or phrase that introduces a source", mentionLegend: "where a source is named",
        category: "Category", weight: "Weight", voice: "Voice", saidBy: "Said by", alternative: "Neutral alternative",
        noAlternative: "none in the lexicon", stance: "Stance", cue: "Cue", rule: "Rule", confidence: "Confidence",
        unnamedSource: "unnamed source", vague: "vague", official: "official", quotation: "quotation",
        speakerHint: "Use “Highlight” to pick out one speaker’s quotations in the text.",
        number: "#", name: "Name", kind: "Kind", quotedWords: "Quoted words", quotes: "Quotations", highlight: "Highlight",
        term: "Term", count: "Count", inText: "In the text", noAttributions: "No attributions were found.",
        noTerms: "No loaded terms from the lexicon were found.", noFindings: "No problems were found in the input.",
        sourceKindsChart: "Attributions by kind of source", vagueSources: "vague or anonymous", severity: "Severity",
        code: "Code", message: "Message", place: "Where",
        generatedBy: "Generated by mizan", caution: "Loaded terms are flagged by a curated lexicon and quotations by rules; both make mistakes. A flag is a prompt to read closely, not a verdict.",
        lexiconLabel: "Lexicon", yes: "yes", no: "no", comma: ", ", type: "Type", sourceKind: "Source kind",
        attributionKinds: [.direct: "direct", .indirect: "indirect", .mixed: "mixed"],
        sourceKinds: [.person: "person", .organization: "organization", .media: "media", .document: "document", .anonymous: "anonymous", .unknown: "unknown"],
        stances: [.neutral: "neutral", .emphatic: "emphatic", .doubt: "doubt", .concession: "concession", .directive: "directive"],
        noCue: "no cue",
        voices: [.narrator: "outlet’s own words", .quoted: "quoted"],
        severities: [.info: "info", .warning: "warning", .error: "error"],
        languageNames: ["ar": "Arabic", "fa": "Persian", "en": "English", "other": "other", "und": "undetermined"]
    )

    static let arabic = ReportStrings(
        language: "ar", direction: .rightToLeft,
        reportTitle: "تقرير ميزان", contents: "المحتويات", summary: "الملخص", article: "المقال", speakers: "المتحدثون",
        sources: "المصادر", terms: "المصطلحات المشحونة", findings: "الملاحظات", legend: "دليل الألوان", show: "إظهار",
        untitled: "مقال بلا عنوان",
        outlet: "الوسيلة", date: "التاريخ", authors: "الكتّاب", languageLabel: "اللغة", words: "الكلمات", sourceFile: "الملف المصدر",
        link: "المقال الأصلي", detected: "مكتشفة", declared: "معلنة", override: "حدّدها المستخدم",
        outletVoice: "مصطلحات مشحونة بصوت الوسيلة", quotedVoice: "مصطلحات مشحونة في الكلام المنقول",
        perThousand: "لكل 1,000 كلمة",
        termsInWords: { "\($0) مصطلح في \(ReportFormat.integer($1)) كلمة" },
        topCategories: "أبرز الفئات", attributions: "الإسنادات", distinctSpeakers: "المتحدثون المختلفون",
        officialCount: { "\($0) رسمي" }, vagueShare: "مصادر مجهولة أو مبهمة",
        vagueOf: { "\($0) من \($1) إسنادًا" }, stanceMix: "كيف تُقدَّم المصادر",
        noScores: "لم تُحسب المؤشرات لهذا المقال.",
        quotations: "الاقتباسات", cues: "أفعال القول", mentions: "ذكر المتحدثين", loadedTerms: "المصطلحات المشحونة",
        narratorTermLegend: "بصوت الوسيلة: خط عريض مع خلفية", quotedTermLegend: "داخل اقتباس: خط سفلي فقط",
        quotationLegend: "ملوّنة بحسب المتحدث؛ تُظهر الشارة رقم المتحدث ونوع الاقتباس",
        cueLegend: "الفعل أو العبارة التي تقدّم المصدر", mentionLegend: "موضع ذكر المصدر",
        category: "الفئة", weight: "الوزن", voice: "الصوت", saidBy: "القائل", alternative: "بديل محايد",
        noAlternative: "لا يوجد في المعجم", stance: "الموقف", cue: "فعل القول", rule: "القاعدة", confidence: "الثقة",
        unnamedSource: "مصدر غير مسمّى", vague: "مبهم", official: "رسمي", quotation: "اقتباس",
        speakerHint: "استخدم «تمييز» لإبراز اقتباسات متحدث واحد في النص.",
        number: "#", name: "الاسم", kind: "النوع", quotedWords: "كلمات منقولة", quotes: "الاقتباسات", highlight: "تمييز",
        term: "المصطلح", count: "العدد", inText: "في النص", noAttributions: "لم يُعثر على إسنادات.",
        noTerms: "لم يُعثر على مصطلحات مشحونة من المعجم.", noFindings: "لم يُعثر على مشكلات في المدخل.",
        sourceKindsChart: "الإسنادات بحسب نوع المصدر", vagueSources: "مبهمة أو مجهولة", severity: "الدرجة",
        code: "الرمز", message: "الرسالة", place: "الموضع",
        generatedBy: "أُنشئ بواسطة ميزان", caution: "تُرصد المصطلحات المشحونة بمعجم منتقى والاقتباسات بقواعد، وكلاهما يخطئ. الإشارة دعوة إلى القراءة المتأنية، لا حكم.",
        lexiconLabel: "المعجم", yes: "نعم", no: "لا", comma: "، ", type: "النوع", sourceKind: "نوع المصدر",
        attributionKinds: [.direct: "مباشر", .indirect: "غير مباشر", .mixed: "مختلط"],
        sourceKinds: [.person: "شخص", .organization: "مؤسسة", .media: "وسيلة إعلام", .document: "وثيقة", .anonymous: "مجهول", .unknown: "غير معروف"],
        stances: [.neutral: "محايد", .emphatic: "تأكيد", .doubt: "تشكيك", .concession: "اعتراف", .directive: "دعوة"],
        noCue: "بلا فعل قول",
        voices: [.narrator: "صوت الوسيلة", .quoted: "منقول"],
        severities: [.info: "معلومة", .warning: "تحذير", .error: "خطأ"],
        languageNames: ["ar": "العربية", "fa": "الفارسية", "en": "الإنجليزية", "other": "أخرى", "und": "غير محددة"]
    )

    static let persian = ReportStrings(
        language: "fa", direction: .rightToLeft,
        reportTitle: "گزارش میزان", contents: "فهرست", summary: "خلاصه", article: "مقاله", speakers: "گویندگان",
        sources: "منابع", terms: "واژه‌های باردار", findings: "یافته‌ها", legend: "راهنما", show: "نمایش",
        untitled: "مقالهٔ بی‌عنوان",
        outlet: "رسانه", date: "تاریخ", authors: "نویسندگان", languageLabel: "زبان", words: "واژه‌ها", sourceFile: "پروندهٔ منبع",
        link: "مقالهٔ اصلی", detected: "تشخیص‌داده‌شده", declared: "اعلام‌شده", override: "تعیین‌شده توسط کاربر",
        outletVoice: "واژه‌های باردار در صدای رسانه", quotedVoice: "واژه‌های باردار در سخن نقل‌شده",
        perThousand: "در هر 1,000 واژه",
        termsInWords: { "\($0) واژه در \(ReportFormat.integer($1)) واژه" },
        topCategories: "دسته‌های اصلی", attributions: "انتساب‌ها", distinctSpeakers: "گویندگان متمایز",
        officialCount: { "\($0) رسمی" }, vagueShare: "منابع ناشناس یا مبهم",
        vagueOf: { "\($0) از \($1) انتساب" }, stanceMix: "منابع چگونه معرفی می‌شوند",
        noScores: "شاخص‌ها برای این مقاله محاسبه نشد.",
        quotations: "نقل‌قول‌ها", cues: "فعل‌های گفتن", mentions: "نام‌بردن از گویندگان", loadedTerms: "واژه‌های باردار",
        narratorTermLegend: "در صدای رسانه: پررنگ با پس‌زمینه", quotedTermLegend: "درون نقل‌قول: فقط زیرخط",
        quotationLegend: "رنگ هر گوینده جداست؛ برچسب، شمارهٔ گوینده و نوع نقل‌قول را نشان می‌دهد",
        cueLegend: "فعل یا عبارتی که منبع را معرفی می‌کند", mentionLegend: "جایی که از منبع نام برده می‌شود",
        category: "دسته", weight: "وزن", voice: "صدا", saidBy: "گوینده", alternative: "جایگزین خنثی",
        noAlternative: "در واژه‌نامه نیست", stance: "موضع", cue: "فعل گفتن", rule: "قاعده", confidence: "اطمینان",
        unnamedSource: "منبع بی‌نام", vague: "مبهم", official: "رسمی", quotation: "نقل‌قول",
        speakerHint: "با «برجسته‌سازی» نقل‌قول‌های یک گوینده را در متن نشان دهید.",
        number: "#", name: "نام", kind: "نوع", quotedWords: "واژه‌های نقل‌شده", quotes: "نقل‌قول‌ها", highlight: "برجسته‌سازی",
        term: "واژه", count: "تعداد", inText: "در متن", noAttributions: "انتسابی یافت نشد.",
        noTerms: "واژهٔ بارداری از واژه‌نامه یافت نشد.", noFindings: "مشکلی در ورودی یافت نشد.",
        sourceKindsChart: "انتساب‌ها بر اساس نوع منبع", vagueSources: "مبهم یا ناشناس", severity: "شدت",
        code: "کد", message: "پیام", place: "جا",
        generatedBy: "ساخته‌شده با میزان", caution: "واژه‌های باردار با یک واژه‌نامهٔ گزیده و نقل‌قول‌ها با قاعده شناسایی می‌شوند و هر دو خطا دارند. هر نشانه دعوتی به خواندن دقیق است، نه حکم.",
        lexiconLabel: "واژه‌نامه", yes: "بله", no: "خیر", comma: "، ", type: "نوع", sourceKind: "نوع منبع",
        attributionKinds: [.direct: "مستقیم", .indirect: "غیرمستقیم", .mixed: "آمیخته"],
        sourceKinds: [.person: "شخص", .organization: "سازمان", .media: "رسانه", .document: "سند", .anonymous: "ناشناس", .unknown: "نامعلوم"],
        stances: [.neutral: "خنثی", .emphatic: "تأکیدی", .doubt: "تردید", .concession: "اعتراف", .directive: "درخواست"],
        noCue: "بدون فعل گفتن",
        voices: [.narrator: "صدای رسانه", .quoted: "نقل‌شده"],
        severities: [.info: "اطلاع", .warning: "هشدار", .error: "خطا"],
        languageNames: ["ar": "عربی", "fa": "فارسی", "en": "انگلیسی", "other": "دیگر", "und": "نامشخص"]
    )
}
