/// Scores predicted attributions against gold ones, with the measures the Gender Gap Tracker and PolNeAR
/// work report: one-to-one matching where a pair needs |gold ∩ pred| / |gold| ≥ a threshold in word
/// tokens; precision, recall and F1 at 0.3 and 0.8; exact matches after stripping quotation marks and
/// edge punctuation; speaker accuracy (spans overlap; both absent counts as right) and canonical-speaker
/// accuracy (names agree after normalization and title removal, or one contains the other) on matched
/// pairs; and a breakdown by type.
public struct QuoteEvaluation {
    public struct PRF: Sendable, Equatable {
        public var matched: Int
        public var predicted: Int
        public var gold: Int

        public init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
            self.matched = matched
            self.predicted = predicted
            self.gold = gold
        }
        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public struct Report: Sendable {
        public var documents = 0
        public var overlap03 = PRF(matched: 0, predicted: 0, gold: 0)
        public var overlap08 = PRF(matched: 0, predicted: 0, gold: 0)
        public var exact = PRF(matched: 0, predicted: 0, gold: 0)
        public var speakerCorrect = 0
        public var canonicalCorrect = 0
        public var canonicalJudged = 0
        /// Recall on gold items whose cue is a speech verb or an according-to phrase.
        public var speechRecall = PRF(matched: 0, predicted: 0, gold: 0)
        public var byGoldType: [Attribution.Kind: PRF] = [:]
        public var byPredictedType: [Attribution.Kind: PRF] = [:]
        public var typeCorrect = 0
        /// Per-article lines for error analysis: missed gold and unmatched predictions.
        public var errors: [String] = []

        public var speakerAccuracy: Double { overlap03.matched == 0 ? 0 : Double(speakerCorrect) / Double(overlap03.matched) }
        public var canonicalAccuracy: Double { canonicalJudged == 0 ? 0 : Double(canonicalCorrect) / Double(canonicalJudged) }
        public var typeAccuracy: Double { overlap03.matched == 0 ? 0 : Double(typeCorrect) / Double(overlap03.matched) }
    }

    let data: MizanData
    let normalizer = TextNormalizer.standard

    public init(data: MizanData) { self.data = data }

    /// Analyses each gold article's text and scores the attributions found.
    public func evaluate(_ gold: [QuoteGoldDocument], language: String? = nil, collectErrors: Bool = false) throws -> Report {
        var report = Report()
        var analyzers: [String: Analyzer] = [:]
        for doc in gold {
            let lang = language ?? doc.language
            let key = lang ?? "auto"
            if analyzers[key] == nil {
                analyzers[key] = try Analyzer(data: data, options: AnalysisOptions(language: lang, depth: .quotes))
            }
            let analyzed = try analyzers[key]!.analyze(text: doc.text, id: doc.id)
            score(doc, analyzed, into: &report, collectErrors: collectErrors)
            report.documents += 1
        }
        return report
    }

    /// Word tokens of a text as scalar ranges (letters and digits).
    static func wordTokens(_ s: [Unicode.Scalar]) -> [TextRange] {
        var out: [TextRange] = []
        var start: Int?
        for (k, c) in s.enumerated() {
            let cls = ScalarClass.of(c)
            let inWord = cls.contains(.letter) || cls.contains(.digit) || cls.contains(.mark)
            if inWord { if start == nil { start = k } } else if let st = start { out.append(TextRange(st, k)); start = nil }
        }
        if let st = start { out.append(TextRange(st, s.count)) }
        return out
    }

    static func tokenSet(_ spans: [TextRange], _ words: [TextRange]) -> Set<Int> {
        var set = Set<Int>()
        for r in spans {
            // Binary search the first word ending after r.start.
            var lo = 0, hi = words.count
            while lo < hi { let m = (lo + hi) / 2; if words[m].end <= r.start { lo = m + 1 } else { hi = m } }
            var i = lo
            while i < words.count && words[i].start < r.end { set.insert(i); i += 1 }
        }
        return set
    }

