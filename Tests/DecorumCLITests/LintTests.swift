import Foundation
import Testing
@testable import DecorumCLI
import Decorum
@testable import DecorumEngine

/// The output of a lint run as golden files keep it: standard output, then standard error.
private func transcript(_ run: DecorumRun) -> String {
    "exit status \(run.status)\n--- stdout\n\(run.stdout)--- stderr\n\(run.stderr)"
}

/// A fresh temporary folder, removed by the caller.
private func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-lint-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The SARIF 2.1.0 schema kept with the fixtures.
private func sarifValidator() throws -> JSONSchemaValidator {
    let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("lint/sarif-schema-2.1.0.json")))
    return JSONSchemaValidator(root: try JSONParser.parse([UInt8](data)))
}

@Suite("decorum lint, end to end")
struct LintEndToEndTests {
    static let lintFolder = URL(fileURLWithPath: Fixtures.path("lint"))

    @Test("text output over one file per format; exit 1 at the default --fail-on review")
    func text() throws {
        let run = try runDecorum(["lint", "replies"], in: Self.lintFolder)
        #expect(run.status == 1)
        try Fixtures.expectGolden(transcript(run), "lint/text.txt")
    }

    @Test("SARIF output is valid against the SARIF 2.1.0 schema and pinned by a golden file")
    func sarif() throws {
        let run = try runDecorum(["lint", "--format", "sarif", "replies"], in: Self.lintFolder)
        #expect(run.status == 1)
        try Fixtures.expectGolden(run.stdout, "lint/sarif.json")
        let log = try JSONParser.parse(Array(run.stdout.utf8))
        let errors = try sarifValidator().errors(log)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test("GitHub workflow annotations")
    func github() throws {
        let run = try runDecorum(["lint", "--format", "github", "--no-summary", "replies"], in: Self.lintFolder)
        #expect(run.status == 1)
        try Fixtures.expectGolden(run.stdout, "lint/github.txt")
        #expect(run.stderr.isEmpty)
    }

    @Test("malformed, empty, binary, wrongly encoded inputs and a huge line: clear errors, the rest still linted, exit 2")
    func hostileInputs() throws {
        let folder = try temporaryFolder("hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Self.lintFolder.appendingPathComponent("broken")
        for name in try FileManager.default.contentsOfDirectory(atPath: broken.path) {
            try FileManager.default.copyItem(at: broken.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        // One line of about 200 KB with a finding at its end (debug builds moderate slowly).
        let words = ["thanks", "for", "your", "patience", "the", "parcel", "is", "on", "its", "way"]
        var line = ""
        for k in 0..<20_000 { line += words[k % words.count] + " " }
        try Data((line + "you idiot\n").utf8).write(to: folder.appendingPathComponent("huge.txt"))
        let run = try runDecorum(["lint", "."], in: folder)
        #expect(run.status == 2)
        try Fixtures.expectGolden(transcript(run), "lint/hostile.txt")
        let column = line.unicodeScalars.count + "you ".count + 1
        #expect(run.stdout.contains("huge.txt:1:\(column): insult"))
    }

    @Test(".decorum.yml: include, exclude, policy, fail-on, languages and ignore entries")
    func configured() throws {
        let run = try runDecorum(["lint", "--format", "sarif"], in: Self.lintFolder.appendingPathComponent("configured"))
        // Only a review finding stands, and the configuration fails on close.
        #expect(run.status == 0, "\(run.stderr)")
        try Fixtures.expectGolden(run.stdout, "lint/configured.json")
        #expect(run.stderr == "decorum lint: 3 files, 5 replies, 1 finding (1 review), 3 suppressed\n")
        #expect(try sarifValidator().errors(JSONParser.parse(Array(run.stdout.utf8))).isEmpty)
    }

    @Test("exit status: 0 clean, 1 at --fail-on, 2 for a bad configuration, a usage error or a missing path")
    func exitCodes() throws {
        let folder = try temporaryFolder("exit")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Thanks, all good here.\n".write(to: folder.appendingPathComponent("clean.txt"), atomically: true, encoding: .utf8)
        try "Damn, late again.\n".write(to: folder.appendingPathComponent("mild.txt"), atomically: true, encoding: .utf8)
        let clean = try runDecorum(["lint", "clean.txt"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
        #expect(clean.stderr == "decorum lint: 1 file, 1 reply, 0 findings, 0 suppressed\n")
        #expect(try runDecorum(["lint", "--fail-on", "close", "--format", "xml", "mild.txt"], in: folder).status == 2)
        let missing = try runDecorum(["lint", "--fail-on", "close", "mild.txt", "nowhere.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stdout.hasPrefix("mild.txt:1:1: profanity (severity 1) \"Damn\""))
        #expect(missing.stderr.hasPrefix("nowhere.md: error: no such file or folder\n"))
        try "policy: standard\nfail-on: sometimes\n".write(to: folder.appendingPathComponent(".decorum.yml"), atomically: true, encoding: .utf8)
        let badConfig = try runDecorum(["lint", "clean.txt"], in: folder)
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr == "decorum: .decorum.yml:2: fail-on takes review, close or escalate, not 'sometimes'\n")
    }
}

@Suite("decorum lint, reply extractors")
struct ReplyExtractorTests {
    /// One case: a file, a reply's key, a word in that reply, and where the word is in the file.
    struct Case: Sendable, CustomStringConvertible {
        var format: LintFormat
        var file: String
        var key: String
        var needle: String
        var line: Int
        var column: Int
        var path = "replies.x"
        var description: String { "\(format) \(key) '\(needle)'" }
    }

    static let cases: [Case] = [
        Case(format: .text, file: "Hello.\n\nSecond para,\nwith idiot here.\n", key: "#2", needle: "idiot", line: 4, column: 6),
        Case(format: .text, file: "\u{FEFF}é😀 idiot\n", key: "#1", needle: "idiot", line: 1, column: 4),
        Case(format: .markdown, file: "# Refunds\n\nText `idiot` and idiot.\n\n```\nidiot\n```\n", key: "Refunds #1", needle: "idiot", line: 3, column: 18),
        Case(format: .markdown, file: "# A\n\none\n\n## B title ##\n\n    code\n\nlast idiot\n", key: "B title #1", needle: "idiot", line: 9, column: 6),
        Case(format: .markdown, file: "p1\n\n<!-- idiot\nstill comment -->\nafter idiot\n", key: "#2", needle: "idiot", line: 5, column: 7),
        Case(format: .json, file: "{\"a\": {\"b\": [\"x\", \"caf\\u00e9 \\\"idiot\\\"\"]}}", key: "a.b[1]", needle: "idiot", line: 1, column: 32),
        Case(format: .json, file: "{\n  \"k.v\": \"line\\nnext idiot\"\n}", key: "[\"k.v\"]", needle: "idiot", line: 2, column: 22),
        Case(format: .json, file: "[\"🙂 idiot\"]", key: "[0]", needle: "idiot", line: 1, column: 5),
        Case(format: .yaml, file: "a:\n  b: plain idiot\n", key: "a.b", needle: "idiot", line: 2, column: 12),
        Case(format: .yaml, file: "a:\n  - \"t\\u00e9l \\\"idiot\\\"\"\n", key: "a[0]", needle: "idiot", line: 2, column: 17),
        Case(format: .yaml, file: "a: |\n  first\n  second idiot\n", key: "a", needle: "idiot", line: 3, column: 10),
        Case(format: .yaml, file: "a: >\n  folded\n  text idiot\n", key: "a", needle: "idiot", line: 3, column: 8),
        Case(format: .yaml, file: "a: 'it''s idiot'\n", key: "a", needle: "idiot", line: 1, column: 11),
        Case(format: .strings, file: "/* c */\n\"k\" = \"a\\\"b\\\" idiot\";\n", key: "k", needle: "idiot", line: 2, column: 15),
        Case(format: .strings, file: "// c\nbare_key = \"\\U00E9 idiot\";\n", key: "bare_key", needle: "idiot", line: 2, column: 20),
        Case(format: .po, file: "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"c\"\nmsgid \"m\"\nmsgstr \"\"\n\"first \"\n\"idiot\"\n", key: "c|m", needle: "idiot", line: 8, column: 2),
        Case(format: .po, file: "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\\tidiot\"\n", key: "one[1]", needle: "idiot", line: 4, column: 15),
        Case(format: .xliff, file: "<xliff><file target-language=\"fr\"><unit id=\"u1\"><target>a &amp; b &#233; idiot</target></unit></file></xliff>", key: "u1", needle: "idiot", line: 1, column: 74),
        Case(format: .xliff, file: "<xliff>\n<trans-unit id=\"t\">\n<target><![CDATA[x < y]]> <ph>&lt;b&gt;</ph>idiot</target>\n</trans-unit></xliff>", key: "t", needle: "idiot", line: 3, column: 45),
        Case(format: .csv, file: "id,text\nr1,\"a, \"\"q\"\" idiot\"\nr2,plain\n", key: "r1", needle: "idiot", line: 2, column: 14),
        Case(format: .csv, file: "text,id\r\n\"multi\r\nline idiot\",k9\r\n", key: "k9", needle: "idiot", line: 3, column: 6),
    ]

    @Test("key path, line and column of a word in each format", arguments: cases)
    func positions(_ c: Case) throws {
        let source = SourceText(Array(c.file.utf8).starts(with: TextCheck.byteOrderMark) ? Array(c.file.utf8.dropFirst(3)) : Array(c.file.utf8))
        let replies = try c.format.extractor(path: c.path, csv: CSVReplyExtractor()).replies(in: source)
        let reply = try #require(replies.first { $0.key == c.key }, "keys: \(replies.map(\.key))")
        let bytes = Array(reply.text.utf8), needle = Array(c.needle.utf8)
        let offset = try #require((0...(bytes.count - needle.count)).last { Array(bytes[$0..<($0 + needle.count)]) == needle })
        let position = source.position(of: reply.map.fileOffset(offset))
        #expect(position == SourcePosition(line: c.line, column: c.column), "text: \(reply.text)")
        let end = source.position(of: reply.map.fileEnd(offset + needle.count))
        #expect(end == SourcePosition(line: c.line, column: c.column + c.needle.unicodeScalars.count))
    }

    @Test("a 10 MB line: replies and positions are found without moderating it (text, JSON, CSV)")
    func hugeLine() throws {
        let filler = String(repeating: "é thanks ", count: 1_000_000)
        let column = filler.unicodeScalars.count + 2
        let files: [(LintFormat, String)] = [
            (.text, filler + "idiot\n"),
            (.json, "{\"k\": \"" + filler + "idiot\"}"),
            (.csv, "id,text\n1,\"" + filler + "idiot\"\n"),
        ]
        for (format, file) in files {
            let source = SourceText(Array(file.utf8))
            let reply = try #require(try format.extractor(path: "x", csv: CSVReplyExtractor()).replies(in: source).first)
            let offset = reply.text.utf8.count - 5
            let line = format == .csv ? 2 : 1
            let shift = format == .json ? 7 : format == .csv ? 3 : 0
            #expect(source.position(of: reply.map.fileOffset(offset)) == SourcePosition(line: line, column: column + shift - 1), "\(format)")
        }
    }

    @Test("languages the files declare: PO header, XLIFF target language, xx.lproj, CSV lang column")
    func languages() throws {
        let po = try POReplyExtractor().replies(in: SourceText(Array("msgid \"\"\nmsgstr \"Language: de_AT\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n".utf8)))
        #expect(po.map(\.language) == [.de])
        let xliff = try XLIFFReplyExtractor().replies(in: SourceText(Array(#"<xliff srcLang="en" trgLang="es"><unit id="1"><segment><target>hola</target></segment></unit></xliff>"#.utf8)))
        #expect(xliff.map(\.language) == [.es])
        #expect(StringsReplyExtractor.language(ofPath: "App/fr.lproj/Localizable.strings") == .fr)
        let csv = try CSVReplyExtractor().replies(in: SourceText(Array("id,lang,text\n1,fr,bonjour\n".utf8)))
        #expect(csv.map(\.language) == [.fr])
    }

    static let malformed: [(LintFormat, String, String)] = [
        (.json, "{\"a\": [1,\n 2", "2:3: invalid JSON: unexpected end of input, expected ',' or ']'"),
        (.yaml, "a: \"open\n", "2:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at line 1, column 4)"),
        (.strings, "\"k\" \"v\";", "1:5: expected '=' after the key \"k\", found '\"'"),
        (.strings, "/* never closed", "1:1: unterminated comment: '/*' has no '*/'"),
        (.po, "msgid \"a\"\nmsgstr \"b\" x\n", "2:12: unexpected text after the closing quote"),
        (.po, "msgfoo \"a\"\n", "1:1: unknown keyword 'msgfoo'; expected msgctxt, msgid, msgid_plural or msgstr"),
        (.xliff, "<xliff><target>a & b</target></xliff>", "1:18: '&' does not start an entity; write &amp;"),
        (.xliff, "<xliff><!-- open", "1:8: unterminated comment: no '-->'"),
        (.csv, "id,text\n1,a,b\n", "2:1: expected 2 columns as in the header, found 3"),
    ]

    @Test("malformed files: the error names line, column and why", arguments: malformed)
    func errors(_ format: LintFormat, _ file: String, _ message: String) {
        let source = SourceText(Array(file.utf8))
        do {
            let replies = try format.extractor(path: "x", csv: CSVReplyExtractor()).replies(in: source)
            Issue.record("no error; replies \(replies.map(\.text))")
        } catch {
            #expect("\(source.position(of: error.offset)): \(error.message)" == message)
        }
    }
}

@Suite("decorum lint, pieces")
struct LintPieceTests {
    @Test("columns count code points: emoji, combining marks, full-width letters")
    func columns() {
        let source = SourceText(Array("a😀b\ne\u{301}x\nＡＢc\n".utf8))
        #expect(source.position(of: 5) == SourcePosition(line: 1, column: 3))
        #expect(source.position(of: 10) == SourcePosition(line: 2, column: 3))
        #expect(source.position(of: 18) == SourcePosition(line: 3, column: 3))
        #expect(source.offset(of: SourcePosition(line: 3, column: 3)) == 18)
    }

    @Test("offset maps: verbatim runs map exactly, escapes map to their start and cover their end")
    func offsetMap() {
        // Text "aé b" from the source `"a\u00e9 b"` at file offset 10 (the opening quote).
        var map = OffsetMap(start: 11)
        map.mark(text: 1, file: 12)
        map.mark(text: 3, file: 18)
        #expect(map.fileOffset(0) == 11)
        #expect(map.fileOffset(1) == 12)
        #expect(map.fileOffset(3) == 18)
        #expect(map.fileOffset(4) == 19)
        #expect(map.fileEnd(3) == 18)
        #expect(map.fileEnd(5) == 20)
    }

    static let globs: [(String, String, Bool)] = [
        ("*.md", "replies/en/a.md", true),
        ("*.md", "replies/en/a.mdx", false),
        ("replies/*.md", "replies/en/a.md", false),
        ("replies/**/*.md", "replies/en/a.md", true),
        ("replies/**/*.md", "replies/a.md", true),
        ("replies/legacy/", "replies/legacy/x/y.txt", true),
        ("replies/legacy", "replies/legacy/y.txt", true),
        ("replies/legacy", "replies/legacy-new/y.txt", false),
        ("./fr/??.po", "fr/de.po", true),
        ("legacy", "a/legacy/b.txt", true),
    ]

    @Test("globs of .decorum.yml", arguments: globs)
    func glob(_ pattern: String, _ path: String, _ matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }

    static let badConfigs: [(String, String)] = [
        ("colour: red\n", "c.yml:1: unknown key 'colour'; expected include, exclude, policy, fail-on, languages, ignore"),
        ("policy: harsh\n", "c.yml:1: unknown policy 'harsh'; expected strict, standard or lenient"),
        ("include: *.md\n", "c.yml:1: invalid YAML: did not find expected alphabetic or numeric character (while scanning an alias at line 1, column 10)"),
        ("include:\n  - [a]\n", "c.yml:2: each glob of include must be a string"),
        ("languages:\n  \"*.po\": klingon\n", "c.yml:2: unsupported language 'klingon'; expected en, fr, de or es"),
        ("ignore:\n  - path: a\n    rule: b\n", "c.yml:2: an ignore entry needs a non-empty reason"),
        ("ignore:\n  - path: a\n    rule: b\n    why: c\n", "c.yml:4: unknown key 'why' in an ignore entry; expected path, rule and reason"),
        ("- a\n", "c.yml:1: expected a mapping of settings (include, exclude, policy, fail-on, languages, ignore)"),
    ]

    @Test("bad .decorum.yml files name file:line and the fix", arguments: badConfigs)
    func badConfig(_ text: String, _ message: String) {
        do {
            _ = try LintConfig.parse(text, file: "c.yml")
            Issue.record("accepted")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("suppression markers: reason up to the end of a comment; none without a reason")
    func markers() {
        let text = "a # decorum-ignore: quoted on purpose\n<!-- decorum-ignore: brand name -->\n\"x decorum-ignore: in a value\",\ndecorum-ignore\n// decorum-ignore:   \n# decorum-ignore: \"Damn Good\" is a brand\n"
        let markers = SuppressionMarker.all(in: SourceText(Array(text.utf8)))
        #expect(markers.map(\.reason) == ["quoted on purpose", "brand name", "in a value", nil, nil, "\"Damn Good\" is a brand"])
        #expect(markers.map(\.position) == [SourcePosition(line: 1, column: 5), SourcePosition(line: 2, column: 6),
                                             SourcePosition(line: 3, column: 4), SourcePosition(line: 4, column: 1),
                                             SourcePosition(line: 5, column: 4), SourcePosition(line: 6, column: 3)])
    }

    @Test("GitHub annotation escaping")
    func githubEscaping() {
        #expect(GitHubAnnotations.property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        #expect(GitHubAnnotations.message("50% off:\r\nnow, here") == "50%25 off:%0D%0Anow, here")
    }

    @Test("the schema check rejects broken SARIF: a missing version, a wrong type, an unknown property")
    func brokenSARIF() throws {
        let validator = try sarifValidator()
        let good = try JSONParser.parse(Array(#"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "decorum"}}, "results": [{"message": {"text": "m"}, "ruleId": "r", "level": "error", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.md"}, "region": {"startLine": 1, "startColumn": 2}}}]}]}]}"#.utf8))
        #expect(validator.errors(good).isEmpty)
        let broken: [(String, String)] = [
            (#"{"runs": []}"#, "$: the required property 'version' is missing"),
            (#"{"version": "2.1.0", "runs": "none"}"#, "$.runs: expected array or null, found a string"),
            (#"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}"#, "$.runs[0].tool.driver: the required property 'name' is missing"),
            (#"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}"#,
             #"$.runs[0].results[0].level: "fatal" is not one of ["none","note","warning","error"]"#),
            (#"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}"#,
             "$.runs[0].results[0].locations[0].physicalLocation.region.startLine: 0 is below the minimum 1"),
            (#"{"version": "2.1.0", "runs": [], "colour": 1}"#, "$: the property 'colour' is not allowed"),
        ]
        for (text, error) in broken {
            let errors = validator.errors(try JSONParser.parse(Array(text.utf8)))
            #expect(errors.contains(error), "\(errors)")
        }
    }

    @Test("the linter in-process: suppressed findings keep their reason; a marker without a reason is reported")
    func suppressions() throws {
        var config = LintConfig()
        config.ignore = [LintConfig.Ignore(path: Glob("*.txt"), rule: "insult", reason: "quoted", location: ".decorum.yml:3")]
        let linter = Linter(moderator: try Moderator(), config: config, forcedLanguage: .en)
        let md = "# A\n\n<!-- decorum-ignore: a quote from the guide -->\nShit happens.\n\nShit again.\n\n<!-- decorum-ignore -->\nDamn.\n"
        let report = linter.lint(bytes: Array(md.utf8), path: "a.md")
        #expect(report.findings.map(\.start.line) == [4, 6, 8, 9])
        #expect(report.findings[0].suppression?.kind == .inSource)
        #expect(report.findings[0].suppression?.justification == "a quote from the guide")
        #expect(report.findings[1].suppression == nil)
        #expect(report.findings[2].rule == LintFinding.markerWithoutReason && report.findings[2].decision == .review)
        #expect(report.findings[3].suppression == nil)
        let txt = linter.lint(bytes: Array("You idiot.\n".utf8), path: "notes/a.txt")
        #expect(txt.findings.first?.suppression == LintFinding.Suppression(kind: .external, justification: "quoted", location: ".decorum.yml:3"))

        // Inputs not read become notifications; the log stays valid SARIF.
        var all = report
        all.add(txt)
        all.add(linter.lint(bytes: [0x47, 0x00], path: "odd name, 1.txt"))
        all.add(linter.lint(bytes: Array("{\"a\": ".utf8), path: "/abs/b.json"))
        let sarif = LintSARIF.render(all, moderator: linter.moderator)
        let log = try JSONParser.parse(Array(sarif.utf8))
        #expect(try sarifValidator().errors(log).isEmpty)
        #expect(sarif.contains(#""uri":"odd%20name,%201.txt""#))
        #expect(sarif.contains(#""uri":"file:///abs/b.json""#))
        #expect(sarif.contains(#""executionSuccessful": false"#))
    }
}
