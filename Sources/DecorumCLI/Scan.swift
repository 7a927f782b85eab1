import ArgumentParser
import Decorum

/// `decorum scan`: JSONL records in, one JSON verdict per record out, in input order.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Moderates JSONL records (files or standard input) and writes one JSON verdict per record.",
        discussion: """
            Each input line is a JSON object; its text, id and language fields are named by
            --text-field, --id-field and --lang-field (default text, id, lang; dotted paths such
            as ticket.body reach into nested objects). Output lines are documented in
            VerdictJSON. A line that cannot be read yields an error record in its place and the
            run ends with status 2. Blank lines are not records and are passed over.
            """)

    @Argument(help: "JSONL files; standard input when none (or '-').")
    var files: [String] = []

    @Option(name: .customLong("text-field"), help: "The field holding the text.")
    var textField = "text"

    @Option(name: .customLong("id-field"), help: "The field holding the record id, copied to the output.")
    var idField = "id"

    @Option(name: .customLong("lang-field"), help: "The field holding the language (en, fr, de, es); identified when absent.")
    var langField = "lang"

    @OptionGroup var options: ModerationOptions

    func run() throws {
        let moderator = try options.makeModerator()
        var scanner = RecordScanner(
            moderator: moderator, fields: .init(text: textField, id: idField, language: langField),
            forcedLanguage: try options.forcedLanguage(), failOn: try options.failThreshold())
        let out = OutputStream.standardOutput()
        for path in files.isEmpty ? ["-"] : files {
            let reader: LineReader
            do { reader = try LineReader(path: path) } catch {
                let stream = OutputStream.standardError()
                stream.write("decorum: \(error)\n")
                stream.flush()
                scanner.errors += 1
                continue
            }
            let name = path == "-" ? nil : path
            while let line = try reader.next() {
                guard let record = scanner.scan(line: line, number: reader.lineNumber, file: name) else { continue }
                out.write(record)
                out.write("\n")
                if out.isClosed { break }
            }
            if out.isClosed { break }
        }
        out.flush()
        if scanner.errors > 0 { throw ExitCode(2) }
        if scanner.failed { throw ExitCode(1) }
    }
}

/// Turns JSONL lines into verdict or error records; counts what the exit status needs.
public struct RecordScanner {
    /// Which input fields hold what (dotted paths allowed).
    public struct Fields: Sendable {
        public var text: String
        public var id: String
        public var language: String

        /// Field names; the defaults are `text`, `id`, `lang`.
        public init(text: String = "text", id: String = "id", language: String = "lang") {
            self.text = text
            self.id = id
            self.language = language
        }
    }

    let moderator: Moderator
    let fields: Fields
    let forcedLanguage: Language?
    let failOn: Decision?
    /// How many error records were written.
    public var errors = 0
    /// Whether a verdict reached `failOn`.
    public var failed = false

    /// A scanner writing verdicts of `moderator`.
    public init(moderator: Moderator, fields: Fields, forcedLanguage: Language?, failOn: Decision?) {
        self.moderator = moderator
        self.fields = fields
        self.forcedLanguage = forcedLanguage
        self.failOn = failOn
    }

    /// The output record (one JSON line, without newline) for input `line`, or nil for a
    /// blank line.
    public mutating func scan(line: [UInt8], number: Int, file: String?) -> String? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return errorRecord(number, file, nil, error.description)
        }
        guard case .object = value else {
            return errorRecord(number, file, nil, "expected a JSON object, found \(Self.kind(value))")
        }
        let id = value.value(atPath: fields.id)
        guard let textValue = value.value(atPath: fields.text) else {
            return errorRecord(number, file, id, "missing text field '\(fields.text)'")
        }
        guard case .string(let text) = textValue else {
            return errorRecord(number, file, id, "text field '\(fields.text)' is \(Self.kind(textValue)), expected a string")
        }
        var language = forcedLanguage
        if language == nil, case .string(let code)? = value.value(atPath: fields.language) {
            language = Language(code: code)
        }
        let verdict = moderator.moderate(text, language: language)
        if let failOn, verdict.decision >= failOn { failed = true }
        var object = VerdictJSON.object(verdict, id: id ?? .null)
        if String(validating: line, as: UTF8.self) == nil, case .object(var members) = object {
            members.append(("warning", .string("invalid UTF-8 in the input line was replaced by U+FFFD")))
            object = .object(members)
        }
        return JSONWriter.encode(object)
    }

    private mutating func errorRecord(_ line: Int, _ file: String?, _ id: JSONValue?, _ message: String) -> String {
        errors += 1
        return JSONWriter.encode(VerdictJSON.error(line: line, file: file, id: id, message: message))
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
