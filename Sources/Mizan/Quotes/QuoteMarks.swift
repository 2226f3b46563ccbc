import CICU

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
    /// Quotations longer than this many scalars are ignored and reported (a pairing gone wrong, not a
    /// speech: 50,000 characters is about 8,000 words).
    public var maxLength = 50_000
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
        /// After a colon: opens even while a quotation of the same family is open (its closing mark was
        /// lost), which is then cut before the colon's clause.
        var strongOpen = false
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

        // One buffer for every paragraph's marks (most paragraphs have a few).
        var marks: [Mark] = []
        for (p, paragraph) in paragraphs.enumerated() {
            classify(text, paragraph, into: &marks)
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
                // A colon-led opening mark while a quotation of its family is open: that quotation lost its
                // closing mark; cut it before the clause that introduces the new one.
                if mark.strongOpen, let top = stack.last, top.mark.family == mark.family {
                    var cut = mark.offset - 1
                    while cut > top.contentStart && text[cut] != ":" { cut -= 1 }
                    // Back to the start of the words before the colon (وقال:).
                    while cut > top.contentStart && !Segmenter.isSpace(text[cut - 1]) && !Self.isClausePunctuation(text[cut - 1]) { cut -= 1 }
                    let end = trimEnd(text, from: top.contentStart, to: cut)
                    stack.removeLast()
                    if end > top.contentStart {
                        quotes.append(QuoteSpan(open: TextRange(top.mark.offset, top.mark.offset + 1), close: nil,
                                                content: TextRange(top.contentStart, end), level: 0, multiParagraph: top.multi))
                    }
                    findings.append(Finding(code: "quotes.unclosed", severity: .warning,
                                            message: "a quotation mark opened here is never closed; the quotation was cut where the next one is introduced",
                                            range: TextRange(top.mark.offset, top.mark.offset + 1)))
                    stack.append((mark, p, mark.offset + 1, false))
                    continue
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
        // Whitespace inside the marks is not content.
        for i in quotes.indices {
            var c = quotes[i].content
            while c.start < c.end && Segmenter.isSpace(text[c.start]) { c.start += 1 }
            while c.end > c.start && Segmenter.isSpace(text[c.end - 1]) { c.end -= 1 }
            quotes[i].content = c
        }
        quotes.removeAll { $0.content.isEmpty }
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

    /// The quotation marks of `paragraph`, in `marks` (emptied first, its capacity kept).
    private func classify(_ text: [Unicode.Scalar], _ paragraph: TextRange, into marks: inout [Mark]) {
        marks.removeAll(keepingCapacity: true)
        var k = paragraph.start
        while k < paragraph.end {
            // Most scalars are no mark: below U+2018 only " ' « » are. Skip to the next candidate sixteen
            // scalars at a time (`mizan_find_quote_candidate`) before ``family(_:)``.
            k = text.withUnsafeBufferPointer { buf in
                guard let base = buf.baseAddress else { return paragraph.end }
                let scalars = UnsafeRawPointer(base).assumingMemoryBound(to: UInt32.self)
                return Int(mizan_find_quote_candidate(scalars, Int64(k), Int64(min(paragraph.end, buf.count))))
            }
            guard k < paragraph.end else { break }
            defer { k += 1 }
            let c = text[k]
            guard var family = Self.family(c) else { continue }
            // The commonest candidate in English, an apostrophe between two Latin letters (Trump’s,
            // don't), is never a mark (as found below, after the context tests).
            if c == "\u{2019}" || c == "'", k > paragraph.start, k + 1 < paragraph.end,
               Self.isASCIILetter(text[k - 1]), Self.isASCIILetter(text[k + 1]) {
                continue
            }
            // Two straight apostrophes stand for a double quotation mark in some wire copy (''Yes,'' he said).
            var width = 1
            // Three after a word close a single quotation inside a doubled one (''… 'old-school,''' said
            // X): a single closer here, then the doubled one.
            if c == "'", k + 1 < paragraph.end, text[k + 1] == "'" {
                let tripleClose = k + 2 < paragraph.end && text[k + 2] == "'" && k > paragraph.start && !Segmenter.isSpace(text[k - 1])
                if !tripleClose {
                    family = .double
                    width = 2
                }
            }
            let prev: Unicode.Scalar? = k > paragraph.start ? text[k - 1] : nil
            let next: Unicode.Scalar? = k + width < paragraph.end ? text[k + width] : nil
            let prevIsSpaceOrOpen = prev.map { Self.isSpaceOrOpening($0) } ?? true
            let nextIsSpaceOrClose = next.map { Self.isSpaceOrClosing($0) } ?? true
            let prevIsWord = prev.map { ScalarClass.of($0).contains(.letter) || ScalarClass.of($0).contains(.digit) } ?? false
            let nextIsWord = next.map { ScalarClass.of($0).contains(.letter) || ScalarClass.of($0).contains(.digit) } ?? false
            if family == .single {
                // An elided century (’08, '90s) is an apostrophe.
                if prevIsSpaceOrOpen, k + 2 < paragraph.end, ScalarClass.of(text[k + 1]).contains(.digit), ScalarClass.of(text[k + 2]).contains(.digit),
                   k + 3 >= paragraph.end || !ScalarClass.of(text[k + 3]).contains(.digit) {
                    continue
                }
                // An apostrophe between letters (don't, Trump’s) or after a letter before a letter is never a mark.
                if prevIsWord && nextIsWord { continue }
                // ’ after s followed by space ("voters’ choice") may be a possessive: it can only close.
            }
            var canOpen = prevIsSpaceOrOpen && !nextIsSpaceOrClose
            var canClose = !prevIsSpaceOrOpen && nextIsSpaceOrClose
            // After a Latin comma or sentence punctuation and before a space, a mark closes: “‘great
            // again,’ that is …,” he said. (A comma counts as opening context only before a word.)
            if let prev, Self.isLatinClosingPunctuation(prev), nextIsSpaceOrClose {
                canOpen = false
                canClose = true
            }
            let prefersOpen = Self.isOpeningGlyph(c)
            let prefersClose = Self.isClosingGlyph(c)
            // After a colon (قال: «…», said: "…") a mark opens, whatever its glyph.
            var strongOpen = false
            var j = k - 1
            while j >= paragraph.start && Segmenter.isSpace(text[j]) { j -= 1 }
            if j >= paragraph.start && text[j] == ":" && !nextIsSpaceOrClose || (j >= paragraph.start && text[j] == ":" && family == .guillemet) {
                strongOpen = true
                canOpen = true
                canClose = false
            }
            if !canOpen && !canClose {
                // Touching words on both sides (و"أشاد) or spaces on both sides: the pairing decides —
                // the mark closes an open quotation of its family and opens one otherwise (so a stray
                // «8 مارس « closes what it should).
                if family == .single && (prevIsSpaceOrOpen && nextIsSpaceOrClose) { continue }
                canOpen = true
                canClose = true
                if prevIsWord && nextIsWord {
                    // Between letters a directional glyph keeps its direction.
                    canOpen = !prefersClose
                    canClose = !prefersOpen
                }
            }
            marks.append(Mark(offset: k, width: width, family: family, canOpen: canOpen, canClose: canClose, prefersOpen: prefersOpen, strongOpen: strongOpen))
            k += width - 1
        }
    }

    // Character sets as switches: `"…".unicodeScalars.contains(c)` walks the string's UTF-8 for
    // every mark.

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) &- 0x61 < 26 }

    /// `. ، , ؛ ; ! ? ؟`
    static func isClausePunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "\u{060C}", ",", "\u{061B}", ";", "!", "?", "\u{061F}": return true
        default: return false
        }
    }

    /// `, . ! ? ;`
    static func isLatinClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ".", "!", "?", ";": return true
        default: return false
        }
    }

    /// Typographically opening marks: `“ « „ ‟ ‹ ‘`
    static func isOpeningGlyph(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\u{201C}", "\u{00AB}", "\u{201E}", "\u{201F}", "\u{2039}", "\u{2018}": return true
        default: return false
        }
    }

    /// Typographically closing marks: `” » › ’`
    static func isClosingGlyph(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\u{201D}", "\u{00BB}", "\u{203A}", "\u{2019}": return true
        default: return false
        }
    }

    static func isSpaceOrOpening(_ c: Unicode.Scalar) -> Bool {
        if Segmenter.isSpace(c) { return true }
        switch c {
        case "(", "[", "{", "<", "\u{2014}", "\u{2013}", "-", ":", "\u{060C}", ",", "\u{061B}", ";", "/": return true
        default: return family(c) != nil
        }
    }

    static func isSpaceOrClosing(_ c: Unicode.Scalar) -> Bool {
        if Segmenter.isSpace(c) { return true }
        let cls = ScalarClass.of(c)
        if cls.contains(.punctuation) || family(c) != nil { return true }
        switch c {
        case ")", "]", "}", ">": return true
        default: return false
        }
    }
}
