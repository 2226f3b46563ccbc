/// A readable summary of an analyzed article for a person at a terminal.
public struct TextSummary: Sendable {
    /// Longest excerpt of quoted content shown, in characters.
    public var excerptLength = 110

    public init() {}

    public func render(_ doc: AnalyzedDocument) -> String {
        var lines: [String] = []
        let m = doc.metadata
        let lang = doc.language.map { "\($0.code), \(Int(($0.confidence * 100).rounded()))% \($0.method)" } ?? "unknown"
        lines.append("\(m.id)  [\(lang)\(m.direction.map { ", " + $0.rawValue } ?? "")]")
        if let t = m.title { lines.append("  title:   \(t)") }
        var facts: [String] = []
        if let o = m.outlet { facts.append("outlet: \(o)") }
        if let d = m.date { facts.append("date: \(d)") }
        if let s = m.source { facts.append("source: \(s)") }
        if !facts.isEmpty { lines.append("  " + facts.joined(separator: "   ")) }
        lines.append("  \(doc.text.count) characters · \(doc.wordCount()) words · \(doc.paragraphs.count) paragraphs · \(doc.sentences.count) sentences")
        let mixed = Set(doc.paragraphs.compactMap { $0.language?.code })
        if mixed.count > 1 { lines.append("  paragraph languages: \(mixed.sorted().joined(separator: ", "))") }

        if !doc.attributions.isEmpty {
            lines.append("")
            lines.append("  Attributions (\(doc.attributions.count)):")
            for a in doc.attributions {
                let who = a.speakerCanonical ?? a.speaker.map { doc.text[$0] } ?? "—"
                let cue = a.cue.map { "\(doc.text[$0.range]) [\($0.stance.rawValue)]" } ?? "—"
                lines.append("   • \(a.kind.rawValue) · \(who) (\(a.sourceKind.rawValue)\(a.isVague ? ", vague" : "")) · cue \(cue)")
                lines.append("     “\(excerpt(doc.text[a.content]))”")
            }
        }
        if !doc.speakers.isEmpty {
            lines.append("")
            lines.append("  Speakers (\(doc.speakers.count)):")
            for s in doc.speakers {
                lines.append("   • \(s.canonical) — \(s.kind.rawValue)\(s.isOfficial ? ", official" : ""), \(s.attributions) attribution(s), \(s.quotedWords) quoted words")
            }
        }
        if !doc.loadedTerms.isEmpty {
            lines.append("")
            lines.append("  Loaded terms (\(doc.loadedTerms.count)):")
            if let sc = doc.scores {
                func density(_ v: ArticleScores.VoiceScores) -> String {
                    guard let d = v.overall.perThousandWords, let w = v.overall.weightedPerThousandWords else { return "—" }
                    return "\(JSONWriter.format(d, digits: 1)) per 1,000 words (weighted \(JSONWriter.format(w, digits: 1)))"
                }
                lines.append("   narrator: \(density(sc.narrator)) · quoted: \(density(sc.quoted))")
            }
            for t in doc.loadedTerms {
                let alt = t.alternatives.isEmpty ? "" : " → \(t.alternatives.joined(separator: " / "))"
                lines.append("   • \(doc.text[t.range]) · \(t.category) · \(t.voice.rawValue)\(alt)")
            }
        }
        if !doc.findings.isEmpty {
            lines.append("")
            lines.append("  Findings (\(doc.findings.count)):")
            for f in doc.findings { lines.append("   • \(f.severity.rawValue): \(f.message) [\(f.code)]") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func excerpt(_ s: String) -> String {
        let flat = s.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        if flat.count <= excerptLength { return flat }
        return String(flat.prefix(excerptLength)) + "…"
    }
}
