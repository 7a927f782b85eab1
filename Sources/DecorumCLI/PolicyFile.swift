import Decorum
import Foundation
import Yams

/// A team's policy file (`--policy FILE.yaml`): the preset it starts from, its own
/// decisions per category and severity, extra lexicon terms, allowlisted words and notice
/// templates. `Corpus/policy-example.yaml` is a commented example of every key.
///
/// ```yaml
/// base: standard                    # strict, standard (the default) or lenient
/// decisions:                        # per category: the lowest severity (1–4) of each decision
///   profanity: {review: 1, close: 3}
/// terms:                            # extra lexicon entries, read like lines of a .lex file
///   - {term: scamcorp, language: en, category: insult, severity: 2, flags: [common]}
/// allow: [Dickens, Cockburn]        # words never flagged, in every language
/// notices:                          # customer notices per language and decision
///   en: {close: "…", escalate: "…"}
/// ```
///
/// A category under `decisions` takes its whole row from its thresholds (below the lowest
/// one: `allow`); the others keep the base preset's row. Threats at severity 3 and 4 escalate
/// whatever the file says (`Policy.decision(for:severity:)`). Terms, allowlisted words and
/// notices become data files in the formats of `Lexicons/` and are compiled with the
/// built-in ones, so they obey the same rules and flags. Unknown keys are errors; every
/// problem is reported as `file:line: why`.
public struct PolicyFile: Sendable {
    /// The keys a policy file may hold at its top level.
    static let topKeys = ["base", "decisions", "terms", "allow", "notices"]
    /// The keys of one `terms` entry.
    static let termKeys = ["term", "language", "category", "severity", "flags", "id"]
    /// The decisions a `decisions` row sets thresholds for.
    static let thresholdDecisions: [Decision] = [.review, .close, .escalate]

    /// The file's path, as given.
    public let path: String
    /// The policy: the base preset with the file's rows in place.
    public let policy: Policy
    /// The data files generated from `terms`, `allow` and `notices` (paths under `path#`),
    /// to compile with the built-in data.
    public let dataFiles: [(path: String, bytes: [UInt8])]
    /// For each generated file, the policy file line of each of its lines.
    let sourceLines: [String: [Int: Int]]

    /// Reads and checks the policy file at `path`.
    /// - Throws: `DataFileError` naming the file (unreadable, not UTF-8) or every `file:line` problem.
    public static func load(path: String) throws -> PolicyFile {
        guard let bytes = try? FileBytes.read(path) else {
            throw DataFileError(problems: [DataFileProblem(file: path, line: 0, message: "cannot be read")])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DataFileError(problems: [DataFileProblem(file: path, line: 0, message: "invalid UTF-8; a policy file must be UTF-8 text")])
        }
        return try PolicyFile(path: path, text: text)
    }

