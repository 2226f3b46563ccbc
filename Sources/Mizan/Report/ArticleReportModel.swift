/// What the article report shows, computed from an ``AnalyzedDocument`` before any HTML is built:
/// categories with their colours and underline styles, speaker numbers and colours, grouped terms and the
/// summary figures. Everything is ordered deterministically.
final class ArticleReportModel {
    /// A lexicon category as the report draws it.
    struct CategoryStyle {
        var id: String
        /// Position among the categories in this report: the CSS class is `k<index>`.
        var index: Int
        var label: String
        var description: String
        var colour: ReportColor
        /// CSS `text-decoration-style`, so that colour is never the only signal.
        var underline: String

        var className: String { "k\(index)" }
    }

    /// One lexicon entry as it occurs in the article.
    struct TermGroup {
        var entry: String
        var category: String
        var weight: Double
        var alternatives: [String]
        /// Surface forms as written in the text, in order of first occurrence.
        var surfaces: [String]
        /// Indices into ``AnalyzedDocument/loadedTerms``.
        var occurrences: [Int]
        var narrator: Int
        var quoted: Int
        var count: Int { occurrences.count }
    }

    static let underlineStyles = ["solid", "double", "dotted", "dashed", "wavy"]

    let document: AnalyzedDocument
    let strings: ReportStrings
    /// The document's language code (`und` when unknown).
    let language: String
    let direction: TextDirection
    let categories: [CategoryStyle]
    private let categoryIndex: [String: Int]
    /// Speaker id → position in ``AnalyzedDocument/speakers`` (the number shown is position + 1).
    private let speakerPosition: [Int: Int]
    let termGroups: [TermGroup]
    /// The lexicon of the document's language, for the footer.
    let lexicon: Lexicon?

    init(document: AnalyzedDocument, lexicons: LexiconSet) {
        self.document = document
        let code = document.language?.code ?? document.metadata.declaredLanguage ?? "und"
        language = code
        strings = ReportStrings.forLanguage(code)
        // The identified language decides, except for languages mizan does not analyse, where the page's
        // own declaration (an HTML `dir`) knows better.
        if ["ar", "fa", "en"].contains(code), let l = document.language {
            direction = l.direction
        } else {
            direction = document.metadata.direction ?? document.language?.direction ?? strings.direction
        }
        lexicon = lexicons.lexicon(for: code)

        // Categories that occur, in the order of the document language's manifest, then the others by id.
        let used = Set(document.loadedTerms.map(\.category))
        var ordered: [LexiconCategory] = []
        var seen: Set<String> = []
        let own = lexicons.lexicon(for: code)
        for c in own?.categories ?? [] where used.contains(c.id) && !seen.contains(c.id) {
            ordered.append(c)
            seen.insert(c.id)
        }
        for id in used.subtracting(seen).sorted() {
            let found = lexicons.lexicons.lazy.compactMap { $0.category(id) }.first
            ordered.append(found ?? LexiconCategory(id: id, label: id, labelNative: id, description: "", color: ReportColor.neutral.hex))
            seen.insert(id)
        }
        let uiLanguage = strings.language
        var styles: [CategoryStyle] = []
        var index: [String: Int] = [:]
        for (i, c) in ordered.enumerated() {
            // The native label is in the lexicon's language; use it when the page is in that language.
            let lexiconLanguage = lexicons.lexicons.first { $0.categories.contains(c) }?.language
            let label = lexiconLanguage == uiLanguage && !c.labelNative.isEmpty ? c.labelNative : c.label
            styles.append(CategoryStyle(id: c.id, index: i, label: label.isEmpty ? c.id : label, description: c.description,
                                        colour: ReportColor(c.color), underline: Self.underlineStyles[i % Self.underlineStyles.count]))
            index[c.id] = i
        }
        categories = styles
        categoryIndex = index

        var position: [Int: Int] = [:]
        for (i, s) in document.speakers.enumerated() where position[s.id] == nil { position[s.id] = i }
        speakerPosition = position

        // Terms grouped by entry and category, strongest first (weight × count), then by entry.
        var groups: [TermGroup] = []
        var groupIndex: [String: Int] = [:]
        for (i, t) in document.loadedTerms.enumerated() {
            let key = t.category + "\u{1F}" + t.entry
            let surface = Self.text(document.text, t.range)
            if let g = groupIndex[key] {
                groups[g].occurrences.append(i)
                if !groups[g].surfaces.contains(surface) { groups[g].surfaces.append(surface) }
                if t.voice == .narrator { groups[g].narrator += 1 } else { groups[g].quoted += 1 }
            } else {
                groupIndex[key] = groups.count
                groups.append(TermGroup(entry: t.entry, category: t.category, weight: t.weight, alternatives: t.alternatives,
                                        surfaces: [surface], occurrences: [i], narrator: t.voice == .narrator ? 1 : 0,
                                        quoted: t.voice == .quoted ? 1 : 0))
            }
        }
        termGroups = groups.sorted {
            let a = $0.weight * Double($0.count), b = $1.weight * Double($1.count)
            if a != b { return a > b }
            if $0.entry != $1.entry { return $0.entry < $1.entry }
            return $0.category < $1.category
        }
    }

