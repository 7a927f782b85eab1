import ArgumentParser
import Decorum
import Dispatch
import Synchronization

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
            text: each line is a text, and its line number its id. The format follows the file extension (.csv, .txt;
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

    @Option(help: "Write only verdicts with these decisions (allow, review, close, escalate; comma-separated or repeated); error records are always written.")
    var only: [String] = []

    @Flag(help: "Add a masked copy of each text (f***, c*****d; the table shows the findings masked).")
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

    /// The decisions `--only` keeps; nil when it is not given.
    func onlyDecisions() throws -> Set<Decision>? {
        only.isEmpty ? nil : try Self.decisions(only: only.joined(separator: ","))
    }

    /// The decisions an `--only` list names (comma-separated).
    /// - Throws: `ValidationError` naming a word that is not a decision.
    static func decisions(only: String) throws -> Set<Decision> {
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
        var bytesBefore = 0
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
            do {
                try ParallelScan.run(reader: reader, scanner: scanner, jobs: jobs ?? ParallelScan.coreCount) { outcome in
                    summary.add(outcome)
                    progress?.update(records: summary.records, bytes: bytesBefore + reader.bytesRead)
                    if let verdict = outcome.verdict, let failOn, verdict.decision >= failOn { failed = true }
                    if let keep, let verdict = outcome.verdict, !keep.contains(verdict.decision) { return !out.isClosed }
                    out.write(outcome.output)
                    out.write("\n")
                    return !out.isClosed
                }
            } catch {
                err.write("decorum: \(error)\n")
                summary.unreadableInputs += 1
            }
            bytesBefore += reader.bytesRead
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
/// input order. Memory stays bounded: at most three batches are held, the one the workers
/// moderate, the one the calling thread reads meanwhile and the outcomes it writes.
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
        try run(reader: reader, jobs: jobs, work: { scanner.scan($0) }, emit: emit)
    }

    /// Reads `reader` to the end (or until `emit` returns false), applying `work` to each
    /// record on `jobs` threads; `emit` gets each result in input order on the calling thread.
    ///
    /// With one job everything runs on the calling thread. With more, `jobs - 1` workers
    /// take a batch while the calling thread emits the outcomes of the batch before and
    /// reads the next one, then works on the batch with them: `jobs` threads are busy and
    /// reading and writing leave no core idle.
    /// - Throws: the reader's error, once the records read before it are emitted.
    static func run<Outcome: Sendable>(reader: RecordReader, jobs: Int, work: @escaping @Sendable (RawRecord) -> Outcome,
                                       emit: (Outcome) -> Bool) throws {
        let batchSize = jobs == 1 ? 64 : recordsPerJob * jobs
        /// The next batch, and the reader's error that ended it, if any.
        func readBatch() -> (records: [RawRecord], failure: Error?) {
            var records: [RawRecord] = []
            records.reserveCapacity(batchSize)
            var bytes = 0
            do {
                while records.count < batchSize, bytes < maximumBatchBytes, let record = try reader.next() {
                    records.append(record)
                    bytes += record.byteCount
                }
            } catch { return (records, error) }
            return (records, nil)
        }
        if jobs == 1 {
            while true {
                let (batch, failure) = readBatch()
                for outcome in batch.map(work) {
                    guard emit(outcome) else { return }
                }
                if let failure { throw failure }
                if batch.isEmpty { return }
            }
        }
        // While the workers moderate batch n, this thread writes the outcomes of batch n - 1
        // and reads batch n + 1, then joins them on what is left of batch n.
        var (batch, failure) = readBatch()
        var previous: [Outcome] = []
        while true {
            let running = BatchWork(batch, jobs: jobs, work)
            for outcome in previous {
                guard emit(outcome) else { return }
            }
            if failure != nil || batch.isEmpty {
                for outcome in running.results() {
                    guard emit(outcome) else { return }
                }
                if let failure { throw failure }
                return
            }
            (batch, failure) = readBatch()
            previous = running.results()
        }
    }

    /// `transform` of each item, in order, on `jobs` threads and the calling one.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Result) -> [Result] {
        if jobs == 1 || items.count < 2 { return items.map(transform) }
        return BatchWork(items, jobs: jobs, transform).results()
    }
}

/// `transform` applied to a batch of items by `jobs - 1` worker threads, started at once,
/// and by the calling thread when it asks for the results: `jobs` threads in all. The
/// results come back in item order.
///
/// Items are claimed a few at a time from a shared counter rather than dealt out in
/// advance, so that a thread that gets less of a core (the calling thread reading and
/// writing meanwhile, or another program) does not leave the others idle at the end of a
/// batch.
final class BatchWork<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let items: [Item]
    private let transform: @Sendable (Item) -> Result
    /// Slot i holds the result of item i once the thread that claimed it is done; each slot
    /// is written by exactly one thread, and read only after `done.wait()`.
    private let slots: UnsafeMutableBufferPointer<Result>
    private let claims: Claims
    private let done = DispatchGroup()
    private var collected: [Result]?

    /// Starts `jobs - 1` workers (at most one per item) on `items`.
    init(_ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Result) {
        self.items = items
        self.transform = transform
        slots = .allocate(capacity: items.count)
        claims = Claims()
        // The workers hold the items, the function, the counter and the slots, not the
        // batch: its last reference stays with the caller, whose deinit waits for them.
        nonisolated(unsafe) let slots = slots
        let claims = claims
        for _ in 0..<min(jobs - 1, items.count) {
            DispatchQueue.global().async(group: done) { claims.work(items, slots, transform) }
        }
    }

    deinit {
        done.wait()
        slots.baseAddress?.deinitialize(count: items.count)
        slots.deallocate()
    }

    /// The results in item order: the calling thread takes the items still unclaimed, then
    /// waits for the workers (only the thread that made the batch calls this).
    func results() -> [Result] {
        if let collected { return collected }
        claims.work(items, slots, transform)
        done.wait()
        let results = Array(slots)
        collected = results
        return results
    }
}

/// The next unclaimed item of a batch, shared by the threads that work on it.
private final class Claims: Sendable {
    private let next = Atomic<Int>(0)
    /// Items taken at once: few enough to balance the threads, enough that the counter is
    /// not touched per item.
    private static let size = 4

    /// Applies `transform` to every item of `items` that no thread has claimed yet, writing
    /// the result of item i into slot i.
    func work<Item, Result>(_ items: [Item], _ slots: UnsafeMutableBufferPointer<Result>, _ transform: (Item) -> Result) {
        while true {
            let first = next.add(Self.size, ordering: .relaxed).oldValue
            guard first < items.count else { return }
            for i in first..<min(first + Self.size, items.count) {
                (slots.baseAddress! + i).initialize(to: transform(items[i]))
            }
        }
    }
}