    func score(_ gold: QuoteGoldDocument, _ doc: AnalyzedDocument, into report: inout Report, collectErrors: Bool) {
        let text = doc.text.scalars
        let words = Self.wordTokens(text)
        let goldSets = gold.items.map { Self.tokenSet($0.content, words) }
        let predSets = doc.attributions.map { Self.tokenSet([$0.content], words) }
        let lexicon = data.quoteLexicons[gold.language ?? doc.language?.code ?? "en"] ?? data.quoteLexicons.values.first

        // Greedy one-to-one pairing, best content overlap first. Where a prediction's content overlaps
        // several gold items equally (nested attributions: "…,” Sanders said, according to CNN), the one
        // whose cue overlaps the prediction's cue is the same attribution and pairs first; then gold and
        // prediction order, so that the pairing never depends on the sort.
        func cueAgrees(_ g: Int, _ p: Int) -> Int {
            guard let gc = gold.items[g].cue, let pc = doc.attributions[p].cue?.range else { return 0 }
            return gc.overlaps(pc) ? 1 : 0
        }
        func match(_ threshold: Double) -> [(g: Int, p: Int)] {
            var pairs: [(r: Double, precision: Double, cue: Int, g: Int, p: Int)] = []
            for (g, gs) in goldSets.enumerated() where !gs.isEmpty {
                for (p, ps) in predSets.enumerated() where !ps.isEmpty {
                    let inter = Double(gs.intersection(ps).count)
                    let r = inter / Double(gs.count)
                    if r >= threshold { pairs.append((r, inter / Double(ps.count), cueAgrees(g, p), g, p)) }
                }
            }
            pairs.sort { a, b in
                if a.r != b.r { return a.r > b.r }
                if a.precision != b.precision { return a.precision > b.precision }
                if a.cue != b.cue { return a.cue > b.cue }
                return (a.g, a.p) < (b.g, b.p)
            }
            var usedG = Set<Int>(), usedP = Set<Int>()
            var out: [(Int, Int)] = []
            for pair in pairs where !usedG.contains(pair.g) && !usedP.contains(pair.p) {
                usedG.insert(pair.g); usedP.insert(pair.p); out.append((pair.g, pair.p))
            }
            return out
        }

        let m03 = match(0.3)
        let m08 = match(0.8)
        report.overlap03.matched += m03.count
        report.overlap08.matched += m08.count
        for prf in [\Report.overlap03, \Report.overlap08, \Report.exact] {
            report[keyPath: prf].predicted += doc.attributions.count
            report[keyPath: prf].gold += gold.items.count
        }

        // Exact content after stripping quotation marks and edge punctuation.
        let goldTexts = gold.items.map { strip($0.content.map { doc.text[$0] }.joined(separator: " ")) }
        var predTexts = doc.attributions.map { strip(doc.text[$0.content]) }
        for g in goldTexts {
            if let i = predTexts.firstIndex(of: g), !g.isEmpty { report.exact.matched += 1; predTexts[i] = "\u{0}" }
        }

        // Speakers and types on matched pairs.
        for (g, p) in m03 {
            let gi = gold.items[g], pa = doc.attributions[p]
            let speakerOK: Bool
            if gi.speaker.isEmpty { speakerOK = pa.speaker == nil } else if let s = pa.speaker {
                speakerOK = gi.speaker.contains { $0.overlaps(s) }
            } else { speakerOK = false }
            if speakerOK { report.speakerCorrect += 1 }
            if gold.hasCanonical {
                report.canonicalJudged += 1
                if namesAgree(gi.speakerCanonical, pa.speakerCanonical, lexicon) { report.canonicalCorrect += 1 }
            }
            if let k = gi.kind, k == pa.kind { report.typeCorrect += 1 }
        }

        // Breakdown by type.
        let matchedG = Set(m03.map(\.g)), matchedP = Set(m03.map(\.p))
        for (g, item) in gold.items.enumerated() {
            guard let k = item.kind else { continue }
            report.byGoldType[k, default: PRF(matched: 0, predicted: 0, gold: 0)].gold += 1
            if matchedG.contains(g) { report.byGoldType[k]!.matched += 1 }
        }
        for (p, a) in doc.attributions.enumerated() {
            report.byPredictedType[a.kind, default: PRF(matched: 0, predicted: 0, gold: 0)].predicted += 1
            if matchedP.contains(p) { report.byPredictedType[a.kind]!.matched += 1 }
        }

        // Recall on speech-verb and according-to cues.
        if let lexicon {
            for (g, item) in gold.items.enumerated() {
                guard let cue = item.cue, isSpeechCue(doc.text[cue], lexicon) else { continue }
                report.speechRecall.gold += 1
                if matchedG.contains(g) { report.speechRecall.matched += 1 }
            }
        }

        if collectErrors {
            // One line per error: newlines inside spans become spaces. Missed items with a speech or
            // according-to cue (the speech-recall denominator) are marked MISSED-SPEECH.
            func line(_ s: some StringProtocol) -> String { String(s).replacingOccurrences(of: "\n", with: " ") }
            for (g, item) in gold.items.enumerated() where !matchedG.contains(g) {
                let speech = lexicon.map { l in item.cue.map { isSpeechCue(doc.text[$0], l) } ?? false } ?? false
                let spk = item.speaker.map { doc.text[$0] }.joined(separator: " ")
                // The prediction covering most of this item, if any: "near" below the threshold, "taken"
                // when it is paired with another gold item (one prediction for two gold attributions).
                var near = ""
                let shared = predSets.map { goldSets[g].intersection($0).count }
                if let best = shared.indices.max(by: { shared[$0] < shared[$1] }), shared[best] > 0 {
                    let r = Double(shared[best]) / Double(goldSets[g].count)
                    near = "\t" + (matchedP.contains(best) && r >= 0.3 ? "taken" : "near") + String(format: " %.2f", r)
                }
                report.errors.append("\(gold.id)\t\(speech ? "MISSED-SPEECH" : "MISSED")\t\(line(item.cue.map { doc.text[$0] } ?? "-"))\t\(line(item.content.map { doc.text[$0] }.joined(separator: " … ").prefix(200)))\t{\(line(spk))}\(near)")
            }
            for (p, a) in doc.attributions.enumerated() where !matchedP.contains(p) {
                report.errors.append("\(gold.id)\tEXTRA[\(a.rule)]\t\(line(a.cue.map { doc.text[$0.range] } ?? "-"))\t\(line(doc.text[a.content].prefix(200)))\t{\(line(a.speaker.map { doc.text[$0] } ?? ""))}")
            }
            for (g, p) in m03 {
                let gi = gold.items[g], pa = doc.attributions[p]
                let gs = gi.speaker.map { doc.text[$0] }.joined(separator: " ")
                let ps = pa.speaker.map { doc.text[$0] } ?? ""
                let ok = gi.speaker.isEmpty ? pa.speaker == nil : (pa.speaker.map { s in gi.speaker.contains { $0.overlaps(s) } } ?? false)
                if !ok {
                    let gc = gi.cue.map { doc.text[$0] } ?? "-", pc = pa.cue.map { doc.text[$0.range] } ?? "-"
                    report.errors.append("\(gold.id)\tSPEAKER[\(pa.rule)]\tgold=\(line(gs.isEmpty ? "-" : gs))\tpred=\(line(ps.isEmpty ? "-" : ps))\tcue=\(line(gc))|\(line(pc))\t\(line(doc.text[pa.content].prefix(120)))")
                }
                if gold.hasCanonical, !namesAgree(gi.speakerCanonical, pa.speakerCanonical, lexicon) {
                    report.errors.append("\(gold.id)\tCANONICAL\tgold=\(gi.speakerCanonical ?? "-")\tpred=\(pa.speakerCanonical ?? "-")")
                }
            }
        }
    }

