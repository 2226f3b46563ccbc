/// SVG charts for reports, drawn with the same ``HTMLBuilder`` as the page (no markup strings): bar charts
/// with confidence-interval whiskers, stacked bars, and small multiples over time.
///
/// Every chart is an `<svg role="img">` with a `<title>` and a `<desc>` listing its values, so screen
/// readers and text-only readers get the numbers; each mark carries its own `<title>` (a tooltip).
/// Right-to-left charts are mirrored: labels on the right, bars growing leftwards. Coordinates are
/// rounded to two decimals, so output is deterministic.

/// A value with an optional confidence interval.
struct ChartValue: Hashable {
    var value: Double
    /// Lower and upper bound (e.g. a 95% bootstrap interval); nil when none.
    var interval: ClosedRange<Double>?

    init(_ value: Double, interval: ClosedRange<Double>? = nil) {
        self.value = value
        self.interval = interval
    }
}

/// Horizontal bars, one per category, optionally with interval whiskers; values may be negative (a
/// zero line is drawn), e.g. log-odds of an outlet's term use against the rest.
struct BarChart {
    struct Bar {
        var label: String
        var value: ChartValue
        var colour: ReportColor
        /// Written after the bar; default: the formatted value.
        var valueLabel: String?
    }

    /// Unique within the page: ids of the chart's title and description derive from it.
    var id: String
    var title: String
    var bars: [Bar]
    var direction: TextDirection = .leftToRight
    /// Formats values for labels and descriptions.
    var format: (Double) -> String = { ReportFormat.decimal($0, 1) }
    /// Fixed value domain; default: from the bars (always including 0).
    var domain: ClosedRange<Double>?
    var width = 640.0
    var labelWidth = 180.0
    var valueWidth = 90.0
    var rowHeight = 26.0
    var barHeight = 16.0

    var computedDomain: ClosedRange<Double> {
        if let domain { return domain }
        var lo = 0.0, hi = 0.0
        for b in bars {
            lo = min(lo, b.value.value, b.value.interval?.lowerBound ?? 0)
            hi = max(hi, b.value.value, b.value.interval?.upperBound ?? 0)
        }
        if hi - lo <= 0 { hi = lo + 1 }
        return lo...hi
    }

    func render(_ b: HTMLBuilder) {
        let rtl = direction == .rightToLeft
        let domain = computedDomain
        let axis = 18.0
        let height = Double(bars.count) * rowHeight + axis + 4
        let plot0 = labelWidth, plot1 = width - valueWidth
        func x(_ v: Double) -> Double {
            let clamped = min(max(v, domain.lowerBound), domain.upperBound)
            return plot0 + (clamped - domain.lowerBound) / (domain.upperBound - domain.lowerBound) * (plot1 - plot0)
        }
        func m(_ x: Double) -> Double { rtl ? width - x : x }
        let c = ReportFormat.coordinate
        let dir = direction.rawValue
        ChartFrame.open(b, id: id, title: title, description: bars.map { describe($0) }.joined(separator: "; "),
                        width: width, height: height, className: "chart bar-chart")
        let zero = x(0)
        for (i, bar) in bars.enumerated() {
            let top = 2 + Double(i) * rowHeight
            let cy = top + barHeight / 2
            b.element("g", [("class", "bar")]) {
                b.element("title") { b.plainText(describe(bar)) }
                let a = min(zero, x(bar.value.value)), e = max(zero, x(bar.value.value))
                let left = rtl ? width - e : a
                b.element("rect", [("x", c(left)), ("y", c(top)), ("width", c(max(e - a, bar.value.value == 0 ? 0 : 1))),
                                   ("height", c(barHeight)), ("rx", "2"), ("fill", bar.colour.hex)])
                var labelAt = max(e, zero)
                if let ci = bar.value.interval {
                    let l = m(x(ci.lowerBound)), h = m(x(ci.upperBound))
                    b.element("line", [("class", "whisker"), ("x1", c(l)), ("x2", c(h)), ("y1", c(cy)), ("y2", c(cy))])
                    for end in [l, h] {
                        b.element("line", [("class", "whisker"), ("x1", c(end)), ("x2", c(end)), ("y1", c(cy - 5)), ("y2", c(cy + 5))])
                    }
                    labelAt = max(labelAt, x(ci.upperBound))
                }
                b.element("text", [("class", "label"), ("x", c(m(labelWidth - 8))), ("y", c(cy + 4)), ("text-anchor", "end"), ("direction", dir)]) {
                    b.plainText(Self.truncated(bar.label, 26))
                }
                b.element("text", [("class", "value"), ("x", c(m(labelAt + 5))), ("y", c(cy + 4)), ("text-anchor", "start"), ("direction", dir)]) {
                    b.plainText(bar.valueLabel ?? format(bar.value.value))
                }
            }
        }
        // Axis: the zero line (or baseline) and the ends of the domain.
        let bottom = Double(bars.count) * rowHeight
        b.element("line", [("class", "axis"), ("x1", c(m(zero))), ("x2", c(m(zero))), ("y1", "0"), ("y2", c(bottom))])
        b.element("line", [("class", "axis"), ("x1", c(m(plot0))), ("x2", c(m(plot1))), ("y1", c(bottom)), ("y2", c(bottom))])
        for v in Set([domain.lowerBound, 0, domain.upperBound]).sorted() {
            b.element("text", [("class", "tick"), ("x", c(m(x(v)))), ("y", c(bottom + 14)), ("text-anchor", "middle")]) {
                b.plainText(format(v))
            }
        }
        ChartFrame.close(b)
    }

