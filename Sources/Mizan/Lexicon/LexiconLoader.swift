import Foundation

/// A problem in lexicon data, reported as `file:line: message`.
public struct LexiconProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The data cannot be used as written: loading for analysis fails.
        case error
        /// The data loads, but something is wrong (a duplicate, an entry that can never match, a missing note).
        case warning
    }

    public var location: SourceLocation
    public var message: String
    public var severity: Severity

    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `path:line: message`.
    public var description: String { "\(location): \(message)" }

    var asError: MizanError { .badData(path: location.path, line: location.line, reason: message) }
}

/// Reads and validates loaded-term lexicons: a language folder (`manifest.json` + `terms/*.tsv`), a whole
/// `Lexicons` folder, or a single TSV file. Every problem is collected with its `file:line`; analysis
/// uses ``load(directory:)``, which fails on the first error, and `mizan lexicon check` lists them all.
public enum LexiconLoader {
    /// The TSV columns, in the order the README lists them.
    public static let columns = ["term", "forms", "category", "weight", "alternative", "note", "match"]
    static let requiredColumns = ["term", "category", "weight", "note"]
    static let weightRange = 0.1...1.0

    /// The result of reading lexicon data.
    public struct Result: Sendable {
        /// The lexicons read (usable parts: rows with errors are left out, duplicates keep the first).
        public var lexicons: LexiconSet
        public var problems: [LexiconProblem]
        public var errors: [LexiconProblem] { problems.filter { $0.severity == .error } }
    }

    // MARK: Entry points

    /// Loads the lexicon of a language folder for analysis.
    /// - Throws: ``MizanError/badData(path:line:reason:)`` for the first error (warnings are ignored).
    public static func load(directory: URL) throws -> Lexicon {
        let r = readLanguage(directory)
        try throwFirstError(r.problems)
        guard let l = r.lexicons.lexicons.first else {
            throw MizanError.badData(path: directory.path, line: nil, reason: "no lexicon here (expected manifest.json and terms/*.tsv)")
        }
        return l
    }

    /// Loads every language folder with a `manifest.json` under a `Lexicons` folder.
    /// - Throws: the first error.
    public static func loadAll(root: URL) throws -> LexiconSet {
        let r = readAll(root: root)
        try throwFirstError(r.problems)
        return r.lexicons
    }

    /// Loads an extra lexicon given with `--lexicon`: a TSV file, a language folder or a `Lexicons` folder.
    /// A lone TSV file takes its language and categories from `base` (or from the manifest of the folder it sits in).
    /// - Throws: the first error.
    public static func loadExtra(_ path: String, base: LexiconSet) throws -> LexiconSet {
        let r = read(path: path, base: base)
        try throwFirstError(r.problems)
        return r.lexicons
    }

    /// Reads `path` (a `Lexicons` folder, a language folder or a TSV file) and returns every problem,
    /// including duplicates and entries that can never match (`mizan lexicon check`).
    public static func check(path: String, base: LexiconSet = LexiconSet()) -> [LexiconProblem] {
        read(path: path, base: base, thorough: true).problems
    }

    private static func throwFirstError(_ problems: [LexiconProblem]) throws {
        let errors = problems.filter { $0.severity == .error }
        guard let first = errors.first else { return }
        var reason = first.message
        if errors.count > 1 { reason += " (and \(errors.count - 1) more error\(errors.count > 2 ? "s" : ""); run `mizan lexicon check`)" }
        throw MizanError.badData(path: first.location.path, line: first.location.line, reason: reason)
    }

    /// Reads whatever `path` is. Problems come sorted by file and line.
    /// - Parameter thorough: also compile the entries and report those that can never match (slower;
    ///   `mizan lexicon check` does it, loading for analysis does not).
    public static func read(path: String, base: LexiconSet = LexiconSet(), thorough: Bool = false) -> Result {
        var r = readUnsorted(path: path, base: base, thorough: thorough)
        r.problems = r.problems.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            if x.path != y.path { return x.path < y.path }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        return r
    }

