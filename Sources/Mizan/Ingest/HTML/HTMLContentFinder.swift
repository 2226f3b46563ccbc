/// Finds the article body of a page: readability-style scoring of containers by the paragraphs they hold.
///
/// 1. Each run of paragraph text (a `p`, `pre`, `td`, a `div` holding loose text…) of 25 characters or
///    more scores `1 + commas + min(length / 100, 3)`; its container gets the full score, the next four
///    ancestors a decaying share (½, ⅙, ⅑, 1⁄12).
/// 2. Containers start from a tag score and class/id hints, and are scaled by `1 − link density`.
/// 3. The best container may give way to an ancestor that holds several near-best containers, or a
///    parent that scores better; then its siblings that score well or read like paragraphs join it.
/// 4. Inside the result, headings repeating the title, bylines, author biographies, share bars, the
///    lead-in of a comment section, and boxes that look like boilerplate (link lists, form-heavy or
///    image-only blocks, negative names) are cut.
/// If the text is short, the search is repeated with the filters relaxed one by one, and the longest
/// result kept.
struct HTMLContentFinder {
    struct Passes: Sendable {
        var stripUnlikely: Bool
        var weighClasses: Bool
        var cleanConditionally: Bool
    }

    struct Result {
        /// Top-level nodes of the article, in document order.
        var roots: [Int]
        /// Nodes removed (with their subtrees) from the output.
        var removed: [Bool]
        var lines: [String]
        var length: Int
        var pass: Int
        /// What the pass decided and why, when ``HTMLContentFinder/tracing`` is on.
        var notes: [String] = []
    }

    static let passes: [Passes] = [
        Passes(stripUnlikely: true, weighClasses: true, cleanConditionally: true),
        Passes(stripUnlikely: false, weighClasses: true, cleanConditionally: true),
        Passes(stripUnlikely: false, weighClasses: false, cleanConditionally: true),
        Passes(stripUnlikely: false, weighClasses: false, cleanConditionally: false),
    ]

    /// A result at least this long (in characters) is accepted without trying relaxed passes.
    var acceptLength = 500
    /// Paragraph runs shorter than this are not scored.
    var minimumParagraphLength = 25
    /// Records the decisions of each pass in ``Result/notes`` (for debugging extraction).
    var tracing = false

    let page: HTMLPageView
    let title: String?
    private let titleWords: Set<String>
    private let titleWordCount: Int

    init(page: HTMLPageView, title: String?) {
        self.page = page
        self.title = title
        let words = title.map(HTMLText.words) ?? []
        titleWords = Set(words)
        titleWordCount = words.count
    }

    func find() -> Result? {
        var best: Result?
        for (k, p) in Self.passes.enumerated() {
            guard let r = run(p, index: k) else { continue }
            if r.length >= acceptLength { return r }
            if best == nil || r.length > best!.length { best = r }
        }
        return best
    }

    // MARK: one pass

    func run(_ passes: Passes, index: Int) -> Result? {
        let n = page.count
        var mask = page.alwaysRemoved
        if passes.stripUnlikely {
            for i in 0..<n where page.unlikelyRemoved[i] { mask[i] = true }
        }
        let body = page.body
        if mask[body] { return nil }
        let stats = HTMLSubtreeStats(page: page, mask: mask)
        var scores = scoreParagraphs(mask: mask, weigh: passes.weighClasses)
        for c in scores.candidates {
            scores.score[c] *= 1 - stats.linkDensity(c)
        }
        var notes: [String]? = tracing ? [] : nil
        let top = chooseTop(&scores, mask: mask, weigh: passes.weighClasses)
        let roots = top.map { gatherSiblings(top: $0, scores: scores, stats: stats, mask: mask) } ?? [body]
        if tracing {
            let ranked = scores.candidates.sorted { scores.score[$0] > scores.score[$1] }.prefix(6)
            notes?.append("pass \(index): candidates " + ranked.map { "\(describe($0))=\(Int(scores.score[$0]))" }.joined(separator: ", "))
            notes?.append("top \(top.map(describe) ?? "body"); roots " + roots.map(describe).joined(separator: ", "))
        }
        let removed = clean(roots: roots, topCandidate: top ?? body, mask: mask, stats: stats, scores: scores,
                            passes: passes, notes: &notes)
        var lines = HTMLTextRenderer(page: page).lines(roots: roots, skipping: removed)
        // Date stamps opening or closing the article are metadata, not text.
        for _ in 0..<2 where lines.count > 1 && HTMLText.looksLikeDateline(lines[0]) {
            notes?.append("dropped dateline: \(lines[0])")
            lines.removeFirst()
        }
        for _ in 0..<2 where lines.count > 1 && HTMLText.looksLikeDateline(lines[lines.count - 1]) {
            notes?.append("dropped dateline: \(lines[lines.count - 1])")
            lines.removeLast()
        }
        let length = lines.reduce(0) { $0 + $1.unicodeScalars.count }
        return Result(roots: roots, removed: removed, lines: lines, length: length, pass: index, notes: notes ?? [])
    }

