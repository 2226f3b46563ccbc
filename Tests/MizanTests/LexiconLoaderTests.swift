import Foundation
import Testing
@testable import Mizan

@Suite struct LexiconLoaderTests {
    /// Problems as `file:line: severity: message` with the fixture folder stripped.
    static func problems(_ path: URL, base: LexiconSet = LexiconSet()) -> [String] {
        LexiconLoader.check(path: path.path, base: base).map {
            "\($0.location.description.replacingOccurrences(of: LexiconFixtures.badFolder.path + "/", with: "")): \($0.severity.rawValue): \($0.message)"
        }
    }

    @Test func everyProblemWithFileAndLine() {
        let got = Self.problems(LexiconFixtures.badFolder)
        let expected = [
            "xx/manifest.json:5: error: unknown match option 'sometimes' in defaults (known: clitics, noclitics, inflect, noinflect, case, prefix, exact)",
            "xx/manifest.json:7: warning: category 'loaded': color 'orange' is not #rrggbb",
            "xx/terms/bad.tsv:4: error: 'smear': unknown category 'loadd' (the manifest declares: hedge, loaded)",
            "xx/terms/bad.tsv:5: error: 'brutal': weight 1.5 is out of range (0.1 to 1.0)",
            "xx/terms/bad.tsv:6: error: 'vicious': weight 'heavy' is not a number (0.1 to 1.0)",
            "xx/terms/bad.tsv:7: warning: duplicate: 'Slam' normalizes like 'slam' at line 3 (same category; this row is ignored)",
            "xx/terms/bad.tsv:8: warning: duplicate: form 'slam' of 'rant' normalizes like 'slam' at line 3 (same category)",
            "xx/terms/bad.tsv:8: warning: 'slam' can never match 'rant': 'slam' at line 3 wins on the same words",
            "xx/terms/bad.tsv:9: error: conflict: 'SLAM' (hedge) normalizes like 'slam' at line 3, which is loaded",
            "xx/terms/bad.tsv:10: warning: '!!!' can never match: it normalizes to no word (letters or digits)",
            "xx/terms/bad.tsv:11: warning: 'x' normalizes to a single letter, which would match every lone 'x'; it is left out",
            "xx/terms/bad.tsv:12: error: 8 fields but the header has 7 (a TAB inside a field?)",
            "xx/terms/bad.tsv:13: error: 'horrid': unknown match option 'fuzzy' (known: clitics, noclitics, inflect, noinflect, case, prefix, exact)",
            "xx/terms/bad.tsv:14: warning: form 'cruel' is the same as 'cruel' after normalization (case, hyphens and spaces do not matter): remove it",
            "xx/terms/bad.tsv:14: warning: form 'Cruel' is the same as 'cruel' after normalization (case, hyphens and spaces do not matter): remove it",
            "xx/terms/bad.tsv:15: error: the term is empty",
            "xx/terms/bad.tsv:16: warning: 'wicked' has no note (why it is loaded, for whom)",
        ]
        #expect(got == expected)
    }

