import Decorum

/// The output formats of `decorum scan`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON verdict (or error record) a line, as documented in `VerdictJSON`.
    case jsonl
    /// CSV with a header row: `id,decision,language,categories,rules,spans,notice,error`
    /// (plus `masked` with `--mask`).
    case csv
    /// An aligned table for people.
    case table
}

/// What scanning one record gave: its output line and, unless it was an error, its verdict.
public struct ScanOutcome: Sendable {
    /// The output for the record, without a line break (CSV fields may hold line breaks).
    public var output: String
    /// The verdict; nil for an error record.
    public var verdict: Verdict?
    /// Whether the record could not be read.
    public var isError: Bool { verdict == nil }
}

/// Turns records into verdicts and output lines. Immutable and `Sendable`: several
/// threads share one.
public struct RecordScanner: Sendable {
    let moderator: Moderator
    let fields: RecordFields
    let forcedLanguage: Language?
    let format: OutputFormat
    let mask: Bool

    /// A scanner that moderates with `moderator`, reads `fields`, and writes `format`;
    /// `mask` adds a masked copy of each text.
    public init(moderator: Moderator, fields: RecordFields = RecordFields(), forcedLanguage: Language? = nil,
                format: OutputFormat = .jsonl, mask: Bool = false) {
        self.moderator = moderator
        self.fields = fields
        self.forcedLanguage = forcedLanguage
        self.format = format
        self.mask = mask
    }

    /// The header line of the output format, if it has one.
    public var header: String? {
        switch format {
        case .jsonl: nil
        case .csv: CSVWriter.row(["id", "decision", "language", "categories", "rules", "spans", "notice", "error"] + (mask ? ["masked"] : []))
        case .table: TableRow.header
        }
    }

    /// Scans one record.
    public func scan(_ record: RawRecord) -> ScanOutcome {
        switch record.content {
        case .malformed(let id, let message):
            return error(record, id, message)
        case .plain(let bytes):
            return bytes.withUnsafeBufferPointer {
                let verdict = moderator.moderate(utf8: $0, language: forcedLanguage)
                return outcome(verdict, id: .number(String(record.line)), text: String(decoding: bytes, as: UTF8.self), invalidInput: false)
            }
        case .fields(let id, let text, let code):
            let language = forcedLanguage ?? code.flatMap(Language.init(code:))
            return outcome(moderator.moderate(text, language: language), id: id, text: text, invalidInput: false)
        case .json(let line):
            let value: JSONValue
            do { value = try JSONParser.parse(line) } catch { return self.error(record, nil, error.description) }
            guard case .object = value else {
                return error(record, nil, "expected a JSON object, found \(Self.kind(value))")
            }
            let id = value.value(atPath: fields.id)
            var parts: [String] = []
            for name in fields.text {
                guard let field = value.value(atPath: name), field != .null else { continue }
                guard case .string(let text) = field else {
                    return error(record, id, "text field '\(name)' is \(Self.kind(field)), expected a string")
                }
                parts.append(text)
            }
            guard !parts.isEmpty else {
                let names = fields.text.map { "'\($0)'" }.joined(separator: " or ")
                return error(record, id, "missing text field \(names)")
            }
            var language = forcedLanguage
            if language == nil, case .string(let code)? = value.value(atPath: fields.language) {
                language = Language(code: code)
            }
            let text = parts.count == 1 ? parts[0] : parts.joined(separator: "\n")
            let invalid = (try? UTF8Span(validating: line.span)) == nil
            return outcome(moderator.moderate(text, language: language), id: id, text: text, invalidInput: invalid)
        }
    }

    private func outcome(_ verdict: Verdict, id: JSONValue?, text: String, invalidInput: Bool) -> ScanOutcome {
        let masked = mask ? Masking.mask(text, verdict.findings) : nil
        switch format {
        case .jsonl:
            var object = VerdictJSON.object(verdict, id: id ?? .null)
            if case .object(var members) = object {
                if let masked { members.append(("masked", .string(masked))) }
                if invalidInput { members.append(("warning", .string("invalid UTF-8 in the input line was replaced by U+FFFD"))) }
                object = .object(members)
            }
            return ScanOutcome(output: JSONWriter.encode(object), verdict: verdict)
        case .csv:
            var categories: [String] = []
            for f in verdict.findings where !categories.contains(f.category.rawValue) { categories.append(f.category.rawValue) }
            let row = [
                id.map(Self.plain) ?? "", verdict.decision.rawValue, verdict.language?.rawValue ?? "",
                categories.joined(separator: " "), verdict.findings.map(\.rule).joined(separator: " "),
                verdict.findings.map { "\($0.start)-\($0.end)" }.joined(separator: " "), verdict.notice ?? "", "",
            ] + (masked.map { [$0] } ?? [])
            return ScanOutcome(output: CSVWriter.row(row), verdict: verdict)
        case .table:
            return ScanOutcome(output: TableRow.verdict(verdict, id: id.map(Self.plain) ?? "-", masked: mask), verdict: verdict)
        }
    }

