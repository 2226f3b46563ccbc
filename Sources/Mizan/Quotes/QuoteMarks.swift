/// A quotation found by pairing quote marks.
public struct QuoteSpan: Hashable, Sendable {
    /// The opening mark (nil when the quote was never opened: a stray closing mark is not a span).
    public var open: TextRange
    /// The closing mark; nil when the quote was never closed and was cut at the end of its paragraph.
    public var close: TextRange?
    /// The text inside the marks.
    public var content: TextRange
    /// 0 for a top-level quotation, 1 for a quotation inside it, …
    public var level: Int
    /// Whether the quotation continues over several paragraphs (opening mark repeated at each start).
    public var multiParagraph: Bool
    /// The whole span including its marks.
    public var outer: TextRange { TextRange(open.start, close?.end ?? content.end) }
}

/// Pairs quotation marks: `" “ ” « » „ ‟ ‹ ›` and single quotes `‘ ’ '` where they are used as quotation
/// marks rather than apostrophes.
///
/// Each mark is classified by the characters around it (a mark before a word opens, after a word closes),
/// then marks pair by direction and family with a stack that never crosses a paragraph, except for the
/// convention of repeating the opening mark at the start of each paragraph of a long quotation. A stray
/// or missing mark therefore shifts nothing beyond its paragraph; each becomes a finding.
public struct QuotePairer: Sendable {
    /// Quotations longer than this many scalars (without a closing mark) are cut and reported.
    public var maxLength = 6000
    /// A multi-paragraph quotation spans at most this many paragraphs.
    public var maxParagraphs = 12

    public init() {}

    enum Family: Int { case double, guillemet, single, singleGuillemet }

    private struct Mark {
        var offset: Int
        /// Scalars the mark covers: 1, or 2 for a doubled apostrophe `''` standing for a double quote.
        var width = 1
        var end: Int { offset + width }
        var family: Family
        var canOpen: Bool
        var canClose: Bool
        /// Typographically an opening mark (“ « „ ‟ ‹ ‘).
        var prefersOpen: Bool
    }

    /// Quote spans of the document (sorted by start) and findings about unbalanced marks.
    public func pair(_ text: [Unicode.Scalar], paragraphs: [TextRange]) -> (quotes: [QuoteSpan], findings: [Finding]) {
        var quotes: [QuoteSpan] = []
        var findings: [Finding] = []
        var stack: [(mark: Mark, paragraph: Int, contentStart: Int, multi: Bool)] = []

        func closeAll(at end: Int, paragraph: Int, reason: String) {
            for open in stack.reversed() {
                let contentEnd = trimEnd(text, from: open.contentStart, to: end)
                if contentEnd > open.contentStart {
                    quotes.append(QuoteSpan(open: TextRange(open.mark.offset, open.mark.end), close: nil,
                                            content: TextRange(open.contentStart, contentEnd), level: 0, multiParagraph: open.multi))
                }
                findings.append(Finding(code: "quotes.unclosed", severity: .warning,
                                        message: "a quotation mark opened here is \(reason); the quotation was cut at the end of its paragraph",
                                        range: TextRange(open.mark.offset, open.mark.end)))
            }
            stack.removeAll()
        }

        for (p, paragraph) in paragraphs.enumerated() {
            let marks = classify(text, paragraph)
            var firstMark = true
            for mark in marks {
                defer { firstMark = false }
                // A long quotation goes on in this paragraph when it starts with an opening mark of the
                // same family: that mark continues the quotation instead of opening a new one.
                if firstMark, let top = stack.last, top.paragraph < p, mark.canOpen, mark.family == top.mark.family,
                   isParagraphStart(text, paragraph, mark.offset) {
                    if p - top.paragraph < maxParagraphs {
                        stack[stack.count - 1].multi = true
                        stack[stack.count - 1].paragraph = p
                        continue
                    }
                }
                if let top = stack.last, top.paragraph < p {
                    closeAll(at: paragraphs[top.paragraph].end, paragraph: top.paragraph, reason: "never closed")
                }
                let closesTop = stack.last.map { $0.mark.family == mark.family } ?? false
                // A mark that could do either (touching letters on both sides, or the straight " between
                // spaces) closes an open quotation of its family, and opens one otherwise.
                if mark.canClose && closesTop {
                    let open = stack.removeLast()
                    let content = TextRange(open.contentStart, mark.offset)
                    if content.length > maxLength {
                        findings.append(Finding(code: "quotes.too-long", severity: .warning,
                                                message: "a quotation of \(content.length) characters was ignored as implausibly long",
                                                range: TextRange(open.mark.offset, mark.end)))
                    } else {
                        quotes.append(QuoteSpan(open: TextRange(open.mark.offset, open.mark.end),
                                                close: TextRange(mark.offset, mark.end),
                                                content: content, level: stack.count, multiParagraph: open.multi))
                    }
                } else if mark.canOpen {
                    stack.append((mark, p, mark.end, false))
                } else if mark.canClose {
                    if let i = stack.lastIndex(where: { $0.mark.family == mark.family }) {
                        // Close an outer quotation; inner ones left open were never closed.
                        let inner = Array(stack[(i + 1)...])
                        stack.removeSubrange((i + 1)...)
                        for o in inner {
                            findings.append(Finding(code: "quotes.unclosed", severity: .warning,
                                                    message: "a quotation mark opened inside another quotation is never closed",
                                                    range: TextRange(o.mark.offset, o.mark.end)))
                        }
                        let open = stack.removeLast()
                        quotes.append(QuoteSpan(open: TextRange(open.mark.offset, open.mark.end),
                                                close: TextRange(mark.offset, mark.end),
                                                content: TextRange(open.contentStart, mark.offset), level: stack.count, multiParagraph: open.multi))
                    } else if mark.family != .single {
                        findings.append(Finding(code: "quotes.unopened", severity: .info,
                                                message: "a closing quotation mark has no opening mark; it was ignored",
                                                range: TextRange(mark.offset, mark.end)))
                    }
                }
            }
            // Single quotes never stay open past their paragraph: an unmatched one was an apostrophe.
            stack.removeAll { $0.mark.family == .single }
            if p == paragraphs.count - 1 || !(stack.last.map { nextParagraphContinues(text, paragraphs, p + 1, $0.mark.family) } ?? false) {
                if !stack.isEmpty { closeAll(at: paragraph.end, paragraph: p, reason: "never closed") }
            }
        }
        quotes.sort { $0.open.start < $1.open.start }
        // Levels: a quotation inside another is one level deeper.
        for i in quotes.indices {
            var level = 0
            for j in quotes.indices where j != i && quotes[j].outer.contains(quotes[i].outer) && quotes[j].outer != quotes[i].outer {
                level += 1
            }
            quotes[i].level = level
        }
        return (quotes, findings)
    }

