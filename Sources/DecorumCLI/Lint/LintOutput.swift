import Decorum

/// The output formats of `decorum lint`.
public enum LintOutputFormat: String, Sendable, CaseIterable {
    /// One line per finding for people: `path:line:col: category (severity N) "text" rule: decision, reply "key"`.
    case text
    /// A SARIF 2.1.0 log for code scanning (`LintSARIF`).
    case sarif
    /// GitHub workflow commands: `::error file=…,line=…,col=…::message` (`GitHubAnnotations`).
    case github
}

/// The readable lines of `decorum lint --format text`.
///
/// A standing finding: `path:line:col: insult (severity 3) "idiot" en.insult.idiot: close,
/// reply "greetings.closing[2]"`; a marker without a reason:
/// `path:line:col: decorum-ignore marker "decorum-ignore" decorum.ignore-without-reason:
/// review, …`. Lines and columns are 1-based, columns in Unicode code points. Suppressed
/// findings are not listed (the summary counts them).
public enum LintText {
    /// The line of one finding.
    public static func line(_ f: LintFinding) -> String {
        let head = "\(f.path):\(f.start): \(f.label) \"\(TableRow.flat(f.text))\" \(f.rule): \(f.decision.rawValue)"
        if f.category == nil { return head + ", give a reason: 'decorum-ignore: <why>'" }
        return head + ", reply \"\(f.key)\""
    }

    /// The standing findings, a line each.
    public static func render(_ report: LintReport) -> String {
        report.standing.map { line($0) + "\n" }.joined()
    }

    /// The lines of the inputs that could not be read: `path:line:col: error: message`.
    public static func problems(_ report: LintReport) -> String {
        report.problems.map { p in "\(p.path)\(p.position.map { ":\($0)" } ?? ""): error: \(p.message)\n" }.joined()
    }

    /// The summary line: `decorum lint: 9 files, 31 replies, 4 findings (1 close, 3 review), 2 suppressed, 1 input not read`.
    public static func summary(_ report: LintReport) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let standing = report.standing
        var text = "decorum lint: \(plural(report.files, "file")), \(plural(report.replies, "reply").replacing("replys", with: "replies")), \(plural(standing.count, "finding"))"
        let counts = Decision.allCases.reversed().compactMap { d -> String? in
            let n = standing.count { $0.decision == d }
            return n > 0 ? "\(n) \(d.rawValue)" : nil
        }
        if !counts.isEmpty { text += " (" + counts.joined(separator: ", ") + ")" }
        text += ", \(report.findings.count - standing.count) suppressed"
        if !report.problems.isEmpty { text += ", \(report.problems.count) input\(report.problems.count == 1 ? "" : "s") not read" }
        return text + "\n"
    }
}

/// GitHub workflow commands for `decorum lint --format github`: one annotation per
/// standing finding (`::error` for close and escalate, `::warning` for review) and one
/// `::error` per input that could not be read.
///
/// `::error file=replies/en.md,line=3,col=9,endLine=3,endColumn=13,title=decorum insult (severity 3)::message`
/// — `col` is 1-based in code points and `endColumn` is the last column of the finding
/// (inclusive). Property values escape `%`, `\r`, `\n`, `:` and `,`; messages escape
/// `%`, `\r` and `\n`, as GitHub documents.
public enum GitHubAnnotations {
    /// The annotations of `report`, a line each.
    public static func render(_ report: LintReport) -> String {
        var out = ""
        for f in report.standing {
            let command = f.decision >= .close ? "error" : "warning"
            let properties = [
                ("file", f.path), ("line", String(f.start.line)), ("col", String(f.start.column)),
                ("endLine", String(f.end.line)), ("endColumn", String(lastColumn(f))),
                ("title", "decorum \(f.label) \(f.rule)"),
            ]
            out += "::\(command) " + properties.map { "\($0)=\(property($1))" }.joined(separator: ",") + "::" + message(f.message) + "\n"
        }
        for p in report.problems {
            var properties = [("file", p.path)]
            if let position = p.position { properties += [("line", String(position.line)), ("col", String(position.column))] }
            properties.append(("title", "decorum: input not read"))
            out += "::error " + properties.map { "\($0)=\(property($1))" }.joined(separator: ",") + "::" + message(p.message) + "\n"
        }
        return out
    }

    /// The column of the finding's last code point (GitHub's `endColumn` is inclusive).
    static func lastColumn(_ f: LintFinding) -> Int {
        f.end.line == f.start.line ? max(f.end.column - 1, f.start.column) : max(f.end.column - 1, 1)
    }

    /// `s` escaped for a message.
    static func message(_ s: String) -> String { escaped(s, property: false) }

    /// `s` escaped for a property value.
    static func property(_ s: String) -> String { escaped(s, property: true) }

    private static func escaped(_ s: String, property: Bool) -> String {
        var out = ""
        // By scalar: `\r\n` is one Character but two escapes.
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
