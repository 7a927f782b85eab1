import Decorum

/// The input formats `decorum scan` reads.
public enum InputFormat: String, Sendable, CaseIterable {
    /// One JSON object a line.
    case jsonl
    /// Comma-separated values with a header row (RFC 4180: quoted fields may hold commas,
    /// doubled quotes and line breaks).
    case csv
    /// One record a line, the whole line being the text.
    case text

    /// The format a file name implies: `.csv` is CSV, `.txt`, `.text` and `.log` are
    /// plain text, anything else (`.jsonl`, `.ndjson`, standard input) is JSONL.
    public static func inferred(from path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") || lower.hasSuffix(".log") { return .text }
        return .jsonl
    }
}

/// Where a record's text, id and language are, by field name (JSONL: dotted paths such
/// as `ticket.body`; CSV: column names).
public struct RecordFields: Sendable {
    /// The fields holding the text; several are joined with a line break (subject and body).
    public var text: [String]
    /// The field holding the record id.
    public var id: String
    /// The field holding the language code.
    public var language: String

    /// Field names; the defaults are `text`, `id`, `lang`.
    public init(text: [String] = ["text"], id: String = "id", language: String = "lang") {
        self.text = text
        self.id = id
        self.language = language
    }
}

/// One input record as read, before it is moderated.
public struct RawRecord: Sendable {
    /// What the record holds.
    public enum Content: Sendable {
        /// A JSONL line, parsed later (in parallel).
        case json([UInt8])
        /// A line of plain text: the text itself.
        case plain([UInt8])
        /// A CSV row, already mapped to its fields.
        case fields(id: JSONValue?, text: String, language: String?)
        /// A record that cannot be read, and why.
        case malformed(id: JSONValue?, message: String)
    }

    /// The 1-based line where the record starts.
    public var line: Int
    /// The input file, nil for standard input.
    public var file: String?
    /// The record's content.
    public var content: Content

    /// The size of the record's content in bytes, about what it holds in memory.
    public var byteCount: Int {
        switch content {
        case .json(let bytes), .plain(let bytes): bytes.count
        case .fields(_, let text, _): text.utf8.count
        case .malformed(_, let message): message.utf8.count
        }
    }
}

/// Reads the records of one input (a file or standard input) in order, streaming: only
/// the current record is held (for CSV, the lines of one quoted field).
///
/// Every record of the input comes out, readable or not: a line (or CSV row) longer than
/// `maximumRecordBytes` is read through without being held and comes out as a
/// `.malformed` record naming its length, so memory stays bounded whatever the input.
public final class RecordReader {
    private let lines: LineReader
    private let format: InputFormat
    private let file: String?
    private let fields: RecordFields
    /// For CSV: the column index of each field, read from the header.
    private var columns: (text: [Int], id: Int?, language: Int?, count: Int)?
    /// Lines to read again before the input's next ones, last first: after an unclosed
    /// quote, the lines it swallowed are records of their own, one line each (a quote
    /// they open does not swallow them again, so recovery stays linear).
    private var replay: [(number: Int, line: LineReader.Line)] = []
    /// The longest record moderated, in bytes; longer ones are error records.
    private let maximumBytes: Int

    /// The most lines one quoted CSV field may span before it is taken for an unclosed quote.
    public static let maximumFieldLines = 10_000

    /// The longest record moderated, in bytes (a JSONL or text line, or a CSV row with its
    /// line breaks): 1 MiB. Longer records yield an error record instead of a verdict: a
    /// support text is far shorter, and moderating a text costs about 40 times its size
    /// in memory.
    public static let maximumRecordBytes = 1 << 20

    /// A reader of `lines` in `format`; `file` names the input in error records, and
    /// records longer than `maximumBytes` are error records.
    public init(lines: LineReader, format: InputFormat, file: String?, fields: RecordFields,
                maximumBytes: Int = RecordReader.maximumRecordBytes) {
        self.lines = lines
        self.format = format
        self.file = file
        self.fields = fields
        self.maximumBytes = maximumBytes
    }

    /// Bytes consumed from the input so far.
    public var bytesRead: Int { lines.bytesRead }

