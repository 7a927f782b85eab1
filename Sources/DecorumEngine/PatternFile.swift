import DecorumText

/// One rule of a `patterns.txt` file, as written (before compilation).
public struct PatternRule: Sendable, Hashable {
    /// What a rule does with its matches.
    public enum Action: Sendable, Hashable {
        /// Each match is a finding of `category` at `severity`.
        case flag(Category, Severity)
        /// Each match is context: lexicon findings of these categories inside its span are
        /// dropped (reported abuse, "no insults" in a guideline, a quoted word).
        case suppress(Set<Category>)
    }

    /// The rule id, `LANG.NAME` (`en.threat.kill_you`).
    public var id: String
    /// The language whose texts the rule applies to.
    public var language: Language
    /// What a match does.
    public var action: Action
    /// Who the rule's matches are aimed at (`person`, `group`, `agent`…), for escalation
    /// records; nil when the rule does not say.
    public var target: String?
    /// Whether a negation (a word of class `NEGATION`) inside the match, or in the two
    /// tokens before it within its clause, cancels the match (`I would never hurt you`).
    public var negatable: Bool
    /// The patterns, definitions (`<NAME>`) expanded; any of them matching is a match.
    public var patterns: [String]
    /// The patterns as the file writes them, for explanations.
    public var writtenPatterns: [String] = []
    /// Texts the rule must match (`catch` lines).
    public var catches: [String]
    /// Near misses the rule must let pass (`pass` lines).
    public var passes: [String]
    /// Where the rule starts, `file:line`.
    public var location: String
}

/// A reference class of `classes.txt`: `name` holds the tokens of class `pronoun` that
/// follow, in a later sentence, a token of class `antecedent`.
struct PatternReference: Sendable, Hashable {
    var name: String
    var pronoun: String
    var antecedent: String
    var location: String

    /// Reads `{PRONOUN} after {ANTECEDENT}`; nil when the words are not that.
    init?(name: String, words: [String], location: String) {
        func className(_ word: String) -> String? {
            guard word.count > 2, word.first == "{", word.last == "}" else { return nil }
            return String(word.dropFirst().dropLast())
        }
        guard words.count == 3, words[1] == "after", let pronoun = className(words[0]), let antecedent = className(words[2]) else { return nil }
        (self.name, self.pronoun, self.antecedent, self.location) = (name, pronoun, antecedent, location)
    }
}

/// A parsed `classes.txt` or `patterns.txt` file.
///
/// `classes.txt`:
/// ```
/// @format decorum-classes 1
/// @language en
/// # CLASS         | words
/// SECOND_PERSON   | you u ya
/// VIOLENT_VERB    | kill murder stab
/// ```
/// A class may span several lines; words are single tokens (a word with an apostrophe,
/// such as `i'll`, is one token).
///
/// A *reference class* is written `NAME | {PRONOUN_CLASS} after {ANTECEDENT_CLASS}`: a
/// token is in it when it is in `PRONOUN_CLASS` and a token of `ANTECEDENT_CLASS` stands
/// in an earlier sentence of the same text (`They are vermin.` after `I met some
/// refugees.`), so that a rule can follow a pronoun back across a sentence end.
///
/// `patterns.txt`: rules, each a block of `key value` lines that starts with `rule NAME`:
/// ```
/// @format decorum-patterns 1
/// @language en
/// rule      threat.kill_you
/// category  threat
/// severity  4
/// target    person
/// negatable
/// pattern   {I_WILL} _{0,2} {VIOLENT_VERB} {SECOND_PERSON}
/// catch     I'll kill you
/// pass      kill the process
/// ```
/// `suppress insult, profanity` in place of `category`/`severity` makes a context rule.
/// Outside rules, `define NAME pattern` names a part that patterns after it use as
/// `<NAME>` (`define GROUP ({GROUP_NOUN} | {GROUP_ADJ} {PEOPLE})`).
struct PatternFile {
    var language: Language
    var classes: [(name: String, words: [String], location: String)] = []
    var references: [PatternReference] = []
    var rules: [PatternRule] = []