    /// Parses and checks the policy file `text`, read from `path`.
    /// - Throws: `DataFileError` listing every problem with its line.
    public init(path: String, text: String) throws {
        var reader = PolicyYAMLReader(path: path)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
            let source = SourceText(Array(text.utf8))
            let problem = YAMLReplyExtractor.extractionError(error, source)
            throw DataFileError(problems: [DataFileProblem(file: path, line: source.position(of: problem.offset).line, message: problem.message)])
        }
        guard let root, root.null == nil else {
            throw DataFileError(problems: [DataFileProblem(
                file: path, line: 0, message: "empty policy file; expected the keys \(Self.topKeys.joined(separator: ", "))")])
        }
        var base = Policy.standard
        var rows: [Category: [Decision]] = [:]
        var terms: [Language: [(line: Int, text: String)]] = [:]
        var allowed: [(line: Int, text: String)] = []
        var notices: [(line: Int, text: String)] = []
        for (key, keyNode, value) in reader.members(root, of: "the policy file", keys: Self.topKeys) {
            switch key {
            case "base":
                guard let name = reader.string(value, "base") else { break }
                if let preset = Policy.presets[name] { base = preset } else {
                    reader.fail(value, "unknown base '\(name)'; expected strict, standard or lenient")
                }
            case "decisions": rows = Self.readDecisions(value, &reader)
            case "terms": terms = Self.readTerms(value, &reader)
            case "allow": allowed = Self.readAllowed(value, &reader)
            case "notices": notices = Self.readNotices(value, &reader)
            default: reader.fail(keyNode, "unknown key '\(key)'")
            }
        }
        guard reader.problems.isEmpty else { throw DataFileError(problems: reader.problems) }
        policy = Policy(name: path, table: base.table.merging(rows) { _, own in own })
        self.path = path
        var files: [(path: String, bytes: [UInt8])] = []
        var sourceLines: [String: [Int: Int]] = [:]
        func add(_ name: String, header: [String], _ lines: [(line: Int, text: String)]) {
            guard !lines.isEmpty else { return }
            let generated = Self.placed(header: header, lines)
            let filePath = "\(path)#\(name)"
            files.append((filePath, Array(generated.text.utf8)))
            sourceLines[filePath] = generated.sources
        }
        for language in Language.allCases {
            add("\(language.rawValue).lex", header: ["@format decorum-lexicon 1", "@language \(language.rawValue)"], terms[language] ?? [])
        }
        // The allowlist applies to every language; the header needs one all the same.
        add("allow.lex", header: ["@format decorum-allowlist 1", "@language en"], allowed)
        add("/notices.txt", header: ["@format decorum-notices 1"], notices)
        dataFiles = files
        self.sourceLines = sourceLines
    }

    /// `error` with the problems in generated files moved to the policy file's lines.
    public func locating(_ error: DataFileError) -> DataFileError {
        DataFileError(problems: error.problems.map { problem in
            guard let lines = sourceLines[problem.file] else { return problem }
            return DataFileProblem(file: path, line: lines[problem.line] ?? 0, message: problem.message)
        })
    }

    /// The text of a generated data file: `header` first, then each line at its policy file
    /// line when that is still free (so that entry locations such as `team.yaml#en.lex:14`
    /// name the policy file's line), else at the next free one; with the policy line of each.
    static func placed(header: [String], _ lines: [(line: Int, text: String)]) -> (text: String, sources: [Int: Int]) {
        var out = header
        var sources: [Int: Int] = [:]
        for (line, text) in lines {
            while out.count + 1 < line { out.append("") }
            out.append(text)
            sources[out.count] = line
        }
        return (out.joined(separator: "\n") + "\n", sources)
    }

    /// The rows of `decisions`: for each category, the decision at severities 1…4.
    static func readDecisions(_ node: Node, _ reader: inout PolicyYAMLReader) -> [Category: [Decision]] {
        var rows: [Category: [Decision]] = [:]
        let categories = Category.allCases.map(\.rawValue)
        for (name, _, value) in reader.members(node, of: "decisions", keys: categories) {
            guard let category = Category(rawValue: name) else { continue }
            var thresholds: [(decision: Decision, severity: Int, node: Node)] = []
            for (key, keyNode, threshold) in reader.members(value, of: "decisions.\(name)", keys: thresholdDecisions.map(\.rawValue)) {
                guard let decision = Decision(rawValue: key),
                    let severity = reader.integer(threshold, "decisions.\(name).\(key)", in: 1...4)
                else { continue }
                thresholds.append((decision, severity, keyNode))
            }
            thresholds.sort { $0.decision < $1.decision }
            var row = [Decision](repeating: .allow, count: 4)
            for (index, threshold) in thresholds.enumerated() {
                if index > 0, case let lower = thresholds[index - 1], lower.severity >= threshold.severity {
                    reader.fail(threshold.node, "decisions.\(name): \(threshold.decision.rawValue) starts at severity \(threshold.severity), which must be above \(lower.decision.rawValue)'s \(lower.severity)")
                }
                for s in threshold.severity...4 { row[s - 1] = threshold.decision }
            }
            rows[category] = row
        }
        return rows
    }

    /// The `terms`, as `.lex` entry lines by language, with their policy file lines.
    static func readTerms(_ node: Node, _ reader: inout PolicyYAMLReader) -> [Language: [(line: Int, text: String)]] {
        var terms: [Language: [(line: Int, text: String)]] = [:]
        for (index, entry) in reader.sequence(node, "terms").enumerated() {
            let what = "terms[\(index + 1)]"
            var fields: [String: String] = [:]
            var flags: [String] = []
            var present = Set<String>()
            for (key, _, value) in reader.members(entry, of: what, keys: termKeys) {
                present.insert(key)
                if key == "flags" {
                    for flag in reader.sequence(value, "\(what).flags") {
                        if let text = reader.string(flag, "\(what).flags", forbidding: "|#,") { flags.append(text) }
                    }
                } else if let text = reader.string(value, "\(what).\(key)", forbidding: key == "term" ? "|#" : "|#, ") {
                    fields[key] = text
                }
            }
            if case .mapping = entry {
                for key in ["term", "language", "category", "severity"] where !present.contains(key) {
                    reader.fail(entry, "\(what) has no '\(key)'")
                }
            }
            guard let term = fields["term"], let code = fields["language"], let category = fields["category"],
                let severity = fields["severity"]
            else { continue }
            guard let language = Language(rawValue: code) else {
                reader.fail(entry, "\(what).language: expected en, fr, de or es, found '\(code)'")
                continue
            }
            if let id = fields["id"] { flags.append("id=\(id)") }
            // Category and severity are checked by the lexicon loader, at this line.
            terms[language, default: []].append((reader.line(entry), "\(term) | \(category) | \(severity) | \(flags.joined(separator: ", "))"))
        }
        return terms
    }

    /// The `allow` words, as allowlist lines with their policy file lines.
    static func readAllowed(_ node: Node, _ reader: inout PolicyYAMLReader) -> [(line: Int, text: String)] {
        reader.sequence(node, "allow").compactMap { word in
            reader.string(word, "allow", forbidding: "|# ").map { (reader.line(word), $0) }
        }
    }

    /// The `notices`, as notices-file lines with their policy file lines.
    static func readNotices(_ node: Node, _ reader: inout PolicyYAMLReader) -> [(line: Int, text: String)] {
        var lines: [(line: Int, text: String)] = []
        for (code, _, byDecision) in reader.members(node, of: "notices", keys: Language.allCases.map(\.rawValue)) {
            for (decision, _, value) in reader.members(byDecision, of: "notices.\(code)", keys: ["close", "escalate"]) {
                if let notice = reader.string(value, "notices.\(code).\(decision)") {
                    lines.append((reader.line(value), "\(code) \(decision) | \(notice)"))
                }
            }
        }
        return lines
    }
}

