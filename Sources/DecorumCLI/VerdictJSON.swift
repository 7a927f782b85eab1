import Decorum

/// The JSON form of verdicts, as `decorum scan` and `decorum check --json` write them.
///
/// One object per line, members in this order:
///
/// ```json
/// {"id": "T-1042", "language": "fr", "decision": "close",
///  "findings": [{"category": "insult", "severity": 3, "rule": "fr.insult.connard",
///                "start": 11, "end": 18, "text": "c0nnard"}],
///  "notice": "Votre demande contient…"}
/// ```
///
/// - `id`: the input record's id, copied verbatim (any JSON value); `null` when absent.
///   Left out by `check`.
/// - `language`: `en`, `fr`, `de`, `es`, or `null` when it could not be told.
/// - `language_confidence`: 0…1; 1 when the language was given.
/// - `decision`: `allow`, `review`, `close` or `escalate`.
/// - `findings`: in text order; `start`/`end` are UTF-8 byte offsets into the original
///   text, half-open; `text` is the original slice; `severity` is 1…4.
/// - `notice`: the customer-facing message, only for `close` and `escalate`.
/// - `escalation`: only for `escalate`: `{"severity": 4, "target": "person" (or null),
///   "evidence": [{"rule", "start", "end", "text"}, …]}`, the findings that escalate.
/// - `invalid_utf8`: only when the text had invalid UTF-8: `[[start, end], …]` byte ranges
///   (`check`, which reads raw bytes).
/// - `masked`: only with `scan --mask`: the text with each finding masked (`f***`,
///   `c*****d`), as `Masking` describes.
/// - `warning`: only when a `scan` input line had invalid UTF-8, replaced by U+FFFD
///   before the JSON was read.
///
/// An input record that cannot be read becomes an error record in its place:
/// `{"line": 7, "file": "tickets.jsonl", "id": …, "error": "invalid JSON: … at column 12"}`
/// (`file` only when reading files, `id` only when it could be read).
public enum VerdictJSON {
    /// The verdict object; `id` is included when given.
    public static func object(_ verdict: Verdict, id: JSONValue?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(9)
        if let id { members.append(("id", id)) }
        members.append(("language", verdict.language.map { .string($0.rawValue) } ?? .null))
        members.append(("language_confidence", .number(formatConfidence(verdict.languageConfidence))))
        members.append(("decision", .string(verdict.decision.rawValue)))
        members.append(("findings", .array(verdict.findings.map(finding))))
        if let notice = verdict.notice { members.append(("notice", .string(notice))) }
        if let escalation = verdict.escalation {
            members.append(("escalation", .object([
                ("severity", .number(String(escalation.severity.rawValue))),
                ("target", escalation.target.map(JSONValue.string) ?? .null),
                ("evidence", .array(escalation.evidence.map { f in
                    .object([
                        ("rule", .string(f.rule)), ("start", .number(String(f.start))),
                        ("end", .number(String(f.end))), ("text", .string(f.text)),
                    ])
                })),
            ])))
        }
        if !verdict.invalidUTF8.isEmpty {
            members.append(("invalid_utf8", .array(verdict.invalidUTF8.map {
                .array([.number(String($0.lowerBound)), .number(String($0.upperBound))])
            })))
        }
        return .object(members)
    }

    /// One finding's object.
    public static func finding(_ f: Finding) -> JSONValue {
        .object([
            ("category", .string(f.category.rawValue)),
            ("severity", .number(String(f.severity.rawValue))),
            ("rule", .string(f.rule)),
            ("start", .number(String(f.start))),
            ("end", .number(String(f.end))),
            ("text", .string(f.text)),
        ])
    }

    /// An error record for an input line that could not be moderated; `context` members
    /// (such as `audit`'s conversation and index) come before `error`.
    public static func error(line: Int, file: String?, id: JSONValue?, context: [(String, JSONValue)] = [],
                             message: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("line", .number(String(line)))]
        if let file { members.append(("file", .string(file))) }
        if let id { members.append(("id", id)) }
        members += context
        members.append(("error", .string(message)))
        return .object(members)
    }

    /// `x` with two decimals, as JSON number text.
    static func formatConfidence(_ x: Double) -> String {
        let hundredths = Int((min(max(x, 0), 1) * 100).rounded())
        return hundredths == 100 ? "1" : hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)".replacingTrailingZero()
    }
}

extension String {
    fileprivate func replacingTrailingZero() -> String {
        hasSuffix("0") ? String(dropLast()) : self
    }
}
