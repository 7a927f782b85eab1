import ArgumentParser
import Decorum
import Foundation

/// `decorum lint`: canned replies checked in CI.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks files of canned replies against the guidelines, for CI (text, SARIF or GitHub annotations).",
        discussion: """
            Reads files and folders (the current folder when none): .txt and .md (paragraphs; \
            Markdown code left out), .json and .yaml (every string value, keyed by its path \
            such as greetings.closing[2]), .strings, .po (msgstr, keyed by msgid), .xliff/.xlf \
            (targets, in their target language) and .csv (the --column column, keyed by \
            --key-column). Folders are walked for these extensions.

            Each finding names file:line:column and the reply's key. Lines and columns are \
            1-based; columns count Unicode code points (SARIF columnKind unicodeCodePoints). \
            A reply's language: --language, else what the file says (XLIFF, PO, xx.lproj, a \
            CSV lang column), else .decorum.yml's languages:, else it is identified.

            Suppressions: a 'decorum-ignore: <reason>' marker on the finding's line or the line \
            before (in a comment of the format, or in the value), or an ignore: entry in \
            .decorum.yml. Suppressed findings are counted, and listed in SARIF as suppressions. \
            A marker without a reason suppresses nothing and is reported (review).

            .decorum.yml (the current folder's, or --config): include, exclude, policy, \
            fail-on, languages, ignore. Options given on the command line win.

            Exit status: 0 clean, 1 a finding reached --fail-on (default review), 2 usage \
            error or an input that could not be read (binary, not UTF-8, malformed); every \
            other file is still linted and reported.
            """)

    @Argument(help: "Files and folders to lint (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Output format: text, sarif or github.")
    var format: String = "text"

    @Option(help: "The lint configuration file (default: .decorum.yml in the current folder, if any).")
    var config: String?

    @Option(help: "CSV: the column holding the replies.")
    var column: String = "text"

    @Option(name: .customLong("key-column"), help: "CSV: the column holding each reply's key.")
    var keyColumn: String = "id"

    @Option(help: "Files linted in parallel (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .customLong("no-summary"), help: "Do not print the summary on standard error.")
    var noSummary = false

    @OptionGroup var options: ModerationOptions

    func validate() throws {
        if LintOutputFormat(rawValue: format) == nil { throw ValidationError("--format takes text, sarif or github, not '\(format)'") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    /// The configuration: `--config`, else `.decorum.yml` when present, else the defaults.
    func loadConfig() throws -> LintConfig {
        let path = config ?? ".decorum.yml"
        guard let bytes = try? FileBytes.read(path) else {
            if config != nil { throw CLIError.usage("\(path): cannot read the configuration file") }
            return LintConfig()
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError.usage("\(path): the configuration file is not valid UTF-8")
        }
        return try LintConfig.parse(text, file: LintInputs.displayPath(path))
    }

    func run() throws {
        let settings: LintConfig
        do {
            settings = try loadConfig()
        } catch {
            let err = OutputStream.standardError()
            err.write("decorum: \(error)\n")
            err.flush()
            throw ExitCode(2)
        }
        var moderation = options
        if moderation.policy == nil { moderation.policy = settings.policy }
        let moderator = try moderation.makeModerator()
        let failOn = try options.failThreshold() ?? settings.failOn ?? .review
        let linter = Linter(moderator: moderator, config: settings, forcedLanguage: try options.forcedLanguage(),
                            csv: CSVReplyExtractor(column: column, keyColumn: keyColumn))
        let report = linter.lint(paths: paths, jobs: jobs ?? ParallelScan.coreCount)
        let out = OutputStream.standardOutput()
        let err = OutputStream.standardError()
        switch LintOutputFormat(rawValue: format) ?? .text {
        case .text:
            out.write(LintText.render(report))
            out.flush()
            err.write(LintText.problems(report))
        case .sarif:
            out.write(LintSARIF.render(report, moderator: moderator))
            err.write(LintText.problems(report))
        case .github:
            out.write(GitHubAnnotations.render(report))
        }
        out.flush()
        if !noSummary { err.write(LintText.summary(report)) }
        err.flush()
        if !report.problems.isEmpty { throw ExitCode(2) }
        if report.standing.contains(where: { $0.decision >= failOn }) { throw ExitCode(1) }
    }
}
