import Foundation
import Testing

/// End-to-end tests of `mizan lexicon …`, `mizan evaluate terms` and the lexicon options of `analyze`.
@Suite struct LexiconCLITests {
    typealias CLI = CLITests
    static let fixtures = "Tests/Fixtures/lexicon"

    @Test func checkListsEveryProblemAndExits1() throws {
        let r = try CLI.mizan(["lexicon", "check", "Tests/Fixtures/lexicon-bad"])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map { $0.replacingOccurrences(of: CLI.root.path + "/", with: "") }
        #expect(lines.count == 17)
        #expect(lines.contains("Tests/Fixtures/lexicon-bad/xx/terms/bad.tsv:4: error: 'smear': unknown category 'loadd' (the manifest declares: hedge, loaded)"))
        #expect(lines.contains("Tests/Fixtures/lexicon-bad/xx/manifest.json:5: error: unknown match option 'sometimes' in defaults (known: clitics, noclitics, inflect, noinflect, case, prefix, exact)"))
        #expect(r.stderr.contains("8 error(s), 9 warning(s)"))
    }

    @Test func checkOfCleanDataExits0() throws {
        let r = try CLI.mizan(["lexicon", "check", Self.fixtures])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("ok (23 entries)"))
        // A single TSV file, checked against the data folder's categories.
        let one = try CLI.mizan(["lexicon", "check", Self.fixtures + "/en/terms/test.tsv", "--data-dir", Self.fixtures])
        #expect(one.status == 0, "\(one.stdout)")
    }

    @Test func stats() throws {
        let r = try CLI.mizan(["lexicon", "stats", "--data-dir", Self.fixtures])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0] == ["language", "category", "entries", "with_alternative", "without_alternative", "multiword", "multiword_share", "forms", "without_note"])
        // ar labeling: إرهابي, الجماعات الإرهابية المسلحة, الجماعات الإرهابية, الإرهاب, الحكومة العميلة, مقاتل.
        #expect(rows.contains(["ar", "labeling", "6", "4", "2", "3", "0.5", "1", "0"]))
        #expect(rows.contains { $0.prefix(3) == ["en", "*", "12"] })
        #expect(r.stderr.contains("compiled:"))
    }

    @Test func analyzeWithExtraLexiconAndCategories() throws {
        let dir = try CLI.temporaryDirectory()
        let extra = dir.appendingPathComponent("extra.tsv")
        try "term\tcategory\tweight\tnote\nhooligan\tlabeling\t0.5\ttest\n".write(to: extra, atomically: true, encoding: .utf8)
        let text = "The thugs and hooligans of the regime."
        var r = try CLI.mizan(["analyze", "-", "--format", "json", "--lang", "en", "--data-dir", Self.fixtures, "--lexicon", extra.path], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        var json = try CLI.parse(r.stdout)
        var terms = (json["loaded_terms"] as? [[String: Any]] ?? []).map { $0["text"] as? String ?? "" }
        #expect(terms == ["thugs", "hooligans", "regime"])
        CLI.checkSpans(json, text: Array(text.unicodeScalars))
        let scores = try #require(json["scores"] as? [String: Any])
        let narrator = try #require(scores["narrator"] as? [String: Any])
        #expect(narrator["loaded_terms"] as? Int == 3 && narrator["words"] as? Int == 7)

        r = try CLI.mizan(["analyze", "-", "--format", "json", "--lang", "en", "--data-dir", Self.fixtures, "--lexicon", extra.path,
                           "--categories", "delegitimizing"], stdin: text)
        json = try CLI.parse(r.stdout)
        terms = (json["loaded_terms"] as? [[String: Any]] ?? []).map { $0["text"] as? String ?? "" }
        #expect(terms == ["regime"])

        r = try CLI.mizan(["analyze", "-", "--data-dir", Self.fixtures, "--categories", "nosuch"], stdin: text)
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown category 'nosuch'"))
        r = try CLI.mizan(["analyze", "-", "--data-dir", "Tests/Fixtures/lexicon-bad"], stdin: text)
        #expect(r.status == 2)
        #expect(r.stderr.contains("manifest.json:5: unknown match option 'sometimes'"))
    }

    @Test func coverage() throws {
        let dir = try CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl")
        try """
        {"id": "1", "lang": "en", "text": "The thugs and the regime. More thugs."}
        {"id": "2", "lang": "en", "text": "The regime said nothing."}
        """.write(to: corpus, atomically: true, encoding: .utf8)
        let r = try CLI.mizan(["lexicon", "coverage", corpus.path, "--data-dir", Self.fixtures, "--jobs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0].first?.hasPrefix("# 2 documents; languages: en") == true)
        // Most matches first, then most documents.
        #expect(rows[2].prefix(8) == ["over", "en", "regime", "delegitimizing", "0.6", "2", "2", "1.0000"])
        #expect(rows[3].prefix(8) == ["over", "en", "thug", "labeling", "0.8", "2", "1", "0.5000"])
        #expect(rows.contains { $0.first == "dead" && $0[2] == "slam" })
        #expect(!rows.contains { $0.count > 1 && $0[1] == "ar" })  // no Arabic in the corpus
    }

    @Test func evaluateTerms() throws {
        let dir = try CLI.temporaryDirectory()
        let gold = dir.appendingPathComponent("gold.jsonl")
        // "الجماعات الإرهابية" [4,22) is gold Name_Calling and found; "شهيد" [26,30) is found but not gold.
        try """
        {"paragraph_id": "p1", "paragraph": "دعم الجماعات الإرهابية ضد شهيد", "labels": [{"technique": "Name_Calling-Labeling", "start": 4, "end": 22, "text": "الجماعات الإرهابية"}]}
        {"paragraph_id": "p2", "paragraph": "لا شيء هنا", "labels": []}
        """.write(to: gold, atomically: true, encoding: .utf8)
        let r = try CLI.mizan(["evaluate", "terms", "--gold", gold.path, "--data-dir", Self.fixtures])
        #expect(r.status == 0, "\(r.stderr)")
        // P = (1 + 0)/2, R = 1/1; F1 = 2·0.5·1/1.5 = 0.6667. Paragraphs: tp 1, tn 1.
        #expect(r.stdout.contains("spans  P 0.5000  R 1.0000  F1 0.6667"))
        #expect(r.stdout.contains("paragraphs  P 1.0000  R 1.0000  F1 1.0000   (tp 1, fp 0, fn 0, tn 1)"))
        #expect(r.stdout.contains("شهيد\tglorification\t1\t1\t0.000"))
    }

    @Test func seedArticleWithCuratedLexiconsWhenPresent() throws {
        let seed = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/articles/000_ce906912f90f5956.txt")
        let curated = CLI.root.deletingLastPathComponent().appendingPathComponent("main/Lexicons")
        guard FileManager.default.fileExists(atPath: seed.path), FileManager.default.fileExists(atPath: curated.appendingPathComponent("ar/terms").path) else {
            print("SKIP seedArticleWithCuratedLexiconsWhenPresent: ../shared/data or ../main/Lexicons is absent")
            return
        }
        let r = try CLI.mizan(["analyze", seed.path, "--data-dir", curated.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLI.parse(r.stdout)
        let found = (json["loaded_terms"] as? [[String: Any]] ?? []).map { $0["text"] as? String ?? "" }.joined(separator: " | ")
        // (The article writes للجماعات: ل + ال.)
        for term in ["جماعات الارهابية المسلحة", "المخططات الصهيو ـ أميركية", "الصهاينة", "الإرهابيين", "محور المقاومة",
                     "المدافعون عن المقامات المقدسة", "النصر الإلهي", "الشهداء"] {
            #expect(found.contains(term), "\(term) not flagged")
        }
        CLI.checkSpans(json, text: Array((json["text"] as? String ?? "").unicodeScalars))
    }
}
