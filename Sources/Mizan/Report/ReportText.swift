/// Cleaning of every string that goes into a report (article text, metadata, lexicon labels).
///
/// Escaping is libxml2's job (text nodes and attribute values are escaped when written); this type handles
/// what escaping does not:
/// - **Bidirectional formatting characters** (U+202A–U+202E embeddings and overrides, U+2066–U+2069
///   isolates) can reorder what a reader sees — the "Trojan Source" trick, or a title that displays
///   differently from what it says. They are never passed through: in text they become a visible, inert
///   label (`U+202E`), in attributes and other plain contexts `[U+202E]`. Marks (LRM, RLM, ALM) cannot
///   reorder across their neighbours and are kept.
/// - **Control characters** other than tab, line feed and carriage return become U+FFFD (libxml2 writes C
///   strings, so a NUL would cut the rest of the page off).
enum ReportText {
    enum Piece: Equatable {
        case text(String)
        case control(Unicode.Scalar)
    }

    /// Whether `s` holds anything ``pieces(_:)`` or ``plain(_:)`` would change (a byte scan).
    static func needsCleaning(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            let n = u.count
            var i = 0
            while i < n {
                let b = u[i]
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A && b != 0x0D { return true }
                } else if b == 0x7F {
                    return true
                } else if b == 0xC2, i + 1 < n, u[i + 1] >= 0x80, u[i + 1] <= 0x9F {
                    return true  // C1 controls U+0080–U+009F
                } else if b == 0xE2, i + 2 < n {
                    let b1 = u[i + 1], b2 = u[i + 2]
                    if b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE { return true }  // U+202A–U+202E
                    if b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 { return true }  // U+2066–U+2069
                }
                i += 1
            }
            return false
        }
    }

    /// Whether `c` is a bidirectional embedding, override or isolate character.
    static func isBidiControl(_ c: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value)
    }

    static func isForbiddenControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
    }

    /// `s` split into runs of clean text and bidi controls (other controls already replaced by U+FFFD).
    static func pieces(_ s: String) -> [Piece] {
        var out: [Piece] = []
        var run = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if isBidiControl(c) {
                if !run.isEmpty { out.append(.text(String(run))); run = String.UnicodeScalarView() }
                out.append(.control(c))
            } else if isForbiddenControl(c) {
                run.append("\u{FFFD}")
            } else {
                run.append(c)
            }
        }
        if !run.isEmpty { out.append(.text(String(run))) }
        return out
    }

    /// `s` with bidi controls written as `[U+202E]` and other controls as U+FFFD.
    static func plain(_ s: String) -> String {
        guard needsCleaning(s) else { return s }
        var out = ""
        for piece in pieces(s) {
            switch piece {
            case .text(let t): out += t
            case .control(let c): out += "[" + controlLabel(c) + "]"
            }
        }
        return out
    }

    /// `U+202E`.
    static func controlLabel(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The character's Unicode name and what the report did with it.
    static func controlDescription(_ c: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [
            0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
            0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
            0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
        ]
        let name = names[c.value] ?? "DIRECTIONAL FORMATTING CHARACTER"
        return "\(controlLabel(c)) \(name): an invisible character that reorders text; shown here instead of applied"
    }

    /// Whether `url` may become a link: an absolute `http` or `https` URL with a host and no whitespace,
    /// control or bidi characters.
    static func isSafeLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = lower.drop(while: { $0 != ":" }).dropFirst(3)
        guard let first = rest.first, first != "/", first != "\\" else { return false }
        for c in url.unicodeScalars {
            if c.value <= 0x20 || c.value == 0x7F || c == "\"" || c == "<" || c == ">" || c == "\\" || c == "`"
                || isForbiddenControl(c) || isBidiControl(c) || c.properties.generalCategory == .format
                || c.properties.isWhitespace {
                return false
            }
        }
        return true
    }
}
