/// The article text with its marks — quotations, speaker mentions, cues and loaded terms — as properly
/// nested elements, one `<p>` per paragraph.
///
/// Annotations may overlap in any way (a term across a quotation's edge, an attribution inside another's
/// content). Each paragraph is cut at every annotation boundary; each piece is wrapped in the annotations
/// covering it, outermost first (quotations, then mentions, cues, terms; longer before shorter). Between
/// pieces only the elements that end are closed and only the ones that begin are opened, so an annotation
/// that crosses another's edge is split into fragments: the first carries its `id`, the tag and the
/// keyboard focus, every fragment carries its class and tooltip.
struct ArticleTextRenderer {
    struct Mark {
        enum Kind: Int { case quote = 0, mention = 1, cue = 2, term = 3 }
        var kind: Kind
        var range: TextRange
        /// Attribution index (quote, cue), term index (term), speaker id or -1 (mention).
        var index: Int
        /// The attribution a cue belongs to, the speaker id of a mention.
        var owner: Int?
    }

    let model: ArticleReportModel
    let marks: [Mark]
    /// Tooltip of a speaker's mentions, by speaker id (the same for every mention).
    let mentionTips: [Int: String]

    init(model: ArticleReportModel) {
        self.model = model
        let doc = model.document
        var marks: [Mark] = []
        for (i, a) in doc.attributions.enumerated() where !a.content.isEmpty {
            marks.append(Mark(kind: .quote, range: a.content, index: i))
        }
        // Speaker mentions: every mention of a resolved speaker, and attribution speakers left unresolved.
        var mentionRanges: Set<TextRange> = []
        for s in doc.speakers {
            for r in s.mentions where !r.isEmpty && mentionRanges.insert(r).inserted {
                marks.append(Mark(kind: .mention, range: r, index: s.id, owner: s.id))
            }
        }
        for a in doc.attributions {
            if let r = a.speaker, !r.isEmpty, mentionRanges.insert(r).inserted {
                marks.append(Mark(kind: .mention, range: r, index: a.speakerID ?? -1, owner: a.speakerID))
            }
        }
        var cueRanges: Set<TextRange> = []
        for (i, a) in doc.attributions.enumerated() {
            if let c = a.cue, !c.range.isEmpty, cueRanges.insert(c.range).inserted {
                marks.append(Mark(kind: .cue, range: c.range, index: i, owner: i))
            }
        }
        for (i, t) in doc.loadedTerms.enumerated() where !t.range.isEmpty {
            marks.append(Mark(kind: .term, range: t.range, index: i))
        }
        marks.sort(by: Self.outer)
        self.marks = marks
        let s = model.strings
        var tips: [Int: String] = [:]
        for sp in doc.speakers where tips[sp.id] == nil {
            var kind = s.sourceKinds[sp.kind] ?? sp.kind.rawValue
            if sp.isOfficial { kind += s.comma + s.official }
            var tip = [sp.canonical, s.kind + ": " + kind]
            if let latin = sp.latin, !latin.isEmpty, latin != sp.canonical { tip.append(latin) }
            tips[sp.id] = tip.joined(separator: "\n")
        }
        mentionTips = tips
    }

    /// Nesting order: the first of two marks encloses the second.
    static func outer(_ a: Mark, _ b: Mark) -> Bool {
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.range.end != b.range.end { return a.range.end > b.range.end }
        return a.index < b.index
    }

