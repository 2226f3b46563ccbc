/// The article report: one self-contained HTML page showing what mizan found in an article — who is
/// quoted and how, which loaded terms the outlet uses in its own voice and which it quotes.
///
/// The page is built node by node with libxml2 (``HTMLBuilder``): article text and metadata only ever
/// become text nodes or escaped attribute values. It embeds its stylesheet and script, and a
/// Content-Security-Policy allowing exactly those two (by SHA-256 hash) and nothing external. It works
/// without JavaScript: filters are checkboxes read by CSS, tooltips appear on hover and keyboard focus,
/// speaker rows link to quotations. Output is deterministic: the same document gives the same bytes.
public struct ArticleReport: Sendable {
    public var assets: ReportAssets
    /// The lexicons the document was analysed with (category labels and colours).
    public var lexicons: LexiconSet

    public init(assets: ReportAssets, lexicons: LexiconSet) {
        self.assets = assets
        self.lexicons = lexicons
    }

    /// The page for `document`, UTF-8.
    public func render(_ document: AnalyzedDocument) -> [UInt8] {
        let model = ArticleReportModel(document: document, lexicons: lexicons)
        let css = assets.stylesheet + "\n" + Self.generatedCSS(model)
        let policy = Self.contentSecurityPolicy(style: css, script: assets.script)
        let s = model.strings
        let b = HTMLBuilder([("lang", s.language), ("dir", s.direction.rawValue)])
        b.element("head") {
            // First: libxml2 writes UTF-8 only when it finds this declaration (otherwise numeric entities).
            b.element("meta", [("http-equiv", "Content-Type"), ("content", "text/html; charset=utf-8")])
            b.element("meta", [("http-equiv", "Content-Security-Policy"), ("content", policy)])
            b.element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            b.element("meta", [("name", "referrer"), ("content", "no-referrer")])
            b.element("meta", [("name", "generator"), ("content", "mizan " + MizanVersion.string)])
            b.element("title") { b.plainText(Self.headline(model) + " — " + s.reportTitle) }
            b.element("style") { b.rawText(css) }
        }
        b.element("body") {
            masthead(model, b)
            navigation(model, b)
            b.element("main") {
                summary(model, b)
                article(model, b)
                speakers(model, b)
                sources(model, b)
                terms(model, b)
                findings(model, b)
            }
            footer(model, b)
            b.element("script") { b.rawText(assets.script) }
        }
        // About 100 bytes of markup per word (tooltips, tables), plus the stylesheet.
        return b.serialize(capacity: css.utf8.count + assets.script.utf8.count + 32_768 + document.text.count * 24)
    }

    /// Renders `document` and writes the page to `path` atomically (a temporary file renamed over it).
    public func write(_ document: AnalyzedDocument, to path: String) throws {
        try AtomicFileWriter.write(render(document), to: path)
    }

    /// The policy: nothing may load or run except the page's own style and script, named by hash.
    static func contentSecurityPolicy(style: String, script: String) -> String {
        "default-src 'none'; style-src \(SHA256.cspSource(style)); script-src \(SHA256.cspSource(script)); "
            + "img-src data:; base-uri 'none'; form-action 'none'"
    }

    /// Colours, underline styles and filter rules of the categories in this report.
    static func generatedCSS(_ model: ArticleReportModel) -> String {
        var css = "/* categories of this report */\n"
        for c in model.categories {
            css += ".\(c.className){--k:\(c.colour.hex);--u:\(c.underline)}\n"
            css += "body:has(#show-\(c.className):not(:checked)) mark.\(c.className){--k:transparent;--w:inherit}\n"
        }
        return css
    }

    static func headline(_ model: ArticleReportModel) -> String {
        if let t = model.document.metadata.title, !t.isEmpty { return t }
        return model.document.metadata.id
    }

    // MARK: Header