    private func isSpeechCue(_ cue: String, _ lexicon: QuoteLexicon) -> Bool {
        let n = normalizer.normalize(cue)
        let words = n.split(whereSeparator: { !$0.isLetter }).map { Array(String($0).unicodeScalars) }
        // The verb need not come first: "has said", "also told", "was quoted as saying".
        for start in words.indices {
            let first = words[start]
            var variants: [ArraySlice<Unicode.Scalar>] = [first[...]]
            if first.count >= 3, first.first == "و" || first.first == "ف" { variants.append(first.dropFirst()) }
            for v in variants {
                if let m = lexicon.cues.match(first: v, next: { k in start + k < words.count ? words[start + k][...] : nil }) {
                    return m.payload.cueClass == .speech || m.payload.cueClass == .according
                }
            }
        }
        return false
    }

    /// Quotation marks, whitespace and punctuation removed from both ends.
    func strip(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        func edge(_ c: Unicode.Scalar) -> Bool {
            QuotePairer.family(c) != nil || Segmenter.isSpace(c) || ScalarClass.of(c).contains(.punctuation)
        }
        while let f = scalars.first, edge(f) { scalars.removeFirst() }
        while let l = scalars.last, edge(l) { scalars.removeLast() }
        return normalizer.normalize(String(String.UnicodeScalarView(scalars)))
    }

    /// Whether two canonical names agree: both absent, or equal after normalization without titles and
    /// articles, or one's words contain the other's.
    func namesAgree(_ a: String?, _ b: String?, _ lexicon: QuoteLexicon?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        func words(_ s: String) -> Set<String> {
            var out = Set<String>()
            for w in normalizer.normalize(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                var word = String(w)
                if let lexicon, lexicon.titles.contains(word.unicodeScalars) != nil { continue }
                if ["the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov"].contains(word) { continue }
                if word.hasPrefix("ال") && word.count > 3 { word.removeFirst(2) }
                if word.hasPrefix("و") && word.count > 3 { word.removeFirst() }
                if word.hasSuffix("ه") && word.count > 3 { word.removeLast() }
                out.insert(word)
            }
            return out
        }
        let wa = words(a), wb = words(b)
        if wa.isEmpty || wb.isEmpty { return wa == wb }
        return wa == wb || wa.isSubset(of: wb) || wb.isSubset(of: wa)
    }
}
