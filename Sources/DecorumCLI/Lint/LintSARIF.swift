import Decorum

/// The SARIF 2.1.0 log of a lint run, as GitHub code scanning reads it
/// (`github/codeql-action/upload-sarif`).
///
/// One run; `tool.driver` names decorum and lists the rules that occur (lexicon entries
/// and pattern rules, with a short description and the policy's level for them). Each
/// result has:
///
/// - `ruleId`, `ruleIndex`, `level`: `error` for `close` and `escalate`, `warning` for
///   `review`;
/// - `message.text`: `insult (severity 3) "idiot" in greetings.closing[2]: close`;
/// - one location: `artifactLocation.uri` relative to the repository root (the current
///   folder) with `uriBaseId: "%SRCROOT%"`, and a region with `startLine`, `startColumn`,
///   `endLine`, `endColumn` — lines and columns 1-based, columns in Unicode code points
///   (`run.columnKind: "unicodeCodePoints"`), `endColumn` just past the last code point;
/// - `partialFingerprints.decorumFinding/v1`: a stable hash of rule, reply key and text,
///   so an alert survives lines moving;
/// - `properties`: the reply `key`, `decision`, `category`, `severity`, `language`;
/// - `suppressions` for accepted findings: `[{kind: "inSource" | "external",
///   justification, …}]` (a `decorum-ignore` marker, or an `ignore:` entry of `.decorum.yml`).
///
/// Inputs that could not be read are `invocations[0].toolExecutionNotifications` (level
/// `error`, with their place), and `executionSuccessful` is then false.
public enum LintSARIF {
    /// The `$schema` URI of SARIF 2.1.0.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The tool version reported in `tool.driver.version`.
    public static let toolVersion = DecorumCommand.version

    /// The SARIF level of a decision.
    public static func level(_ decision: Decision) -> String {
        switch decision {
        case .escalate, .close: "error"
        case .review: "warning"
        case .allow: "note"
        }
    }

    /// The log of `report`, indented; rules are described from `moderator`'s data and policy.
    public static func render(_ report: LintReport, moderator: Moderator) -> String {
        var ruleIDs: [String] = []
        var firstOfRule: [String: LintFinding] = [:]
        for finding in report.findings where firstOfRule[finding.rule] == nil {
            firstOfRule[finding.rule] = finding
            ruleIDs.append(finding.rule)
        }
        ruleIDs.sort()
        let index = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules = ruleIDs.compactMap { firstOfRule[$0].map { rule($0, moderator: moderator) } }
        let results = report.findings.map { result($0, ruleIndex: index[$0.rule] ?? 0) }
        let notifications: [JSONValue] = report.problems.map { problem in
            var members: [(String, JSONValue)] = [
                ("level", .string("error")),
                ("message", .object([("text", .string(problem.message))])),
            ]
            var physical: [(String, JSONValue)] = [("artifactLocation", artifact(problem.path))]
            if let position = problem.position {
                physical.append(("region", .object([("startLine", number(position.line)), ("startColumn", number(position.column))])))
            }
            members.append(("locations", .array([.object([("physicalLocation", .object(physical))])])))
            return .object(members)
        }
        let log: JSONValue = .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("decorum")),
                    ("version", .string(toolVersion)),
                    ("rules", .array(rules)),
                ]))])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(report.problems.isEmpty)),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
        return JSONWriter.encodeIndented(log)
    }

    private static func number(_ n: Int) -> JSONValue { .number(String(n)) }

    private static func artifact(_ path: String) -> JSONValue {
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + percentEncoded(path)))]) }
        return .object([("uri", .string(percentEncoded(path))), ("uriBaseId", .string("%SRCROOT%"))])
    }

    /// `path` with the bytes a URI path cannot hold percent-encoded (`/` kept).
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "/-._~!$&'()*+,;=:@".contains(c) {
                out.append(c)
            } else {
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
            }
        }
        return out
    }

    private static func rule(_ finding: LintFinding, moderator: Moderator) -> JSONValue {
        let description: String
        let level: String
        if let category = finding.category, let severity = Severity(rawValue: finding.severity) {
            let data = moderator.data
            if let rule = data.patterns.rule(id: finding.rule) {
                description = "\(category.rawValue), severity \(severity.rawValue): pattern rule \(rule.id) (\(rule.location))"
            } else if let entry = data.lexicon.entries.first(where: { $0.id == finding.rule }) {
                description = "\(category.rawValue), severity \(severity.rawValue): lexicon entry '\(entry.term)' (\(entry.location))"
            } else {
                description = "\(category.rawValue), severity \(severity.rawValue): \(finding.rule)"
            }
            level = self.level(moderator.policy.decision(for: category, severity: severity))
        } else {
            description = "A decorum-ignore marker without a reason: it suppresses nothing until it says why"
            level = "warning"
        }
        var properties: [(String, JSONValue)] = []
        if let category = finding.category {
            properties = [("category", .string(category.rawValue)), ("severity", number(finding.severity))]
        }
        var members: [(String, JSONValue)] = [
            ("id", .string(finding.rule)),
            ("shortDescription", .object([("text", .string(description))])),
            ("defaultConfiguration", .object([("level", .string(level))])),
        ]
        if !properties.isEmpty { members.append(("properties", .object(properties))) }
        return .object(members)
    }

    private static func result(_ finding: LintFinding, ruleIndex: Int) -> JSONValue {
        let region: JSONValue = .object([
            ("startLine", number(finding.start.line)), ("startColumn", number(finding.start.column)),
            ("endLine", number(finding.end.line)), ("endColumn", number(finding.end.column)),
        ])
        var properties: [(String, JSONValue)] = [("key", .string(finding.key)), ("decision", .string(finding.decision.rawValue))]
        if let category = finding.category {
            properties += [("category", .string(category.rawValue)), ("severity", number(finding.severity))]
        }
        if let language = finding.language { properties.append(("language", .string(language.rawValue))) }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", number(ruleIndex)),
            ("level", .string(level(finding.decision))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", artifact(finding.path)), ("region", region),
            ]))])])),
            ("partialFingerprints", .object([("decorumFinding/v1", .string(fingerprint(finding)))])),
            ("properties", .object(properties)),
        ]
        if let suppression = finding.suppression {
            members.append(("suppressions", .array([.object([
                ("kind", .string(suppression.kind.rawValue)),
                ("status", .string("accepted")),
                ("justification", .string(suppression.justification)),
                ("properties", .object([("location", .string(suppression.location))])),
            ])])))
        }
        return .object(members)
    }

    /// A stable 64-bit FNV-1a hash of the finding's rule, reply key and text, in hex.
    static func fingerprint(_ finding: LintFinding) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (finding.rule + "\u{0}" + finding.key + "\u{0}" + finding.text).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