    private func masthead(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        let m = model.document.metadata
        b.element("header", [("class", "masthead")]) {
            b.element("p", [("class", "kicker")], text: s.reportTitle)
            b.element("h1") { b.element("bdi", text: Self.headline(model)) }
            b.element("dl", [("class", "meta")]) {
                func item(_ label: String, _ body: () -> Void) {
                    b.element("div") {
                        b.element("dt", text: label)
                        b.element("dd", [], body)
                    }
                }
                if let o = m.outlet, !o.isEmpty { item(s.outlet) { b.element("bdi", text: o) } }
                if let d = m.date, !d.isEmpty { item(s.date) { b.element("bdi", text: d) } }
                if !m.authors.isEmpty {
                    item(s.authors) {
                        for (i, a) in m.authors.enumerated() {
                            if i > 0 { b.text(s.comma) }
                            b.element("bdi", text: a)
                        }
                    }
                }
                item(s.languageLabel) {
                    var text = s.languageName(model.language)
                    if let l = model.document.language {
                        let how: String
                        switch l.method {
                        case "declared": how = s.declared
                        case "override": how = s.override
                        default: how = s.detected
                        }
                        text += " (" + how + (l.method == "detected" ? s.comma + ReportFormat.percent(l.confidence) : "") + ")"
                    }
                    b.text(text)
                }
                item(s.words) { b.text(ReportFormat.integer(model.document.wordCount())) }
                if let url = m.url, !url.isEmpty {
                    item(s.link) {
                        if ReportText.isSafeLink(url) {
                            b.element("a", [("href", url), ("rel", "noopener noreferrer external")]) { b.element("bdi", [("dir", "ltr")], text: url) }
                        } else {
                            // Not an http(s) URL (javascript:, data:, a relative path…): shown, never linked.
                            b.element("bdi", [("class", "unlinked"), ("dir", "ltr")], text: url)
                        }
                    }
                }
                if let source = m.source, !source.isEmpty { item(s.sourceFile) { b.element("bdi", [("class", "path"), ("dir", "ltr")], text: source) } }
            }
        }
    }

    private func navigation(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        b.element("nav", [("class", "toc"), ("aria-label", s.contents)]) {
            b.element("ul") {
                for (id, label) in [("summary", s.summary), ("article", s.article), ("speakers", s.speakers), ("sources", s.sources),
                                    ("terms", s.terms), ("findings", s.findings)] {
                    b.element("li") { b.element("a", [("href", "#" + id)], text: label) }
                }
            }
        }
    }

    private func section(_ id: String, _ title: String, _ b: HTMLBuilder, _ body: () -> Void) {
        b.element("section", [("id", id), ("aria-labelledby", "h-" + id)]) {
            b.element("h2", [("id", "h-" + id)], text: title)
            body()
        }
    }

    // MARK: Summary cards

    private func summary(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        section("summary", s.summary, b) {
            b.element("div", [("class", "cards")]) {
                let scores = model.document.scores
                densityCard(s.outletVoice, scores?.narrator, model, b, className: "card density narrator")
                densityCard(s.quotedVoice, scores?.quoted, model, b, className: "card density quoted")
                card(s.topCategories, b, className: "card categories") {
                    let top = model.categoriesByCount.prefix(3).filter { $0.1 > 0 }
                    if top.isEmpty {
                        b.element("p", [("class", "figure")], text: "—")
                    } else {
                        TermList(items: top.map { TermList.Item(term: $0.0.label, count: $0.1, colour: $0.0.colour, note: nil, fragment: nil) },
                                 label: s.topCategories).render(b)
                    }
                }
                card(s.attributions, b) {
                    b.element("p", [("class", "figure")], text: ReportFormat.integer(model.attributionCount))
                    let parts = Attribution.Kind.allCases.map { "\(model.count(of: $0)) \(s.attributionKinds[$0] ?? $0.rawValue)" }
                    b.element("p", [("class", "detail")], text: parts.joined(separator: " · "))
                }
                card(s.distinctSpeakers, b) {
                    b.element("p", [("class", "figure")], text: ReportFormat.integer(model.distinctSpeakerIDs.count))
                    b.element("p", [("class", "detail")], text: s.officialCount(model.officialSpeakerCount))
                }
                card(s.vagueShare, b) {
                    let n = model.attributionCount
                    b.element("p", [("class", "figure")], text: n > 0 ? ReportFormat.percent(Double(model.vagueCount) / Double(n)) : "—")
                    b.element("p", [("class", "detail")], text: s.vagueOf(model.vagueCount, n))
                }
                card(s.stanceMix, b, className: "card wide") {
                    var segments = Attribution.Stance.allCases.map {
                        StackedBar.Segment(label: s.stances[$0] ?? $0.rawValue, value: Double(model.count(of: $0)),
                                           colour: ArticleReportModel.stanceColours[$0] ?? .neutral)
                    }
                    segments.append(StackedBar.Segment(label: s.noCue, value: Double(model.count(of: nil)), colour: ArticleReportModel.noCueColour))
                    StackedBar(id: "chart-stances", title: s.stanceMix, segments: segments, direction: s.direction).render(b)
                }
            }
        }
    }

