import Decorum

/// The JSON written by `decorum audit`: one line per message, and the summary file.
///
/// **A message line** holds where the message sits, then the verdict fields `scan` writes
/// (see `VerdictJSON`):
///
/// ```json
/// {"conversation":"C-7","index":2,"role":"customer","time":"2026-03-14T09:31:00Z",
///  "language":"en","language_confidence":1,"decision":"close","findings":[…],"notice":"…"}
/// ```
///
/// - `conversation`: the id as given (`null` when the message names none); `index`: the
///   0-based position in the conversation, counting its messages on earlier lines (in a
///   conversation object, that count plus the index in its `messages`; on a message line
///   without a conversation, `null`);
///   `role`: `customer`, `agent`, `bot` or `unknown`; `time`: as given, or `null`.
/// - `role_label`: only for `unknown`, the label as given.
/// - `warnings`: only when a time could not be read or the line had invalid UTF-8.
/// - A message that cannot be audited gives an error record in its place:
///   `{"line":4,"file":"chats.jsonl","conversation":"C-2","index":1,"error":"missing text field 'text'"}`.
///
/// **The summary** (`--summary`) is one indented JSON object:
///
/// - `inputs`, `policy`, `bucket` (`day`, `week` or `month`);
/// - `totals`: `lines`, `conversations`, `messages`, `flagged`, `errors`, `unreadable_inputs`,
///   `unknown_roles`, `unreadable_times`, `decisions` (`allow`, `review`, `close`,
///   `escalate`), `categories` (flagged messages per category);
/// - `roles`: per role (`customer`, `agent`, `bot`, and `unknown` when seen), `messages`,
///   `flagged`, `decisions`, `categories`;
/// - `categories`: per category, flagged messages per language (`en` … `unknown`);
/// - `time`: `[{"bucket": "2026-03-14", "messages", "flagged", "decisions"}, …]` in time
///   order, with the bucket `"no time"` last;
/// - `worst_conversations`: worst first (gravest decision, then most flagged messages, then
///   id): `conversation`, `messages`, `flagged`, `decision`, `not_kept` (flagged messages
///   left out), `flagged_messages`: `[{"index", "role", "time", "line", "file", "language",
///   "decision", "text", "findings"}]` with `start`/`end` UTF-8 byte offsets into `text`.
///
/// A category counts messages (a message with two insults counts once), and only flagged
/// ones (decision other than `allow`).
public enum AuditJSON {
    /// The output line of one message (or its error record), without the line break.
    public static func line(_ message: AuditedMessage) -> String {
        guard let verdict = message.verdict else {
            var context: [(String, JSONValue)] = []
            if let conversation = message.conversation { context.append(("conversation", conversation)) }
            if let index = message.index { context.append(("index", number(index))) }
            return JSONWriter.encode(VerdictJSON.error(line: message.line, file: message.file, id: nil, context: context,
                                                       message: message.error ?? "unreadable message"))
        }
        var members: [(String, JSONValue)] = [
            ("conversation", message.conversation ?? .null),
            ("index", message.index.map(number) ?? .null),
            ("role", .string(message.role.rawValue)),
            ("time", message.time ?? .null),
        ]
        if case .object(let fields) = VerdictJSON.object(verdict, id: nil) { members += fields }
        if let label = message.roleLabel { members.append(("role_label", label)) }
        if !message.warnings.isEmpty { members.append(("warnings", .array(message.warnings.map(JSONValue.string)))) }
        return JSONWriter.encode(.object(members))
    }

