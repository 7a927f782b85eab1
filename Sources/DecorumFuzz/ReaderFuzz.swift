import Decorum
import DecorumCLI

/// The fuzz check of `decorum scan`'s input side: `LineReader`, `RecordReader` (JSONL,
/// CSV, plain text), `JSONParser` and `JSONWriter`, and `RecordScanner`'s output.
///
/// Input: the first byte chooses the format (bits 0–1: jsonl, csv, text, jsonl), a small
/// record limit of 40 bytes (bit 2) instead of 1 MiB, and the reader's chunk size
/// (bits 4–7: 1 to 16 bytes, or 64 KiB when 0); the rest is the input file.
///
/// Invariants: reading never traps; every line that is not blank yields a record in its
/// place (JSONL, text), or lies inside a CSV row that starts on an earlier line with a
/// quote; record lines increase; lines longer than the limit, and only they, are error
/// records; every record scans to one output line that names the record's line when it is
/// an error; a JSON value re-encoded parses back to itself.
public enum ReaderFuzz {
    static let fields = RecordFields(text: ["text", "body"])
    static let scanner: RecordScanner? = (try? Moderator(policy: .standard)).map {
        RecordScanner(moderator: $0, fields: fields)
    }
    static let formats: [InputFormat] = [.jsonl, .csv, .text, .jsonl]

    /// The broken invariants of reading one fuzz input.
    public static func check(_ data: [UInt8]) -> [String] {
        guard let first = data.first else { return [] }
        let format = formats[Int(first & 3)]
        let limit = first & 4 != 0 ? 40 : RecordReader.maximumRecordBytes
        let chunk = first >> 4 == 0 ? LineReader.chunkSize : Int(first >> 4)
        return check(Array(data.dropFirst()), format: format, limit: limit, chunkSize: chunk)
    }

    /// The broken invariants of reading `bytes` as `format` with records up to `limit` bytes.
    public static func check(_ bytes: [UInt8], format: InputFormat, limit: Int, chunkSize: Int = LineReader.chunkSize) -> [String] {
        guard let scanner else { return ["no scanner"] }
        let reader = RecordReader(
            lines: LineReader(bytes: bytes, chunkSize: chunkSize), format: format, file: "fuzz", fields: fields,
            maximumBytes: limit)
        var records: [RawRecord] = []
        var out: [String] = []
        var stopped = false
        do {
            while let record = try reader.next() {
                records.append(record)
                if records.count > bytes.count + 1 { return ["more records than bytes: the reader does not advance"] }
            }
        } catch CLIError.usage(let message) where format == .csv {
            // A CSV header without the text column stops the input, as it should.
            stopped = true
            if records.contains(where: { if case .fields = $0.content { true } else { false } }) {
                out.append("a header error after rows were read: \(message)")
            }
        } catch {
            return ["reading threw \(error)"]
        }
        if !stopped, reader.bytesRead != bytes.count { out.append("read \(reader.bytesRead) of \(bytes.count) bytes") }
        let lines = physicalLines(bytes)
        func isBlank(_ line: PhysicalLine) -> Bool { line.isBlank && line.length <= limit }
        var previous = 0
        for record in records {
            if record.line <= previous { out.append("record at line \(record.line) after one at line \(previous)") }
            previous = record.line
            guard record.line >= 1, record.line <= lines.count else {
                out.append("record at line \(record.line), outside the \(lines.count) lines")
                continue
            }
            let line = lines[record.line - 1]
            let isTooLong: Bool
            if case .malformed(_, let message) = record.content, message.hasPrefix("record of ") { isTooLong = true } else { isTooLong = false }
            if isTooLong != (line.length > limit) {
                out.append("line \(record.line) of \(line.length) bytes: \(isTooLong ? "" : "not ")reported as longer than \(limit)")
            }
            if isBlank(line) { out.append("a record at blank line \(record.line)") }
        }
        let starts = Set(records.map(\.line))
        let firstLine = lines.indices.first { !isBlank(lines[$0]) }.map { $0 + 1 }
        for (k, line) in lines.enumerated() where !isBlank(line) && !starts.contains(k + 1) {
            let number = k + 1
            switch format {
            case .jsonl, .text:
                out.append("line \(number) is not blank and yields no record")
            case .csv:
                // The header, or a line inside a row opened with a quote on an earlier line.
                guard !stopped, number != firstLine else { continue }
                guard let opener = records.last(where: { $0.line < number })?.line ?? firstLine, lines[opener - 1].hasQuote else {
                    out.append("line \(number) is neither a record nor inside a quoted field")
                    continue
                }
            }
        }
        for record in records {
            out += problems(scanning: record, scanner)
            if case .json(let line) = record.content { out += roundTrip(line) }
            if out.count > 20 { break }
        }
        return out
    }

    /// The problems of scanning one record: one JSON output line, an error record naming
    /// the record's line.
    static func problems(scanning record: RawRecord, _ scanner: RecordScanner) -> [String] {
        let outcome = scanner.scan(record)
        guard !outcome.output.contains("\n") else { return ["line \(record.line): the output holds a line break"] }
        guard let value = try? JSONParser.parse(Array(outcome.output.utf8)) else {
            return ["line \(record.line): the output is not JSON: \(outcome.output.prefix(200))"]
        }
        if outcome.isError {
            guard value["line"] == .number(String(record.line)), value["file"] == .string("fuzz"), value["error"] != nil else {
                return ["line \(record.line): an error record without its place: \(outcome.output.prefix(200))"]
            }
        } else if value["decision"] == nil {
            return ["line \(record.line): a verdict without a decision: \(outcome.output.prefix(200))"]
        }
        if case .malformed = record.content, !outcome.isError { return ["line \(record.line): a malformed record got a verdict"] }
        return []
    }

    /// The problems of re-encoding a JSON line: what parses must encode and parse back to itself.
    static func roundTrip(_ line: [UInt8]) -> [String] {
        guard let value = try? JSONParser.parse(line) else { return [] }
        let encoded = JSONWriter.encode(value)
        guard let again = try? JSONParser.parse(Array(encoded.utf8)) else {
            return ["JSON \(String(decoding: line.prefix(100), as: UTF8.self)) re-encodes to unparsable \(encoded.prefix(100))"]
        }
        return again == value ? [] : ["JSON \(String(decoding: line.prefix(100), as: UTF8.self)) does not survive re-encoding"]
    }

    /// A line of the input as the oracle sees it.
    struct PhysicalLine {
        var length: Int
        var isBlank: Bool
        var hasQuote: Bool
    }

    /// The input's lines (split at `\n`, a final `\r` dropped; a final empty piece is no
    /// line), independently of `LineReader`.
    static func physicalLines(_ bytes: [UInt8]) -> [PhysicalLine] {
        var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true { pieces.removeLast() }
        return pieces.enumerated().map { k, piece in
            var line = piece
            if line.last == 0x0D { line.removeLast() }
            let length = line.count
            if k == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            return PhysicalLine(
                length: length, isBlank: line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D },
                hasQuote: line.contains(0x22))
        }
    }
}
