import Foundation
import Testing

/// `decorum scan` end to end: the built binary on the files of `Fixtures/scan`, compared
/// with the golden outputs under `Fixtures/golden/scan`. Each run loads the data, so the
/// cases are grouped into few runs; the pieces are tested in-process in `ScanPartsTests`.
@Suite("decorum scan, end to end")
struct ScanGoldenTests {
    /// The fixtures folder; runs happen there so that error records name files relatively.
    static let folder = URL(fileURLWithPath: Fixtures.path("scan"))

    /// One run of the binary on fixtures, with what it must give.
    struct Case: Sendable, CustomStringConvertible {
        var arguments: [String]
        var golden: String
        var status: Int32
        var input = ""
        var description: String { golden }
    }

    static let cases: [Case] = [
        // Malformed lines, a blank line, invalid UTF-8, CRLF, no final line break; offsets
        // past emoji and full-width letters.
        Case(arguments: ["scan", "--jobs", "1", "tickets.jsonl"], golden: "tickets.jsonl", status: 2),
        // Nested fields, subject and body joined, a missing or non-text field; masked text.
        Case(arguments: ["scan", "--mask", "--text-field", "ticket.subject", "--text-field", "ticket.body",
                         "--id-field", "ticket.ref", "--lang-field", "meta.lang", "nested.jsonl"],
             golden: "nested.jsonl", status: 2),
        // Quoted line breaks, a quoted comma, doubled quotes, a row with a column missing.
        Case(arguments: ["scan", "--output", "csv", "--mask", "--text-column", "subject", "--text-column", "message",
                         "--id-column", "ticket", "tickets.csv"],
             golden: "tickets.csv", status: 2),
        // Plain text, one record a line, its line number as id; only the flagged ones.
        Case(arguments: ["scan", "--output", "table", "--only", "review", "--only", "close,escalate", "--mask", "messages.txt"],
             golden: "messages.table", status: 0),
        // A policy file (the example shipped in Corpus/), with records on standard input.
        Case(arguments: ["scan", "--policy", "../../../../Corpus/policy-example.yaml", "-"],
             golden: "policy.jsonl", status: 0,
             input: (try? String(contentsOfFile: Fixtures.path("scan/policy.jsonl"), encoding: .utf8)) ?? ""),
    ]

    @Test("golden outputs; the summary on standard error, without a progress line", arguments: cases)
    func golden(_ test: Case) throws {
        let run = try runDecorum(test.arguments, input: test.input, in: Self.folder)
        #expect(run.status == test.status, "\(run.stderr)")
        try Fixtures.expectGolden(run.stdout, "scan/\(test.golden)")
        try Fixtures.expectGolden(run.stderr, "scan/\(test.golden).stderr")
        #expect(!run.stderr.contains("\r") && !run.stderr.contains("\u{1B}"), "a progress line on a pipe")
    }

    @Test("--jobs 2 writes byte for byte what --jobs 1 writes")
    func jobs() throws {
        let one = try runDecorum(["scan", "--jobs", "1", "tickets.jsonl"], in: Self.folder)
        let two = try runDecorum(["scan", "--jobs", "2", "tickets.jsonl"], in: Self.folder)
        #expect(two.status == one.status)
        #expect(two.stdout == one.stdout)
    }

    @Test("an empty file: no output, a summary of nothing, status 0")
    func empty() throws {
        let run = try runDecorum(["scan", "empty.jsonl"], in: Self.folder)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("decorum scan: 0 records, 0 errors\n"))
    }

    @Test("5 MB lines, whole and cut short, between ordinary ones: error records naming them")
    func hugeLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let attachment = String(repeating: "QUJDREVGR0hJSktMTU5PUA==", count: 5_000_000 / 24)
        let lines = [
            #"{"id": "before", "text": "Where is my parcel?"}"#,
            #"{"id": "huge", "attachment": "\#(attachment)", "text": "this is shit"}"#,
            #"{"id": "cut", "text": "\#(attachment)"#,
            #"{"id": "after", "text": "Thanks, it arrived."}"#,
        ]
        let path = folder.appendingPathComponent("huge.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: path)
        let run = try runDecorum(["scan", "--jobs", "2", "--language", "en", "huge.jsonl"], in: folder)
        #expect(run.status == 2)
        let output = run.stdout.split(separator: "\n").map(String.init)
        try #require(output.count == 4)
        #expect(output[0].hasPrefix(#"{"id":"before","language":"en","language_confidence":1,"decision":"allow""#))
        // Records over 1 MiB are not moderated: an error record names each, with its length.
        #expect(output[1] == #"{"line":2,"file":"huge.jsonl","error":"record of \#(lines[1].utf8.count) bytes, longer than the limit of 1048576 bytes; not moderated"}"#)
        #expect(output[2] == #"{"line":3,"file":"huge.jsonl","error":"record of \#(lines[2].utf8.count) bytes, longer than the limit of 1048576 bytes; not moderated"}"#)
        #expect(output[3].hasPrefix(#"{"id":"after","#))
    }

    @Test("| head: a closed output pipe ends the run quietly, with status 0")
    func closedPipe() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("many.txt")
        try Data((1...5000).map { "Hello, this is message \($0) about my order." }.joined(separator: "\n").utf8).write(to: input)
        // decorum's own status and standard error go to files; only its output goes through `head`.
        let script = #"( "$0" scan --jobs 2 "$1" 2>"$2"; echo $? >"$3" ) | head -n 1"#
        let errors = folder.appendingPathComponent("stderr"), status = folder.appendingPathComponent("status")
        let run = try runProcess(URL(fileURLWithPath: "/bin/sh"),
                                 ["-c", script, try decorumExecutable().path, input.path, errors.path, status.path])
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(run.stdout.hasPrefix(#"{"id":1,"language":"en""#))
        #expect(try String(contentsOf: status, encoding: .utf8) == "0\n")
        #expect(try String(contentsOf: errors, encoding: .utf8) == "")
    }

    /// A new, empty folder under the temporary directory.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
