import DecorumText

/// Customer-facing messages for `close` and `escalate`, per language.
///
/// Read from `Lexicons/notices.txt`: a header `@format decorum-notices 1`, then lines
/// `LANGUAGE DECISION | text` (`fr close | Votre demande…`), `#` comments allowed.
public struct Notices: Sendable, Hashable {
    /// The templates by language and decision.
    public var templates: [Language: [Decision: String]]

    /// Notices from a table.
    public init(templates: [Language: [Decision: String]]) { self.templates = templates }

    /// The notice for `decision` in `language`, falling back to English; nil for
    /// `allow` and `review`, which the customer is not told about.
    public func notice(for decision: Decision, language: Language?) -> String? {
        guard decision >= .close else { return nil }
        return templates[language ?? .en]?[decision] ?? templates[.en]?[decision]
    }

    /// These notices with every template of `other` in place of the same language's and
    /// decision's.
    public func replacing(with other: Notices) -> Notices {
        var merged = templates
        for (language, byDecision) in other.templates {
            merged[language, default: [:]].merge(byDecision) { _, new in new }
        }
        return Notices(templates: merged)
    }

    /// Parses a notices file.
    /// - Throws: `DataFileError` naming each bad line.
    public init(path: String, bytes: [UInt8]) throws {
        var problems: [DataFileProblem] = []
        var templates: [Language: [Decision: String]] = [:]
        let text = String(decoding: bytes, as: UTF8.self)
        var sawHeader = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader {
                guard line == "@format decorum-notices 1" else {
                    problems.append(DataFileProblem(file: path, line: number, message: "expected '@format decorum-notices 1'"))
                    break
                }
                sawHeader = true
                continue
            }
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingWhitespace() }
            let key = parts.first?.split(separator: " ").map(String.init) ?? []
            guard parts.count == 2, key.count == 2, let language = Language(rawValue: key[0]),
                let decision = Decision(rawValue: key[1]), decision >= .close, !parts[1].isEmpty
            else {
                problems.append(DataFileProblem(file: path, line: number, message: "expected 'LANGUAGE close|escalate | text'"))
                continue
            }
            templates[language, default: [:]][decision] = parts[1]
        }
        if !sawHeader && problems.isEmpty {
            problems.append(DataFileProblem(file: path, line: 0, message: "empty notices file"))
        }
        guard problems.isEmpty else { throw DataFileError(problems: problems) }
        self.templates = templates
    }
}
