import Foundation

/// The language data of quote extraction and attribution for one language, loaded from
/// `Lexicons/<lang>/quotes/` (formats documented at the top of each file) and validated.
public struct QuoteLexicon: Sendable {
    /// `raising`: an English verb whose subject belongs to the content and which names no source
    /// ("Trump **appears** to ignore …", "the sale **is expected** to close").
    public enum CueKind: String, Sendable, CaseIterable { case verb, participle, noun, according, raising }
    public enum CueClass: String, Sendable, CaseIterable { case speech, belief, report, according }
    /// What follows a cue as its content (see the header of `cues.tsv`); `infinitive` is a to-infinitive
    /// only ("plans to", "declined to").
    public enum Complement: String, Sendable, CaseIterable { case that, nominal, quote, any, infinitive }

    /// What a cue word or phrase means.
    public struct Cue: Sendable, Hashable {
        public var lemma: String
        public var kind: CueKind
        public var stance: Attribution.Stance
        public var cueClass: CueClass
        public var complement: Complement
    }

    /// A cue as the tables hold it: plain values, the lemma named by its index in ``cueLemmas``, so that
    /// a lookup, and every copy the rules make of a cue found, copies no string.
    struct CueEntry: Sendable, Hashable {
        var kind: CueKind
        var stance: Attribution.Stance
        var cueClass: CueClass
        var complement: Complement
        var lemmaID: Int32
    }

    /// The lemma of cue entry `e`.
    func lemma(_ e: CueEntry) -> String { cueLemmas[Int(e.lemmaID)] }

    /// The cue entry `e` with its lemma.
    func cue(_ e: CueEntry) -> Cue {
        Cue(lemma: lemma(e), kind: e.kind, stance: e.stance, cueClass: e.cueClass, complement: e.complement)
    }

    public enum TitleType: String, Sendable, CaseIterable { case rank, honorific, role }

    public struct Title: Sendable, Hashable {
        public var type: TitleType
        public var official: Bool
    }

    public struct Head: Sendable, Hashable {
        public var kind: Attribution.SourceKind
        public var official: Bool
    }

    public enum MarkerRole: String, Sendable, CaseIterable {
        case complementizer, continuation, preposition, temporal, recipient, pronoun, relative, verb, particle
    }

    public let language: String
    let cues: PhraseTable<CueEntry>
    /// The cues' lemmas, each once (``CueEntry/lemmaID``).
    let cueLemmas: [String]
    let titles: PhraseTable<Title>
    let heads: PhraseTable<Head>
    let anonymous: PhraseTable<Bool>
    let markers: PhraseTable<MarkerRole>
    /// Common given names (optional file `given-names.txt`), to recognize untitled names.
    let givenNames: PhraseTable<Bool>
    /// Arabic cue verbs with an object pronoun attached (أعلنها، يعتبره، أبلغهم): each one-word verb of
    /// ``cues`` of at least three letters, with each of ``objectSuffixes``, to the verb's cue. Held as a
    /// table of its own so that the hash of each token's lookup forms, computed anyway, says whether
    /// a token can be one (``Table/cueObjects``), instead of every word ending in ه، ا or م being cut and
    /// looked up again. Empty for other languages.
    let cueObjects: PhraseTable<CueEntry>
    /// Object pronouns an Arabic cue verb may carry (يعتبرها، أعلنها).
    static let objectSuffixes = ["ها", "هم", "ه", "هما"]

    /// The phrase tables, as bits of ``firstWords``.
    enum Table: Int, CaseIterable {
        case cues, titles, heads, anonymous, markers, givenNames
        /// ``EnglishWordFlags/table`` (consulted for languages other than Arabic and Persian).
        case englishWords
        /// ``cueObjects`` (Arabic and Persian lexicons only).
        case cueObjects
    }

    /// For the ``WordHash`` of every word that starts a phrase of some table, a bit per ``Table``
    /// (`1 << table.rawValue`, bits 0–7): one probe per word tells which tables are worth a lookup. For
    /// a word of the English word classes, bits 8–15 hold its length and bits 16 and up its
    /// ``EnglishWordFlags``, so that the same probe gives a token its classes
    /// (``englishWordFlags(_:length:)``).
    let firstWords: HashIndex
    /// The ``firstWords`` bits that name tables.
    static let tableBits = 0xFF