    private func describe(_ bar: Bar) -> String {
        var s = bar.label + ": " + (bar.valueLabel ?? format(bar.value.value))
        if let ci = bar.value.interval { s += " (" + format(ci.lowerBound) + "–" + format(ci.upperBound) + ")" }
        return s
    }

    static func truncated(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}

/// One bar divided into parts of a whole (a mix: cue stances, source kinds, an outlet's categories),
/// followed by a legend with the counts.
struct StackedBar {
    struct Segment {
        var label: String
        var value: Double
        var colour: ReportColor
    }

    var id: String
    var title: String
    var segments: [Segment]
    var direction: TextDirection = .leftToRight
    var format: (Double) -> String = { ReportFormat.decimal($0, 0) }
    var width = 320.0
    var height = 18.0
    var showsLegend = true

    func render(_ b: HTMLBuilder) {
        let total = segments.reduce(0) { $0 + max(0, $1.value) }
        let c = ReportFormat.coordinate
        let parts = segments.map { s -> String in
            let share = total > 0 ? " (" + ReportFormat.percent(max(0, s.value) / total) + ")" : ""
            return s.label + ": " + format(s.value) + share
        }
        ChartFrame.open(b, id: id, title: title, description: parts.joined(separator: "; "), width: width, height: height,
                        className: "chart stacked-bar")
        if total <= 0 {
            b.element("rect", [("class", "empty"), ("width", c(width)), ("height", c(height)), ("rx", "3")])
        } else {
            var at = 0.0
            for (i, s) in segments.enumerated() where s.value > 0 {
                let w = s.value / total * width
                let x = direction == .rightToLeft ? width - at - w : at
                b.element("rect", [("x", c(x)), ("y", "0"), ("width", c(w)), ("height", c(height)), ("fill", s.colour.hex)]) {
                    b.element("title") { b.plainText(parts[i]) }
                }
                at += w
            }
        }
        ChartFrame.close(b)
        if showsLegend {
            b.element("ul", [("class", "legend")]) {
                for s in segments {
                    b.element("li") {
                        Swatch.render(s.colour, b)
                        b.text(s.label + " ")
                        b.element("span", [("class", "count")], text: format(s.value))
                    }
                }
            }
        }
    }
}

/// A grid of small column charts sharing one vertical scale: one panel per series (an outlet, a category),
/// one column per period (month, year), with optional interval whiskers. Time runs left to right in
/// every page direction.
struct SmallMultiples {
    struct Panel {
        var title: String
        var points: [(period: String, value: ChartValue)]
        var colour: ReportColor
    }

    var id: String
    var title: String
    var panels: [Panel]
    var format: (Double) -> String = { ReportFormat.decimal($0, 1) }
    var panelWidth = 200.0
    var panelHeight = 96.0

