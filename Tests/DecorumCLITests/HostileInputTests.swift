import Foundation
import Testing
@testable import DecorumCLI
import Decorum
@testable import DecorumEngine

/// A temporary folder for one test's generated inputs, removed at the end.
final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }
}

/// Whether the tests run under a sanitizer, which slows the binary and inflates its
/// memory: time and memory bounds then say nothing about Decorum.
let isSanitized = dlsym(nil, "__asan_init") != nil || dlsym(nil, "__tsan_init") != nil

@Suite("Hostile input through decorum scan")
struct HostileInputTests {
    @Test("invalid UTF-8: a verdict with a warning, and findings on scalar boundaries")
    func invalidUTF8() throws {
        let scratch = try Scratch()
        var jsonl = Array(#"{"id":"bad-1","lang":"fr","text":"Esp\#u{E8}ce de c0nnard "#.utf8) + [0xC3, 0x28, 0xFF] + Array(#" !"}"#.utf8)
        jsonl += [0x0A] + Array(#"{"id":"ok-2","text":"fine"}"#.utf8)
        let text = Array("you idiot ".utf8) + [0xE2, 0x82] + Array(" fuck".utf8) + [0xF0, 0x9F]
        let run = try runDecorum(["scan", try scratch.write("in.jsonl", jsonl), try scratch.write("in.txt", text)])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try records(run.stdout)
        try #require(lines.count == 3)
        #expect(lines[0]["decision"] as? String == "close")
        #expect(lines[0]["warning"] as? String == "invalid UTF-8 in the input line was replaced by U+FFFD")
        #expect(lines[1]["warning"] == nil)
        let findings = try #require(lines[2]["findings"] as? [[String: Any]])
        #expect(findings.map { $0["text"] as? String } == ["idiot", "fuck"])
        #expect(findings.map { $0["start"] as? Int } == [4, 13])
        // The library reports the invalid bytes by range.
        let verdict = text.withUnsafeBufferPointer { try! Moderator(policy: .standard).moderate(utf8: $0) }
        #expect(verdict.invalidUTF8 == [10..<12, 17..<19])
    }

    @Test("a 100 MB line is an error record naming it; memory stays bounded; the lines around it are moderated")
    func hugeLine() throws {
        let scratch = try Scratch()
        var bytes = Array(#"{"id":"before","text":"you idiot"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id":"huge","text":""#.utf8) + [UInt8](repeating: 0x61, count: 100 << 20) + Array(#""}"#.utf8) + [0x0A]
        bytes += Array(#"{"id":"after","text":"merci"}"#.utf8) + [0x0A]
        let path = try scratch.write("huge.jsonl", bytes)
        bytes = []
        let started = Date()
        let run = try runDecorum(["scan", "--jobs", "2", path])
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 2)
        let lines = try records(run.stdout)
        try #require(lines.count == 3)
        #expect(lines[0]["id"] as? String == "before" && lines[0]["decision"] as? String == "close")
        #expect(lines[1]["line"] as? Int == 2)
        #expect(lines[1]["error"] as? String == "record of \(100 << 20 + 23) bytes, longer than the limit of 1048576 bytes; not moderated")
        #expect(lines[2]["id"] as? String == "after")
        if !isSanitized {
            // A debug build on a busy machine: the bounds are loose, the line is 100 MB.
            #expect(seconds < 300, "took \(seconds) s")
            #expect(run.peakResidentBytes > 0 && run.peakResidentBytes < 400 << 20, "peak memory: \(run.peakResidentBytes >> 20) MiB")
        }
    }

    @Test("a text just under the limit is moderated")
    func largeText() throws {
        let scratch = try Scratch()
        let filler = String(repeating: "the parcel is late again ", count: 40_000)  // 1,000,000 bytes
        let path = try scratch.write("large.txt", Array((filler + "you idiot").utf8))
        let run = try runDecorum(["scan", "--language", "en", path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try records(run.stdout)
        #expect(lines.first?["decision"] as? String == "close")
    }

    @Test("deeply nested JSON is an error record, on any thread; 500 levels are read")
    func nestedJSON() throws {
        let deep = #"{"id":"deep","text":"x","meta":"# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let fine = #"{"id":"fine","text":"you idiot","meta":"# + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "}"
        let input = Array(repeating: [deep, fine], count: 300).flatMap { $0 }.joined(separator: "\n")
        let run = try runDecorum(["scan", "--jobs", "2"], input: input)
        #expect(run.status == 2)
        let lines = try records(run.stdout)
        try #require(lines.count == 600)
        #expect(lines[0]["line"] as? Int == 1)
        #expect(lines[0]["error"] as? String == "invalid JSON: nesting deeper than 512 levels at column 543")
        #expect(lines[1]["id"] as? String == "fine" && lines[1]["decision"] as? String == "close")
        #expect(lines.enumerated().allSatisfy { k, line in k % 2 == 0 ? line["error"] != nil : line["decision"] != nil })
    }

    @Test("a CSV quote left open: an error record naming the line it opened on, and the lines after it read one by one")
    func unclosedQuote() throws {
        let scratch = try Scratch()
        let csv = "id,text\n1,hello\n2,\"you idiot\n3,fine\n\n4,you moron\n"
        let run = try runDecorum(["scan", try scratch.write("open.csv", Array(csv.utf8))])
        #expect(run.status == 2)
        let lines = try records(run.stdout)
        try #require(lines.count == 4)
        #expect(lines[0]["id"] as? String == "1")
        #expect(lines[1]["line"] as? Int == 3)
        #expect(lines[1]["error"] as? String
            == "unclosed quote: a quoted field opened on line 3 runs until the input ends; the lines after it are read as records of their own")
        #expect(lines[2]["id"] as? String == "3" && lines[2]["decision"] as? String == "allow")
        #expect(lines[3]["id"] as? String == "4" && lines[3]["decision"] as? String == "close")
    }

    @Test("text made only of invisible characters is allowed, without findings")
    func onlyZeroWidth() throws {
        let invisible = String(repeating: "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}\u{00AD}", count: 20_000)
        let run = try runDecorum(["scan", "--format", "text"], input: invisible + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try records(run.stdout)
        #expect(lines.count == 1)
        #expect(lines.first?["decision"] as? String == "allow")
        #expect((lines.first?["findings"] as? [Any])?.isEmpty == true)
    }

    /// Lexicon files in bad encodings or with bad lines, each with the problems `--lexicons` must report.
    static let badLexicons: [(name: String, bytes: [UInt8], problems: [String])] = [
        ("latin-1", Array("@format decorum-lexicon 1\n@language fr\n".utf8) + [0x62, 0xE2, 0x74, 0x61, 0x72, 0x64] + Array(" | insult | 2 |\n".utf8),
         ["fr/team.lex:3: invalid UTF-8; data files must be UTF-8 text"]),
        ("nul", Array("@format decorum-lexicon 1\n@language fr\nfoo\0 | insult | 2 |\n".utf8),
         ["fr/team.lex:3: NUL character; data files must be text"]),
        ("utf-16", [0xFF, 0xFE] + Array("@format".utf8).flatMap { [$0, 0] },
         ["fr/team.lex:1: invalid UTF-8; data files must be UTF-8 text", "fr/team.lex:1: missing header: expected '@format KIND 1' and '@language xx'"]),
        ("malformed", Array("@format decorum-lexicon 1\n@language fr\nblaireau | insult\nzouave | insulte | 2 |\nbouffon | insult | 7 |\n".utf8),
         ["fr/team.lex:3: expected 4 columns 'term | category | severity | flags', found 2",
          "fr/team.lex:4: unknown category 'insulte'; expected one of profanity, insult, sexual, harassment, hate, threat",
          "fr/team.lex:5: severity must be 1, 2, 3 or 4, found '7'"]),
    ]

    @Test("lexicon files with bad encodings or lines are reported by file:line", arguments: badLexicons.map(\.name))
    func badLexicon(_ name: String) throws {
        let case_ = try #require(Self.badLexicons.first { $0.name == name })
        let scratch = try Scratch()
        _ = try scratch.write("lex/fr/team.lex", case_.bytes)
        let run = try runDecorum(["scan", "--lexicons", "lex"], input: #"{"text":"salut"}"#, in: scratch.url)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let reported = run.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("lex/") }
        #expect(reported == case_.problems.map { "lex/" + $0 }, "\(run.stderr)")
    }

    @Test("a BOM and CRLF line ends in a lexicon file are fine")
    func bomAndCRLF() throws {
        let scratch = try Scratch()
        let lexicon = "\u{FEFF}@format decorum-lexicon 1\r\n@language en\r\n# a comment\r\nblorpface | insult | 2 |\r\n"
        _ = try scratch.write("lex/en/team.lex", Array(lexicon.utf8))
        let run = try runDecorum(["scan", "--lexicons", "lex", "--language", "en"], input: #"{"text":"you blorpface"}"#, in: scratch.url)
        #expect(run.status == 0, "\(run.stderr)")
        let findings = try #require(try records(run.stdout).first?["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "en.insult.blorpface")
    }
}

@Suite("Line and record reader limits")
struct ReaderLimitTests {
    /// (input, limit, chunk size, expected lines).
    static let cases: [(String, Int, Int, [LineReader.Line])] = [
        ("ab\ncd", 10, 1, [.text(Array("ab".utf8)), .text(Array("cd".utf8))]),
        ("abcd\r\nxyz\r\n", 4, 2, [.text(Array("abcd".utf8)), .text(Array("xyz".utf8))]),
        ("abcde\r\nxy", 4, 1, [.tooLong(length: 5), .text(Array("xy".utf8))]),
        ("abcdefghij\n\nk", 3, 4, [.tooLong(length: 10), .text([]), .text(Array("k".utf8))]),
        ("abcdefghij", 3, 64, [.tooLong(length: 10)]),
        ("", 3, 1, []),
    ]

    @Test("a line over the limit is passed over and reported by length, in any chunking", arguments: cases.indices)
    func lines(_ index: Int) throws {
        let (input, limit, chunk, expected) = Self.cases[index]
        let reader = LineReader(bytes: Array(input.utf8), chunkSize: chunk)
        var lines: [LineReader.Line] = []
        while let line = try reader.next(limit: limit) { lines.append(line) }
        #expect(lines == expected)
        #expect(reader.bytesRead == input.utf8.count)
    }

    @Test("a quoted CSV field that outgrows the limit is an error and its lines are read alone")
    func csvFieldLimit() throws {
        let csv = "id,text\n1,\"a\n" + String(repeating: "b", count: 30) + "\n" + String(repeating: "c", count: 30) + "\"\n2,ok\n"
        let reader = RecordReader(lines: LineReader(bytes: Array(csv.utf8)), format: .csv, file: "t.csv", fields: RecordFields(), maximumBytes: 40)
        var records: [RawRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.map(\.line) == [2, 3, 4, 5])
        guard case .malformed(_, let message) = records[0].content else { Issue.record("not an error: \(records[0])"); return }
        #expect(message.contains("opened on line 2 runs past 40 bytes"))
    }
}
