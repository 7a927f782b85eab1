import Foundation
import Testing

@Suite("Nothing lost")
struct NothingLostTests {
    /// What one generated input line is, and what its output must say.
    enum Expected: Equatable {
        /// A verdict for the record with this id.
        case verdict(String)
        /// An error record for this line (with this id, when the record has one).
        case error(line: Int, id: String?)
        /// A blank line: no output.
        case none
    }

    /// Line `k` (1-based) of the generated input, and what it must yield.
    static func line(_ k: Int) -> ([UInt8], Expected) {
        let id = "R-\(k)"
        switch k % 11 {
        case 0: return (Array(#"{"id":"\#(id)","text":"you idiot"}"#.utf8), .verdict(id))
        case 1: return (Array(#"{"id":"\#(id)","text":"#.utf8), .error(line: k, id: nil))  // bad JSON
        case 2: return (Array(#"{"id":"\#(id)","text":17}"#.utf8), .error(line: k, id: id))  // wrong type
        case 3: return (Array(#"{"id":"\#(id)","body":"no text"}"#.utf8), .error(line: k, id: id))  // missing field
        case 4: return (Array("   ".utf8), .none)
        case 5: return (Array(#"{"id":"\#(id)","text":"fu"#.utf8) + [0xFF, 0xC3] + Array(#"ck"}"#.utf8), .verdict(id))  // invalid UTF-8
        case 6 where k % 500 == 6:  // now and then, a line past the 1 MiB limit
            return (Array(#"{"id":"\#(id)","text":""#.utf8) + [UInt8](repeating: 0x7A, count: 1 << 21) + Array(#""}"#.utf8), .error(line: k, id: nil))
        case 6: return (Array(#"["\#(id)"]"#.utf8), .error(line: k, id: nil))  // not an object
        case 7: return ([], .none)
        case 8: return (Array(#"{"id":"\#(id)","text":"Merci pour votre aide \u00e9","lang":"fr"}"#.utf8), .verdict(id))
        case 9: return (Array(#"{"id":"\#(id)","text":"x","deep":"#.utf8) + [UInt8](repeating: 0x5B, count: 600), .error(line: k, id: nil))
        default: return (Array(#"{"id":"\#(id)","text":"I will kill you","lang":"en"}"#.utf8), .verdict(id))
        }
    }

    @Test("scan --jobs 2 writes exactly one output per record, in order, on a file of mixed good and bad records")
    func mixedRecords() throws {
        let count = 3000
        var bytes: [UInt8] = []
        var expected: [Expected] = []
        for k in 1...count {
            let (line, outcome) = Self.line(k)
            bytes += line + (k % 13 == 0 ? [0x0D, 0x0A] : [0x0A])
            if outcome != .none { expected.append(outcome) }
        }
        let scratch = try Scratch()
        let path = try scratch.write("mixed.jsonl", bytes)
        let run = try runDecorum(["scan", "--jobs", "2", "--no-summary", path])
        #expect(run.status == 2)
        let lines = try records(run.stdout)
        #expect(lines.count == expected.count)
        for (k, (output, want)) in zip(lines, expected).enumerated() {
            switch want {
            case .verdict(let id):
                #expect(output["id"] as? String == id && output["decision"] != nil, "output \(k + 1): \(output)")
            case .error(let line, let id):
                #expect(output["line"] as? Int == line && output["file"] as? String == path && output["error"] != nil,
                        "output \(k + 1): \(output)")
                #expect(output["id"] as? String == id, "output \(k + 1): \(output)")
            case .none:
                Issue.record("no output expected")
            }
        }
    }

    @Test("a CSV file of good and bad rows gives one output per row with --jobs 2")
    func mixedCSV() throws {
        var csv = "id,text,lang\n"
        var expectedIDs: [String] = []
        for k in 1...1000 {
            switch k % 5 {
            case 0: csv += "C-\(k),\"multi\nline, quoted \"\"text\"\"\",en\n"
            case 1: csv += "C-\(k),too,many,columns\n"
            case 2: csv += "\n"; continue
            default: csv += "C-\(k),you idiot,en\n"
            }
            expectedIDs.append("C-\(k)")
        }
        let scratch = try Scratch()
        let run = try runDecorum(["scan", "--jobs", "2", "--no-summary", try scratch.write("mixed.csv", Array(csv.utf8))])
        #expect(run.status == 2)
        let lines = try records(run.stdout)
        #expect(lines.map { $0["id"] as? String } == expectedIDs)
        #expect(lines.filter { $0["error"] != nil }.count == 200)
    }
}
