import Foundation
import Testing
@testable import Mizan

/// The building blocks of article and corpus reports: tables, bar charts with interval whiskers, stacked
/// bars, small multiples, term lists. Each is rendered into a page and read back.
@Suite struct ReportComponentTests {
    /// Renders `build` into a page and returns the parsed tree (failing on parser problems).
    func render(_ build: (HTMLBuilder) -> Void) -> (HTMLTree, String) {
        let b = HTMLBuilder([("lang", "ar"), ("dir", "rtl")])
        b.element("head") { b.element("meta", [("http-equiv", "Content-Type"), ("content", "text/html; charset=utf-8")]) }
        b.element("body") { build(b) }
        let bytes = b.serialize()
        let problems = ReportSupport.parseProblems(bytes)
        #expect(problems.isEmpty, "\(problems)")
        return (HTMLTree.parse(bytes, encoding: "UTF-8")!, String(decoding: bytes, as: UTF8.self))
    }

    /// Rectangles of charts (not of legend swatches).
    func chartRects(_ tree: HTMLTree) -> [Int] {
        tree.elements(named: "rect").filter { r in tree.ancestors(of: r).contains { tree.nodes[$0].name == "svg" && tree.nodes[$0].attribute("class")?.hasPrefix("chart") == true } }
    }

    func number(_ tree: HTMLTree, _ node: Int, _ attribute: String) -> Double {
        Double(tree.nodes[node].attribute(attribute) ?? "") ?? .nan
    }

    static let bars = [
        BarChart.Bar(label: "الميادين", value: ChartValue(4, interval: 3...5.5), colour: ReportColor(hex: "#0072b2")!),
        BarChart.Bar(label: "العربية", value: ChartValue(2, interval: 1...3), colour: ReportColor(hex: "#d55e00")!),
    ]

    @Test func barChartLeftToRight() {
        let chart = BarChart(id: "c1", title: "Loaded terms per 1,000 words", bars: Self.bars)
        let (tree, _) = render { chart.render($0) }
        let svg = tree.elements(named: "svg")[0]
        #expect(tree.nodes[svg].attribute("role") == "img")
        #expect(tree.nodes[svg].attribute("aria-labelledby") == "c1-title c1-desc")
        #expect(tree.textContent(tree.elements(named: "desc")[0]) == "الميادين: 4.0 (3.0–5.5); العربية: 2.0 (1.0–3.0)")
        let rects = tree.elements(named: "rect")
        // Domain 0…5.5 over the plot [180, 550]: bars start at the label column's edge.
        #expect(number(tree, rects[0], "x") == 180)
        #expect(abs(number(tree, rects[0], "width") - 4 / 5.5 * 370) < 0.01)
        #expect(tree.nodes[rects[0]].attribute("fill") == "#0072b2")
        // One whisker and two caps per bar with an interval.
        #expect(tree.elements(named: "line", class: "whisker").count == 6)
        let firstWhisker = tree.elements(named: "line", class: "whisker")[0]
        #expect(abs(number(tree, firstWhisker, "x1") - (180 + 3 / 5.5 * 370)) < 0.01)
        #expect(abs(number(tree, firstWhisker, "x2") - 550) < 0.01)
        // Each bar has its own tooltip.
        #expect(tree.elements(named: "g", class: "bar").allSatisfy { g in tree.nodes[g].children.contains { tree.nodes[$0].name == "title" } })
    }

    @Test func barChartRightToLeftIsMirrored() {
        let ltr = BarChart(id: "c", title: "t", bars: Self.bars)
        var rtl = ltr
        rtl.direction = .rightToLeft
        let (a, _) = render { ltr.render($0) }
        let (b, _) = render { rtl.render($0) }
        for (ra, rb) in zip(a.elements(named: "rect"), b.elements(named: "rect")) {
            let x = number(a, ra, "x"), w = number(a, ra, "width")
            #expect(abs(number(b, rb, "x") - (640 - x - w)) < 0.01)
        }
        let label = b.elements(named: "text", class: "label")[0]
        #expect(b.nodes[label].attribute("direction") == "rtl")
        #expect(number(b, label, "x") == 640 - 172)
    }

    @Test func barChartWithNegativeValuesDrawsAZeroLine() {
        let chart = BarChart(id: "lo", title: "log-odds", bars: [
            .init(label: "شهيد", value: ChartValue(1.5, interval: 0.5...2), colour: .neutral),
            .init(label: "قتيل", value: ChartValue(-1, interval: -2 ... -0.5), colour: .neutral),
        ])
        #expect(chart.computedDomain == -2...2)
        let (tree, _) = render { chart.render($0) }
        let rects = tree.elements(named: "rect")
        let zero = 180 + 2.0 / 4 * 370
        #expect(abs(number(tree, rects[0], "x") - zero) < 0.01)  // positive: starts at zero
        #expect(abs(number(tree, rects[1], "x") + number(tree, rects[1], "width") - zero) < 0.01)  // negative: ends at zero
        let axis = tree.elements(named: "line", class: "axis")[0]
        #expect(abs(number(tree, axis, "x1") - zero) < 0.01)
        let ticks = tree.elements(named: "text", class: "tick").map { tree.textContent($0) }
        #expect(ticks == ["-2.0", "0.0", "2.0"])
    }