    /// The shared maximum of all values and upper bounds (at least a small positive number).
    var sharedMaximum: Double {
        var hi = 0.0
        for p in panels { for (_, v) in p.points { hi = max(hi, v.value, v.interval?.upperBound ?? 0) } }
        return hi > 0 ? hi : 1
    }

    func render(_ b: HTMLBuilder) {
        let hi = sharedMaximum
        let c = ReportFormat.coordinate
        b.element("div", [("class", "small-multiples"), ("role", "group"), ("aria-label", title)]) {
            for (k, panel) in panels.enumerated() {
                b.element("figure", [("class", "multiple")]) {
                    b.element("figcaption") { b.element("bdi", text: panel.title) }
                    let top = 12.0, bottom = 16.0
                    let plotH = panelHeight - top - bottom
                    let n = max(panel.points.count, 1)
                    let slot = panelWidth / Double(n)
                    let desc = panel.points.map { p -> String in
                        var s = p.period + ": " + format(p.value.value)
                        if let ci = p.value.interval { s += " (" + format(ci.lowerBound) + "–" + format(ci.upperBound) + ")" }
                        return s
                    }.joined(separator: "; ")
                    ChartFrame.open(b, id: "\(id)-\(k)", title: panel.title, description: desc, width: panelWidth, height: panelHeight,
                                    className: "chart multiple-chart", direction: .leftToRight)
                    func y(_ v: Double) -> Double { top + plotH - min(max(v, 0), hi) / hi * plotH }
                    b.element("line", [("class", "axis"), ("x1", "0"), ("x2", c(panelWidth)), ("y1", c(top + plotH)), ("y2", c(top + plotH))])
                    b.element("text", [("class", "tick"), ("x", "0"), ("y", "9"), ("text-anchor", "start")]) { b.plainText(format(hi)) }
                    for (i, p) in panel.points.enumerated() {
                        let x0 = Double(i) * slot + slot * 0.15, w = slot * 0.7
                        b.element("g", [("class", "column")]) {
                            b.element("title") { b.plainText(p.period + ": " + format(p.value.value)) }
                            b.element("rect", [("x", c(x0)), ("y", c(y(p.value.value))), ("width", c(w)),
                                               ("height", c(top + plotH - y(p.value.value))), ("fill", panel.colour.hex)])
                            if let ci = p.value.interval {
                                let cx = x0 + w / 2
                                b.element("line", [("class", "whisker"), ("x1", c(cx)), ("x2", c(cx)), ("y1", c(y(ci.lowerBound))), ("y2", c(y(ci.upperBound)))])
                                for v in [ci.lowerBound, ci.upperBound] {
                                    b.element("line", [("class", "whisker"), ("x1", c(cx - 3)), ("x2", c(cx + 3)), ("y1", c(y(v))), ("y2", c(y(v)))])
                                }
                            }
                        }
                    }
                    if let first = panel.points.first {
                        b.element("text", [("class", "tick"), ("x", "0"), ("y", c(panelHeight - 3)), ("text-anchor", "start")]) { b.plainText(first.period) }
                    }
                    if panel.points.count > 1, let last = panel.points.last {
                        b.element("text", [("class", "tick"), ("x", c(panelWidth)), ("y", c(panelHeight - 3)), ("text-anchor", "end")]) { b.plainText(last.period) }
                    }
                    ChartFrame.close(b)
                }
            }
        }
    }
}

/// The `<svg>` element every chart opens: size, accessible title and description.
enum ChartFrame {
    static func open(_ b: HTMLBuilder, id: String, title: String, description: String, width: Double, height: Double,
                     className: String, direction: TextDirection? = nil) {
        let c = ReportFormat.coordinate
        b.open("svg", [("class", className), ("id", id), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
                       ("width", c(width)), ("height", c(height)), ("viewBox", "0 0 \(c(width)) \(c(height))"),
                       ("direction", direction?.rawValue)])
        b.element("title", [("id", "\(id)-title")]) { b.plainText(title) }
        b.element("desc", [("id", "\(id)-desc")]) { b.plainText(description) }
    }

    static func close(_ b: HTMLBuilder) { b.close() }
}
