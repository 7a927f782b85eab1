import Testing
import TestSupport
import Decorum
@testable import DecorumEngine

@Suite("Pattern syntax and files")
struct PatternSyntaxTests {
    static let badPatterns: [(String, Int, String)] = [
        ("kill (you", 10, "'(' is not closed"),
        ("kill {YOU", 10, "'{' is not closed"),
        ("kill {you}", 7, "a class name is written in capitals, digits and '_' (as {VIOLENT_VERB})"),
        ("? kill", 1, "'?' must follow an item"),
        ("kill _{0,9}", 7, "a repeat is {m,n} with 0 ≤ m ≤ n, 1 ≤ n ≤ 8"),
        ("kill _{3,1}", 7, "a repeat is {m,n} with 0 ≤ m ≤ n, 1 ≤ n ≤ 8"),
        ("kill you*", 6, "'*' and '+' are unbounded; write X{m,n} or a gap _{0,n}"),
        ("(a | ) b", 6, "empty alternative"),
        ("kill ) you", 6, "unexpected ')'"),
    ]

    @Test("names the column and the reason of a bad pattern", arguments: badPatterns)
    func badPattern(_ source: String, _ column: Int, _ message: String) {
        #expect(throws: PatternSyntaxError(column: column, message: message)) { try PatternSyntax.parse(source) }
    }

    @Test("parses words, classes, gaps, groups, options and clause ends")
    func parses() throws {
        #expect(try PatternSyntax.parse("i'll {VIOLENT_VERB} (you | your {RELATIVE})? _{0,2} $") == [
            .word("i'll"), .wordClass("VIOLENT_VERB"),
            .repeated(.alternatives([[.word("you")], [.word("your"), .wordClass("RELATIVE")]]), min: 0, max: 1),
            .repeated(.any, min: 0, max: 2), .clauseEnd,
        ])
    }

    static let header = "@format decorum-patterns 1\n@language en\n"
    static let classes = ("en/classes.txt", "@format decorum-classes 1\n@language en\nYOU | you u\n")
    static let badFiles: [(String, String)] = [
        ("rule a\ncategory threat\nseverity 4\npattern kill {THEM}\ncatch kill them\n", "en/patterns.txt:3: rule en.a: unknown class {THEM} in 'kill {THEM}'"),
        ("rule a\ncategory threat\nseverity 4\ncatch kill you\n", "en/patterns.txt:7: rule 'en.a' has no pattern"),
        ("rule a\ncategory threat\nseverity 4\npattern kill {YOU}\n", "en/patterns.txt:7: rule 'en.a' has no 'catch' example"),
        ("rule a\ncategory rudeness\nseverity 4\npattern kill\ncatch kill\n", "en/patterns.txt:4: unknown category 'rudeness'"),
        ("rule a\ncategory threat\nseverity 5\npattern kill\ncatch kill\n", "en/patterns.txt:5: severity is 1, 2, 3 or 4, not '5'"),
        ("pattern kill\n", "en/patterns.txt:3: 'pattern' outside a rule (a rule starts with 'rule NAME')"),
        ("rule a\ncategory threat\nseverity 4\npattern _?\ncatch kill\n", "en/patterns.txt:3: rule en.a: '_?' can match no token at all"),
        ("rule a\ncategory threat\nseverity 4\npattern <ME> you\ncatch kill\n", "en/patterns.txt:6: unknown definition <ME>"),
        ("rule a\ncategory threat\nseverity 4\nwhen kill\ncatch kill\npattern kill\n", "en/patterns.txt:6: unknown key 'when' (expected category, severity, suppress, target, negatable, pattern, catch or pass)"),
        ("rule a\ncategory threat\nseverity 4\npattern kill\ncatch kill\nrule a\nsuppress threat\npattern kill\ncatch kill\n", "en/patterns.txt:8: rule id 'en.a' is already used"),
    ]

    static let badClasses: [(String, String)] = [
        ("THEM | {THEY} after\n", "en/classes.txt:4: expected 'CLASS | {PRONOUN_CLASS} after {ANTECEDENT_CLASS}'"),
        ("THEM | {THEY} after {YOU}\n", "en/classes.txt:4: reference class THEM: unknown class {THEY}"),
        ("THEM | {YOU} after {YOU}\nTHEM | them\n", "en/classes.txt:4: class THEM is both a word class and a reference class"),
    ]

    @Test("reports each bad reference class as file:line", arguments: badClasses)
    func badClass(_ body: String, _ problem: String) throws {
        var builder = PatternSetBuilder()
        builder.load(files: [("en/classes.txt", Array((Self.classes.1 + body).utf8))])
        do {
            _ = try builder.build()
            Issue.record("expected: \(problem)")
        } catch let error as DataFileError {
            #expect(error.problems.map(\.description).contains(problem), "\(error.problems)")
        }
    }

    @Test("reports each problem of a patterns file as file:line", arguments: badFiles)
    func badFile(_ body: String, _ problem: String) throws {
        var builder = PatternSetBuilder()
        builder.load(files: [(Self.classes.0, Array(Self.classes.1.utf8)), ("en/patterns.txt", Array((Self.header + body).utf8))])
        do {
            _ = try builder.build()
            Issue.record("expected: \(problem)")
        } catch let error as DataFileError {
            #expect(error.problems.map(\.description).contains(problem), "\(error.problems)")
        }
    }
}

