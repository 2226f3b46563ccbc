/// Writes an ``AnalyzedDocument`` in mizan's JSON format (docs/json-format.md). Offsets are Unicode code
/// points into `text`, and every span carries its covered text: `text[start:end] == span.text` in Python.
public struct DocumentJSON: Sendable {
    /// Optional sections.
    public struct Include: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Tokens inside each sentence, with Arabic clitic splits.
        public static let tokens = Include(rawValue: 1)
        /// The normalized matching view's text.
        public static let normalized = Include(rawValue: 2)
    }

    /// Version of the format; bumped only for incompatible changes.
    public static let schema = "mizan.document/1"

    public var include: Include
    public var pretty: Bool

    public init(include: Include = [], pretty: Bool = true) {
        self.include = include
        self.pretty = pretty
    }

    public func encode(_ doc: AnalyzedDocument) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.string("schema", Self.schema)
        w.string("id", doc.id)
        w.string("text", doc.text.string)
        writeMetadata(doc, &w)
        writeLanguage("language", doc.language, &w)
        if include.contains(.normalized), let n = doc.normalized {
            w.beginObject("normalized")
            w.string("text", n.string)
            w.endObject()
        }
        w.beginArray("paragraphs")
        for p in doc.paragraphs {
            w.beginObject()
            span(p.range, doc, &w)
            if let l = p.language { writeLanguage("language", l, &w) }
            w.endObject()
        }
        w.endArray()
        w.beginArray("sentences")
        for s in doc.sentences {
            w.beginObject()
            span(s.range, doc, &w)
            w.int("paragraph", s.paragraph)
            if include.contains(.tokens) {
                w.beginArray("tokens")
                for i in s.tokens { writeToken(doc.tokens[i], doc.clitics(ofToken: i), doc, &w) }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
        w.beginArray("findings")
        for f in doc.findings {
            w.beginObject()
            w.string("code", f.code)
            w.string("severity", f.severity.rawValue)
            w.string("message", f.message)
            if let r = f.range { span(r, doc, &w) }
            if let b = f.byteOffset { w.int("byte_offset", b) }
            w.endObject()
        }
        w.endArray()
        writeAttributions(doc, &w)
        writeSpeakers(doc, &w)
        writeLoadedTerms(doc, &w)
        writeScores(doc, &w)
        w.endObject()
        return w.output
    }

    /// `start`, `end` and `text` of a range.
    func span(_ r: TextRange, _ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        w.int("start", r.start)
        w.int("end", r.end)
        // The covered text, straight from the scalars (clamped as `DocumentText`'s subscript clamps).
        let scalars = doc.text.scalars
        let lo = max(0, min(r.start, scalars.count))
        w.string("text", scalars: scalars[lo..<max(lo, min(r.end, scalars.count))])
    }

    func spanObject(_ key: String, _ r: TextRange?, _ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        guard let r else { w.null(key); return }
        w.beginObject(key)
        span(r, doc, &w)
        w.endObject()
    }

    private func writeMetadata(_ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        let m = doc.metadata
        w.beginObject("document")
        w.string("id", m.id)
        w.string("title", m.title)
        w.string("outlet", m.outlet)
        w.string("date", m.date)
        w.string("url", m.url)
        w.beginArray("authors")
        for a in m.authors { w.string(nil, a) }
        w.endArray()
        w.string("language", doc.language?.code ?? m.declaredLanguage)
        w.string("declared_language", m.declaredLanguage)
        w.string("direction", m.direction?.rawValue)
        w.string("source", m.source)
        w.string("format", m.format)
        w.string("encoding", m.encoding)
        w.int("characters", doc.text.count)
        w.int("words", doc.wordCount())
        w.endObject()
    }

    private func writeLanguage(_ key: String, _ l: LanguageGuess?, _ w: inout JSONWriter) {
        guard let l else { w.null(key); return }
        w.beginObject(key)
        w.string("code", l.code)
        w.double("confidence", l.confidence, digits: 2)
        w.string("method", l.method)
        w.endObject()
    }

    private func writeToken(_ t: Token, _ clitics: CliticSplit?, _ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        w.beginObject()
        span(t.range, doc, &w)
        w.string("kind", t.kind.rawValue)
        if let c = clitics {
            w.beginObject("clitics")
            w.beginArray("proclitics")
            for p in c.proclitics {
                w.beginObject()
                span(p, doc, &w)
                w.endObject()
            }
            w.endArray()
            spanObject("stem", c.stem, doc, &w)
            spanObject("enclitic", c.enclitic, doc, &w)
            w.endObject()
        }
        w.endObject()
    }

    private func writeAttributions(_ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        w.beginArray("attributions")
        for a in doc.attributions {
            w.beginObject()
            w.string("type", a.kind.rawValue)
            spanObject("content", a.content, doc, &w)
            if let cue = a.cue {
                w.beginObject("cue")
                span(cue.range, doc, &w)
                w.string("lemma", cue.lemma)
                w.string("stance", cue.stance.rawValue)
                w.endObject()
            } else {
                w.null("cue")
            }
            spanObject("speaker", a.speaker, doc, &w)
            w.string("speaker_canonical", a.speakerCanonical)
            w.int("speaker_id", a.speakerID)
            w.string("source_kind", a.sourceKind.rawValue)
            w.bool("vague", a.isVague)
            w.double("confidence", a.confidence, digits: 2)
            w.string("rule", a.rule)
            w.endObject()
        }
        w.endArray()
    }

    private func writeSpeakers(_ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        w.beginArray("speakers")
        for s in doc.speakers {
            w.beginObject()
            w.int("id", s.id)
            w.string("canonical", s.canonical)
            if let latin = s.latin { w.string("latin", latin) }
            w.string("kind", s.kind.rawValue)
            w.bool("official", s.isOfficial)
            w.beginArray("mentions")
            for m in s.mentions {
                w.beginObject()
                span(m, doc, &w)
                w.endObject()
            }
            w.endArray()
            w.int("attributions", s.attributions)
            w.int("quoted_words", s.quotedWords)
            w.endObject()
        }
        w.endArray()
    }

    private func writeLoadedTerms(_ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        w.beginArray("loaded_terms")
        for t in doc.loadedTerms {
            w.beginObject()
            span(t.range, doc, &w)
            w.string("entry", t.entry)
            w.string("category", t.category)
            w.double("weight", t.weight, digits: 2)
            w.string("voice", t.voice.rawValue)
            w.int("speaker_id", t.speakerID)
            w.beginArray("alternative")
            for a in t.alternatives { w.string(nil, a) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
    }

    /// The `scores` section (docs/json-format.md, "scores"); null when the scores stage did not run.
    func writeScores(_ doc: AnalyzedDocument, _ w: inout JSONWriter) {
        guard let s = doc.scores else { w.null("scores"); return }
        w.beginObject("scores")
        w.int("words", s.words)
        writeVoice("narrator", s.narrator, &w)
        writeVoice("quoted", s.quoted, &w)
        w.beginArray("terms")
        for t in s.terms {
            w.beginObject()
            w.string("entry", t.entry)
            w.string("category", t.category)
            w.double("weight", t.weight, digits: 2)
            w.beginArray("alternative")
            for a in t.alternatives { w.string(nil, a) }
            w.endArray()
            w.int("narrator", t.narrator)
            w.int("quoted", t.quoted)
            w.beginArray("occurrences")
            for o in t.occurrences {
                w.beginObject()
                span(o.range, doc, &w)
                w.string("voice", o.voice.rawValue)
                w.int("speaker_id", o.speakerID)
                spanObject("context", o.context, doc, &w)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        writeProfile(s.attribution, &w)
        w.endObject()
    }

    private func writeDensity(_ d: ArticleScores.Density, _ w: inout JSONWriter) {
        w.int("loaded_terms", d.matches)
        w.double("weight", d.weight, digits: 2)
        w.double("per_1000_words", d.perThousandWords, digits: 2)
        w.double("weighted_per_1000_words", d.weightedPerThousandWords, digits: 2)
    }

    private func writeVoice(_ key: String, _ v: ArticleScores.VoiceScores, _ w: inout JSONWriter) {
        w.beginObject(key)
        w.int("words", v.words)
        writeDensity(v.overall, &w)
        w.beginObject("by_category")
        for c in v.byCategory.keys.sorted() {
            w.beginObject(c)
            writeDensity(v.byCategory[c]!, &w)
            w.endObject()
        }
        w.endObject()
        w.endObject()
    }

    private func writeProfile(_ p: ArticleScores.AttributionProfile, _ w: inout JSONWriter) {
        w.beginObject("attribution")
        w.int("attributions", p.attributions)
        w.beginObject("by_type")
        for k in Attribution.Kind.allCases { w.int(k.rawValue, p.byType[k] ?? 0) }
        w.endObject()
        w.beginObject("by_source_kind")
        for k in Attribution.SourceKind.allCases { w.int(k.rawValue, p.bySourceKind[k] ?? 0) }
        w.endObject()
        w.int("vague", p.vague)
        w.double("vague_share", p.vagueShare)
        w.int("distinct_speakers", p.distinctSpeakers)
        w.beginArray("speakers")
        let total = p.speakerWords.values.reduce(0, +)
        for id in p.speakerWords.keys.sorted() {
            let n = p.speakerWords[id]!
            w.beginObject()
            w.int("speaker_id", id)
            w.int("quoted_words", n)
            w.double("share", total > 0 ? Double(n) / Double(total) : nil)
            w.endObject()
        }
        w.endArray()
        w.double("herfindahl", p.herfindahl)
        w.double("normalized_entropy", p.normalizedEntropy)
        w.beginObject("cue_stance")
        for k in Attribution.Stance.allCases { w.int(k.rawValue, p.stances[k] ?? 0) }
        w.int("no_cue", p.withoutCue)
        w.endObject()
        w.int("quoted_words", p.quotedWords)
        w.double("quoted_share", p.quotedShare)
        w.int("official_speakers", p.officialSpeakers)
        w.double("official_speaker_share", p.officialSpeakerShare)
        w.double("official_attribution_share", p.officialAttributionShare)
        w.endObject()
    }
}