    private func card(_ title: String, _ b: HTMLBuilder, className: String = "card", _ body: () -> Void) {
        b.element("div", [("class", className)]) {
            b.element("h3", text: title)
            body()
        }
    }

    private func densityCard(_ title: String, _ voice: ArticleScores.VoiceScores?, _ model: ArticleReportModel, _ b: HTMLBuilder, className: String) {
        let s = model.strings
        card(title, b, className: className) {
            guard let voice else {
                b.element("p", [("class", "figure")], text: "—")
                b.element("p", [("class", "detail")], text: s.noScores)
                return
            }
            b.element("p", [("class", "figure")]) {
                b.text(voice.overall.perThousandWords.map { ReportFormat.decimal($0, 1) } ?? "—")
                b.text(" ")
                b.element("span", [("class", "unit")], text: s.perThousand)
            }
            b.element("p", [("class", "detail")], text: s.termsInWords(voice.overall.matches, voice.words))
        }
    }

    // MARK: Article text

    private func article(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        section("article", s.article, b) {
            b.element("div", [("class", "key")]) {
                b.element("fieldset", [("class", "filters")]) {
                    b.element("legend", text: s.show)
                    func toggle(_ id: String, _ sample: () -> Void, _ explanation: String) {
                        b.element("div", [("class", "filter")]) {
                            b.element("input", [("type", "checkbox"), ("id", id), ("checked", "checked")])
                            b.element("label", [("for", id)], sample)
                            b.element("span", [("class", "explain")], text: explanation)
                        }
                    }
                    toggle("show-quotes", { b.element("span", [("class", "q q-direct s0 sample")], text: s.quotations) }, s.quotationLegend)
                    toggle("show-cues", { b.element("span", [("class", "cue sample")], text: s.cues) }, s.cueLegend)
                    toggle("show-mentions", { b.element("span", [("class", "who s1 sample")], text: s.mentions) }, s.mentionLegend)
                    toggle("show-terms", {
                        b.element("mark", [("class", "t v-narrator sample neutral")], text: s.loadedTerms)
                    }, s.narratorTermLegend + " · " + s.quotedTermLegend)
                }
                if !model.categories.isEmpty {
                    b.element("fieldset", [("class", "filters categories")]) {
                        b.element("legend", text: s.loadedTerms)
                        for c in model.categories {
                            b.element("div", [("class", "filter")]) {
                                b.element("input", [("type", "checkbox"), ("id", "show-" + c.className), ("checked", "checked")])
                                b.element("label", [("for", "show-" + c.className), ("title", c.description.isEmpty ? nil : c.description)]) {
                                    b.element("mark", [("class", "t v-narrator sample \(c.className)")], text: c.label)
                                }
                            }
                        }
                    }
                }
            }
            var attributes: [HTMLBuilder.Attribute] = [("class", "article-text"), ("dir", model.direction.rawValue)]
            if ["ar", "fa", "en"].contains(model.language) { attributes.append(("lang", model.language)) }
            b.element("div", attributes) {
                ArticleTextRenderer(model: model).render(b)
            }
        }
    }

    // MARK: Panels

