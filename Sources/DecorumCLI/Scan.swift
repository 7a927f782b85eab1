import ArgumentParser
import Decorum
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// `decorum scan`: records in (JSONL, CSV or plain text), one verdict per record out, in
/// input order.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Moderates records (JSONL, CSV or plain text; files or standard input) and writes one verdict per record.",
        discussion: """
            JSONL: each line is a JSON object; --text-field, --id-field and --lang-field name
            its fields (dotted paths such as ticket.body reach into nested objects). CSV: a
            header row names the columns (--text-column, --id-column, --lang-column). Plain
            text: each line is a text. The format follows the file extension (.csv, .txt;
            JSONL otherwise and for standard input) unless --format is given. Several text
            fields are joined with a line break, and spans are offsets into that joined text.

            Verdicts come out in input order, whatever --jobs. A record that cannot be read
            yields an error record in its place and the run ends with status 2. Blank lines
            are not records. A record over 1 MiB (a line, or a CSV row) is not moderated: an
            error record names its line and length. A CSV quote left open is reported on the
            line where it opened, and the lines after it are read as records of their own. A summary goes to standard error at the end; a progress line too
            while standard error is a terminal.
            """)

    @Argument(help: "Input files; standard input when none (or '-').")
    var files: [String] = []

    @Option(help: "Input format: jsonl, csv or text (default: from the file extension).")
    var format: String?

    @Option(name: [.customLong("text-field"), .customLong("text-column")],
            help: "A field (JSONL path or CSV column) holding text; repeat to join several (subject, body).")
    var textFields: [String] = []

    @Option(name: [.customLong("id-field"), .customLong("id-column")], help: "The field holding the record id, copied to the output.")
    var idField = "id"

    @Option(name: [.customLong("lang-field"), .customLong("lang-column")],
            help: "The field holding the language (en, fr, de, es); identified when absent.")
    var langField = "lang"

    @Option(help: "Output format: jsonl, csv or table.")
    var output: String = "jsonl"

    @Option(help: "Write only verdicts with these decisions (comma-separated: allow, review, close, escalate); error records are always written.")
    var only: String?

    @Flag(help: "Add a masked copy of each text (f***, c*****d).")
    var mask = false

    @Option(help: "Records moderated in parallel (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .customLong("no-summary"), help: "Do not print the summary on standard error.")
    var noSummary = false

    @OptionGroup var options: ModerationOptions

    func validate() throws {
        if let format, InputFormat(rawValue: format) == nil { throw ValidationError("--format takes jsonl, csv or text, not '\(format)'") }
        if OutputFormat(rawValue: output) == nil { throw ValidationError("--output takes jsonl, csv or table, not '\(output)'") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        _ = try onlyDecisions()
    }

    func onlyDecisions() throws -> Set<Decision>? {
        guard let only else { return nil }
        var decisions = Set<Decision>()
        for name in only.split(separator: ",") {
            guard let decision = Decision(rawValue: name.trimmingWhitespace()) else {
                throw ValidationError("--only takes allow, review, close or escalate, not '\(name)'")
            }
            decisions.insert(decision)
        }
        return decisions
    }

    func run() throws {
        let moderator = try options.makeModerator()
        let scanner = RecordScanner(
            moderator: moderator,
            fields: RecordFields(text: textFields.isEmpty ? ["text"] : textFields, id: idField, language: langField),
            forcedLanguage: try options.forcedLanguage(), format: OutputFormat(rawValue: output)!, mask: mask)
        let failOn = try options.failThreshold()
        let keep = try onlyDecisions()
        let out = OutputStream.standardOutput()
        let err = OutputStream.standardError()
        let inputs = files.isEmpty ? ["-"] : files
        var summary = ScanSummary()
        let progress = err.isTerminal ? ProgressLine(stream: err, totalBytes: ProgressLine.totalSize(of: inputs)) : nil
        if let header = scanner.header { out.write(header + "\n") }
        var failed = false
        inputs: for path in inputs {
            let reader: RecordReader
            do {
                let lines = try LineReader(path: path)
                reader = RecordReader(
                    lines: lines, format: format.flatMap(InputFormat.init(rawValue:)) ?? InputFormat.inferred(from: path),
                    file: path == "-" ? nil : path, fields: scanner.fields)
            } catch {
                err.write("decorum: \(error)\n")
                summary.unreadableInputs += 1
                continue
            }
            let before = progress?.bytesDone ?? 0
            do {
                try ParallelScan.run(reader: reader, scanner: scanner, jobs: jobs ?? ParallelScan.coreCount) { outcome in
                    summary.add(outcome)
                    if let verdict = outcome.verdict, let failOn, verdict.decision >= failOn { failed = true }
                    if let keep, let verdict = outcome.verdict, !keep.contains(verdict.decision) { return !out.isClosed }
                    out.write(outcome.output)
                    out.write("\n")
                    progress?.update(records: summary.records, bytes: before + reader.bytesRead)
                    return !out.isClosed
                }
            } catch {
                err.write("decorum: \(error)\n")
                summary.unreadableInputs += 1
            }
            if out.isClosed { break inputs }
        }
        out.flush()
        progress?.finish()
        if !noSummary && !out.isClosed { err.write(summary.render()) }
        err.flush()
        if summary.errors + summary.unreadableInputs > 0 { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}

/// Moderates the records of a reader on several threads and hands the outcomes back in
/// input order. Memory stays bounded: one batch of records is in flight at a time.
enum ParallelScan {
    /// Records per thread in one batch.
    static let recordsPerJob = 256
    /// The most input bytes in one batch (records of up to 1 MiB would otherwise hold
    /// hundreds of megabytes per batch).
    static let maximumBatchBytes = 32 << 20

    /// The number of cores online.
    static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Reads `reader` to the end (or until `emit` returns false), moderating with `jobs`
    /// threads; `emit` gets each outcome in input order on the calling thread.
    static func run(reader: RecordReader, scanner: RecordScanner, jobs: Int, emit: (ScanOutcome) -> Bool) throws {
        let batchSize = jobs == 1 ? 64 : recordsPerJob * jobs
        var batch: [RawRecord] = []
        batch.reserveCapacity(batchSize)
        while true {
            batch.removeAll(keepingCapacity: true)
            var bytes = 0
            while batch.count < batchSize, bytes < maximumBatchBytes, let record = try reader.next() {
                batch.append(record)
                bytes += record.byteCount
            }
            if batch.isEmpty { return }
            for outcome in scan(batch, scanner, jobs: jobs) {
                guard emit(outcome) else { return }
            }
        }
    }

    /// The outcomes of `batch`, in order; thread `k` of `jobs` takes records k, k+jobs, …
    static func scan(_ batch: [RawRecord], _ scanner: RecordScanner, jobs: Int) -> [ScanOutcome] {
        if jobs == 1 || batch.count < 2 { return batch.map(scanner.scan) }
        let results = UnsafeMutableBufferPointer<ScanOutcome>.allocate(capacity: batch.count)
        defer {
            results.baseAddress!.deinitialize(count: batch.count)
            results.deallocate()
        }
        let threads = min(jobs, batch.count)
        nonisolated(unsafe) let slots = results
        batch.withUnsafeBufferPointer { records in
            nonisolated(unsafe) let input = records
            DispatchQueue.concurrentPerform(iterations: threads) { k in
                // Each index is written by exactly one thread.
                for i in stride(from: k, to: input.count, by: threads) {
                    (slots.baseAddress! + i).initialize(to: scanner.scan(input[i]))
                }
            }
        }
        return Array(results)
    }
}

/// Counts of a scan, printed on standard error at the end.
struct ScanSummary {
    var records = 0
    var errors = 0
    var unreadableInputs = 0
    var decisions: [Decision: Int] = [:]
    var categories: [Category: Int] = [:]
    var languages: [String: Int] = [:]

    mutating func add(_ outcome: ScanOutcome) {
        records += 1
        guard let verdict = outcome.verdict else { errors += 1; return }
        decisions[verdict.decision, default: 0] += 1
        languages[verdict.language?.rawValue ?? "unknown", default: 0] += 1
        for category in Set(verdict.findings.map(\.category)) { categories[category, default: 0] += 1 }
    }

    func render() -> String {
        var lines = ["decorum scan: \(records) record\(records == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s")"
            + (unreadableInputs > 0 ? ", \(unreadableInputs) input\(unreadableInputs == 1 ? "" : "s") not read" : "")]
        lines.append("  decisions: " + Decision.allCases.map { "\($0.rawValue) \(decisions[$0] ?? 0)" }.joined(separator: ", "))
        if !categories.isEmpty {
            lines.append("  categories: " + Category.allCases.compactMap { c in categories[c].map { "\(c.rawValue) \($0)" } }.joined(separator: ", "))
        }
        if !languages.isEmpty {
            lines.append("  languages: " + languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A progress line on a terminal: records, records per second, and the share done with
/// an estimate of the time left when the input's size is known.
final class ProgressLine {
    private let stream: OutputStream
    private let totalBytes: Int?
    private let started = ProgressLine.now()
    private var lastDraw = 0.0
    private(set) var bytesDone = 0

    init(stream: OutputStream, totalBytes: Int?) {
        self.stream = stream
        self.totalBytes = totalBytes
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The total size of `paths` in bytes, or nil when one is standard input or not a regular file.
    static func totalSize(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            var info = stat()
            guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    func update(records: Int, bytes: Int) {
        bytesDone = bytes
        let time = Self.now()
        guard time - lastDraw >= 0.2 else { return }
        lastDraw = time
        let elapsed = max(time - started, 0.001)
        var line = "\r\u{1B}[K\(records) records, \(Int(Double(records) / elapsed))/s"
        if let totalBytes, totalBytes > 0 {
            let share = min(Double(bytes) / Double(totalBytes), 1)
            line += ", \(Int(share * 100))%"
            if share > 0.01 {
                let left = Int(elapsed / share - elapsed)
                line += ", \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60) left"
            }
        }
        stream.write(line)
        stream.flush()
    }

    func finish() {
        stream.write("\r\u{1B}[K")
        stream.flush()
    }
}
