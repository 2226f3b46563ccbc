/// Writes the text of chosen nodes one block per line: paragraphs, headings, list items, quotations and
/// table rows each on their own line, `<br>` ending a line, white space collapsed, no empty lines.
struct HTMLTextRenderer {
    let page: HTMLPageView

    func lines(roots: [Int], skipping removed: [Bool]) -> [String] {
        var lines: [String] = []
        var line = HTMLLineBuffer()
        let nodes = page.tree.nodes

        func flush() {
            let s = line.take()
            if !s.isEmpty { lines.append(s) }
        }

        func append(_ text: String, preformatted: Bool) {
            guard preformatted else { line.append(text); return }
            for u in text.unicodeScalars {
                if u == "\n" {
                    flush()
                } else if u != "\r" {
                    line.append(u)
                }
            }
        }

        // Iterative walk: a positive entry opens a node, a negative one (-(i + 1)) closes it.
        var stack: [Int] = []
        var preDepth = 0
        for r in roots {
            stack.append(r)
            while let top = stack.popLast() {
                if top < 0 {
                    let i = -top - 1
                    let k = page.kind[i]
                    if k.contains(.preformatted) { preDepth -= 1 }
                    if k.contains(.cell) {
                        line.space()
                    } else if k.contains(.block) {
                        flush()
                    }
                    continue
                }
                let i = top
                if removed[i] { continue }
                switch nodes[i].kind {
                case .text:
                    append(nodes[i].text, preformatted: preDepth > 0)
                case .element:
                    let k = page.kind[i]
                    if k.contains(.lineBreak) { flush(); continue }
                    // Cells of a row share its line, a space apart.
                    if k.contains(.cell) {
                        line.space()
                    } else if k.contains(.block) {
                        flush()
                    }
                    if k.contains(.preformatted) { preDepth += 1 }
                    stack.append(-(i + 1))
                    for c in nodes[i].children.reversed() { stack.append(c) }
                default:
                    break
                }
            }
            flush()
        }
        return lines
    }
}