    @Test func stackedBarSplitsTheWhole() {
        let bar = StackedBar(id: "s", title: "Stances", segments: [
            .init(label: "neutral", value: 6, colour: .neutral),
            .init(label: "doubt", value: 2, colour: ReportColor(hex: "#d55e00")!),
            .init(label: "concession", value: 0, colour: .neutral),
        ])
        let (tree, _) = render { bar.render($0) }
        let rects = chartRects(tree)
        #expect(rects.count == 2)  // zero-width segments are left out of the bar…
        #expect(number(tree, rects[0], "width") == 240)
        #expect(number(tree, rects[1], "x") == 240)
        #expect(tree.elements(named: "li").count == 3)  // …but stay in the legend
        #expect(tree.textContent(tree.elements(named: "desc")[0]) == "neutral: 6 (75%); doubt: 2 (25%); concession: 0 (0%)")

        var rtl = bar
        rtl.direction = .rightToLeft
        let (r, _) = render { rtl.render($0) }
        let rr = chartRects(r)
        #expect(number(r, rr[0], "x") == 80)  // the first segment sits at the right end
        #expect(number(r, rr[1], "x") == 0)
    }

    @Test func stackedBarOfNothing() {
        let (tree, _) = render { StackedBar(id: "e", title: "none", segments: [.init(label: "a", value: 0, colour: .neutral)]).render($0) }
        #expect(tree.elements(named: "rect", class: "empty").count == 1)
    }

    @Test func smallMultiplesShareOneScale() {
        let sm = SmallMultiples(id: "m", title: "Loaded terms by month", panels: [
            .init(title: "Al Mayadeen", points: [("2017-01", ChartValue(2)), ("2017-02", ChartValue(4, interval: 3...5))], colour: .neutral),
            .init(title: "Al Arabiya", points: [("2017-01", ChartValue(2)), ("2017-02", ChartValue(1))], colour: .neutral),
        ])
        #expect(sm.sharedMaximum == 5)
        let (tree, _) = render { sm.render($0) }
        let figures = tree.elements(named: "figure")
        #expect(figures.count == 2)
        let heights = tree.elements(named: "rect").map { number(tree, $0, "height") }
        #expect(heights[0] == heights[2])  // the same value is the same height in both panels
        #expect(heights[1] == 2 * heights[0])
        let ticks = tree.elements(named: "text", class: "tick").map { tree.textContent($0) }
        #expect(ticks == ["5.0", "2017-01", "2017-02", "5.0", "2017-01", "2017-02"])
        #expect(tree.textContent(tree.elements(named: "figcaption")[0]) == "Al Mayadeen")
        // Time runs left to right even on a right-to-left page.
        #expect(tree.elements(named: "svg").allSatisfy { tree.nodes[$0].attribute("direction") == "ltr" })
    }

    @Test func tableCells() {
        var table = ReportTable(caption: "المتحدثون", columns: [.init("#", numeric: true), .init("الاسم"), .init("الكلمات", numeric: true, help: "quoted words")])
        table.rows = [[.integer(1), .isolated("Ellen Marsh"), .integer(12_000)], [.integer(2), .link("خالد نصار", fragment: "speaker-2"), .empty]]
        table.rowAttributes = [[("id", "r1")], [("id", "r2")]]
        let (tree, _) = render { table.render($0) }
        #expect(tree.textContent(tree.elements(named: "caption")[0]) == "المتحدثون")
        let headers = tree.elements(named: "th")
        #expect(tree.nodes[headers[0]].attribute("class") == "num")
        #expect(tree.nodes[headers[2]].attribute("title") == "quoted words")
        #expect(tree.nodes[headers[3]].attribute("scope") == nil && tree.nodes[headers[3]].attribute("class") == "num")  // a row header by position
        #expect(tree.textContent(tree.elements(named: "bdi")[0]) == "Ellen Marsh")
        #expect(tree.elements(named: "td").map { tree.textContent($0) } == ["Ellen Marsh", "12,000", "خالد نصار", "—"])
        #expect(tree.nodes[tree.elements(named: "a")[0]].attribute("href") == "#speaker-2")
        #expect(tree.element(id: "r2") != nil)
    }

    @Test func termList() {
        let list = TermList(items: [
            .init(term: "الكيان الصهيوني", count: 3, colour: ReportColor(hex: "#8e44ad")!, note: "تسمية نازعة للشرعية", fragment: "t1"),
            .init(term: "regime", count: 1, colour: .neutral, note: nil, fragment: nil),
        ], label: "Top terms")
        let (tree, _) = render { list.render($0) }
        let items = tree.elements(named: "li")
        #expect(tree.textContent(items[0]).trimmingCharacters(in: .whitespacesAndNewlines) == "الكيان الصهيوني3تسمية نازعة للشرعية")
        #expect(tree.nodes[tree.elements(named: "a")[0]].attribute("href") == "#t1")
        #expect(tree.elements(named: "bdi").count == 2)
    }
}