    // MARK: scoring

    struct Scores {
        var score: [Double]
        var isCandidate: [Bool]
        var candidates: [Int] = []
    }

    private func initialScore(_ i: Int, weigh: Bool) -> Double {
        var s = HTMLElementKind.baseScore(page.name(i))
        if weigh { s += Double(page.hints[i].weight) }
        s += Double(page.landmarkWeight[i])
        return s
    }

    private func scoreParagraphs(mask: [Bool], weigh: Bool) -> Scores {
        let n = page.count
        let nodes = page.tree.nodes
        var s = Scores(score: [Double](repeating: 0, count: n), isCandidate: [Bool](repeating: false, count: n))
        // The nearest block ancestor-or-self of each node owns its inline text.
        var owner = [Int](repeating: -1, count: n)
        var runLength = [Int](repeating: 0, count: n)
        var runCommas = [Int](repeating: 0, count: n)
        var afterBreak = [Bool](repeating: false, count: n)
        var hasBlockChild = [Bool](repeating: false, count: n)
        var owners: [Int] = []
        let body = page.body
        let html = page.html ?? -1

        func touch(_ a: Int) {
            if !s.isCandidate[a] {
                s.isCandidate[a] = true
                s.score[a] = initialScore(a, weigh: weigh)
                s.candidates.append(a)
            }
        }

        func finalize(_ o: Int) {
            defer { runLength[o] = 0; runCommas[o] = 0; afterBreak[o] = false }
            guard o >= 0, runLength[o] >= minimumParagraphLength, page.kind[o].contains(.paragraphHolder) else { return }
            let len = runLength[o]
            let points = 1 + Double(runCommas[o]) + Double(min(len / 100, 3))
            var a = hasBlockChild[o] ? o : page.parent[o]
            var level = 0
            while a >= 0 && a != html && level < 5 && page.isElement(a) {
                touch(a)
                let divisor: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                s.score[a] += points / divisor
                level += 1
                a = page.parent[a]
            }
        }

        var i = body
        let stop = page.end[body]
        while i < stop {
            if mask[i] { i = page.end[i]; continue }
            let p = page.parent[i]
            switch nodes[i].kind {
            case .element:
                let k = page.kind[i]
                if k.contains(.block) {
                    // A block inside a block ends the text run before it; that text becomes a paragraph
                    // of its own inside the outer block.
                    if i != body, p >= 0, owner[p] >= 0 {
                        let o = owner[p]
                        hasBlockChild[o] = true
                        finalize(o)
                    }
                    owner[i] = i
                    owners.append(i)
                } else {
                    owner[i] = p >= 0 ? owner[p] : -1
                }
                if k.contains(.lineBreak), owner[i] >= 0 {
                    let o = owner[i]
                    if afterBreak[o] { finalize(o) } else { afterBreak[o] = true }
                }
            case .text:
                let o = p >= 0 ? owner[p] : -1
                if o >= 0 {
                    runLength[o] += page.textLength[i]
                    runCommas[o] += page.textCommas[i]
                    if page.textHasContent[i] { afterBreak[o] = false }
                }
            default:
                break
            }
            i += 1
        }
        for o in owners where runLength[o] > 0 { finalize(o) }
        return s
    }

