import Foundation
import Testing
import Decorum
@testable import DecorumEngine
@testable import DecorumCLI

@Suite("decorum scan, in-process")
struct ScanPartsTests {
    /// Spans and their masked form: the first character kept, the last too from six
    /// maskable characters on, separators, spaces and invisible characters kept.
    static let spans: [(String, String)] = [
        ("fuck", "f***"),
        ("connard", "c*****d"),
        ("f.u.c.k", "f.*.*.*"),
        ("f-u-c-k", "f-*-*-*"),
        ("$h!t", "$***"),
        ("sh1t", "s***"),
        ("ＦＵＣＫ", "Ｆ***"),
        ("Scheiße", "S*****e"),
        ("f\u{200B}u\u{200B}c\u{200B}k", "f\u{200B}*\u{200B}*\u{200B}*"),
        ("fils de pute", "f*** ** ***e"),
        ("e\u{301}nculé", "e\u{301}****é"),
        ("a", "a"),
        ("...", "..."),
    ]

    @Test("masking a span keeps its length in characters", arguments: spans)
    func maskSpan(_ span: String, _ masked: String) {
        #expect(Masking.maskSpan(span) == masked)
        #expect(Masking.maskSpan(span).count == span.count)
    }

    @Test("masking a text keeps what lies around the findings, with UTF-8 offsets past emoji")
    func maskText() {
        func finding(_ start: Int, _ end: Int, _ text: String) -> Finding {
            Finding(category: .profanity, severity: .strong, rule: "test", start: start, end: end, text: text, language: .en)
        }
        let text = "😀 \"fuck\", (shit)!"
        #expect(Masking.mask(text, [finding(6, 10, "fuck"), finding(14, 18, "shit")]) == "😀 \"f***\", (s***)!")
        // Overlapping findings: the part already masked is not masked twice.
        #expect(Masking.mask("motherfucker", [finding(0, 12, "motherfucker"), finding(6, 10, "fuck")]) == "m**********r")
        #expect(Masking.mask("no findings", []) == "no findings")
    }

    static let progress: [(records: Int, elapsed: Double, bytes: Int, total: Int?, line: String)] = [
        (0, 0, 0, nil, "0 records, 0/s"),
        (1, 0.5, 10, nil, "1 record, 2/s"),
        (3000, 2, 500, 1000, "3000 records, 1500/s, 50%, 0:02 left"),
        (100, 1, 5, 1000, "100 records, 100/s, 0%"),
        (100, 90, 100, 1000, "100 records, 1/s, 10%, 13:30 left"),
        (100, 3600, 250, 1000, "100 records, 0/s, 25%, 3:00:00 left"),
        (100, 10, 2000, 1000, "100 records, 10/s, 100%, 0:00 left"),
        (5, 1, 5, 0, "5 records, 5/s"),
    ]

    @Test("the progress line: records, rate, share and time left when the size is known", arguments: progress)
    func progressLine(_ c: (records: Int, elapsed: Double, bytes: Int, total: Int?, line: String)) {
        #expect(ProgressLine.render(records: c.records, elapsed: c.elapsed, bytes: c.bytes, totalBytes: c.total) == c.line)
    }

    @Test("the summary counts decisions, categories, languages and errors")
    func summary() throws {
        let moderator = try Moderator()
        let scanner = RecordScanner(moderator: moderator)
        var summary = ScanSummary()
        for line in [#"{"text": "what the fuck", "lang": "en"}"#, #"{"text": "Espèce de connard", "lang": "fr"}"#,
                     #"{"text": "hello", "lang": "en"}"#, "nope"] {
            summary.add(scanner.scan(RawRecord(line: 1, file: nil, content: .json(Array(line.utf8)))))
        }
        summary.unreadableInputs = 1
        #expect(summary.render() == """
            decorum scan: 4 records, 1 error, 1 input not read
              decisions: allow 1, review 0, close 2, escalate 0
              categories: profanity 1, insult 1
              languages: en 2, fr 1

            """)
    }

    /// Each fixture with the fields and formats its golden run uses.
    static let fixtures: [(file: String, fields: RecordFields, output: OutputFormat)] = [
        ("tickets.jsonl", RecordFields(), .jsonl),
        ("nested.jsonl", RecordFields(text: ["ticket.subject", "ticket.body"], id: "ticket.ref", language: "meta.lang"), .jsonl),
        ("tickets.csv", RecordFields(text: ["subject", "message"], id: "ticket"), .csv),
        ("messages.txt", RecordFields(), .table),
        ("policy.jsonl", RecordFields(), .jsonl),
        ("empty.jsonl", RecordFields(), .jsonl),
    ]

    @Test("any number of jobs gives the output of one, on every fixture")
    func jobs() throws {
        let moderator = try Moderator()
        for fixture in Self.fixtures {
            let scanner = RecordScanner(moderator: moderator, fields: fixture.fields, format: fixture.output, mask: true)
            func output(jobs: Int) throws -> String {
                let path = Fixtures.path("scan/\(fixture.file)")
                let reader = RecordReader(lines: try LineReader(path: path), format: .inferred(from: path), file: fixture.file, fields: fixture.fields)
                var out = ""
                try ParallelScan.run(reader: reader, scanner: scanner, jobs: jobs) { out += $0.output + "\n"; return true }
                return out
            }
            let one = try output(jobs: 1)
            #expect(fixture.file == "empty.jsonl" || !one.isEmpty)
            for jobs in [2, 3, 8] { #expect(try output(jobs: jobs) == one, "\(fixture.file), --jobs \(jobs)") }
        }
    }

    @Test("lines of any length, across read chunks, with or without a final line break")
    func lineReader() throws {
        let lengths = [0, 1, 65_535, 65_536, 65_537, 200_000, 3]
        let lines = lengths.enumerated().map { i, n in String(repeating: Character(UnicodeScalar(UInt8(97 + i))), count: n) }
        for ending in ["\n", "\r\n"] {
            for finalBreak in [true, false] {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-lines-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: path) }
                let text = lines.joined(separator: ending) + (finalBreak ? ending : "")
                try Data(text.utf8).write(to: path)
                let reader = try LineReader(path: path.path)
                var read: [String] = []
                while let line = try reader.next() { read.append(String(decoding: line, as: UTF8.self)) }
                #expect(read == lines, "line ends \(ending.debugDescription), final break \(finalBreak)")
                #expect(reader.bytesRead == text.utf8.count)
            }
        }
    }

    static let escapes: [(String, String)] = [
        ("", #""""#),
        ("plain ascii", #""plain ascii""#),
        ("quote \" and backslash \\", #""quote \" and backslash \\""#),
        ("lines\nand\r\ttabs", #""lines\nand\r\ttabs""#),
        ("\u{0}\u{1F}\u{7F}", "\"\\u0000\\u001f\u{7F}\""),
        ("enculé 😀 ß", #""enculé 😀 ß""#),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        ("\u{2027}\u{202A}€", "\"\u{2027}\u{202A}€\""),
        ("\u{2028}", #""\u2028""#),
        ("end\\", #""end\\""#),
    ]

    @Test("strings are written with the escapes JSON and JavaScript need, and read back as they were", arguments: escapes)
    func stringEscapes(text: String, literal: String) throws {
        var out = ""
        JSONWriter.writeString(text, to: &out)
        #expect(out == literal)
        #expect(try JSONParser.parse(Array(out.utf8)) == .string(text))
    }
}
