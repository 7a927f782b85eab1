import ArgumentParser
import Decorum

#if canImport(Glibc)
import Glibc
#endif

/// The `decorum` command: conduct-guideline checks for support text.
public struct DecorumCommand: ParsableCommand {
    /// The release of Decorum (`decorum --version`, SARIF's `tool.driver.version`).
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "decorum",
        abstract: "Checks support tickets, chats and canned replies against communication guidelines.",
        discussion: """
            Exit status: 0 clean, 1 a verdict reached --fail-on, 2 usage or input error.
            """,
        version: version,
        subcommands: [Check.self, Scan.self, Audit.self, Lint.self, Eval.self, LexiconCommand.self, Tokens.self]
    )

    public init() {}

    /// Runs the command line `arguments` (without the program name) and returns the exit
    /// status: 0 clean, 1 findings at or above `--fail-on`, 2 usage or input error.
    public static func main(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                return 0
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let stream = OutputStream.standardError()
                stream.write("decorum: " + message + "\n")
                stream.flush()
            }
            return 2
        }
    }
}

/// Where the lexicons and other data come from: `--data` and `--lexicons`.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Use the data folder at this path (laid out like Lexicons/) instead of the built-in data, to try a lexicon change without rebuilding.")
    var dataDirectory: String?

    @Option(name: .customLong("lexicons"), help: "An extra lexicon folder (xx/*.lex), added to the built-in lexicons; repeatable.")
    var lexiconDirectories: [String] = []

    /// The data these options name, loaded and compiled, with the terms, allowlisted words
    /// and notices of `policyFile` added.
    func load(adding policyFile: PolicyFile? = nil) throws -> DecorumData {
        let added = policyFile?.dataFiles ?? []
        do {
            if let dataDirectory {
                return try DecorumData.loading(root: dataDirectory, extra: lexiconDirectories, adding: added)
            }
            if lexiconDirectories.isEmpty && added.isEmpty { return try DecorumData.bundled() }
            return try DecorumData.loading(extra: lexiconDirectories, adding: added)
        } catch let error as DataFileError {
            throw DataLoadFailure(underlying: policyFile?.locating(error) ?? error)
        }
    }
}

/// Options shared by the subcommands that moderate text.
struct ModerationOptions: ParsableArguments {
    @Option(help: "Policy: strict, standard (the default) or lenient, or a policy file (FILE.yaml: decisions, extra terms, allowlist, notices).")
    var policy: String?

    @OptionGroup var data: DataOptions

    @Option(help: "Treat every text as this language (en, fr, de, es) instead of identifying it.")
    var language: String?

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a verdict reaches this decision (review, close, escalate).")
    var failOn: String?

    /// The policy named, `standard` when none is.
    var policyName: String { policy ?? "standard" }

    /// The moderator these options describe.
    func makeModerator() throws -> Moderator {
        let policy = policyName
        if let preset = Policy.presets[policy] { return try Moderator(policy: preset, data: data.load()) }
        guard policy.hasSuffix(".yaml") || policy.hasSuffix(".yml") else {
            throw ValidationError("unknown policy '\(policy)'; expected strict, standard, lenient or a policy file (.yaml)")
        }
        let file: PolicyFile
        do { file = try PolicyFile.load(path: policy) } catch let error as DataFileError {
            throw DataLoadFailure(underlying: error, subject: "policy")
        }
        return try Moderator(policy: file.policy, data: data.load(adding: file))
    }

    /// The forced language, if any.
    func forcedLanguage() throws -> Language? {
        guard let language else { return nil }
        guard let parsed = Language(code: language) else {
            throw ValidationError("unsupported language '\(language)'; expected en, fr, de or es")
        }
        return parsed
    }

    /// The `--fail-on` threshold, if any.
    func failThreshold() throws -> Decision? {
        guard let failOn else { return nil }
        guard let decision = Decision(rawValue: failOn), decision != .allow else {
            throw ValidationError("--fail-on takes review, close or escalate, not '\(failOn)'")
        }
        return decision
    }
}

/// Loading the data or a policy file failed: reported with every `file:line` problem, exit status 2.
struct DataLoadFailure: Error, CustomStringConvertible {
    var underlying: Error
    /// What could not be loaded: `lexicons` or `policy`.
    var subject = "lexicons"
    var description: String { "cannot load \(subject):\n\(underlying)" }
}
