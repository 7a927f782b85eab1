import DecorumText

/// The parsed content of one data file under `Lexicons/`.
///
/// The formats are specified in `Lexicons/README.md`.
struct LexiconFile {
    enum Kind: String {
        case lexicon = "decorum-lexicon", allowlist = "decorum-allowlist", inflections = "decorum-inflections"
        case address = "decorum-address"
        case reviewed = "decorum-reviewed"
    }

    /// One entry line before inflection.
    struct EntryLine {
        var term: String
        var category: Category
        var severity: Severity
        var flags: [String]
        var line: Int
    }

    /// One inflection group: the ending to replace and the forms replacing it.
    struct InflectionGroup {
        var ending: String
        var forms: [(prefix: String, suffix: String)]
    }

    var path: String
    var kind: Kind
    var language: Language
    var entries: [EntryLine] = []
    var allowed: [(word: String, line: Int)] = []
    var groups: [String: InflectionGroup] = [:]
    /// Address cues, modifiers and objects (`address.txt`).
    var address: [(kind: AddressKind, phrase: String, line: Int)] = []

    /// The kinds of lines of `address.txt`.
    enum AddressKind: String { case cue, modifier, object }

    static let formatVersion = "1"

    /// Parses `bytes` read from `path`; every problem is appended to `problems`.
    /// Returns nil when the header cannot be read (nothing else can then be).
    static func parse(path: String, bytes: [UInt8], problems: inout [DataFileProblem]) -> LexiconFile? {
        func problem(_ line: Int, _ message: String) {
            problems.append(DataFileProblem(file: path, line: line, message: message))
        }
        let content = contentLines(path: path, bytes: bytes, problems: &problems)
        guard content.count >= 2 else {
            problem(content.first?.0 ?? 1, "missing header: expected '@format KIND 1' and '@language xx'")
            return nil
        }
        let formatWords = content[0].1.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard formatWords.count == 3, formatWords[0] == "@format", let kind = Kind(rawValue: formatWords[1]) else {
            problem(content[0].0, "expected '@format decorum-lexicon 1' (or decorum-allowlist, decorum-inflections, decorum-address, decorum-reviewed), found '\(content[0].1)'")
            return nil
        }
        guard formatWords[2] == formatVersion else {
            problem(content[0].0, "unsupported format version '\(formatWords[2])'; this Decorum reads version \(formatVersion)")
            return nil
        }
        let languageWords = content[1].1.split(separator: " ").map(String.init)
        guard languageWords.count == 2, languageWords[0] == "@language", let language = Language(rawValue: languageWords[1]) else {
            problem(content[1].0, "expected '@language en|fr|de|es', found '\(content[1].1)'")
            return nil
        }
        var file = LexiconFile(path: path, kind: kind, language: language)
        for (line, text) in content.dropFirst(2) {
            if text.hasPrefix("@") {
                problem(line, "unknown directive '\(text)'")
                continue
            }
            switch kind {
            case .lexicon: file.parseEntry(text, line: line, problem: problem)
            case .allowlist, .reviewed:
                if text.contains("|") || text.contains(" ") {
                    problem(line, "\(kind == .allowlist ? "an allowlist" : "a reviewed-words") line holds one word, found '\(text)'")
                } else {
                    file.allowed.append((text, line))
                }
            case .inflections: file.parseGroup(text, line: line, problem: problem)
            case .address: file.parseAddress(text, line: line, problem: problem)
            }
        }
        return file
    }

    /// The lines of a data file that hold something, as (1-based number, text without its
    /// comment, trimmed): a UTF-8 byte-order mark and CR line ends are allowed; a line that is
    /// not UTF-8 text is reported and left out. `stripComment` cuts a line's comment off
    /// (by default everything from the first `#`).
    static func contentLines(
        path: String, bytes: [UInt8], problems: inout [DataFileProblem],
        stripComment: (Substring) -> Substring = { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" }
    ) -> [(line: Int, text: String)] {
        var content: [(line: Int, text: String)] = []
        var lineNumber = 0
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var lineBytes = Array(rawLine)
            if lineNumber == 1, lineBytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineBytes.removeFirst(3) }
            if lineBytes.last == 0x0D { lineBytes.removeLast() }
            guard let text = String(validating: lineBytes, as: UTF8.self) else {
                problems.append(DataFileProblem(file: path, line: lineNumber, message: "invalid UTF-8; data files must be UTF-8 text"))
                continue
            }
            if text.contains("\u{0}") {
                problems.append(DataFileProblem(file: path, line: lineNumber, message: "NUL character; data files must be text"))
                continue
            }
            let trimmed = stripComment(Substring(text)).trimmingWhitespace()
            if !trimmed.isEmpty { content.append((lineNumber, trimmed)) }
        }
        return content
    }

    private mutating func parseEntry(_ text: String, line: Int, problem: (Int, String) -> Void) {
        let columns = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard columns.count == 4 else {
            problem(line, "expected 4 columns 'term | category | severity | flags', found \(columns.count)")
            return
        }
        let term = columns[0].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !term.isEmpty else { problem(line, "empty term"); return }
        guard let category = Category(rawValue: columns[1]) else {
            problem(line, "unknown category '\(columns[1])'; expected one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
            return
        }
        guard let value = Int(columns[2]), let severity = Severity(rawValue: value) else {
            problem(line, "severity must be 1, 2, 3 or 4, found '\(columns[2])'")
            return
        }
        let flags = columns[3].split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        entries.append(EntryLine(term: term, category: category, severity: severity, flags: flags, line: line))
    }

    private mutating func parseAddress(_ text: String, line: Int, problem: (Int, String) -> Void) {
        let columns = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard columns.count == 2 else {
            problem(line, "expected 2 columns 'cue | words', 'modifier | words' or 'object | word', found \(columns.count)")
            return
        }
        let phrase = columns[1].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !phrase.isEmpty else { problem(line, "empty cue"); return }
        guard let kind = AddressKind(rawValue: columns[0]) else {
            problem(line, "unknown kind '\(columns[0])'; expected 'cue', 'modifier' or 'object'")
            return
        }
        if kind == .object && phrase.contains(" ") { problem(line, "an object is one word, found '\(phrase)'"); return }
        address.append((kind, phrase, line))
    }

    private mutating func parseGroup(_ text: String, line: Int, problem: (Int, String) -> Void) {
        let columns = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard columns.count == 3 else {
            problem(line, "expected 3 columns 'group | ending | forms', found \(columns.count)")
            return
        }
        let name = columns[0]
        guard !name.isEmpty, !name.contains(" ") else { problem(line, "group name must be one word, found '\(name)'"); return }
        guard groups[name] == nil else { problem(line, "inflection group '\(name)' is defined twice"); return }
        var forms: [(String, String)] = []
        for spec in columns[2].split(separator: " ") {
            let parts = spec.split(separator: "~", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2 else { problem(line, "form '\(spec)' has more than one '~'"); return }
            let suffix = parts.last == "." ? "" : parts.last!
            forms.append((parts.count == 2 ? parts[0] : "", suffix))
        }
        guard !forms.isEmpty else { problem(line, "inflection group '\(name)' has no forms"); return }
        groups[name] = InflectionGroup(ending: columns[1], forms: forms)
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