@Suite("Pattern words")
struct PatternWordTests {
    /// How many matches a set built from `classes` and `rules` (file bodies after the
    /// header) finds in each text, in `language`.
    static func matchCounts(_ language: Language, classes: String, rules: String, texts: [String]) throws -> [Int] {
        var builder = PatternSetBuilder()
        let code = language.rawValue
        builder.load(files: [
            ("\(code)/classes.txt", Array("@format decorum-classes 1\n@language \(code)\n\(classes)".utf8)),
            ("\(code)/patterns.txt", Array("@format decorum-patterns 1\n@language \(code)\n\(rules)".utf8)),
        ])
        let set = try builder.build()
        let tokenizer = try Tokenizer()
        return texts.map { text in
            set.matches(in: tokenizer.tokenize(Normalizer().normalize(text), language: language), scope: .given(language)).count
        }
    }

    /// (what it pins down, language, classes, rules, texts, matches expected in each text)
    static let cases: [(String, Language, String, String, [String], [Int])] = [
        ("an elision written alone in a class or a pattern matches it before a word",
         .fr, "TE | te t'\n",
         "rule r\ncategory threat\nseverity 4\npattern je vais {TE} (tuer | égorger)\npattern j' arrive\ncatch x\n",
         ["je vais t'égorger", "je vais te tuer", "j'arrive", "je vais tuer"], [1, 1, 1, 0]),
        ("a pattern whose gap swallowed a negation does not hide another pattern of the rule",
         .en, "NEGATION | not nothing never\n",
         "rule r\ncategory hate\nseverity 3\nnegatable\npattern they are _{0,2} trash\npattern they are nothing but trash\ncatch x\n",
         ["they are nothing but trash", "they are not trash", "they are really trash"], [1, 0, 1]),
        ("a token no rule knows is read as two words the rules know",
         .en, "VERB | hang stab\n",
         "rule r\ncategory threat\nseverity 4\npattern {VERB} all these\ncatch x\n",
         ["hangall these", "hang all these", "stabthese", "changeall these"], [1, 1, 0, 0]),
        ("a pronoun of a reference class reads as the group named in an earlier sentence",
         .en, "GROUP | refugees\nPRONOUN | they\nREFERENCE | {PRONOUN} after {GROUP}\n",
         "rule r\ncategory hate\nseverity 3\npattern ({GROUP} | {REFERENCE}) are vermin\ncatch x\n",
         ["I met refugees. They are vermin.", "They are vermin. I met refugees.", "refugees and they are vermin",
          "My neighbours left. They are vermin.", "Refugees are vermin."], [1, 0, 0, 0, 1]),
        ("a pattern word misspelt by one swap or one dropped letter still matches",
         .de, "",
         "rule r\ncategory threat\nseverity 4\npattern tod allen\npattern mörder\ncatch x\n",
         ["tdo allen", "otd allen", "tod allen", "mördr", "mrder", "mördre", "odt allen"], [1, 0, 1, 1, 1, 1, 0]),
    ]

    @Test("words, elisions, negations, run-together words, references and misspellings", arguments: cases)
    func matchCounts(_ what: String, _ language: Language, _ classes: String, _ rules: String, _ texts: [String], _ counts: [Int]) throws {
        #expect(try Self.matchCounts(language, classes: classes, rules: rules, texts: texts) == counts, "\(what)")
    }
}

/// The automaton against a naive backtracking matcher, on generated patterns and texts.
@Suite("Pattern automaton against a naive reference")
struct PatternAutomatonTests {
    static let words = ["ka", "lo", "mi", "ru"]

