import Foundation
import Testing
@testable import DecorumCLI
import Decorum
@testable import DecorumEngine

/// The output lines of `scan`, parsed.
func records(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
}

@Suite("decorum scan")
struct ScanTests {
    static let mixed = """
        {"id": "T-1", "text": "Hello, my parcel has not arrived yet.", "lang": "en"}
        {"id": "T-2", "text": "Espèce de c0nnard !", "lang": "fr"}
        {"id": "T-3", "text": "broken
        [1, 2]
        {"id": 4, "body": "no text field"}

        {"id": "T-6", "text": 42}
        {"id": "T-7", "text": "Ich bringe dich um.", "lang": "de"}
        """

    @Test("one output record per input record, in input order, with error records in place")
    func orderAndErrors() throws {
        let result = try runDecorum(["scan"], input: Self.mixed)
        #expect(result.status == 2, "\(result.stderr)")
        let lines = try records(result.stdout)
        #expect(lines.count == 7)
        #expect(lines[0]["id"] as? String == "T-1")
        #expect(lines[0]["decision"] as? String == "allow")
        #expect(lines[1]["decision"] as? String == "close")
        let finding = try #require((lines[1]["findings"] as? [[String: Any]])?.first)
        #expect(finding["start"] as? Int == 11 && finding["end"] as? Int == 18 && finding["text"] as? String == "c0nnard")
        #expect(lines[2]["line"] as? Int == 3)
        #expect((lines[2]["error"] as? String)?.hasPrefix("invalid JSON: unterminated string at column") == true)
        #expect(lines[3]["error"] as? String == "expected a JSON object, found an array")
        #expect(lines[4]["id"] as? Int == 4 && lines[4]["error"] as? String == "missing text field 'text'")
        #expect(lines[5]["line"] as? Int == 7 && lines[5]["error"] as? String == "text field 'text' is a number, expected a string")
        #expect(lines[6]["id"] as? String == "T-7" && lines[6]["decision"] as? String == "escalate")
    }

    @Test("exit status: 0 clean, 1 when --fail-on is reached, 2 on usage errors")
    func exitCodes() throws {
        let clean = #"{"id": 1, "text": "Thanks for the quick refund!"}"#
        let rude = #"{"id": 2, "text": "this is fucking useless"}"#
        #expect(try runDecorum(["scan"], input: clean).status == 0)
        #expect(try runDecorum(["scan"], input: rude).status == 0)
        #expect(try runDecorum(["scan", "--fail-on", "close"], input: clean + "\n" + rude).status == 1)
        #expect(try runDecorum(["scan", "--fail-on", "escalate"], input: rude).status == 0)
        #expect(try runDecorum(["scan", "--policy", "gentle"], input: clean).status == 2)
        #expect(try runDecorum(["scan", "--fail-on", "allow"], input: clean).status == 2)
        #expect(try runDecorum(["scan", "/nonexistent/file.jsonl"]).status == 2)
        #expect(try runDecorum(["frobnicate"]).status == 2)
    }

    @Test("renamed and nested fields; the id is copied verbatim")
    func fields() throws {
        let input = #"{"ticket": {"body": "you are an idiot", "ref": {"n": 7}}, "locale": "en-GB"}"#
        let result = try runDecorum(["scan", "--text-field", "ticket.body", "--id-field", "ticket.ref", "--lang-field", "locale"], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(#"{"id":{"n":7},"language":"en","#))
    }

    @Test("check prints the verdict and the matched spans")
    func check() throws {
        let result = try runDecorum(["check", "--color", "never", "--language", "fr", "Espèce de c0nnard !"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("CLOSE"))
        #expect(result.stdout.contains("Espèce de [c0nnard] !"))
        #expect(result.stdout.contains("insult (severity"))
        let json = try runDecorum(["check", "--json", "--fail-on", "review"], input: "what the fuck")
        #expect(json.status == 1)
        #expect(json.stdout.contains(#""decision":"close""#))
    }

    @Test("a bad extra lexicon is reported with file:line")
    func badLexicon() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-test-\(getpid())/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try "@format decorum-lexicon 1\n@language en\nbadword | insult | 9 |\n".write(
            to: folder.appendingPathComponent("team.lex"), atomically: true, encoding: .utf8)
        let result = try runDecorum(["scan", "--lexicons", folder.deletingLastPathComponent().path], input: "{}")
        #expect(result.status == 2)
        #expect(result.stderr.contains("team.lex:3: severity must be 1, 2, 3 or 4, found '9'"))
    }

    @Test("RecordScanner writes verdicts and error records that name the place")
    func recordScanner() throws {
        let scanner = RecordScanner(moderator: try Moderator(), forcedLanguage: .en)
        let error = scanner.scan(RawRecord(line: 2, file: "a.jsonl", content: .json(Array("{nope}".utf8))))
        #expect(error.isError)
        #expect(error.output == #"{"line":2,"file":"a.jsonl","error":"invalid JSON: expected a member name in quotes at column 2"}"#)
        let verdict = scanner.scan(RawRecord(line: 3, file: nil, content: .json(Array(#"{"text": "damn it"}"#.utf8))))
        #expect(verdict.verdict?.decision == .review)
    }
}

@Suite("JSON reader")
struct JSONParserTests {
    static let invalid: [(String, String)] = [
        ("{\"a\": }", "invalid JSON: unexpected character '}' at column 7"),
        ("{\"a\" 1}", "invalid JSON: expected ':' after a member name at column 6"),
        ("[1, 2", "invalid JSON: unexpected end of input, expected ',' or ']' at column 6"),
        ("\"\\x\"", "invalid JSON: invalid escape '\\x' at column 3"),
        ("01", "invalid JSON: unexpected character after the value at column 2"),
        ("{} {}", "invalid JSON: unexpected character after the value at column 4"),
        (String(repeating: "[", count: 600), "invalid JSON: nesting deeper than 512 levels at column 513"),
    ]

    @Test("names the column and the reason", arguments: invalid)
    func errors(_ text: String, _ message: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(text.utf8)) }
        do { _ = try JSONParser.parse(Array(text.utf8)) } catch { #expect(error.description == message) }
    }

    @Test("round-trips values, escapes and surrogate pairs")
    func roundTrip() throws {
        let value = try JSONParser.parse(Array(#"{"a":[1,-2.5e3,true,null],"b":"x\"\n\u00e9\ud83d\ude00"}"#.utf8))
        #expect(value["b"] == .string("x\"\né😀"))
        #expect(JSONWriter.encode(value) == #"{"a":[1,-2.5e3,true,null],"b":"x\"\né😀"}"#)
    }
}
