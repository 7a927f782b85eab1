import Decorum
import Yams

/// The settings of `.decorum.yml`, the lint configuration a repository keeps at its root.
///
/// ```yaml
/// include: ["replies/**"]          # globs of files to lint when walking folders
/// exclude: ["replies/legacy/"]     # globs never linted
/// policy: standard                 # strict, standard or lenient
/// fail-on: review                  # review, close or escalate
/// languages:                       # glob: language, for files that do not say
///   "replies/fr/**": fr
/// ignore:                          # findings accepted on purpose
///   - path: "replies/quotes/*.md"
///     rule: en.profanity.damn      # a rule id, or a category (profanity, insult…)
///     reason: quoted customer words, reviewed by legal
/// ```
///
/// Every key is optional. Unknown keys and bad values are errors naming `file:line`.
public struct LintConfig: Sendable {
    /// One `ignore:` entry.
    public struct Ignore: Sendable, Hashable {
        /// The files it covers.
        public var path: Glob
        /// The rule id or category it covers.
        public var rule: String
        /// Why the findings are accepted.
        public var reason: String
        /// Where the entry is written (`.decorum.yml:12`).
        public var location: String
    }

    /// Globs of the files to lint when walking folders (all known formats when empty).
    public var include: [Glob] = []
    /// Globs of files never linted.
    public var exclude: [Glob] = []
    /// The policy preset's name.
    public var policy: String?
    /// The `fail-on` decision.
    public var failOn: Decision?
    /// Languages by glob, first match wins.
    public var languages: [(Glob, Language)] = []
    /// Accepted findings.
    public var ignore: [Ignore] = []

    public init() {}

    /// The keys `.decorum.yml` knows.
    static let keys = ["include", "exclude", "policy", "fail-on", "languages", "ignore"]

    /// The language `languages:` gives `path`, if any.
    public func language(for path: String) -> Language? {
        languages.first { $0.0.matches(path) }?.1
    }

    /// The `ignore:` entry that covers a finding of `rule` and `category` in `path`, if any.
    public func ignoreEntry(path: String, rule: String, category: Category) -> Ignore? {
        ignore.first { ($0.rule == rule || $0.rule == category.rawValue || $0.rule == "*") && $0.path.matches(path) }
    }

    /// Reads `text`, the contents of the file `file`.
    /// - Throws: `CLIError.usage` naming `file:line` for bad YAML, unknown keys and bad values.
    public static func parse(_ text: String, file: String) throws -> LintConfig {
        func fail(_ node: Node?, _ message: String) -> CLIError {
            .usage("\(file):\(node?.mark?.line ?? 1): \(message)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let problem = YAMLReplyExtractor.extractionError(error, SourceText(Array(text.utf8)))
            let position = SourceText(Array(text.utf8)).position(of: problem.offset)
            throw CLIError.usage("\(file):\(position.line): \(problem.message)")
        }
        var config = LintConfig()
        guard let root else { return config }
        guard case .mapping(let mapping) = root else { throw fail(root, "expected a mapping of settings (\(keys.joined(separator: ", ")))") }
        func string(_ node: Node, _ what: String) throws -> String {
            guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be a string") }
            return scalar.string
        }
        func globs(_ node: Node, _ key: String) throws -> [Glob] {
            if case .scalar = node { return [Glob(try string(node, key))] }
            guard case .sequence(let items) = node else { throw fail(node, "\(key) must be a list of globs") }
            return try items.map { Glob(try string($0, "each glob of \(key)")) }
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "include": config.include = try globs(value, key)
            case "exclude": config.exclude = try globs(value, key)
            case "policy":
                let name = try string(value, key)
                guard Policy.presets[name] != nil else { throw fail(value, "unknown policy '\(name)'; expected strict, standard or lenient") }
                config.policy = name
            case "fail-on":
                let name = try string(value, key)
                guard let decision = Decision(rawValue: name), decision != .allow else {
                    throw fail(value, "fail-on takes review, close or escalate, not '\(name)'")
                }
                config.failOn = decision
            case "languages":
                guard case .mapping(let pairs) = value else { throw fail(value, "languages must map globs to en, fr, de or es") }
                for (glob, code) in pairs {
                    let name = try string(code, "a language")
                    guard let language = Language(code: name) else { throw fail(code, "unsupported language '\(name)'; expected en, fr, de or es") }
                    config.languages.append((Glob(try string(glob, "a glob")), language))
                }
            case "ignore":
                guard case .sequence(let entries) = value else { throw fail(value, "ignore must be a list of {path, rule, reason} entries") }
                for entry in entries {
                    guard case .mapping(let fields) = entry else { throw fail(entry, "each ignore entry must be a mapping with path, rule and reason") }
                    var values: [String: String] = [:]
                    for (name, field) in fields {
                        let fieldName = name.string ?? ""
                        guard ["path", "rule", "reason"].contains(fieldName) else {
                            throw fail(name, "unknown key '\(fieldName)' in an ignore entry; expected path, rule and reason")
                        }
                        values[fieldName] = try string(field, fieldName)
                    }
                    for needed in ["path", "rule", "reason"] where (values[needed] ?? "").trimmingWhitespace().isEmpty {
                        throw fail(entry, "an ignore entry needs a non-empty \(needed)")
                    }
                    config.ignore.append(Ignore(path: Glob(values["path"]!), rule: values["rule"]!, reason: values["reason"]!,
                                                location: "\(file):\(entry.mark?.line ?? 1)"))
                }
            default:
                throw fail(keyNode, "unknown key '\(key)'; expected \(keys.joined(separator: ", "))")
            }
        }
        return config
    }
}