    private func error(_ record: RawRecord, _ id: JSONValue?, _ message: String) -> ScanOutcome {
        let output: String
        switch format {
        case .jsonl:
            output = JSONWriter.encode(VerdictJSON.error(line: record.line, file: record.file, id: id, message: message))
        case .csv:
            let place = "\(record.file ?? "<stdin>"):\(record.line): \(message)"
            output = CSVWriter.row([id.map(Self.plain) ?? "", "", "", "", "", "", "", place] + (mask ? [""] : []))
        case .table:
            output = TableRow.error(id: id.map(Self.plain) ?? "-", place: "\(record.file ?? "<stdin>"):\(record.line)", message: message)
        }
        return ScanOutcome(output: output, verdict: nil)
    }

    /// An id as plain text: a string as is, anything else as JSON.
    static func plain(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return JSONWriter.encode(value)
    }

    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Writes CSV rows (RFC 4180): fields with a comma, quote or line break are quoted.
enum CSVWriter {
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

/// Rows of the `table` output format: id, decision, language, then the findings as
/// `category(severity) "text"` (the text masked with `--mask`).
enum TableRow {
    /// The header row.
    static let header = pad("ID", 14) + pad("DECISION", 10) + pad("LANG", 6) + "FINDINGS"

    /// The row of a verdict; `masked` masks the findings' texts.
    static func verdict(_ verdict: Verdict, id: String, masked: Bool = false) -> String {
        let findings = verdict.findings.map {
            "\($0.category.rawValue)(\($0.severity.rawValue)) \"\(flat(masked ? Masking.maskSpan($0.text) : $0.text))\""
        }
        return pad(flat(id), 14) + pad(verdict.decision.rawValue, 10) + pad(verdict.language?.rawValue ?? "?", 6)
            + findings.joined(separator: ", ")
    }

    static func error(id: String, place: String, message: String) -> String {
        pad(flat(id), 14) + pad("ERROR", 10) + pad("", 6) + "\(place): \(message)"
    }

    /// `s` on one line, shortened to 40 characters.
    static func flat(_ s: String) -> String {
        let one = String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return one.count > 40 ? String(one.prefix(39)) + "…" : one
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}

/// Masks the findings of a text: in each span, every character but the first (and the
/// last, in spans of six or more) becomes `*`, except spaces, the separators of
/// spelled-out words (`.`, `-`, `_`, `·`) and invisible characters; the text around the
/// spans and its length in characters (grapheme clusters) are kept (`f***`, `c*****d`,
/// `f.*.*.*`, `$***`: leetspeak symbols count as letters).
public enum Masking {
    /// `text` with the spans of `findings` (UTF-8 offsets into `text`) masked.
    public static func mask(_ text: String, _ findings: [Finding]) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        var position = 0
        for finding in findings.sorted(by: { $0.start < $1.start }) {
            let start = max(finding.start, position), end = min(finding.end, bytes.count)
            guard start < end else { continue }
            out += String(decoding: bytes[position..<start], as: UTF8.self)
            out += maskSpan(String(decoding: bytes[start..<end], as: UTF8.self))
            position = end
        }
        out += String(decoding: bytes[min(position, bytes.count)...], as: UTF8.self)
        return out
    }

    static func maskSpan(_ span: String) -> String {
        let characters = Array(span)
        let maskable = characters.indices.filter { isMaskable(characters[$0]) }
        guard let first = maskable.first else { return span }
        let keepLast = maskable.count >= 6 ? maskable.last : nil
        var out = ""
        for (i, c) in characters.enumerated() {
            out += isMaskable(c) && i != first && i != keepLast ? "*" : String(c)
        }
        return out
    }

    /// Letters, digits and leetspeak symbols are masked; spaces and the separators of
    /// spelled-out words (`f.u.c.k`, `f-u-c-k`, `f_u_c_k`) are kept.
    static func isMaskable(_ c: Character) -> Bool {
        !(c.isWhitespace || c == "." || c == "-" || c == "_" || c == "·") && !(c.unicodeScalars.allSatisfy {
            $0.properties.isDefaultIgnorableCodePoint })
    }
}