    @Test func loadingForAnalysisFailsOnTheFirstError() {
        #expect {
            _ = try LexiconLoader.loadAll(root: LexiconFixtures.badFolder)
        } throws: { error in
            guard case MizanError.badData(let path, let line, let reason) = error else { return false }
            return path.hasSuffix("xx/manifest.json") && line == 5 && reason.hasPrefix("unknown match option 'sometimes'")
                && reason.hasSuffix("(and 7 more errors; run `mizan lexicon check`)")
        }
    }

    @Test func theTestLexiconsAreClean() {
        #expect(LexiconLoader.check(path: LexiconFixtures.folder.path).isEmpty)
        let ar = LexiconFixtures.lexicons.lexicon(for: "ar")
        #expect(ar?.entries.count == 11)
        #expect(ar?.defaultMatch == MatchOptions(clitics: true, inflect: true))
        #expect(ar?.category("labeling")?.technique == "Name_Calling-Labeling")
        let e = ar?.entries.first { $0.term == "يزعم" }
        #expect(e?.match == MatchOptions())  // exact
        #expect(e?.location.line == 13)
        #expect(ar?.entries.first?.alternatives == ["مسلح", "مقاتل"])
    }

    @Test func aLoneTSVTakesItsCategoriesFromTheBase() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("extra.tsv")
        try "term\tcategory\tweight\tnote\nthuggish\tlabeling\t0.4\textra\nbrute\tnosuch\t0.4\textra\n".write(to: file, atomically: true, encoding: .utf8)
        let problems = LexiconLoader.check(path: file.path, base: LexiconFixtures.lexicons).map(\.description)
        #expect(problems == ["\(file.path):3: 'brute': unknown category 'nosuch' (the manifest declares: conspiracy, delegitimizing, hedge, labeling, loaded)"])
        // Without a base there is nothing to take categories from.
        #expect(LexiconLoader.check(path: file.path).first?.message.hasPrefix("no manifest for language 'en'") == true)
    }

    /// A terms file saved with Windows line ends (CR LF, as spreadsheets on Windows save tab-separated
    /// text) reads like the same file with LF ends: same entries, same line numbers.
    @Test func windowsLineEndsReadLikeUnixOnes() throws {
        let dir = try TestSupport.temporaryDirectory()
        let rows = ["term\tcategory\tweight\tnote", "thuggish\tlabeling\t0.4\textra", "", "# a comment",
                    "brute\tnosuch\t0.4\textra", "so-called\tdelegitimizing\t0.6\tscare quote"]
        var results: [[String]] = []
        for (name, end) in [("unix.tsv", "\n"), ("windows.tsv", "\r\n")] {
            let file = dir.appendingPathComponent(name)
            try (rows.joined(separator: end) + end).write(to: file, atomically: true, encoding: .utf8)
            var problems: [LexiconProblem] = []
            let entries = LexiconLoader.readTSV(file, language: "en", defaults: MatchOptions(), categories: ["labeling", "delegitimizing"],
                                                problems: &problems)
            results.append(entries.map { "\($0.location.line ?? 0) \($0.term) \($0.category) \($0.note)" }
                           + problems.map { "\($0.location.line ?? 0): \($0.message)" })
        }
        #expect(results[0] == ["2 thuggish labeling extra", "6 so-called delegitimizing scare quote",
                               "5: 'brute': unknown category 'nosuch' (the manifest declares: delegitimizing, labeling)"])
        #expect(results[1] == results[0])
    }

    @Test func textLinesSplitBytesLikeCharactersAndTreatCRLFAsLF() {
        #expect(TextLines.lines("a\r\nb\n\nc\r\n").map(String.init) == ["a", "b", "", "c", ""])
        #expect(TextLines.lines("").map(String.init) == [""])
        // Away from CR LF, the same pieces as splitting `Character`s, with marks and Arabic around.
        let text = "\u{0651}\tالجماعات\u{064E}\t\te\u{0301}\n\tx\u{200D}\t"
        #expect(TextLines.split(text, at: UInt8(ascii: "\t")) == text.split(separator: "\t", omittingEmptySubsequences: false))
        #expect(TextLines.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func extraLexiconsOverrideAndCategoriesSelect() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("override.tsv")
        // Same term as the fixture's "thug" (labeling 0.8): replaced in place; a new term is appended.
        try "term\tcategory\tweight\tnote\tmatch\nThug\tloaded\t0.2\toverride\t\nhooligan\tlabeling\t0.5\tnew\t\n".write(to: file, atomically: true, encoding: .utf8)
        let data = try MizanData(directory: LexiconFixtures.folder)
        let applied = try data.applying(LexiconOptions(paths: [file.path]))
        let en = try #require(applied.lexicons.lexicon(for: "en"))
        let thug = try #require(en.entries.first { $0.key == "thug" })
        #expect(thug.category == "loaded" && thug.weight == 0.2)
        #expect(en.entries.firstIndex { $0.key == "thug" } == 1)  // kept its place
        #expect(en.entries.last?.term == "hooligan")
        #expect(try applied.applying(LexiconOptions(paths: [file.path])).lexicons.entries.count == applied.lexicons.entries.count)

        let selected = try data.applying(LexiconOptions(categories: ["hedge"]))
        #expect(Set(selected.lexicons.entries.map(\.term)) == ["يزعم", "allegedly"])
        #expect {
            _ = try data.applying(LexiconOptions(categories: ["nosuch"]))
        } throws: { error in
            (error as? MizanError).map { "\($0)".hasPrefix("--categories: unknown category 'nosuch'") } ?? false
        }
    }

    @Test func matchOptionsParse() {
        let base = MatchOptions(clitics: true, inflect: true)
        #expect(MatchOptions.parse("exact", over: base).options == MatchOptions())
        #expect(MatchOptions.parse("noinflect,case", over: base).options == MatchOptions(clitics: true, caseSensitive: true))
        #expect(MatchOptions.parse("prefix", over: MatchOptions()).options == MatchOptions(prefix: true))
        #expect(MatchOptions.parse("clitics, fuzzy", over: MatchOptions()).unknown == ["fuzzy"])
    }
}

@Suite struct TermMorphologyTests {
    func forms(_ w: String) -> Set<String> {
        Set(TermMorphology.variants(of: Array(TextNormalizer.standard.normalize(w).unicodeScalars)).map { String(String.UnicodeScalarView($0.word)) })
    }

    @Test func arabicNisba() {
        // إرهابي: the normalized forms (ة is ه).
        let f = forms("إرهابي")
        for w in ["ارهابي", "ارهابيه", "ارهابيون", "ارهابيين", "ارهابيات", "ارهابيان", "الارهابي", "الارهابيين"] {
            #expect(f.contains(w), "\(w)")
        }
    }

    @Test func arabicFeminineAndPlurals() {
        let f = forms("مؤامرة")
        #expect(f.isSuperset(of: ["مؤامره", "مؤامرات", "مؤامرتان", "مؤامرتين", "المؤامره", "المؤامرات"]))
        #expect(!f.contains("مؤامر"))  // the bare stem of a ة noun is a different word
        // A term written in the plural also yields its singular.
        #expect(forms("المخططات").isSuperset(of: ["المخطط", "مخطط", "مخططات"]))
        #expect(forms("الإرهابيين").isSuperset(of: ["الارهابي", "ارهابيه"]))
        // The article is stripped only when three letters remain: الله never becomes له.
        #expect(!forms("الله").contains("له"))
        #expect(forms("الحرب").contains("حرب"))
    }

    @Test func englishInflections() {
        // Over-generation (slamed, bullys) is harmless: such strings do not occur in text.
        #expect(forms("slam").isSuperset(of: ["slam", "slams", "slammed", "slamming"]))
        #expect(forms("bully").isSuperset(of: ["bully", "bullies", "bullied", "bullying"]))
        #expect(!forms("bully").contains("bullie"))
        #expect(forms("demonize").isSuperset(of: ["demonizes", "demonized", "demonizing"]))
        #expect(forms("crush").isSuperset(of: ["crushes", "crushed", "crushing"]))
    }
}
