import Foundation

/// Number formatting for reports: fixed, locale-independent and deterministic (Western digits, `.` as
/// decimal point, `,` between thousands), so the same input always gives the same bytes.
enum ReportFormat {
    /// `5,000`.
    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `x` with `digits` decimals (0…6), halves rounded away from zero; `-0.0` is written `0.0`.
    static func decimal(_ x: Double, _ digits: Int = 1) -> String {
        guard x.isFinite else { return "—" }
        let d = max(0, min(digits, 6))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(format: "%.\(d)f", x) }
        let n = Int64(scaled)
        let whole = n / Int64(scale), fraction = n % Int64(scale)
        var s = (x < 0 && n != 0 ? "-" : "") + String(whole)
        if d > 0 {
            let f = String(fraction)
            s += "." + String(repeating: "0", count: d - f.count) + f
        }
        return s
    }

    /// A share 0…1 as `25%`.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "—" }
        return decimal(share * 100, 0) + "%"
    }

    /// An SVG coordinate: at most two decimals, no trailing zeros.
    static func coordinate(_ x: Double) -> String {
        var s = decimal((x * 100).rounded() / 100, 2)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

/// A colour for charts and swatches: always `#rrggbb`, so a colour from a user's lexicon manifest can never
/// carry anything else into the page.
struct ReportColor: Hashable, Sendable {
    let hex: String

    /// nil unless `hex` is `#rgb` or `#rrggbb`.
    init?(hex: String) {
        let h = hex.lowercased()
        let body = h.dropFirst()
        guard h.hasPrefix("#"), body.count == 3 || body.count == 6,
              body.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else { return nil }
        self.hex = body.count == 6 ? h : "#" + body.map { "\($0)\($0)" }.joined()
    }

    /// Parses `hex`, or `fallback` when it is not a colour.
    init(_ hex: String, fallback: ReportColor = .neutral) {
        self = ReportColor(hex: hex) ?? fallback
    }

    static let neutral = ReportColor(hex: "#7f8c8d")!

    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; one per speaker
    /// (the report's stylesheet defines the same list as `.s0`…`.s7`).
    static let speakers: [ReportColor] = ["#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#0072b2", "#d55e00", "#b8a300", "#6f6f6f"]
        .map { ReportColor(hex: $0)! }
}
