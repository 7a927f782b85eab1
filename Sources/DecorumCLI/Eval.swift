import ArgumentParser
import Decorum

/// `decorum eval`: measures Decorum on labelled JSONL and checks committed thresholds.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures precision, recall, F1, false-positive rate and escalation on labelled JSONL.",
        discussion: """
            Each line is {"id", "lang", "text", "labels", "expect", "source"} with expect one of
            allow, flag, escalate or any (left out). Figures are printed per language, per
            category, per source family and per source, followed by the gravest misses.
            With --thresholds, the run exits 1 when a figure breaks a bound of the file. A
            line that cannot be read is reported as file:line and the run exits 2.
            """)

    @Argument(help: "Labelled JSONL files.")
    var files: [String]

    @Option(help: "A thresholds file ('@format decorum-thresholds 1'); exit 1 when a bound is broken.")
    var thresholds: String?

    @Option(help: "How many missed cases and false alarms to list.")
    var misses = 10

    @Flag(help: "Write the report as JSON.")
    var json = false

    @Flag(name: .customLong("by-kind"), help: "Add a slice per full source (kind:support:insult).")
    var byKind = false

    @Flag(name: .customLong("identify-language"), help: "Ignore the cases' lang field and identify each text's language.")
    var identifyLanguage = false

    @OptionGroup var options: ModerationOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one labelled JSONL file") }
        if misses < 0 { throw ValidationError("--misses must be 0 or more") }
    }

    func run() throws {
        let moderator = try options.makeModerator()
        let forced = try options.forcedLanguage()
        let bounds: Thresholds? = try thresholds.map { path in
            try Thresholds(path: path, bytes: try readWholeFile(path))
        }
        var evaluation = Evaluation(byKind: byKind)
        var inputErrors: [String] = []
        for path in files {
            let reader = try LineReader(path: path)
            while let line = try reader.next() {
                do {
                    guard let labelled = try LabelledCase.parse(line, file: path, number: reader.lineNumber) else { continue }
                    let language = forced ?? (identifyLanguage ? nil : labelled.language)
                    evaluation.add(labelled, moderator.moderate(labelled.text, language: language))
                } catch {
                    inputErrors.append(error.description)
                }
            }
        }
        let out = OutputStream.standardOutput()
        out.write(json ? JSONWriter.encode(evaluation.json(misses: misses)) + "\n" : evaluation.table(misses: misses))
        out.flush()
        let err = OutputStream.standardError()
        for message in inputErrors { err.write("decorum: \(message)\n") }
        let violations = bounds?.violations(of: evaluation) ?? []
        if !violations.isEmpty {
            err.write("decorum: \(violations.count) threshold\(violations.count == 1 ? "" : "s") broken:\n")
            for v in violations { err.write("  \(v)\n") }
        }
        err.flush()
        if !inputErrors.isEmpty { throw ExitCode(2) }
        if !violations.isEmpty { throw ExitCode(1) }
    }
}

/// The lines of the file at `path` joined by `\n` (line ends normalized).
/// - Throws: `CLIError` when the file cannot be opened or read.
func readWholeFile(_ path: String) throws -> [UInt8] {
    let reader = try LineReader(path: path)
    var bytes: [UInt8] = []
    while let line = try reader.next() {
        if reader.lineNumber > 1 { bytes.append(0x0A) }
        bytes += line
    }
    return bytes
}