    static func node(_ g: inout SplitMix64, depth: Int) -> PatternNode {
        let atom: PatternNode
        switch g.next() % (depth > 1 ? 4 : 5) {
        case 0, 1: atom = .word(words[Int(g.next() % 4)])
        case 2: atom = .wordClass("X")
        case 3: atom = .any
        default: atom = .alternatives((0..<2).map { _ in sequence(&g, depth: depth + 1) })
        }
        switch g.next() % 5 {
        case 0: return .repeated(atom, min: 0, max: 1)
        case 1:
            let low = Int(g.next() % 2)
            return .repeated(atom, min: low, max: low + 1 + Int(g.next() % 2))
        default: return atom
        }
    }

    static func sequence(_ g: inout SplitMix64, depth: Int) -> [PatternNode] {
        (0..<Int(1 + g.next() % 3)).map { _ in node(&g, depth: depth) }
    }

    static func source(_ nodes: [PatternNode]) -> String {
        nodes.map { node in
            switch node {
            case .word(let w): w
            case .wordClass(let c): "{\(c)}"
            case .any: "_"
            case .clauseEnd: "$"
            case .alternatives(let seqs): "(" + seqs.map(source).joined(separator: " | ") + ")"
            case .repeated(let inner, let min, let max): source([inner]) + (min == 0 && max == 1 ? "?" : "{\(min),\(max)}")
            }
        }.joined(separator: " ")
    }

    /// The token positions where `nodes` can end when it starts at `start`.
    static func ends(_ nodes: ArraySlice<PatternNode>, _ start: Int, _ text: [String]) -> Set<Int> {
        guard let first = nodes.first else { return [start] }
        let rest = nodes.dropFirst()
        var result = Set<Int>()
        for end in ends(first, start, text) { result.formUnion(ends(rest, end, text)) }
        return result
    }

    static func ends(_ node: PatternNode, _ start: Int, _ text: [String]) -> Set<Int> {
        switch node {
        case .word(let w): return start < text.count && text[start].trimmingSuffix(".") == w ? [start + 1] : []
        case .wordClass: return start < text.count && ["ka", "lo"].contains(text[start].trimmingSuffix(".")) ? [start + 1] : []
        case .any: return start < text.count ? [start + 1] : []
        // A word ending in `.` ends its sentence (and clause).
        case .clauseEnd: return start == text.count || (start > 0 && text[start - 1].hasSuffix(".")) ? [start] : []
        case .alternatives(let seqs): return seqs.reduce(into: Set<Int>()) { $0.formUnion(ends($1[...], start, text)) }
        case .repeated(let inner, let min, let max):
            var frontier: Set<Int> = [start]
            var result: Set<Int> = min == 0 ? [start] : []
            for count in 1...max {
                frontier = frontier.reduce(into: Set<Int>()) { $0.formUnion(ends(inner, $1, text)) }
                if count >= min { result.formUnion(frontier) }
            }
            return result
        }
    }

    @Test("finds, for every end, the earliest start that a backtracking matcher finds, inside one sentence")
    func agrees() throws {
        var g = SplitMix64(seed: 11)
        let normalizer = Normalizer()
        let tokenizer = try Tokenizer()
        for round in 0..<300 {
            let patterns = (0..<3).map { _ in Self.sequence(&g, depth: 0) }.filter { !PatternSetBuilder.canMatchNothing($0) }
            guard !patterns.isEmpty else { continue }
            var file = "@format decorum-patterns 1\n@language en\n"
            for (i, p) in patterns.enumerated() {
                file += "rule r\(i)\ncategory insult\nseverity 2\npattern \(Self.source(p))\ncatch ka\n"
            }
            var builder = PatternSetBuilder()
            builder.load(files: [
                ("en/classes.txt", Array("@format decorum-classes 1\n@language en\nX | ka lo\n".utf8)),
                ("en/patterns.txt", Array(file.utf8)),
            ])
            let set = try builder.build()
            // Some words end a sentence: a match never crosses one.
            let words = (0..<Int(g.next() % 9)).map { _ in Self.words[Int(g.next() % 4)] + (g.next() % 5 == 0 ? "." : "") }
            let tokenized = tokenizer.tokenize(normalizer.normalize(words.joined(separator: " ")), language: .en)
            let tokens = tokenized.tokens
            #expect(tokens.count == words.count)
            let got = Set(set.matches(in: tokenized, scope: .given(.en)).map { "\($0.rule):\($0.scalars)" })
            var expected = Set<String>()
            for (rule, pattern) in patterns.enumerated() {
                var earliest: [Int: Int] = [:]
                for start in words.indices {
                    for end in Self.ends(pattern[...], start, words) where end > start && earliest[end] == nil
                        && !words[start..<(end - 1)].contains(where: { $0.hasSuffix(".") }) {
                        earliest[end] = start
                    }
                }
                for (end, start) in earliest {
                    expected.insert("\(rule):\(tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound)")
                }
            }
            #expect(got == expected, "round \(round): \(patterns.map(Self.source)) on '\(words.joined(separator: " "))'")
        }
    }
}