    private func speakers(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        let doc = model.document
        section("speakers", s.speakers, b) {
            guard !doc.speakers.isEmpty else {
                b.element("p", [("class", "empty")], text: s.noAttributions)
                return
            }
            b.element("p", [("class", "hint js-only")], text: s.speakerHint)
            var table = ReportTable(columns: [
                .init(s.number, numeric: true), .init(s.name), .init(s.kind), .init(s.attributions, numeric: true),
                .init(s.quotedWords, numeric: true), .init(s.quotes, cellClass: "jumps"),
            ])
            for (i, sp) in doc.speakers.enumerated() {
                let number = i + 1
                let quotes = doc.attributions.indices.filter { doc.attributions[$0].speakerID == sp.id }
                var kind = s.sourceKinds[sp.kind] ?? sp.kind.rawValue
                if sp.isOfficial { kind += s.comma + s.official }
                table.rows.append([
                    .custom { b in
                        b.element("span", [("class", "dot " + model.speakerClass(sp.id))])
                        b.text(" \(number)")
                    },
                    .custom { b in
                        b.element("bdi", [("class", "name")], text: sp.canonical)
                        if let latin = sp.latin, !latin.isEmpty, latin != sp.canonical {
                            b.text(" ")
                            b.element("span", [("class", "latin"), ("lang", "und-Latn"), ("dir", "ltr")], text: latin)
                        }
                        b.text(" ")
                        b.element("button", [("type", "button"), ("class", "js-only highlight"), ("data-speaker", String(sp.id)),
                                             ("aria-pressed", "false")], text: s.highlight)
                    },
                    .text(kind),
                    .integer(sp.attributions),
                    .integer(sp.quotedWords),
                    .custom { b in
                        for (k, q) in quotes.enumerated() {
                            if k > 0 { b.text(" ") }
                            b.element("a", [("href", "#a\(q + 1)")], text: "\(q + 1)")
                        }
                    },
                ])
                table.rowAttributes.append([("id", "speaker-\(number)"), ("class", model.speakerClass(sp.id))])
            }
            table.render(b)
        }
    }

    private func sources(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        let doc = model.document
        section("sources", s.sources, b) {
            guard !doc.attributions.isEmpty else {
                b.element("p", [("class", "empty")], text: s.noAttributions)
                return
            }
            b.element("figure", [("class", "chart-figure")]) {
                let bars = Attribution.SourceKind.allCases.map {
                    BarChart.Bar(label: s.sourceKinds[$0] ?? $0.rawValue, value: ChartValue(Double(model.count(of: $0))),
                                 colour: ArticleReportModel.sourceKindColours[$0] ?? .neutral)
                } + [BarChart.Bar(label: s.vagueSources, value: ChartValue(Double(model.vagueCount)),
                                  colour: ArticleReportModel.sourceKindColours[.anonymous] ?? .neutral)]
                BarChart(id: "chart-source-kinds", title: s.sourceKindsChart, bars: bars, direction: s.direction,
                         format: { ReportFormat.decimal($0, 0) }).render(b)
                b.element("figcaption", text: s.sourceKindsChart + " — " + s.vagueOf(model.vagueCount, doc.attributions.count))
            }
            var table = ReportTable(columns: [
                .init(s.number, numeric: true), .init(s.type), .init(s.saidBy), .init(s.sourceKind), .init(s.cue),
            ])
            for (i, a) in doc.attributions.enumerated() {
                var kind = s.sourceKinds[a.sourceKind] ?? a.sourceKind.rawValue
                if a.isVague { kind += s.comma + s.vague }
                table.rows.append([
                    .link("\(i + 1)", fragment: "a\(i + 1)"),
                    .text(s.attributionKinds[a.kind] ?? a.kind.rawValue),
                    .custom { b in
                        if let n = model.speakerNumber(a.speakerID) {
                            b.element("a", [("href", "#speaker-\(n)")]) { b.element("bdi", text: model.sourceName(a)) }
                        } else {
                            b.element("bdi", text: model.sourceName(a))
                        }
                    },
                    .text(kind),
                    a.cue.map { cue in
                        .custom { b in
                            b.element("bdi", text: model.text(cue.range))
                            b.text(" (" + (s.stances[cue.stance] ?? cue.stance.rawValue) + ")")
                        }
                    } ?? .text(s.noCue),
                ])
            }
            table.render(b)
        }
    }

