import Foundation
import Testing
import Decorum
@testable import DecorumEngine
@testable import DecorumCLI

@Suite("policy files")
struct PolicyFileTests {
    /// The commented example shipped in `Corpus/`.
    static let example = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/policy-example.yaml").path

    @Test("the example in Corpus/ loads, and its terms, allowlist, decisions and notices apply")
    func example() throws {
        let file = try PolicyFile.load(path: Self.example)
        #expect(file.policy.table[.profanity] == [.allow, .review, .review, .close])
        #expect(file.policy.table[.insult] == [.review, .close, .close, .close])
        #expect(file.policy.table[.sexual] == [.review, .review, .close, .close])
        #expect(file.policy.table[.hate] == Policy.standard.table[.hate])
        let moderator = try Moderator(policy: file.policy, data: DecorumData.loading(extra: [], adding: file.dataFiles))
        let cases: [(String, Language, Decision, [String])] = [
            ("the scamcorp people again", .en, .close, ["en.insult.scamcorp"]),
            ("Quelle bande d'escrocs", .fr, .close, ["fr.insult.bande_d'escrocs"]),
            ("Ihr Abzockerbande", .de, .close, ["de.insult.team_abzockerbande"]),
            ("damn it", .en, .allow, ["en.profanity.damn"]),
            ("Mr Dickens and Mrs Cockburn", .en, .allow, []),
            ("I will kill you", .en, .escalate, ["en.threat.direct"]),
        ]
        for (text, language, decision, rules) in cases {
            let verdict = moderator.moderate(text, language: language)
            #expect(verdict.decision == decision, "\(text)")
            #expect(verdict.findings.map(\.rule) == rules, "\(text)")
        }
        #expect(moderator.moderate("the scamcorp people", language: .en).notice?.hasPrefix("Your message breaks the Example Ltd") == true)
        #expect(moderator.moderate("I will kill you", language: .en).notice == "Your message has been closed and passed on to our security team.")
        #expect(moderator.moderate("Quelle bande d'escrocs", language: .fr).notice?.hasPrefix("Votre message enfreint") == true)
        // A language the file gives no notice for keeps the built-in one.
        #expect(moderator.moderate("Ihr Abzockerbande", language: .de).notice?.hasPrefix("Ihre Anfrage") == true)
    }

    /// Policy files and the problems they must report, as `line: message`.
    static let invalid: [(String, [String])] = [
        ("", ["0: empty policy file; expected the keys base, decisions, terms, allow, notices"]),
        ("- a\n- b\n", ["1: the policy file must be a mapping (key: value), found a list"]),
        ("base: gentle\n", ["1: unknown base 'gentle'; expected strict, standard or lenient"]),
        ("base: standard\npolicy: strict\n", ["2: unknown key 'policy' in the policy file; expected base, decisions, terms, allow, notices"]),
        ("base: [\n", ["2: invalid YAML: did not find expected node content (while parsing a flow node at line 2, column 1)"]),
        ("base: strict\nbase: lenient\n", ["1: invalid YAML: duplicate key 'base'"]),
        ("decisions:\n  rudeness: {review: 1}\n", ["2: unknown key 'rudeness' in decisions; expected profanity, insult, sexual, harassment, hate, threat"]),
        ("decisions:\n  insult: {allow: 1, close: 5}\n", [
            "2: unknown key 'allow' in decisions.insult; expected review, close, escalate",
            "2: decisions.insult.close must be a severity from 1 to 4, found '5'",
        ]),
        ("decisions:\n  insult:\n    close: 2\n    review: 3\n", ["3: decisions.insult: close starts at severity 2, which must be above review's 3"]),
        ("decisions:\n  insult: [review, close]\n", ["2: decisions.insult must be a mapping (key: value), found a list"]),
        ("terms: {term: x}\n", ["1: terms must be a list, found a mapping"]),
        ("terms:\n  - {term: x, language: en, category: insult}\n", ["2: terms[1] has no 'severity'"]),
        ("terms:\n  - {term: 'a|b', language: en, category: insult, severity: 2}\n", ["2: terms[1].term cannot hold '|', found 'a|b'"]),
        ("terms:\n  - {term: 'a # b', language: en, category: insult, severity: 2}\n", ["2: terms[1].term cannot hold '#', found 'a # b'"]),
        ("terms:\n  - {term: x, language: xx, category: insult, severity: 2}\n", ["2: terms[1].language: expected en, fr, de or es, found 'xx'"]),
        ("terms:\n  - {term: x, language: en, category: insult, severity: 2, flags: common}\n", ["2: terms[1].flags must be a list, found a text"]),
        ("terms:\n  - term: x\n    colour: red\n", [
            "3: unknown key 'colour' in terms[1]; expected term, language, category, severity, flags, id",
            "2: terms[1] has no 'language'", "2: terms[1] has no 'category'", "2: terms[1] has no 'severity'",
        ]),
        ("allow: [two words]\n", ["1: allow cannot hold a space, found 'two words'"]),
        ("allow: Dickens\n", ["1: allow must be a list, found a text"]),
        ("notices:\n  it: {close: Chiuso}\n", ["2: unknown key 'it' in notices; expected en, fr, de, es"]),
        ("notices:\n  en: {review: Looked at}\n", ["2: unknown key 'review' in notices.en; expected close, escalate"]),
        ("notices:\n  en:\n    close: |\n      two\n      lines\n", ["3: notices.en.close cannot hold a line break ('>' folds lines into one), found 'two\nlines'"]),
        ("notices:\n  en: {close: ''}\n", ["2: notices.en.close is empty"]),
    ]