    /// The next line, and whether it is read again after an unclosed quote.
    private func nextLine() throws -> (number: Int, line: LineReader.Line, replayed: Bool)? {
        if let (number, line) = replay.popLast() { return (number, line, true) }
        guard var line = try lines.next(limit: maximumBytes) else { return nil }
        if lines.lineNumber == 1, case .text(var bytes) = line, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            line = .text(bytes)
        }
        return (lines.lineNumber, line, false)
    }

    private static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func tooLong(_ number: Int, _ length: Int) -> RawRecord {
        RawRecord(line: number, file: file, content: .malformed(
            id: nil, message: "record of \(length) bytes, longer than the limit of \(maximumBytes) bytes; not moderated"))
    }

    /// The next record, or nil at the end of the input. Blank lines are not records.
    /// - Throws: `CLIError` on an I/O error, or a CSV file without the named text column
    ///   (`file:1: …`).
    public func next() throws -> RawRecord? {
        while let (number, read, replayed) = try nextLine() {
            let line: [UInt8]
            switch read {
            case .text(let bytes): line = bytes
            case .tooLong(let length):
                // An overlong CSV header: no column can be found in it.
                guard format != .csv || columns != nil else {
                    throw CLIError.usage("\(file ?? "<stdin>"):\(number): the CSV header is longer than \(maximumBytes) bytes")
                }
                return tooLong(number, length)
            }
            if Self.isBlank(line) { continue }
            switch format {
            case .jsonl: return RawRecord(line: number, file: file, content: .json(line))
            case .text: return RawRecord(line: number, file: file, content: .plain(line))
            case .csv:
                if let record = try csvRecord(startingWith: line, at: number, replayed: replayed) { return record }
            }
        }
        return nil
    }

    /// Reads one CSV row that starts with `line`; the header row yields nil. A `replayed`
    /// line is a row of its own: a quote it leaves open is an error, not a field going on.
    private func csvRecord(startingWith line: [UInt8], at number: Int, replayed: Bool) throws -> RawRecord? {
        var parser = CSVRowParser()
        parser.feed(line)
        var swallowed: [(number: Int, line: LineReader.Line)] = []
        var size = line.count
        while parser.inQuotes {
            let reason: String
            if replayed {
                reason = "is not closed on its line (read alone, after an earlier unclosed quote)"
            } else if swallowed.count >= Self.maximumFieldLines {
                reason = "runs past \(Self.maximumFieldLines) lines"
            } else if let more = try nextLine() {
                // Nothing is left to replay here: this row was read from the input.
                swallowed.append((more.number, more.line))
                if case .text(let bytes) = more.line, size + 1 + bytes.count <= maximumBytes {
                    size += 1 + bytes.count
                    parser.feed(bytes, afterLineBreak: true)
                    continue
                }
                reason = "runs past \(maximumBytes) bytes"
            } else {
                reason = "runs until the input ends"
            }
            replay += swallowed.reversed()
            return RawRecord(line: number, file: file, content: .malformed(
                id: nil, message: "unclosed quote: a quoted field opened on line \(number) \(reason); the lines after it are read as records of their own"))
        }
        let values = parser.finish()
        guard let columns else {
            try readHeader(values, at: number)
            return nil
        }
        func value(_ index: Int?) -> String? { index.flatMap { $0 < values.count ? values[$0] : nil } }
        let id = value(columns.id).map { JSONValue.string($0) }
        guard values.count == columns.count else {
            return RawRecord(line: number, file: file, content: .malformed(
                id: id, message: "expected \(columns.count) columns as in the header, found \(values.count)"))
        }
        let text = columns.text.compactMap(value).joined(separator: "\n")
        return RawRecord(line: number, file: file, content: .fields(id: id, text: text, language: value(columns.language)))
    }

    private func readHeader(_ names: [String], at number: Int) throws {
        let trimmed = names.map { $0.trimmingWhitespace() }
        func index(_ name: String) -> Int? { trimmed.firstIndex(of: name) }
        let text = fields.text.compactMap(index)
        guard !text.isEmpty else {
            throw CLIError.usage("\(file ?? "<stdin>"):\(number): no text column named \(fields.text.map { "'\($0)'" }.joined(separator: " or ")) in the header (columns: \(trimmed.joined(separator: ", "))); name it with --text-column")
        }
        columns = (text, index(fields.id), index(fields.language), names.count)
    }
}

/// Splits CSV lines into fields: commas separate, double quotes enclose fields that hold
/// commas, quotes (doubled) or line breaks. A stray quote inside an unquoted field is kept.
struct CSVRowParser {
    private(set) var inQuotes = false
    private var fields: [String] = []
    private var current: [UInt8] = []
    private var fieldStarted = false
    private var afterClosingQuote = false
    /// With `keepsPositions`: each finished field's map from its UTF-8 offsets to offsets
    /// in the file, for `decorum lint`.
    private(set) var maps: [OffsetMap] = []
    private var currentMap: OffsetMap?
    private let keepsPositions: Bool
    /// The file offset of the next field's first byte, while it has none.
    private var fieldStart = 0

    /// A parser; `keepsPositions` when `feed` is given each line's file offset and `maps`
    /// is wanted.
    init(keepsPositions: Bool = false) { self.keepsPositions = keepsPositions }

    /// Feeds one line (without its line break); `afterLineBreak` when it continues a
    /// quoted field, whose line break is kept; `offset` is the line's file offset (used
    /// when keeping positions).
    mutating func feed(_ line: [UInt8], afterLineBreak: Bool = false, at offset: Int = 0) {
        var bytes = line
        if bytes.last == 0x0D { bytes.removeLast() }
        if afterLineBreak { keep(0x0A, at: offset - 1) }
        if keepsPositions, !fieldStarted, current.isEmpty { fieldStart = offset }
        for (k, byte) in bytes.enumerated() {
            if inQuotes {
                if byte == 0x22 {
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    keep(byte, at: offset + k)
                }
                continue
            }
            switch byte {
            case 0x22 where afterClosingQuote:
                // `""` inside a quoted field: one quote, still quoted.
                keep(0x22, at: offset + k)
                inQuotes = true
                afterClosingQuote = false
            case 0x22 where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                fieldStart = offset + k + 1
            case 0x2C:
                endField()
                fieldStart = offset + k + 1
            default:
                keep(byte, at: offset + k)
                fieldStarted = true
                afterClosingQuote = false
            }
        }
    }

    private mutating func keep(_ byte: UInt8, at offset: Int) {
        if keepsPositions {
            if currentMap == nil { currentMap = OffsetMap(start: offset) }
            currentMap!.mark(text: current.count, file: offset)
        }
        current.append(byte)
    }

    private mutating func endField() {
        fields.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
        fieldStarted = false
        afterClosingQuote = false
        if keepsPositions {
            maps.append(currentMap ?? OffsetMap(start: fieldStart))
            currentMap = nil
        }
    }

    /// The row's fields.
    mutating func finish() -> [String] {
        endField()
        return fields
    }
}