    /// The best container, moved up when its ancestors hold the article better.
    private func chooseTop(_ s: inout Scores, mask: [Bool], weigh: Bool) -> Int? {
        let body = page.body
        let ranked = s.candidates.sorted { s.score[$0] > s.score[$1] }
        guard var top = ranked.first, top != body, top != page.html else { return nil }
        let topScore = s.score[top]

        func ensureScored(_ a: Int) {
            if !s.isCandidate[a] {
                s.isCandidate[a] = true
                s.score[a] = initialScore(a, weigh: weigh)
                s.candidates.append(a)
            }
        }

        // Several near-best containers under one ancestor: the article is split across them.
        let alternatives = ranked.dropFirst().prefix(4).filter { topScore > 0 && s.score[$0] / topScore >= 0.75 }
        if alternatives.count >= 3 {
            var a = page.parent[top]
            while a >= 0 && a != body {
                let inside = alternatives.filter { $0 > a && $0 < page.end[a] }.count
                if inside >= 3 {
                    top = a
                    ensureScored(a)
                    break
                }
                a = page.parent[a]
            }
        }

        // A parent that scores better than its best child is the better container.
        var a = page.parent[top]
        var last = s.score[top]
        let threshold = last / 3
        while a >= 0 && a != body && a != page.html {
            if !s.isCandidate[a] { a = page.parent[a]; continue }
            let ps = s.score[a]
            if ps < threshold { break }
            if ps > last {
                top = a
                break
            }
            last = ps
            a = page.parent[a]
        }

        // An only child stands for its parent.
        while true {
            let p = page.parent[top]
            guard p >= 0, p != body, p != page.html else { break }
            let elementChildren = page.children(p).filter { !mask[$0] && page.isElement($0) }
            guard elementChildren.count == 1 else { break }
            top = p
            ensureScored(p)
        }
        return top
    }

    /// The top container and those of its siblings that belong to the article.
    private func gatherSiblings(top: Int, scores s: Scores, stats: HTMLSubtreeStats, mask: [Bool]) -> [Int] {
        let p = page.parent[top]
        guard p >= 0 else { return [top] }
        let topScore = s.score[top]
        let threshold = max(10, topScore * 0.2)
        let topClass = page.attribute(top, "class") ?? ""
        var roots: [Int] = []
        for c in page.children(p) where !mask[c] && page.isElement(c) {
            if c == top { roots.append(c); continue }
            var bonus = 0.0
            if !topClass.isEmpty, page.attribute(c, "class") == topClass { bonus = topScore * 0.2 }
            if s.isCandidate[c], s.score[c] + bonus >= threshold {
                roots.append(c)
                continue
            }
            if isParagraphLike(c, mask: mask) {
                let len = stats.text[c]
                let density = stats.linkDensity(c)
                if len > 80 && density < 0.25 {
                    roots.append(c)
                } else if len < 80 && len > 0 && density == 0 && HTMLText.looksLikeSentence(page.text(c, skipping: mask)) {
                    roots.append(c)
                }
            }
        }
        return roots
    }

    /// A `p`, or a container holding only inline content.
    private func isParagraphLike(_ i: Int, mask: [Bool]) -> Bool {
        if page.kind[i].contains(.paragraph) { return true }
        guard page.name(i) == "div" else { return false }
        let e = page.end[i]
        var k = i + 1
        while k < e {
            if mask[k] { k = page.end[k]; continue }
            if page.kind[k].contains(.block) { return false }
            k += 1
        }
        return true
    }

    // MARK: cleaning