    @Test("every problem is reported with its line and why", arguments: invalid)
    func problems(_ yaml: String, _ expected: [String]) {
        do {
            _ = try PolicyFile(path: "team.yaml", text: yaml)
            Issue.record("no error for \(yaml.debugDescription)")
        } catch let error as DataFileError {
            #expect(error.problems.map { "\($0.line): \($0.message)" } == expected)
            #expect(error.problems.allSatisfy { $0.file == "team.yaml" })
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("problems the lexicon compiler finds in terms are reported at the policy file's lines")
    func termProblems() throws {
        let yaml = """
            terms:
              - {term: zorg, language: en, category: rudeness, severity: 2}
              - term: blorp
                language: en
                category: insult
                severity: 7
              - {term: "sh!t happens", language: en, category: insult, severity: 2}
              - {term: zorg, language: en, category: insult, severity: 2, flags: [prefix, sideways]}
              - {term: idiot, language: en, category: insult, severity: 2}
            """
        let file = try PolicyFile(path: "team.yaml", text: yaml)
        #expect(throws: DataFileError.self) { try DecorumData.loading(extra: [], adding: file.dataFiles) }
        do { _ = try DecorumData.loading(extra: [], adding: file.dataFiles) } catch let error as DataFileError {
            let problems = file.locating(error).problems.filter { $0.file == "team.yaml" }.map { "\($0.line): \($0.message)" }
            #expect(problems.sorted() == [
                "2: unknown category 'rudeness'; expected one of profanity, insult, sexual, harassment, hate, threat",
                "3: severity must be 1, 2, 3 or 4, found '7'",
                "7: term 'sh!t happens' does not read as words; write plain words (no symbols, leetspeak or spacing)",
                "8: unknown flag 'sideways'; known: common, bound, prefix, suffix, infix, accents, addressed, infl=GROUP, id=NAME",
                "9: rule id 'en.insult.idiot' is already used at Lexicons/en/insult.lex:\(try Self.line(of: "idiot", in: "Lexicons/en/insult.lex")); give one of them 'id=…'",
            ])
        }
    }

    /// The 1-based line of the entry `term` in the bundled data file `path`.
    static func line(of term: String, in path: String) throws -> Int {
        let file = try #require(DecorumData.bundledFiles.first { $0.path == path })
        let lines = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) == term }) + 1
    }

    /// Lines of generated data files and the policy lines they come from.
    static let placements: [(lines: [Int], placed: [Int])] = [
        ([5, 9], [5, 9]),
        ([1, 2], [3, 4]),
        ([4, 4, 4], [4, 5, 6]),
        ([7, 3], [7, 8]),
    ]

    @Test("generated lines sit at their policy file lines when free", arguments: placements)
    func placed(_ c: (lines: [Int], placed: [Int])) {
        let generated = PolicyFile.placed(header: ["@format x 1", "@language en"], c.lines.map { ($0, "line \($0)") })
        let lines = generated.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (source, at) in zip(c.lines, c.placed) {
            #expect(generated.sources[at] == source)
            #expect(lines[at - 1].hasPrefix("line "))
        }
        #expect(lines.prefix(2) == ["@format x 1", "@language en"])
    }
}