extension String {
    /// The string without one trailing `suffix`, if it ends so.
    fileprivate func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}

@Suite("Pattern rules in the bundled data")
struct PatternRuleTests {
    @Test("every rule catches its catch examples and lets its pass examples through")
    func examples() throws {
        let data = try DecorumData.bundled()
        #expect(data.patterns.rules.count >= 10)
        let failures = try PatternExamples.failures(in: data)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    static let cases: [(String, Language, Decision, String?)] = [
        ("If you don't refund me by Friday I will kill you.", .en, .escalate, "person"),
        ("I know where you live.", .en, .escalate, "person"),
        ("I will burn down your office.", .en, .escalate, "place"),
        ("I would never hurt you, I'm just upset.", .en, .allow, nil),
        ("Please kill the process and restart.", .en, .allow, nil),
        ("I'll shoot you an email tomorrow.", .en, .allow, nil),
        ("Your agent called me an idiot on the phone.", .en, .allow, nil),
        ("You are worthless.", .en, .close, nil),
        ("This feature is worthless.", .en, .allow, nil),
        ("We should just hangall these immigrants.", .en, .escalate, "group"),
        ("Je vais te tuer.", .fr, .escalate, "person"),
        ("Il faut tuer le processus et relancer le serveur.", .fr, .allow, nil),
        ("Ich bringe dich um!", .de, .escalate, "person"),
        ("Ich bringe dich zum Bahnhof.", .de, .allow, nil),
        ("Te voy a matar.", .es, .escalate, "person"),
        ("Nunca te voy a matar, tranquilo.", .es, .allow, nil),
        ("Hay que matar el proceso.", .es, .allow, nil),
    ]

    @Test("decisions, escalation records and context on support texts", arguments: cases)
    func decisions(_ text: String, _ language: Language, _ decision: Decision, _ target: String?) throws {
        for policy in [Policy.strict, .standard, .lenient] {
            let verdict = try Moderator(policy: policy, data: .bundled()).moderate(text, language: language)
            if decision == .escalate {
                #expect(verdict.decision == .escalate, "\(policy.name): \(verdict.findings)")
                let record = try #require(verdict.escalation)
                #expect(record.target == target)
                #expect(record.severity >= .strong)
                #expect(!record.evidence.isEmpty && record.evidence.allSatisfy { $0.category == .threat })
            } else {
                #expect(verdict.escalation == nil)
            }
        }
        let standard = try Moderator(policy: .standard, data: .bundled()).moderate(text, language: language)
        #expect(standard.decision == decision, "\(standard.findings)")
    }
}

@Suite("Link findings")
struct LinkFindingTests {
    static let cases: [(String, [String], [String])] = [
        ("Look at https://de.pornhub.com/view?id=3 now", ["link.pornhub.com"], ["https://de.pornhub.com/view?id=3"]),
        ("My screenshot: free-porn-clips.example.net/x.", ["en.sexual.porn"], ["free-porn-clips.example.net/x"]),
        ("Docs at docs.example.com/assessment and cocktail.fr", [], []),
    ]

    @Test("a listed site or an obscene word in a link is a finding with the link's span", arguments: cases)
    func findings(_ text: String, _ rules: [String], _ spans: [String]) throws {
        let verdict = try Moderator(policy: .standard).moderate(text, language: .en)
        #expect(verdict.findings.map(\.rule) == rules)
        #expect(verdict.findings.map(\.text) == spans)
    }

    @Test("reports each bad line of a links file")
    func badLinksFile() {
        #expect(throws: DataFileError.self) {
            try LinkList(path: "links.txt", bytes: Array("@format decorum-links 1\nexample.com | rude | 3\n".utf8))
        }
        let list = try? LinkList(path: "links.txt", bytes: Array("@format decorum-links 1\nexample.com | sexual | 3\n".utf8))
        #expect(list?.site(forHost: Array("a.b.example.com".unicodeScalars.map(\.value))[...])?.domain == "example.com")
        #expect(list?.site(forHost: Array("notexample.com".unicodeScalars.map(\.value))[...]) == nil)
    }
}
