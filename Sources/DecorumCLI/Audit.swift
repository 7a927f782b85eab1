import ArgumentParser
import Decorum

/// `decorum audit`: chat transcripts in, one verdict per message out (in input order),
/// with totals per conversation, role, category, language and time, as JSON and as an
/// HTML report.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audits chat transcripts (JSONL) message by message, with a summary and an HTML report.",
        discussion: """
            Each input line is either one message ({"conversation", "speaker" or "role", "text", \
            "time"}) or one conversation ({"id", "messages": [{"speaker", "text", "time"}, …]}). \
            Roles: customer (also user, client, visitor, guest), agent (operator, staff, support, \
            human_agent, rep) and bot (assistant, system, automation, chatbot); any other or a \
            missing label counts as "unknown" and the message is still audited. Times: RFC 3339 \
            / ISO 8601 strings (UTC when no offset) or epoch seconds; buckets are UTC days, ISO \
            weeks or months; a message without a readable time counts under "no time".

            One JSON line per message goes to standard output (or --output), in input order, \
            whatever --jobs. A line or message that cannot be read yields an error record in its \
            place (file:line, conversation and index) and the run ends with status 2.

            Memory does not grow with the number of messages: counts per role, category, \
            language and time bucket, one small record per conversation id, and the flagged \
            messages of the --worst N worst conversations (at most 50 each). A closed standard \
            output (| head) stops the run quietly, unless --summary or --html asks for a report, \
            which is then written for the whole input.
            """)

    @Argument(help: "Transcript files (JSONL); standard input when none (or '-').")
    var files: [String] = []

    @Option(name: .customLong("text-field"), help: "The message field holding the text.")
    var textField = "text"

    @Option(name: .customLong("role-field"), help: "The message field holding the speaker's role (default: speaker, then role).")
    var roleField: String?

    @Option(name: .customLong("conversation-field"),
            help: "The field naming the conversation: on a message line, its conversation; on a conversation object, its id (falling back to 'id').")
    var conversationField = "conversation"

    @Option(name: .customLong("time-field"), help: "The message field holding the time.")
    var timeField = "time"

    @Option(name: .customLong("lang-field"), help: "The message field holding the language (en, fr, de, es); identified when absent.")
    var langField = "lang"

    @Option(help: "Write the per-message JSONL to this file instead of standard output.")
    var output: String?

    @Option(help: "Write only messages with these decisions (comma-separated: allow, review, close, escalate); error records are always written.")
    var only: String?

    @Option(help: "Write the summary as JSON to this file ('-': standard error).")
    var summary: String?

    @Option(help: "Write a self-contained HTML report (inline CSS and SVG charts) to this file.")
    var html: String?

    @Option(help: "How many of the worst conversations to keep for the summary and the report.")
    var worst = 10

    @Option(help: "Time buckets: day, week or month (UTC).")
    var bucket = "day"

    @Option(help: "Lines audited in parallel (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not print the short summary on standard error.")
    var quiet = false

    @OptionGroup var options: ModerationOptions

    func validate() throws {
        if TimeBucketing(rawValue: bucket) == nil { throw ValidationError("--bucket takes day, week or month, not '\(bucket)'") }
        if worst < 0 { throw ValidationError("--worst must be 0 or more") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let only { _ = try Scan.decisions(only: only) }
    }

    func run() throws {
        let scanner = AuditScanner(
            moderator: try options.makeModerator(),
            fields: AuditFields(text: textField, role: roleField, conversation: conversationField, time: timeField, language: langField),
            forcedLanguage: try options.forcedLanguage())
        let failOn = try options.failThreshold()
        let keep = try only.map(Scan.decisions(only:))
        let err = OutputStream.standardError()
        let out = try output.map(OutputStream.file(path:)) ?? OutputStream.standardOutput()
        let inputs = files.isEmpty ? ["-"] : files
        var totals = AuditSummary(bucketing: TimeBucketing(rawValue: bucket)!, worstLimit: worst)
        totals.inputs = inputs
        totals.policy = options.policyName
        let wantsReport = summary != nil || html != nil
        var failed = false
        inputs: for path in inputs {
            do {
                let reader = RecordReader(lines: try LineReader(path: path), format: .jsonl,
                                          file: path == "-" ? nil : path, fields: RecordFields())
                try ParallelScan.run(reader: reader, jobs: jobs ?? ParallelScan.coreCount, work: { scanner.audit($0) }) { messages in
                    for message in totals.add(line: messages) {
                        if let verdict = message.verdict {
                            if let failOn, verdict.decision >= failOn { failed = true }
                            if let keep, !keep.contains(verdict.decision) { continue }
                        }
                        if !out.isClosed { out.write(AuditJSON.line(message) + "\n") }
                    }
                    return !out.isClosed || wantsReport
                }
            } catch {
                err.write("decorum: \(error)\n")
                totals.unreadableInputs += 1
            }
            if out.isClosed && !wantsReport { break inputs }
        }
        out.flush()
        var writeFailed = false
        if let output, out.isClosed {
            err.write("decorum: \(output): cannot write the messages\n")
            writeFailed = true
        }
        if let summary {
            let text = JSONWriter.encodeIndented(AuditJSON.summary(totals))
            if summary == "-" { err.write(text) } else { writeFailed = !write(text, to: summary, err) || writeFailed }
        }
        if let html { writeFailed = !write(AuditReportHTML.render(totals), to: html, err) || writeFailed }
        if !quiet && !(output == nil && out.isClosed) { err.write(AuditJSON.text(totals)) }
        err.flush()
        if totals.errors + totals.unreadableInputs > 0 || writeFailed { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }

    /// Writes `text` to a new file at `path`; reports a failure on `err`.
    private func write(_ text: String, to path: String, _ err: OutputStream) -> Bool {
        do {
            let file = try OutputStream.file(path: path)
            file.write(text)
            file.flush()
            if file.isClosed { throw CLIError.cannotCreate(path, "write failed") }
            return true
        } catch {
            err.write("decorum: \(error)\n")
            return false
        }
    }
}