    private func nextParagraphContinues(_ text: [Unicode.Scalar], _ paragraphs: [TextRange], _ p: Int, _ family: Family) -> Bool {
        guard p < paragraphs.count else { return false }
        let start = paragraphs[p].start
        guard start < text.count, let f = Self.family(text[start]) else { return false }
        return f == family
    }

    private func isParagraphStart(_ text: [Unicode.Scalar], _ paragraph: TextRange, _ offset: Int) -> Bool {
        var k = paragraph.start
        while k < offset && Segmenter.isSpace(text[k]) { k += 1 }
        return k == offset
    }

    private func trimEnd(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var e = end
        while e > start && Segmenter.isSpace(text[e - 1]) { e -= 1 }
        return e
    }

    static func family(_ c: Unicode.Scalar) -> Family? {
        switch c {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{FF02}": return .double
        case "\u{00AB}", "\u{00BB}": return .guillemet
        case "\u{2039}", "\u{203A}": return .singleGuillemet
        case "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": return .single
        default: return nil
        }
    }

    private func classify(_ text: [Unicode.Scalar], _ paragraph: TextRange) -> [Mark] {
        var marks: [Mark] = []
        var k = paragraph.start
        while k < paragraph.end {
            defer { k += 1 }
            let c = text[k]
            guard var family = Self.family(c) else { continue }
            // Two straight apostrophes stand for a double quotation mark in some wire copy (''Yes,'' he said).
            var width = 1
            if c == "'", k + 1 < paragraph.end, text[k + 1] == "'" {
                family = .double
                width = 2
            }
            let prev: Unicode.Scalar? = k > paragraph.start ? text[k - 1] : nil
            let next: Unicode.Scalar? = k + width < paragraph.end ? text[k + width] : nil
            let prevIsSpaceOrOpen = prev.map { Self.isSpaceOrOpening($0) } ?? true
            let nextIsSpaceOrClose = next.map { Self.isSpaceOrClosing($0) } ?? true
            let prevIsWord = prev.map { ScalarClass.of($0).contains(.letter) || ScalarClass.of($0).contains(.digit) } ?? false
            let nextIsWord = next.map { ScalarClass.of($0).contains(.letter) || ScalarClass.of($0).contains(.digit) } ?? false
            if family == .single {
                // An apostrophe between letters (don't, Trump’s) or after a letter before a letter is never a mark.
                if prevIsWord && nextIsWord { continue }
                // ’ after s followed by space ("voters’ choice") may be a possessive: it can only close.
            }
            var canOpen = prevIsSpaceOrOpen && !nextIsSpaceOrClose
            var canClose = !prevIsSpaceOrOpen && nextIsSpaceOrClose
            let prefersOpen = "“«„‟‹‘".unicodeScalars.contains(c)
            let prefersClose = "”»›’".unicodeScalars.contains(c)
            if !canOpen && !canClose {
                // Touching words on both sides (و"أشاد) or spaces on both sides: a directional glyph
                // decides; a straight mark can do either and the pairing decides.
                if family == .single && (prevIsSpaceOrOpen && nextIsSpaceOrClose) { continue }
                canOpen = !prefersClose
                canClose = !prefersOpen
            }
            marks.append(Mark(offset: k, width: width, family: family, canOpen: canOpen, canClose: canClose, prefersOpen: prefersOpen))
            k += width - 1
        }
        return marks
    }

    static func isSpaceOrOpening(_ c: Unicode.Scalar) -> Bool {
        if Segmenter.isSpace(c) { return true }
        return "([{<—–-:،,؛;/".unicodeScalars.contains(c) || family(c) != nil
    }

    static func isSpaceOrClosing(_ c: Unicode.Scalar) -> Bool {
        if Segmenter.isSpace(c) { return true }
        let cls = ScalarClass.of(c)
        return cls.contains(.punctuation) || family(c) != nil || ")]}>".unicodeScalars.contains(c)
    }
}