    static func parse(path: String, bytes: [UInt8], problems: inout [DataFileProblem]) -> PatternFile? {
        let isClasses = path.hasSuffix("classes.txt")
        let expectedFormat = isClasses ? "@format decorum-classes 1" : "@format decorum-patterns 1"
        let lines = LexiconFile.contentLines(path: path, bytes: bytes, problems: &problems, stripComment: stripComment)
        var header: [String] = []
        var file: PatternFile?
        var current: PatternRule?
        var sawAction = false
        var defines: [String: String] = [:]
        /// `value` with every `<NAME>` replaced by its definition, in parentheses.
        func expand(_ value: String, _ line: Int) -> String {
            var result = ""
            var rest = Substring(value)
            while let open = rest.firstIndex(of: "<") {
                result += rest[..<open]
                guard let close = rest[open...].firstIndex(of: ">") else { problem(line, "'<' is not closed"); return value }
                let name = String(rest[rest.index(after: open)..<close])
                guard let definition = defines[name] else { problem(line, "unknown definition <\(name)>"); return value }
                result += "(" + definition + ")"
                rest = rest[rest.index(after: close)...]
            }
            return result + rest
        }
        func problem(_ line: Int, _ message: String) { problems.append(DataFileProblem(file: path, line: line, message: message)) }
        func finish(_ line: Int) {
            guard let rule = current else { return }
            if rule.patterns.isEmpty { problem(line, "rule '\(rule.id)' has no pattern") }
            if !sawAction { problem(line, "rule '\(rule.id)' needs 'category' and 'severity', or 'suppress'") }
            if rule.catches.isEmpty { problem(line, "rule '\(rule.id)' has no 'catch' example") }
            file?.rules.append(rule)
            current = nil
        }
        for (number, line) in lines {
            if header.count < 2 {
                header.append(line)
                if header.count == 1, line != expectedFormat { problem(number, "expected '\(expectedFormat)'") ; return nil }
                if header.count == 2 {
                    guard line.hasPrefix("@language "), let language = Language(code: String(line.dropFirst(10)).trimmingWhitespace()) else {
                        problem(number, "expected '@language en|fr|de|es'")
                        return nil
                    }
                    if let folder = path.split(separator: "/").dropLast().last, String(folder) != language.rawValue {
                        problem(number, "@language \(language.rawValue) in the folder of '\(folder)'")
                    }
                    file = PatternFile(language: language)
                }
                continue
            }
            guard file != nil else { continue }
            if isClasses {
                let columns = line.split(separator: "|", maxSplits: 1).map { $0.trimmingWhitespace() }
                guard columns.count == 2, !columns[0].isEmpty, columns[0].allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                    problem(number, "expected 'CLASS | words' with CLASS in capitals, digits and '_'")
                    continue
                }
                let words = columns[1].split(separator: " ").map(String.init)
                if words.isEmpty { problem(number, "class '\(columns[0])' lists no word") }
                if words.first?.hasPrefix("{") == true {
                    guard let reference = PatternReference(name: columns[0], words: words, location: "\(path):\(number)") else {
                        problem(number, "expected 'CLASS | {PRONOUN_CLASS} after {ANTECEDENT_CLASS}'")
                        continue
                    }
                    file?.references.append(reference)
                    continue
                }
                file?.classes.append((columns[0], words, "\(path):\(number)"))
                continue
            }
            let (key, value) = Self.keyValue(line)
            if key == "define" {
                finish(number)
                let (name, definition) = Self.keyValue(value)
                guard !name.isEmpty, !definition.isEmpty else { problem(number, "expected 'define NAME pattern'"); continue }
                defines[name] = expand(definition, number)
                continue
            }
            if key == "rule" {
                finish(number)
                guard !value.isEmpty, !value.contains(" ") else { problem(number, "expected 'rule NAME'"); continue }
                current = PatternRule(
                    id: "\(file!.language.rawValue).\(value)", language: file!.language, action: .suppress([]), target: nil,
                    negatable: false, patterns: [], catches: [], passes: [], location: "\(path):\(number)")
                sawAction = false
                continue
            }
            guard current != nil else { problem(number, "'\(key)' outside a rule (a rule starts with 'rule NAME')"); continue }
            switch key {
            case "category":
                guard let category = Category(rawValue: value) else { problem(number, "unknown category '\(value)'"); continue }
                if case .flag(_, let severity) = current!.action { current!.action = .flag(category, severity) } else { current!.action = .flag(category, .mild) }
                sawAction = true
            case "severity":
                guard let n = Int(value), let severity = Severity(rawValue: n) else { problem(number, "severity is 1, 2, 3 or 4, not '\(value)'"); continue }
                guard case .flag(let category, _) = current!.action else { problem(number, "'severity' comes after 'category'"); continue }
                current!.action = .flag(category, severity)
            case "suppress":
                var categories = Set<Category>()
                for name in value.split(separator: ",") {
                    guard let category = Category(rawValue: name.trimmingWhitespace()) else { problem(number, "unknown category '\(name.trimmingWhitespace())'"); continue }
                    categories.insert(category)
                }
                current!.action = .suppress(categories)
                sawAction = !categories.isEmpty
            case "target": current!.target = value
            case "negatable": current!.negatable = true
            case "pattern":
                current!.patterns.append(expand(value, number))
                current!.writtenPatterns.append(value)
            case "catch": current!.catches.append(value)
            case "pass": current!.passes.append(value)
            default: problem(number, "unknown key '\(key)' (expected category, severity, suppress, target, negatable, pattern, catch or pass)")
            }
        }
        finish(bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })  // the line past the last one
        if file == nil { problem(0, "empty file; expected '\(expectedFormat)' and '@language xx'") }
        return file
    }

    /// The line without a `#` comment. A `#` inside a `catch`/`pass` text is kept only when
    /// it is not preceded by a space (`#1`); comments start with ` #` or at the line start.
    static func stripComment(_ line: Substring) -> Substring {
        if line.first == "#" { return "" }
        var previous: Character = "#"
        for index in line.indices {
            if line[index] == "#", previous == " " || previous == "\t" { return line[..<index] }
            previous = line[index]
        }
        return line
    }

    static func keyValue(_ line: String) -> (String, String) {
        guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (line, "") }
        return (String(line[..<space]), line[space...].trimmingWhitespace())
    }
}