    private func clean(roots: [Int], topCandidate: Int, mask: [Bool], stats: HTMLSubtreeStats, scores: Scores,
                       passes: Passes, notes: inout [String]?) -> [Bool] {
        let n = page.count
        var removed = mask
        let nodes = page.tree.nodes

        // Top-down: headings that repeat the title, bylines, share bars.
        var headingsCheckedUntil = 0
        for r in roots {
            var i = r
            let e = page.end[r]
            while i < e {
                if removed[i] { i = page.end[i]; continue }
                guard nodes[i].kind == .element else { i += 1; continue }
                let tag = nodes[i].name
                let h = page.hints[i]
                var cut: String?
                if (tag == "h1" || tag == "h2") && i >= headingsCheckedUntil {
                    // Headings nested in a heading are not read again (that would be quadratic).
                    headingsCheckedUntil = page.end[i]
                    if titleWordCount > 0 && duplicatesTitle(page.text(i, skipping: removed)) { cut = "repeats the title" }
                    if passes.weighClasses && h.weight < 0 { cut = "heading named like furniture" }
                }
                if cut == nil && i != topCandidate && stats.text[i] < 100 && isByline(i) { cut = "byline" }
                if cut == nil && i != topCandidate && h.share && stats.text[i] < 500 { cut = "share bar" }
                if cut == nil && i != topCandidate && h.biography && stats.text[i] < 600 { cut = "author biography" }
                if let cut {
                    notes?.append("cut \(describe(i)): \(cut)")
                    let end = page.end[i]
                    for k in i..<end { removed[k] = true }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        cutCommentLeadIns(roots: roots, topCandidate: topCandidate, stats: stats, removed: &removed, notes: &notes)
        guard passes.cleanConditionally else { return removed }

        // Bottom-up: boxes that look like boilerplate, judged after their own contents were cleaned. A cut
        // box is marked at its root only (its children are already summed) and spread once at the end.
        var cutRoot = [Bool](repeating: false, count: n)
        var text = [Int](repeating: 0, count: n)
        var link = [Int](repeating: 0, count: n)
        var commas = [Int](repeating: 0, count: n)
        var paragraphs = [Int](repeating: 0, count: n)
        var images = [Int](repeating: 0, count: n)
        var items = [Int](repeating: 0, count: n)
        var headingText = [Int](repeating: 0, count: n)
        var listText = [Int](repeating: 0, count: n)
        var blockBelow = [Bool](repeating: false, count: n)

        for r in roots {
            for i in stride(from: page.end[r] - 1, through: r, by: -1) where !removed[i] {
                let k = page.kind[i]
                var t = page.textLength[i], l = 0, c = page.textCommas[i], pc = 0, im = 0, li = 0, ht = 0, lt = 0
                var blocks = false
                for ch in nodes[i].children where !removed[ch] && !cutRoot[ch] {
                    t += text[ch]; l += link[ch]; c += commas[ch]; pc += paragraphs[ch]; im += images[ch]
                    li += items[ch]; ht += headingText[ch]; lt += listText[ch]
                    if blockBelow[ch] || page.kind[ch].contains(.block) { blocks = true }
                }
                blockBelow[i] = blocks
                // A div holding only inline content is a paragraph, whatever its tag.
                let divParagraph = !blocks && nodes[i].name == "div" && t > 0
                if k.contains(.link) {
                    let href = nodes[i].attribute("href") ?? ""
                    l = href.hasPrefix("#") ? Int(Double(t) * 0.3) : t
                }
                if k.contains(.paragraph) || divParagraph { pc += 1 }
                if k.contains(.image) { im += 1 }
                if k.contains(.listItem) { li += 1 }
                if k.contains(.heading) { ht = t }
                if k.contains(.list) { lt = t }
                text[i] = t; link[i] = l; commas[i] = c; paragraphs[i] = pc; images[i] = im; items[i] = li
                headingText[i] = ht; listText[i] = lt

                if divParagraph && i != topCandidate && !page.insideFigure[i] {
                    // A scrap of text in a div of its own ("Most read", "Advertisement") is a label, and
                    // one that is all link is a teaser.
                    let label = t < 25 && im == 0
                    let teaser = t < 200 && Double(l) > 0.9 * Double(t)
                    if label || teaser {
                        cutRoot[i] = true
                        notes?.append("cut \(describe(i)) [\(t) chars]: \(label ? "label" : "link")")
                        continue
                    }
                }
                guard k.contains(.cleanable), !divParagraph, i != topCandidate else { continue }
                if page.insideDataTable[i] || page.insideCode[i] || page.dataTable[i] { continue }
                let weight = passes.weighClasses ? page.hints[i].weight + page.landmarkWeight[i] : page.landmarkWeight[i]
                var cut: String?
                if weight < 0 {
                    cut = "named like furniture"
                } else if c < 10 {
                    let isList = k.contains(.list) || (t > 0 && Double(lt) / Double(t) > 0.9)
                    let density = t > 0 ? Double(l) / Double(t) : 0
                    let headingDensity = t > 0 ? Double(ht) / Double(t) : 0
                    let inputs = page.inputCount[i]
                    let embeds = page.embedCount[i]
                    let inFigure = page.insideFigure[i] || k.contains(.figure)
                    if im > 1 && Double(pc) / Double(im) < 0.5 && !inFigure {
                        cut = "images without text"
                    } else if !isList && li - 100 > pc {
                        cut = "list items without paragraphs"
                    } else if inputs > pc / 3 {
                        cut = "form controls"
                    } else if !isList && headingDensity < 0.9 && t < 25 && (im == 0 || im > 2) && !inFigure {
                        cut = "almost no text"
                    } else if !isList && weight < 25 && density > 0.2 {
                        cut = "links (density \(density))"
                    } else if weight >= 25 && density > 0.5 {
                        cut = "mostly links (density \(density))"
                    } else if (embeds == 1 && t < 75) || embeds > 1 {
                        cut = "embedded media"
                    }
                }
                if let cut {
                    cutRoot[i] = true
                    notes?.append("cut \(describe(i)) [\(t) chars]: \(cut)")
                }
            }
        }
        for i in 0..<n where cutRoot[i] { removed[i] = true }
        return HTMLPageView.propagate(removed, end: page.end)
    }

    /// `tag#id.class` for trace notes.
    func describe(_ i: Int) -> String {
        let node = page.tree.nodes[i]
        var d = node.name
        if let id = node.attribute("id"), !id.isEmpty { d += "#" + id }
        if let c = node.attribute("class"), !c.isEmpty { d += "." + c.split(separator: " ").joined(separator: ".") }
        return d + "@\(i)"
    }

    /// The box right before a comment section is usually its lead-in ("We welcome debate… the views below
    /// are the readers' own"), not the article's last paragraph, when it is a short container unlike the
    /// blocks before it.
    private func cutCommentLeadIns(roots: [Int], topCandidate: Int, stats: HTMLSubtreeStats, removed: inout [Bool],
                                   notes: inout [String]?) {
        let nodes = page.tree.nodes
        var commentBoxes: [Int] = []
        for r in roots {
            var i = r
            let e = page.end[r]
            while i < e {
                if page.hints[i].comments && nodes[i].kind == .element && i != r {
                    commentBoxes.append(i)
                    i = page.end[i]
                } else {
                    i += 1
                }
            }
        }
        // A comment section right after the article's last block.
        if let last = roots.last, page.parent[last] >= 0 {
            let siblings = page.children(page.parent[last])
            if let k = siblings.firstIndex(of: last),
               let next = siblings[(k + 1)...].first(where: { nodes[$0].kind == .element && !page.alwaysRemoved[$0] }),
               page.hints[next].comments {
                commentBoxes.append(next)
            }
        }
        // Element siblings of each comment box's parent, computed once per parent (threads can be long).
        var siblingsOf: [Int: (list: [Int], position: [Int: Int])] = [:]
        for c in commentBoxes {
            let p = page.parent[c]
            guard p >= 0 else { continue }
            if siblingsOf[p] == nil {
                let list = page.children(p).filter { nodes[$0].kind == .element && !page.alwaysRemoved[$0] }
                var position: [Int: Int] = [:]
                for (k, x) in list.enumerated() { position[x] = k }
                siblingsOf[p] = (list, position)
            }
            guard let (siblings, position) = siblingsOf[p], let k = position[c], k > 0 else { continue }
            let s = siblings[k - 1]
            guard !removed[s], s != topCandidate, !(s < topCandidate && topCandidate < page.end[s]),
                  !page.hints[s].comments, page.hints[s].weight <= 0 else { continue }
            let k2 = page.kind[s]
            guard !k2.contains(.paragraph), !k2.contains(.heading), !k2.contains(.listItem),
                  !k2.contains(.preformatted), nodes[s].name != "blockquote" else { continue }
            guard stats.text[s] > 0, stats.text[s] < 800 else { continue }
            if k >= 2 {
                let before = siblings[k - 2]
                if nodes[before].name == nodes[s].name && nodes[before].attribute("class") == nodes[s].attribute("class") {
                    continue
                }
            }
            notes?.append("cut \(describe(s)): lead-in of the comments \(describe(c))")
            for x in s..<page.end[s] { removed[x] = true }
        }
    }

    private func isByline(_ i: Int) -> Bool {
        if page.hints[i].byline { return true }
        let nodes = page.tree.nodes
        if nodes[i].attribute("rel") == "author" { return true }
        if let ip = nodes[i].attribute("itemprop"), ip.lowercased().contains("author") { return true }
        return false
    }

    /// Whether a heading says what the title says (most of its words are the title's).
    func duplicatesTitle(_ heading: String) -> Bool {
        guard titleWordCount > 0 else { return false }
        let words = HTMLText.words(heading)
        guard !words.isEmpty, Double(words.count) >= 0.5 * Double(titleWordCount) else { return false }
        let shared = words.filter { titleWords.contains($0) }.count
        return Double(shared) / Double(words.count) >= 0.75
    }
}