    /// The English word classes in ``firstWords``' value `t` for the hash of a word of `length` scalars:
    /// the class word's flags when its length is `length` too, else none. A word taken for a class word
    /// this way has the class word's 64-bit ``WordHash`` and length. (Comparing its first and last
    /// letters as well, read from a table of the class words, cost a ninth of the quote stage's
    /// per-token pass; the chance that some word of a corpus shares a class word's hash is of the order
    /// of the corpus's vocabulary times a thousand over 2^64.)
    @inline(__always)
    static func englishWordFlags(_ t: Int, length: Int) -> UInt32 {
        // All ones when the lengths agree: the sign of `-d | d` is set unless `d` is 0 (arithmetic, not a
        // comparison, which the compiler made a branch: its outcome is unpredictable).
        let d = ((t &>> 8) & 0xFF) ^ length
        let sameLength = ~((d | (0 &- d)) &>> 63)
        return UInt32(truncatingIfNeeded: (t &>> 16) & sameLength)
    }
    /// A 65,536-bit filter of the hashes in ``firstWords`` (bit `hash >> 48`): most Arabic lookup forms
    /// start no phrase, and one load from this 8 KB array says so without probing the larger index.
    /// (Other languages' tokens probe the index directly: most English words are in it, as class words.)
    let firstWordFilter: [UInt64]

    /// The ``firstWords`` bits of a word's hash (0 when no table has a phrase starting with it).
    @inline(__always)
    func tablesStarting(hash h: UInt64) -> Int {
        let bit = Int(truncatingIfNeeded: h >> 48)
        guard firstWordFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        return (firstWords.value(h) ?? 0) & Self.tableBits
    }

    /// Loads `<directory>/<language>/quotes/*.tsv`; nil when the folder does not exist.
    public static func load(directory: URL, language: String) throws -> QuoteLexicon? {
        let base = directory.appendingPathComponent("\(language)/quotes")
        guard FileManager.default.fileExists(atPath: base.path) else { return nil }
        return try QuoteLexicon(base: base, language: language)
    }