    func render(_ b: HTMLBuilder) {
        let doc = model.document
        let n = doc.text.count
        // Without segmentation (a shallow analysis) the whole text is one paragraph. Ranges are clamped:
        // a document built by hand may carry a range past its text.
        let paragraphs = (doc.paragraphs.isEmpty && n > 0 ? [Paragraph(range: TextRange(0, n))] : doc.paragraphs).map { p -> (Paragraph, Int, Int) in
            let ps = min(max(0, p.range.start), n)
            return (p, ps, min(max(ps, p.range.end), n))
        }
        // Each paragraph's marks, in nesting order: a mark goes to every paragraph it overlaps (paragraphs
        // are in text order, so a binary search finds the first).
        var buckets = [[Int]](repeating: [], count: paragraphs.count)
        for (k, m) in marks.enumerated() {
            var lo = 0, hi = paragraphs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if paragraphs[mid].2 <= m.range.start { lo = mid + 1 } else { hi = mid }
            }
            var p = lo
            while p < paragraphs.count, paragraphs[p].1 < m.range.end {
                if paragraphs[p].2 > m.range.start { buckets[p].append(k) }
                p += 1
            }
        }
        var opened = [Bool](repeating: false, count: marks.count)  // first fragment written
        var wanted: [Int] = [], stack: [Int] = [], cuts: [Int] = []
        for (p, (paragraph, ps, pe)) in paragraphs.enumerated() {
            var attributes: [HTMLBuilder.Attribute] = [("id", "p\(p + 1)")]
            // A short first line is the headline of a plain-text article: set it as one.
            if p == 0, paragraphs.count > 1, doc.wordCount(in: TextRange(ps, pe)) <= 20 { attributes.append(("class", "headline")) }
            if let l = paragraph.language, l.code != model.language, ["ar", "fa", "en"].contains(l.code) {
                attributes.append(("lang", l.code))
                attributes.append(("dir", l.direction.rawValue))
            }
            b.open("p", attributes)
            let here = buckets[p]
            cuts.removeAll(keepingCapacity: true)
            cuts.append(ps)
            cuts.append(pe)
            for k in here {
                cuts.append(max(marks[k].range.start, ps))
                cuts.append(min(marks[k].range.end, pe))
            }
            cuts.sort()
            stack.removeAll(keepingCapacity: true)
            var a = cuts[0]
            for e in cuts.dropFirst() where e > a {
                wanted.removeAll(keepingCapacity: true)
                for k in here where marks[k].range.start <= a && marks[k].range.end >= e { wanted.append(k) }
                var common = 0
                while common < stack.count, common < wanted.count, stack[common] == wanted[common] { common += 1 }
                for _ in common..<stack.count { b.close() }
                stack.removeLast(stack.count - common)
                for k in wanted[common...] {
                    open(k, first: !opened[k], b)
                    opened[k] = true
                    stack.append(k)
                }
                b.text(doc.text.scalars[a..<e])
                a = e
            }
            for _ in stack { b.close() }
            b.close()
        }
    }

    private func open(_ k: Int, first: Bool, _ b: HTMLBuilder) {
        let m = marks[k]
        let s = model.strings
        switch m.kind {
        case .quote:
            let a = model.document.attributions[m.index]
            // `sp<id>` names the speaker for the page's script (highlighting), `s<n>` gives the colour.
            let sp = a.speakerID.map { " sp\($0)" } ?? ""
            b.open("span", [("class", "q q-\(a.kind.rawValue) \(model.speakerClass(a.speakerID))\(sp)\(first ? "" : " cont")"),
                            ("id", first ? "a\(m.index + 1)" : nil)])
            if first { badge(for: a, b) }
        case .mention:
            b.open("span", [("class", "who tip \(model.speakerClass(m.owner))"), ("aria-description", mentionTips[m.owner ?? -1] ?? s.unnamedSource)])
        case .cue:
            let a = model.document.attributions[m.index]
            guard let cue = a.cue else { b.open("span"); return }  // not reached: cue marks come from cues
            let tip = [s.cue + ": " + cue.lemma, s.stance + ": " + (s.stances[cue.stance] ?? cue.stance.rawValue),
                       s.saidBy + ": " + model.sourceName(a)]
            b.open("span", [("class", "cue tip st-\(cue.stance.rawValue)"), ("aria-description", tip.joined(separator: "\n"))])
        case .term:
            let t = model.document.loadedTerms[m.index]
            let c = model.category(t.category)
            var tip = [s.category + ": " + c.label, s.weight + ": " + ReportFormat.decimal(t.weight, 1)]
            if t.voice == .quoted {
                let who = model.speaker(t.speakerID)?.canonical ?? s.unnamedSource
                tip.append(s.voice + ": " + (s.voices[.quoted] ?? "quoted") + " — " + s.saidBy + ": " + who)
            } else {
                tip.append(s.voice + ": " + (s.voices[.narrator] ?? "narrator"))
            }
            tip.append(s.alternative + ": " + (t.alternatives.isEmpty ? s.noAlternative : t.alternatives.joined(separator: " / ")))
            b.open("mark", [("class", "t tip \(c.className) v-\(t.voice.rawValue)\(first ? "" : " cont")"),
                            ("id", first ? "t\(m.index + 1)" : nil), ("tabindex", first ? "0" : nil),
                            ("aria-description", tip.joined(separator: "\n"))])
        }
    }

    /// The tag at the start of a quotation: the speaker's number and the type; a link to the speaker's row
    /// (keyboard-focusable), whose tooltip tells who said it and how.
    private func badge(for a: Attribution, _ b: HTMLBuilder) {
        let s = model.strings
        let number = model.speakerNumber(a.speakerID)
        let type = s.attributionKinds[a.kind] ?? a.kind.rawValue
        var kind = s.sourceKinds[a.sourceKind] ?? a.sourceKind.rawValue
        if model.speaker(a.speakerID)?.isOfficial == true { kind += s.comma + s.official }
        if a.isVague { kind += s.comma + s.vague }
        var tip = [type + " — " + s.quotation, s.saidBy + ": " + model.sourceName(a), s.kind + ": " + kind]
        if let cue = a.cue {
            tip.append(s.cue + ": " + model.text(cue.range) + " (" + (s.stances[cue.stance] ?? cue.stance.rawValue) + ")")
        } else {
            tip.append(s.cue + ": " + s.noCue)
        }
        tip.append(s.confidence + ": " + ReportFormat.decimal(a.confidence, 2) + " · " + s.rule + ": " + a.rule)
        let label = (number.map(String.init) ?? "?") + " · " + type
        let attributes: [HTMLBuilder.Attribute] = [("class", "qtag tip"), ("aria-description", tip.joined(separator: "\n"))]
        if let number {
            b.element("a", attributes + [("href", "#speaker-\(number)")], text: label)
        } else {
            b.element("span", attributes + [("tabindex", "0")], text: label)
        }
    }
}
