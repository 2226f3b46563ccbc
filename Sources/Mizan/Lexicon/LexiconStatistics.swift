/// Counts of a lexicon set (`mizan lexicon stats`).
public struct LexiconStatistics: Sendable {
    public struct Row: Hashable, Sendable {
        public var language: String
        /// A category id, or `*` for the language's total.
        public var category: String
        public var entries: Int
        /// Entries with at least one neutral alternative.
        public var withAlternative: Int
        /// Entries of two or more words.
        public var multiword: Int
        /// Extra forms listed.
        public var forms: Int
        /// Entries with an empty note.
        public var withoutNote: Int

        public var withoutAlternative: Int { entries - withAlternative }
        public var multiwordShare: Double { entries > 0 ? Double(multiword) / Double(entries) : 0 }
    }

    public var rows: [Row]

    public init(_ set: LexiconSet) {
        var rows: [Row] = []
        for l in set.lexicons {
            var total = Row(language: l.language, category: "*", entries: 0, withAlternative: 0, multiword: 0, forms: 0, withoutNote: 0)
            var ids = l.categories.map(\.id)
            for e in l.entries where !ids.contains(e.category) { ids.append(e.category) }
            for c in ids {
                var r = Row(language: l.language, category: c, entries: 0, withAlternative: 0, multiword: 0, forms: 0, withoutNote: 0)
                for e in l.entries where e.category == c {
                    r.entries += 1
                    if !e.alternatives.isEmpty { r.withAlternative += 1 }
                    if e.key.contains(" ") { r.multiword += 1 }
                    r.forms += e.forms.count
                    if e.note.isEmpty { r.withoutNote += 1 }
                }
                total.entries += r.entries
                total.withAlternative += r.withAlternative
                total.multiword += r.multiword
                total.forms += r.forms
                total.withoutNote += r.withoutNote
                rows.append(r)
            }
            rows.append(total)
        }
        self.rows = rows
    }

    /// A TSV table with a header.
    public var tsv: String {
        var out = "language\tcategory\tentries\twith_alternative\twithout_alternative\tmultiword\tmultiword_share\tforms\twithout_note\n"
        for r in rows {
            out += [r.language, r.category, "\(r.entries)", "\(r.withAlternative)", "\(r.withoutAlternative)", "\(r.multiword)",
                    JSONWriter.format(r.multiwordShare, digits: 3), "\(r.forms)", "\(r.withoutNote)"].joined(separator: "\t") + "\n"
        }
        return out
    }
}