    init(base: URL, language: String) throws {
        self.language = language
        let n = TextNormalizer.standard
        func norm(_ s: String, _ url: URL, _ line: Int) throws -> String {
            let words = n.normalize(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.isEmpty { throw MizanError.badData(path: url.path, line: line, reason: "'\(s)' is empty after normalization") }
            return words.joined(separator: " ")
        }
        /// Arabic entries match with or without the article on their first word (الناطق / ناطق).
        func forms(_ normalized: String) -> [String] {
            guard language == "ar", normalized.hasPrefix("ال"), normalized.count > 4 else { return [normalized] }
            return [normalized, String(normalized.dropFirst(2))]
        }
        func choice<T: RawRepresentable & CaseIterable>(_ value: String, _ type: T.Type, _ column: String, _ url: URL, _ line: Int) throws -> T
        where T.RawValue == String {
            guard let v = T(rawValue: value) else {
                let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw MizanError.badData(path: url.path, line: line, reason: "\(column) '\(value)' is not one of: \(allowed)")
            }
            return v
        }
        func yesNo(_ value: String, _ url: URL, _ line: Int) throws -> Bool {
            switch value.lowercased() {
            case "yes": return true
            case "no", "": return false
            default: throw MizanError.badData(path: url.path, line: line, reason: "official must be yes or no, not '\(value)'")
            }
        }

        var cues = PhraseTable<CueEntry>()
        var lemmas: [String] = []
        var lemmaIDs: [String: Int32] = [:]
        let cueFile = base.appendingPathComponent("cues.tsv")
        for (line, f) in try DataFile.tsv(cueFile, required: ["forms", "lemma", "kind", "stance", "class", "complement"]).rows {
            let cue = Cue(lemma: f["lemma"] ?? "",
                          kind: try choice(f["kind"] ?? "", CueKind.self, "kind", cueFile, line),
                          stance: try choice(f["stance"] ?? "", Attribution.Stance.self, "stance", cueFile, line),
                          cueClass: try choice(f["class"] ?? "", CueClass.self, "class", cueFile, line),
                          complement: try choice(f["complement"] ?? "", Complement.self, "complement", cueFile, line))
            if cue.lemma.isEmpty { throw MizanError.badData(path: cueFile.path, line: line, reason: "the lemma is empty") }
            let lemmaID: Int32
            if let id = lemmaIDs[cue.lemma] {
                lemmaID = id
            } else {
                lemmaID = Int32(lemmas.count)
                lemmaIDs[cue.lemma] = lemmaID
                lemmas.append(cue.lemma)
            }
            let entry = CueEntry(kind: cue.kind, stance: cue.stance, cueClass: cue.cueClass, complement: cue.complement, lemmaID: lemmaID)
            for form in (f["forms"] ?? "").split(separator: "|") {
                let normalized = try norm(String(form), cueFile, line)
                cues.insert(normalized, entry)
                // Arabic dual of a third-person perfect verb (قال → قالا, أضاف → أضافا).
                if language == "ar", cue.kind == .verb, !normalized.contains(" "), normalized.count >= 3,
                   let last = normalized.last, !"اويتن".contains(last), cues.contains((normalized + "ا").unicodeScalars) == nil {
                    cues.insert(normalized + "ا", entry)
                }
            }
        }
        self.cues = cues
        cueLemmas = lemmas

        var titles = PhraseTable<Title>()
        let titleFile = base.appendingPathComponent("titles.tsv")
        for (line, f) in try DataFile.tsv(titleFile, required: ["title", "type", "official"]).rows {
            let title = Title(type: try choice(f["type"] ?? "", TitleType.self, "type", titleFile, line),
                              official: try yesNo(f["official"] ?? "", titleFile, line))
            for form in forms(try norm(f["title"] ?? "", titleFile, line)) where titles.contains(form.unicodeScalars) == nil || form.contains(" ") {
                titles.insert(form, title)
            }
        }
        self.titles = titles

        var heads = PhraseTable<Head>()
        let headFile = base.appendingPathComponent("organizations.tsv")
        for (line, f) in try DataFile.tsv(headFile, required: ["head", "kind", "official"]).rows {
            let kind = try choice(f["kind"] ?? "", Attribution.SourceKind.self, "kind", headFile, line)
            guard [.organization, .media, .document].contains(kind) else {
                throw MizanError.badData(path: headFile.path, line: line, reason: "kind must be organization, media or document")
            }
            let head = Head(kind: kind, official: try yesNo(f["official"] ?? "", headFile, line))
            for form in forms(try norm(f["head"] ?? "", headFile, line)) where heads.contains(form.unicodeScalars) == nil || form.contains(" ") {
                heads.insert(form, head)
            }
        }
        self.heads = heads

        var anonymous = PhraseTable<Bool>()
        let anonFile = base.appendingPathComponent("anonymous.tsv")
        for (line, f) in try DataFile.tsv(anonFile, required: ["phrase"]).rows {
            for form in forms(try norm(f["phrase"] ?? "", anonFile, line)) { anonymous.insert(form, true) }
        }
        self.anonymous = anonymous

        var markers = PhraseTable<MarkerRole>()
        let markerFile = base.appendingPathComponent("markers.tsv")
        for (line, f) in try DataFile.tsv(markerFile, required: ["word", "role"]).rows {
            markers.insert(try norm(f["word"] ?? "", markerFile, line),
                           try choice(f["role"] ?? "", MarkerRole.self, "role", markerFile, line))
        }
        self.markers = markers

        var given = PhraseTable<Bool>()
        let givenFile = base.appendingPathComponent("given-names.txt")
        if FileManager.default.fileExists(atPath: givenFile.path) {
            for (line, name) in try DataFile.lines(givenFile) {
                given.insert(try norm(name.trimmingCharacters(in: .whitespaces), givenFile, line), true)
            }
        }
        self.givenNames = given

        var cueObjects = PhraseTable<CueEntry>()
        if language == "ar" || language == "fa" {
            // (Not three-letter opinion verbs: "قدرها" is far more often "its amount" than "estimated it";
            // "اعتبرها", "considered it", stays.)
            for (word, cue) in cues.oneWordPhrases() where cue.kind == .verb && word.count >= 3 && !(cue.cueClass == .belief && word.count == 3) {
                let verb = String(String.UnicodeScalarView(word))
                for suffix in Self.objectSuffixes { cueObjects.insert(verb + suffix, cue) }
            }
        }
        self.cueObjects = cueObjects

        var firstWords = HashIndex()
        var filter = [UInt64](repeating: 0, count: 1024)
        func index(_ hashes: [UInt64], _ table: Table) {
            let classWords = EnglishWordFlags.table
            for (k, h) in hashes.enumerated() {
                // (Two class words of the same hash would keep the first one's classes.)
                let classWord = table == .englishWords && (firstWords.value(h) ?? 0) >> 8 == 0
                    ? classWords.words[k].count << 8 | Int(classWords.flags[k].rawValue) << 16 : 0
                firstWords.set(h, (firstWords.value(h) ?? 0) | 1 << table.rawValue | classWord)
                let bit = Int(truncatingIfNeeded: h >> 48)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        index(cues.firstWordHashes, .cues)
        index(titles.firstWordHashes, .titles)
        index(heads.firstWordHashes, .heads)
        index(anonymous.firstWordHashes, .anonymous)
        index(markers.firstWordHashes, .markers)
        index(given.firstWordHashes, .givenNames)
        // (Arabic and Persian never consult the English word classes: their words stay out of the index.)
        if language != "ar" && language != "fa" { index(EnglishWordFlags.table.hashes, .englishWords) }
        index(cueObjects.firstWordHashes, .cueObjects)
        // Outside Arabic and Persian every token is looked up without the filter (`valueOrZero`); an
        // English index of about a thousand words takes 64 KB so.
        if language != "ar" && language != "fa" { firstWords.spread(slotsPerEntry: 4) }
        self.firstWords = firstWords
        self.firstWordFilter = filter
    }
}
