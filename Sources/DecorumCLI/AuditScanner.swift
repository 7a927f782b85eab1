import Decorum

/// Where `decorum audit` finds a chat message's fields: dotted paths into each message
/// object, as in `scan`.
public struct AuditFields: Sendable {
    /// The message text.
    public var text: String
    /// Who wrote it; nil tries `speaker`, then `role`.
    public var role: String?
    /// On a message line: the conversation it belongs to. On a conversation object: its
    /// name, with `id` as the fallback.
    public var conversation: String
    /// When it was written (RFC 3339 / ISO 8601, or epoch seconds).
    public var time: String
    /// Its language (en, fr, de, es); identified when absent.
    public var language: String

    /// Field names; the defaults are `text`, `speaker`/`role`, `conversation`, `time`, `lang`.
    public init(text: String = "text", role: String? = nil, conversation: String = "conversation",
                time: String = "time", language: String = "lang") {
        self.text = text
        self.role = role
        self.conversation = conversation
        self.time = time
        self.language = language
    }
}

/// One chat message as audited (or the error that kept it from being audited), with
/// where it came from.
public struct AuditedMessage: Sendable {
    /// The 1-based input line.
    public var line: Int
    /// The input file, nil for standard input.
    public var file: String?
    /// The conversation id, copied verbatim; nil when the message names none.
    public var conversation: JSONValue?
    /// The 0-based position of the message in its conversation. The scanner sets the
    /// index in the line's `messages` array (nil for a message line); `AuditSummary`
    /// adds the conversation's messages seen on earlier lines.
    public var index: Int?
    /// Who wrote it.
    public var role: SpeakerRole = .unknown
    /// The role label as given, kept when it was not recognised.
    public var roleLabel: JSONValue?
    /// The time field, copied verbatim.
    public var time: JSONValue?
    /// The time in seconds since the epoch (UTC), when it could be read.
    public var epochSeconds: Int?
    /// The message text (empty for an error).
    public var text = ""
    /// The verdict; nil for an error.
    public var verdict: Verdict?
    /// Why the message could not be audited; nil when it was.
    public var error: String?
    /// Problems that did not stop the audit (an unreadable time, invalid UTF-8).
    public var warnings: [String] = []
    /// Whether this stands for one message; false for an error about a whole conversation
    /// line, which takes no index.
    public var isMessage = true
}

/// Turns transcript lines into audited messages. A line holding an object with a
/// `messages` array is a whole conversation; any other object is one message. Immutable
/// and `Sendable`: several threads share one.
public struct AuditScanner: Sendable {
    let moderator: Moderator
    let fields: AuditFields
    let forcedLanguage: Language?

    /// A scanner that moderates with `moderator` and reads `fields`.
    public init(moderator: Moderator, fields: AuditFields = AuditFields(), forcedLanguage: Language? = nil) {
        self.moderator = moderator
        self.fields = fields
        self.forcedLanguage = forcedLanguage
    }

    /// The messages of one input line, in order; a line that cannot be read gives one error.
    public func audit(_ record: RawRecord) -> [AuditedMessage] {
        var place = AuditedMessage(line: record.line, file: record.file)
        guard case .json(let line) = record.content else {
            place.error = "expected a JSON line"
            return [place]
        }
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch {
            place.error = error.description
            return [place]
        }
        guard case .object = value else {
            place.error = "expected a JSON object, found \(RecordScanner.kind(value))"
            return [place]
        }
        if String(validating: line, as: UTF8.self) == nil {
            place.warnings.append("invalid UTF-8 in the input line was replaced by U+FFFD")
        }
        guard let messages = value["messages"] else {
            place.conversation = present(value.value(atPath: fields.conversation))
            return [audit(message: value, place)]
        }
        place.conversation = present(value.value(atPath: fields.conversation)) ?? present(value["id"])
        guard case .array(let items) = messages else {
            place.error = "'messages' is \(RecordScanner.kind(messages)), expected an array of messages"
            place.isMessage = false
            return [place]
        }
        return items.enumerated().map { k, item in
            var message = place
            message.index = k
            guard case .object = item else {
                message.error = "message \(k) is \(RecordScanner.kind(item)), expected an object"
                return message
            }
            return audit(message: item, message)
        }
    }

    /// Audits one message object; `place` carries its line, conversation and index.
    private func audit(message value: JSONValue, _ place: AuditedMessage) -> AuditedMessage {
        var message = place
        let label = fields.role.map { value.value(atPath: $0) } ?? (value["speaker"] ?? value["role"])
        if case .string(let text)? = label { message.role = SpeakerRole(label: text) }
        if message.role == .unknown { message.roleLabel = present(label) }
        message.time = present(value.value(atPath: fields.time))
        if let time = message.time {
            message.epochSeconds = Timestamp.epochSeconds(time)
            if message.epochSeconds == nil {
                message.warnings.append("time \(JSONWriter.encode(time)) is neither RFC 3339 nor epoch seconds; counted under '\(TimeBucketing.noTime)'")
            }
        }
        guard let field = present(value.value(atPath: fields.text)) else {
            message.error = "missing text field '\(fields.text)'"
            return message
        }
        guard case .string(let text) = field else {
            message.error = "text field '\(fields.text)' is \(RecordScanner.kind(field)), expected a string"
            return message
        }
        var language = forcedLanguage
        if language == nil, case .string(let code)? = value.value(atPath: fields.language) {
            language = Language(code: code)
        }
        message.text = text
        message.verdict = moderator.moderate(text, language: language)
        return message
    }

    /// `value` unless it is absent or null.
    private func present(_ value: JSONValue?) -> JSONValue? {
        value == .null ? nil : value
    }
}