/// Walks a policy file's YAML nodes, collecting every problem with its line.
struct PolicyYAMLReader {
    /// The file's path, for problems.
    let path: String
    /// The problems found so far.
    private(set) var problems: [DataFileProblem] = []

    init(path: String) { self.path = path }

    /// The 1-based line where `node` starts (0 if unknown).
    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// Records a problem at `node`'s line.
    mutating func fail(_ node: Node, _ message: String) {
        problems.append(DataFileProblem(file: path, line: line(node), message: message))
    }

    /// The members of the mapping `node` whose keys are among `keys`, as (key, key node,
    /// value); other keys, and a node that is not a mapping, are reported.
    mutating func members(_ node: Node, of what: String, keys: [String]) -> [(String, Node, Node)] {
        guard case .mapping(let mapping) = node else {
            fail(node, "\(what) must be a mapping (key: value), found \(Self.kind(node))")
            return []
        }
        var result: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, keys.contains(scalar.string) else {
                fail(key, "unknown key '\(key.string ?? Self.kind(key))' in \(what); expected \(keys.joined(separator: ", "))")
                continue
            }
            result.append((scalar.string, key, value))
        }
        return result
    }

    /// The elements of the sequence `node`; anything else is reported.
    mutating func sequence(_ node: Node, _ what: String) -> [Node] {
        guard case .sequence(let sequence) = node else {
            fail(node, "\(what) must be a list, found \(Self.kind(node))")
            return []
        }
        return Array(sequence)
    }

    /// The text of the scalar `node`, trimmed; a missing or empty value, another kind of
    /// node, or a character of `forbidden` (which the data files give a meaning) is reported.
    mutating func string(_ node: Node, _ what: String, forbidding forbidden: String = "") -> String? {
        guard case .scalar(let scalar) = node, node.null == nil else {
            fail(node, "\(what) must be a text, found \(Self.kind(node))")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            fail(node, "\(what) is empty")
            return nil
        }
        let bad = text.filter { forbidden.contains($0) || $0.isNewline }
        if let c = bad.first {
            let shown = c == " " ? "a space" : c.isNewline ? "a line break ('>' folds lines into one)" : "'\(c)'"
            fail(node, "\(what) cannot hold \(shown), found '\(text)'")
            return nil
        }
        return text
    }

    /// The integer scalar `node`, which must lie in `range`.
    mutating func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string), range.contains(value) else {
            fail(node, "\(what) must be a severity from \(range.lowerBound) to \(range.upperBound), found \(Self.describe(node))")
            return nil
        }
        return value
    }

    /// What kind of node `node` is, for messages.
    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: node.null != nil ? "nothing" : "a text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        default: "an alias"
        }
    }

    /// `node` quoted when it is a scalar, else its kind.
    static func describe(_ node: Node) -> String {
        if case .scalar(let scalar) = node, node.null == nil { return "'\(scalar.string)'" }
        return kind(node)
    }
}