    func category(_ id: String) -> CategoryStyle {
        if let i = categoryIndex[id] { return categories[i] }
        return CategoryStyle(id: id, index: 0, label: id, description: "", colour: .neutral, underline: "solid")
    }

    /// 1-based number shown for a speaker, nil when the id is unknown.
    func speakerNumber(_ id: Int?) -> Int? {
        guard let id, let p = speakerPosition[id] else { return nil }
        return p + 1
    }

    func speaker(_ id: Int?) -> Speaker? {
        guard let id, let p = speakerPosition[id] else { return nil }
        return document.speakers[p]
    }

    /// CSS class of a speaker's colour (`s0`…`s7`), `s-none` for no speaker.
    func speakerClass(_ id: Int?) -> String {
        guard let n = speakerNumber(id) else { return "s-none" }
        return "s\((n - 1) % ReportColor.speakers.count)"
    }

    func speakerColour(_ id: Int?) -> ReportColor {
        guard let n = speakerNumber(id) else { return .neutral }
        return ReportColor.speakers[(n - 1) % ReportColor.speakers.count]
    }

    /// Who an attribution is credited to, for people: the canonical name, else the mention, else "unnamed".
    func sourceName(_ a: Attribution) -> String {
        if let c = a.speakerCanonical, !c.isEmpty { return c }
        if let s = a.speaker { return text(s) }
        return strings.unnamedSource
    }

    /// The text of `range` (a fast UTF-8 encoding of the scalars; `DocumentText`'s subscript is general).
    func text(_ range: TextRange) -> String { Self.text(document.text, range) }

    static func text(_ text: DocumentText, _ range: TextRange) -> String {
        let lo = max(0, min(range.start, text.count)), hi = max(lo, min(range.end, text.count))
        var utf8: [UInt8] = []
        utf8.reserveCapacity((hi - lo) * 2)
        for c in text.scalars[lo..<hi] { utf8.appendUTF8(c) }
        return String(decoding: utf8, as: UTF8.self)
    }

    // MARK: Summary figures

    var attributionCount: Int { document.attributions.count }

    var vagueCount: Int { document.attributions.filter { $0.isVague || $0.sourceKind == .anonymous }.count }

    var distinctSpeakerIDs: [Int] { Array(Set(document.attributions.compactMap(\.speakerID))).sorted() }

    var officialSpeakerCount: Int { distinctSpeakerIDs.filter { speaker($0)?.isOfficial == true }.count }

    func count(of kind: Attribution.Kind) -> Int { document.attributions.filter { $0.kind == kind }.count }

    func count(of kind: Attribution.SourceKind) -> Int { document.attributions.filter { $0.sourceKind == kind }.count }

    func count(of stance: Attribution.Stance?) -> Int { document.attributions.filter { $0.cue?.stance == stance }.count }

    /// Categories by number of matches (both voices), most first; ties in category order.
    var categoriesByCount: [(CategoryStyle, Int)] {
        var counts: [String: Int] = [:]
        for t in document.loadedTerms { counts[t.category, default: 0] += 1 }
        return categories.map { ($0, counts[$0.id] ?? 0) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.index < $1.0.index }
    }

    static let stanceColours: [Attribution.Stance: ReportColor] = [
        .neutral: ReportColor(hex: "#8a8f94")!, .emphatic: ReportColor(hex: "#0072b2")!, .doubt: ReportColor(hex: "#d55e00")!,
        .concession: ReportColor(hex: "#cc79a7")!, .directive: ReportColor(hex: "#009e73")!,
    ]
    static let noCueColour = ReportColor(hex: "#d0d3d6")!

    static let sourceKindColours: [Attribution.SourceKind: ReportColor] = [
        .person: ReportColor(hex: "#0072b2")!, .organization: ReportColor(hex: "#009e73")!, .media: ReportColor(hex: "#cc79a7")!,
        .document: ReportColor(hex: "#e69f00")!, .anonymous: ReportColor(hex: "#d55e00")!, .unknown: ReportColor(hex: "#8a8f94")!,
    ]
}