    private static func readUnsorted(path: String, base: LexiconSet, thorough: Bool) -> Result {
        let url = URL(fileURLWithPath: path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            return Result(lexicons: LexiconSet(), problems: [LexiconProblem(SourceLocation(path: path, line: nil), "no such file or folder")])
        }
        if isDir.boolValue {
            if exists(url.appendingPathComponent("manifest.json")) { return readLanguage(url, thorough: thorough) }
            if exists(url.appendingPathComponent("Lexicons")) && !hasLanguageFolders(url) {
                return readAll(root: url.appendingPathComponent("Lexicons"), thorough: thorough)
            }
            return readAll(root: url, thorough: thorough)
        }
        return readLoneTSV(url, base: base, thorough: thorough)
    }

    /// Reads every language folder (with a manifest) under `root`.
    public static func readAll(root: URL, thorough: Bool = false) -> Result {
        var set = LexiconSet()
        var problems: [LexiconProblem] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        var found = false
        for name in names {
            let dir = root.appendingPathComponent(name)
            if exists(dir.appendingPathComponent("manifest.json")) {
                found = true
                let r = readLanguage(dir, thorough: thorough)
                for l in r.lexicons.lexicons { set.add(l) }
                problems += r.problems
            } else if ((try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("terms").path)) ?? [])
                        .contains(where: { $0.hasSuffix(".tsv") }) {
                problems.append(LexiconProblem(SourceLocation(path: dir.appendingPathComponent("manifest.json").path, line: nil),
                                               "terms/*.tsv exist but manifest.json is missing"))
            }
        }
        if !found && problems.isEmpty {
            problems.append(LexiconProblem(SourceLocation(path: root.path, line: nil), "no lexicon here (expected <lang>/manifest.json)"))
        }
        return Result(lexicons: set, problems: problems)
    }

    private static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    private static func hasLanguageFolders(_ url: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).contains {
            exists(url.appendingPathComponent($0).appendingPathComponent("manifest.json"))
        }
    }

    // MARK: A language folder

    /// Reads `manifest.json` and `terms/*.tsv` of one language folder.
    public static func readLanguage(_ dir: URL, thorough: Bool = false) -> Result {
        var problems: [LexiconProblem] = []
        let manifestURL = dir.appendingPathComponent("manifest.json")
        guard var lexicon = readManifest(manifestURL, problems: &problems) else {
            return Result(lexicons: LexiconSet(), problems: problems)
        }
        let folder = dir.lastPathComponent
        if folder.count <= 3 && folder != lexicon.language && !folder.isEmpty {
            problems.append(LexiconProblem(SourceLocation(path: manifestURL.path, line: lineOf("\"language\"", in: manifestURL)),
                                           "language is '\(lexicon.language)' but the folder is '\(folder)'", severity: .warning))
        }
        let terms = dir.appendingPathComponent("terms")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: terms.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        var entries: [LexiconEntry] = []
        for f in files {
            entries += readTSV(terms.appendingPathComponent(f), language: lexicon.language, defaults: lexicon.defaultMatch,
                               categories: Set(lexicon.categories.map(\.id)), problems: &problems)
        }
        lexicon.entries = validateEntries(entries, problems: &problems)
        if thorough { problems += neverMatching(lexicon.entries) }
        return Result(lexicons: LexiconSet([lexicon]), problems: problems)
    }

    /// A TSV file on its own: the manifest of the language folder it sits in (`<lang>/terms/x.tsv`), or
    /// else the language its terms are written in and that language's categories in `base`.
    static func readLoneTSV(_ url: URL, base: LexiconSet, thorough: Bool = false) -> Result {
        var problems: [LexiconProblem] = []
        let folder = url.deletingLastPathComponent()
        let manifestURL = folder.lastPathComponent == "terms" ? folder.deletingLastPathComponent().appendingPathComponent("manifest.json") : folder.appendingPathComponent("manifest.json")
        var lexicon: Lexicon
        if exists(manifestURL) {
            guard let l = readManifest(manifestURL, problems: &problems) else { return Result(lexicons: LexiconSet(), problems: problems) }
            lexicon = l
        } else {
            let language = guessLanguage(url)
            guard let l = base.lexicon(for: language) else {
                problems.append(LexiconProblem(SourceLocation(path: url.path, line: nil),
                                               "no manifest for language '\(language)' to take categories from (put the file in a folder with a manifest.json, or load the language data)"))
                return Result(lexicons: LexiconSet(), problems: problems)
            }
            lexicon = l
        }
        lexicon.entries = []
        let entries = readTSV(url, language: lexicon.language, defaults: lexicon.defaultMatch,
                              categories: Set(lexicon.categories.map(\.id)), problems: &problems)
        lexicon.entries = validateEntries(entries, problems: &problems)
        if thorough { problems += neverMatching(lexicon.entries) }
        return Result(lexicons: LexiconSet([lexicon]), problems: problems)
    }

    /// `ar` when most terms of a file are in Arabic script, else `en`.
    static func guessLanguage(_ url: URL) -> String {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return "en" }
        var arabic = 0, latin = 0
        for line in TextLines.lines(text) where !line.isEmpty && !line.hasPrefix("#") {
            guard let first = TextLines.split(line, at: UInt8(ascii: "\t")).first else { continue }
            for s in first.unicodeScalars where s.properties.isAlphabetic {
                if TermMorphology.isArabicLetter(s) { arabic += 1 } else { latin += 1 }
                break
            }
        }
        return arabic > latin ? "ar" : "en"
    }

    // MARK: Manifest

    static func readManifest(_ url: URL, problems: inout [LexiconProblem]) -> Lexicon? {
        let whole = SourceLocation(path: url.path, line: nil)
        guard let data = try? Data(contentsOf: url) else {
            problems.append(LexiconProblem(whole, "cannot read the manifest"))
            return nil
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            problems.append(LexiconProblem(whole, "not valid JSON (\(jsonErrorReason(error)))"))
            return nil
        }
        guard let dict = object as? [String: Any] else {
            problems.append(LexiconProblem(whole, "the manifest must be a JSON object"))
            return nil
        }
        func at(_ needle: String) -> SourceLocation { SourceLocation(path: url.path, line: lineOf(needle, in: url)) }
        guard let language = dict["language"] as? String, !language.isEmpty else {
            problems.append(LexiconProblem(at("\"language\""), "the manifest has no \"language\" (a BCP-47 code such as ar or en)"))
            return nil
        }
        for key in ["name", "version"] where (dict[key] as? String)?.isEmpty ?? true {
            problems.append(LexiconProblem(whole, "the manifest has no \"\(key)\"", severity: .warning))
        }
        var defaults = MatchOptions()
        if let d = dict["defaults"] {
            if let dd = d as? [String: Any], let m = dd["match"] {
                if let ms = m as? String {
                    let (o, unknown) = MatchOptions.parse(ms, over: MatchOptions())
                    defaults = o
                    for u in unknown {
                        problems.append(LexiconProblem(at("\"match\""), "unknown match option '\(u)' in defaults (known: \(MatchOptions.names.joined(separator: ", ")))"))
                    }
                } else {
                    problems.append(LexiconProblem(at("\"match\""), "defaults.match must be a string such as \"clitics,inflect\""))
                }
            } else if !(d is [String: Any]) {
                problems.append(LexiconProblem(at("\"defaults\""), "defaults must be an object"))
            }
        }
        var categories: [LexiconCategory] = []
        if let list = dict["categories"] as? [Any] {
            for (i, item) in list.enumerated() {
                guard let c = item as? [String: Any] else {
                    problems.append(LexiconProblem(at("\"categories\""), "category \(i + 1) is not an object"))
                    continue
                }
                guard let id = c["id"] as? String, !id.isEmpty else {
                    problems.append(LexiconProblem(at("\"categories\""), "category \(i + 1) has no \"id\""))
                    continue
                }
                let loc = at("\"\(id)\"")
                if id.contains(where: { $0 == "\t" || $0 == " " || $0 == "|" || $0 == "," }) {
                    problems.append(LexiconProblem(loc, "category id '\(id)' must not contain spaces, tabs, commas or '|'"))
                }
                if categories.contains(where: { $0.id == id }) {
                    problems.append(LexiconProblem(loc, "category '\(id)' is declared twice"))
                    continue
                }
                func text(_ key: String) -> String {
                    if let s = c[key] as? String, !s.isEmpty { return s }
                    problems.append(LexiconProblem(loc, "category '\(id)' has no \"\(key)\"", severity: .warning))
                    return ""
                }
                let color = text("color")
                if !color.isEmpty && !isHexColor(color) {
                    problems.append(LexiconProblem(loc, "category '\(id)': color '\(color)' is not #rrggbb", severity: .warning))
                }
                var technique: String?
                if let t = c["technique"] {
                    if let ts = t as? String, !ts.isEmpty { technique = ts } else if !(t is NSNull) {
                        problems.append(LexiconProblem(loc, "category '\(id)': technique must be a string", severity: .warning))
                    }
                }
                categories.append(LexiconCategory(id: id, label: text("label"), labelNative: text("label_native"),
                                                  description: text("description"), color: color, technique: technique))
            }
        } else {
            problems.append(LexiconProblem(at("\"categories\""), "the manifest has no \"categories\" list"))
        }
        return Lexicon(language: language, name: dict["name"] as? String ?? "", version: dict["version"] as? String ?? "",
                       license: dict["license"] as? String ?? "", description: dict["description"] as? String ?? "",
                       defaultMatch: defaults, categories: categories, entries: [], manifestPath: url.path)
    }

    private static func isHexColor(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        return u.count == 7 && u[0] == "#" && u.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func jsonErrorReason(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }

    /// The 1-based line of the first occurrence of `needle` in a file.
    static func lineOf(_ needle: String, in url: URL) -> Int? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        for (i, line) in TextLines.lines(text).enumerated() where line.contains(needle) {
            return i + 1
        }
        return nil
    }

    // MARK: TSV

    /// Reads the rows of one terms file. Rows with errors are reported and left out.
    static func readTSV(_ url: URL, language: String, defaults: MatchOptions, categories: Set<String>,
                        problems: inout [LexiconProblem]) -> [LexiconEntry] {
        let path = url.path
        let lines: [(line: Int, text: String)]
        do { lines = try dataLines(url) } catch {
            var reason = "\(error)"
            if case MizanError.badData(_, _, let r) = error { reason = r }
            problems.append(LexiconProblem(SourceLocation(path: path, line: nil), reason))
            return []
        }
        guard let first = lines.first else {
            problems.append(LexiconProblem(SourceLocation(path: path, line: nil), "no header row", severity: .warning))
            return []
        }
        let header = TextLines.split(first.text, at: UInt8(ascii: "\t")).map { trim($0).lowercased() }
        let headerLoc = SourceLocation(path: path, line: first.line)
        var missing = false
        for r in requiredColumns where !header.contains(r) {
            problems.append(LexiconProblem(headerLoc, "the header has no '\(r)' column (found: \(header.joined(separator: ", ")); expected \(columns.joined(separator: "\t")))"))
            missing = true
        }
        for (i, name) in header.enumerated() {
            if !columns.contains(name) {
                problems.append(LexiconProblem(headerLoc, "unknown column '\(name)' (columns: \(columns.joined(separator: ", ")))", severity: .warning))
            } else if header.firstIndex(of: name) != i {
                problems.append(LexiconProblem(headerLoc, "column '\(name)' appears twice"))
                missing = true
            }
        }
        if missing { return [] }
        var entries: [LexiconEntry] = []
        for (n, line) in lines.dropFirst() {
            let loc = SourceLocation(path: path, line: n)
            let fields = TextLines.split(line, at: UInt8(ascii: "\t")).map(trim)
            if fields.count > header.count {
                problems.append(LexiconProblem(loc, "\(fields.count) fields but the header has \(header.count) (a TAB inside a field?)"))
                continue
            }
            var row: [String: String] = [:]
            for (i, name) in header.enumerated() { row[name] = i < fields.count ? fields[i] : "" }
            var bad = false
            func fail(_ message: String) { problems.append(LexiconProblem(loc, message)); bad = true }
            let term = row["term"] ?? ""
            if term.isEmpty {
                fail("the term is empty")
                continue
            }
            if term.contains("|") { fail("the term '\(term)' contains '|' (extra forms go in the forms column)") }
            let category = row["category"] ?? ""
            if category.isEmpty {
                fail("'\(term)' has no category")
            } else if !categories.contains(category) {
                fail("'\(term)': unknown category '\(category)' (the manifest declares: \(categories.sorted().joined(separator: ", ")))")
            }
            let weightField = row["weight"] ?? ""
            var weight = 0.0
            if weightField.isEmpty {
                fail("'\(term)' has no weight (0.1 to 1.0)")
            } else if let w = Double(weightField.replacingOccurrences(of: ",", with: ".")), w.isFinite {
                weight = w
                if !weightRange.contains(w) { fail("'\(term)': weight \(weightField) is out of range (0.1 to 1.0)") }
            } else {
                fail("'\(term)': weight '\(weightField)' is not a number (0.1 to 1.0)")
            }
            let (options, unknown) = (row["match"] ?? "").isEmpty ? (defaults, []) : MatchOptions.parse(row["match"] ?? "", over: defaults)
            for u in unknown { fail("'\(term)': unknown match option '\(u)' (known: \(MatchOptions.names.joined(separator: ", ")))") }
            let note = row["note"] ?? ""
            if note.isEmpty && !bad { problems.append(LexiconProblem(loc, "'\(term)' has no note (why it is loaded, for whom)", severity: .warning)) }
            if bad { continue }
            entries.append(LexiconEntry(language: language, term: term, forms: split(row["forms"]), category: category, weight: weight,
                                        alternatives: split(row["alternative"]), note: note, match: options, location: loc))
        }
        return entries
    }

    /// The `|`-separated items of a field (forms, alternatives), trimmed, empty ones dropped. Split by
    /// bytes, like lines and fields: a `|` followed by a combining mark still separates.
    private static func split(_ field: String?) -> [String] {
        guard let field, !field.isEmpty else { return [] }
        return TextLines.split(field, at: UInt8(ascii: "|")).map(trim).filter { !$0.isEmpty }
    }

    /// A field without surrounding spaces and tabs (plain Swift: Foundation's trimming is slow on Linux).
    static func trim(_ s: Substring) -> String {
        let isSpace = { (c: Character) in c == " " || c == "\t" || c == "\u{A0}" }
        guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(s[first...last])
    }

    /// The lines of a UTF-8 data file with their 1-based numbers, without comments and blank lines.
    static func dataLines(_ url: URL) throws -> [(line: Int, text: String)] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MizanError.badData(path: url.path, line: nil, reason: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw MizanError.badData(path: url.path, line: nil, reason: "not valid UTF-8")
        }
        var out: [(Int, String)] = []
        var n = 0
        for line in TextLines.lines(text) {
            n += 1
            let t = trim(line)
            if t.isEmpty || t.hasPrefix("#") { continue }
            out.append((n, String(line)))
        }
        return out
    }

    // MARK: Cross-entry checks

    /// Duplicates and conflicts: the same normalized term or form twice. A duplicate in the same category is
    /// a warning (the first entry is kept); one in another category is an error. Forms that repeat their
    /// own term, and terms that normalize to nothing or to a single letter, are warnings.
    static func validateEntries(_ entries: [LexiconEntry], problems: inout [LexiconProblem]) -> [LexiconEntry] {
        func place(_ o: LexiconEntry, from e: LexiconEntry) -> String {
            o.location.path == e.location.path ? "line \(o.location.line ?? 0)" : o.location.description
        }
        var owner: [String: (entry: Int, isForm: Bool)] = [:]
        var kept: [LexiconEntry] = []
        for e in entries {
            let termKey = e.key
            if termKey.isEmpty {
                problems.append(LexiconProblem(e.location, "'\(e.term)' can never match: it normalizes to no word (letters or digits)", severity: .warning))
                continue
            }
            if termKey.unicodeScalars.count == 1 {
                problems.append(LexiconProblem(e.location, "'\(e.term)' normalizes to a single letter, which would match every lone '\(termKey)'; it is left out", severity: .warning))
                continue
            }
            if let (other, isForm) = owner[termKey] {
                let o = kept[other]
                let what = isForm ? "a form of '\(o.term)'" : "'\(o.term)'"
                if o.category == e.category {
                    problems.append(LexiconProblem(e.location, "duplicate: '\(e.term)' normalizes like \(what) at \(place(o, from: e)) (same category; this row is ignored)", severity: .warning))
                } else {
                    problems.append(LexiconProblem(e.location, "conflict: '\(e.term)' (\(e.category)) normalizes like \(what) at \(place(o, from: e)), which is \(o.category)"))
                }
                continue
            }
            var entry = e
            var forms: [String] = []
            var seen: [String: String] = [termKey: e.term]
            for f in e.forms {
                let k = Lexicon.key(f)
                if k.isEmpty {
                    problems.append(LexiconProblem(e.location, "form '\(f)' of '\(e.term)' normalizes to no word", severity: .warning))
                    continue
                }
                if let earlier = seen[k] {
                    problems.append(LexiconProblem(e.location, "form '\(f)' is the same as '\(earlier)' after normalization (case, hyphens and spaces do not matter): remove it", severity: .warning))
                    continue
                }
                seen[k] = f
                if let (other, isForm) = owner[k] {
                    let o = kept[other]
                    let what = isForm ? "a form of '\(o.term)'" : "'\(o.term)'"
                    if o.category == e.category {
                        problems.append(LexiconProblem(e.location, "duplicate: form '\(f)' of '\(e.term)' normalizes like \(what) at \(place(o, from: e)) (same category)", severity: .warning))
                    } else {
                        problems.append(LexiconProblem(e.location, "conflict: form '\(f)' of '\(e.term)' (\(e.category)) normalizes like \(what) at \(place(o, from: e)), which is \(o.category)"))
                    }
                }
                forms.append(f)
            }
            entry.forms = forms
            if e.match.prefix, let last = termKey.split(separator: " ").last, last.unicodeScalars.count < 4 {
                problems.append(LexiconProblem(e.location, "'\(e.term)': prefix needs a last word of 4+ letters; it matches as a whole word", severity: .warning))
            }
            let index = kept.count
            kept.append(entry)
            owner[termKey] = (index, false)
            for f in forms where owner[Lexicon.key(f)] == nil { owner[Lexicon.key(f)] = (index, true) }
        }
        return kept
    }

    /// Entries that the compiled matcher cannot find even in their own text (shadowed by another entry).
    static func neverMatching(_ entries: [LexiconEntry]) -> [LexiconProblem] {
        guard !entries.isEmpty else { return [] }
        let matcher = LoadedTermMatcher(entries: entries)
        var problems: [LexiconProblem] = []
        for (i, e) in entries.enumerated() {
            for text in [e.term] + e.forms {
                let original = DocumentText(text)
                let normalized = TextNormalizer.standard.normalize(original)
                let found = matcher.matches(in: normalized, original: original.scalars)
                let whole = found.first { $0.normalized.lowerBound == 0 || $0.tokens == TermWords.words(of: normalized.string).count }
                if found.contains(where: { $0.entry == i }) { continue }
                if let w = whole {
                    let o = entries[w.entry]
                    let at = o.location.path == e.location.path ? "line \(o.location.line ?? 0)" : o.location.description
                    problems.append(LexiconProblem(e.location, "'\(text)' can never match '\(e.term)': '\(o.term)' at \(at) wins on the same words", severity: .warning))
                } else {
                    problems.append(LexiconProblem(e.location, "'\(text)' can never match: the matcher does not find it in its own text", severity: .warning))
                }
            }
        }
        return problems
    }
}