    private func terms(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        section("terms", s.terms, b) {
            guard !model.termGroups.isEmpty else {
                b.element("p", [("class", "empty")], text: s.noTerms)
                return
            }
            var table = ReportTable(columns: [
                .init(s.term), .init(s.category), .init(s.voice), .init(s.count, numeric: true), .init(s.weight, numeric: true),
                .init(s.alternative), .init(s.inText, cellClass: "jumps"),
            ])
            for g in model.termGroups {
                let c = model.category(g.category)
                var voices: [String] = []
                if g.narrator > 0 { voices.append("\(s.voices[.narrator] ?? "narrator") \(g.narrator)") }
                if g.quoted > 0 { voices.append("\(s.voices[.quoted] ?? "quoted") \(g.quoted)") }
                table.rows.append([
                    .custom { b in
                        b.element("bdi", [("class", "term")], text: g.surfaces.first ?? g.entry)
                        let others = g.surfaces.dropFirst()
                        if !others.isEmpty {
                            b.text(" ")
                            b.element("span", [("class", "forms")]) {
                                for (k, f) in others.enumerated() {
                                    if k > 0 { b.text(" · ") }
                                    b.element("bdi", text: f)
                                }
                            }
                        }
                    },
                    .custom { b in
                        b.element("mark", [("class", "t v-quoted sample \(c.className)")], text: c.label)
                    },
                    .text(voices.joined(separator: " · ")),
                    .integer(g.count),
                    .number(ReportFormat.decimal(g.weight, 1)),
                    g.alternatives.isEmpty ? .text("—") : .custom { b in
                        for (k, alt) in g.alternatives.enumerated() {
                            if k > 0 { b.text(" / ") }
                            b.element("bdi", text: alt)
                        }
                    },
                    .custom { b in
                        for (k, i) in g.occurrences.enumerated() {
                            if k > 0 { b.text(" ") }
                            let voice = model.document.loadedTerms[i].voice
                            // Bold: the outlet's own voice (the voice column gives the counts).
                            b.element("a", [("href", "#t\(i + 1)"), ("class", voice == .narrator ? "v-narrator" : nil)], text: "\(i + 1)")
                        }
                    },
                ])
            }
            table.render(b)
        }
    }

    private func findings(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        let doc = model.document
        section("findings", s.findings, b) {
            guard !doc.findings.isEmpty else {
                b.element("p", [("class", "empty")], text: s.noFindings)
                return
            }
            var table = ReportTable(columns: [.init(s.severity), .init(s.code), .init(s.message), .init(s.place)])
            for f in doc.findings {
                table.rows.append([
                    .custom { b in b.element("span", [("class", "severity \(f.severity.rawValue)")], text: s.severities[f.severity] ?? f.severity.rawValue) },
                    .custom { b in b.element("code", text: f.code) },
                    .text(f.message),
                    .custom { b in
                        if let r = f.range {
                            b.element("bdi", [("class", "excerpt")], text: BarChart.truncated(model.text(r), 80))
                        } else if let o = f.byteOffset {
                            b.text("byte \(ReportFormat.integer(o))")
                        } else {
                            b.text("—")
                        }
                    },
                ])
            }
            table.render(b)
        }
    }

    private func footer(_ model: ArticleReportModel, _ b: HTMLBuilder) {
        let s = model.strings
        b.element("footer", [("class", "colophon")]) {
            b.element("p", [("class", "caution")], text: s.caution)
            b.element("p") {
                b.text(s.generatedBy + " " + MizanVersion.string)
                if let l = model.lexicon {
                    b.text(" · " + s.lexiconLabel + ": ")
                    b.element("bdi", text: l.name.isEmpty ? l.language : l.name)
                    if !l.version.isEmpty { b.text(" " + l.version) }
                }
            }
        }
    }
}