    /// The summary object.
    public static func summary(_ summary: AuditSummary) -> JSONValue {
        let totals: [(String, JSONValue)] = [
            ("lines", number(summary.lines)),
            ("conversations", number(summary.conversations)),
            ("messages", number(summary.totals.messages)),
            ("flagged", number(summary.totals.flagged)),
            ("errors", number(summary.errors)),
            ("unreadable_inputs", number(summary.unreadableInputs)),
            ("unknown_roles", number(summary.unknownRoles)),
            ("unreadable_times", number(summary.unreadableTimes)),
            ("decisions", decisions(summary.totals)),
            ("categories", categories(summary.totals)),
        ]
        let roles = summary.shownRoles.map { role -> (String, JSONValue) in
            let counts = summary.roles[role] ?? AuditSummary.Counts()
            return (role.rawValue, .object([
                ("messages", number(counts.messages)), ("flagged", number(counts.flagged)),
                ("decisions", decisions(counts)), ("categories", categories(counts)),
            ]))
        }
        let languages = summary.languagesSeen
        let byCategory = Category.allCases.compactMap { category -> (String, JSONValue)? in
            guard let counts = summary.categoryLanguages[category] else { return nil }
            return (category.rawValue, .object(languages.compactMap { code in counts[code].map { (code, number($0)) } }))
        }
        let time = summary.sortedBuckets.map { bucket -> JSONValue in
            .object([
                ("bucket", .string(bucket.label)), ("messages", number(bucket.counts.messages)),
                ("flagged", number(bucket.counts.flagged)), ("decisions", decisions(bucket.counts)),
            ])
        }
        return .object([
            ("inputs", .array(summary.inputs.map(JSONValue.string))),
            ("policy", .string(summary.policy)),
            ("bucket", .string(summary.bucketing.rawValue)),
            ("totals", .object(totals)),
            ("roles", .object(roles)),
            ("categories", .object(byCategory)),
            ("time", .array(time)),
            ("worst_conversations", .array(summary.worstConversations.map(conversation))),
        ])
    }

    private static func conversation(_ c: AuditSummary.Conversation) -> JSONValue {
        .object([
            ("conversation", c.id), ("messages", number(c.messages)), ("flagged", number(c.flagged)),
            ("decision", .string(c.decision.rawValue)), ("not_kept", number(c.flagged - c.kept.count)),
            ("flagged_messages", .array(c.kept.map { m in
                .object([
                    ("index", m.index.map(number) ?? .null), ("role", .string(m.role.rawValue)), ("time", m.time ?? .null),
                    ("line", number(m.line)), ("file", m.file.map(JSONValue.string) ?? .null),
                    ("language", m.verdict.language.map { .string($0.rawValue) } ?? .null),
                    ("decision", .string(m.verdict.decision.rawValue)), ("text", .string(m.text)),
                    ("findings", .array(m.verdict.findings.map(VerdictJSON.finding))),
                ])
            })),
        ])
    }

    private static func decisions(_ counts: AuditSummary.Counts) -> JSONValue {
        .object(Decision.allCases.map { ($0.rawValue, number(counts.decisions[$0] ?? 0)) })
    }

    private static func categories(_ counts: AuditSummary.Counts) -> JSONValue {
        .object(Category.allCases.compactMap { c in counts.categories[c].map { (c.rawValue, number($0)) } })
    }

    private static func number(_ n: Int) -> JSONValue { .number(String(n)) }

    /// A few lines for standard error: totals, decisions, roles and the worst conversations.
    public static func text(_ summary: AuditSummary) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var lines = ["decorum audit: \(plural(summary.totals.messages, "message")) in \(plural(summary.conversations, "conversation")), "
            + "\(summary.totals.flagged) flagged, \(plural(summary.errors, "error"))"
            + (summary.unreadableInputs > 0 ? ", \(plural(summary.unreadableInputs, "input")) not read" : "")]
        lines.append("  decisions: " + Decision.allCases.map { "\($0.rawValue) \(summary.totals.decisions[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("  flagged by role: " + summary.shownRoles.map { role in
            let counts = summary.roles[role] ?? AuditSummary.Counts()
            return "\(role.rawValue) \(counts.flagged) of \(counts.messages)"
        }.joined(separator: ", "))
        let worst = summary.worstConversations.prefix(5)
        if !worst.isEmpty {
            lines.append("  worst: " + worst.map { "\($0.name) (\($0.decision.rawValue), \($0.flagged) flagged)" }.joined(separator: ", "))
        }
        if summary.unknownRoles > 0 { lines.append("  \(plural(summary.unknownRoles, "message")) without a known role (counted as unknown)") }
        if summary.unreadableTimes > 0 { lines.append("  \(plural(summary.unreadableTimes, "time")) not readable (counted under 'no time')") }
        return lines.joined(separator: "\n") + "\n"
    }
}
