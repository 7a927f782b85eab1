import Decorum
import Foundation

/// What linting gave: findings (suppressed ones included) and the inputs that could not be read.
public struct LintReport: Sendable {
    /// Files read.
    public var files = 0
    /// Replies moderated.
    public var replies = 0
    /// Findings in file order, suppressed ones included.
    public var findings: [LintFinding] = []
    /// Inputs that could not be read or parsed, in input order.
    public var problems: [InputProblem] = []

    public init(problems: [InputProblem] = []) { self.problems = problems }

    /// The findings that stand (not suppressed).
    public var standing: [LintFinding] { findings.filter { $0.suppression == nil } }

    mutating func add(_ other: LintReport) {
        files += other.files
        replies += other.replies
        findings += other.findings
        problems += other.problems
    }
}

/// Lints canned replies: extracts the replies of each file, moderates them, maps each
/// finding back to its file's line and column, and applies suppressions. Immutable and
/// `Sendable`: files are linted in parallel.
public struct Linter: Sendable {
    let moderator: Moderator
    let config: LintConfig
    let forcedLanguage: Language?
    let csv: CSVReplyExtractor

    /// A linter; `forcedLanguage` overrides every other source of a reply's language.
    public init(moderator: Moderator, config: LintConfig = LintConfig(), forcedLanguage: Language? = nil,
                csv: CSVReplyExtractor = CSVReplyExtractor()) {
        self.moderator = moderator
        self.config = config
        self.forcedLanguage = forcedLanguage
        self.csv = csv
    }

    /// Lints the files and folders `paths` (the current folder when empty) with `jobs` threads.
    public func lint(paths: [String], jobs: Int) -> LintReport {
        let inputs = LintInputs.collect(paths, config: config)
        let reports = ParallelScan.map(inputs, jobs: jobs) { input in
            switch input {
            case .file(let path): lint(file: path)
            case .problem(let problem): LintReport(problems: [problem])
            }
        }
        var total = LintReport()
        for report in reports { total.add(report) }
        return total
    }

    /// Lints one file.
    public func lint(file path: String) -> LintReport {
        guard let bytes = try? FileBytes.read(path) else {
            return LintReport(problems: [InputProblem(path: path, message: "cannot read the file")])
        }
        return lint(bytes: bytes, path: path)
    }

    /// Lints the contents `bytes` of the file `path` (its format from its extension).
    public func lint(bytes: [UInt8], path: String) -> LintReport {
        var report = LintReport()
        guard let format = LintFormat(path: path) else {
            report.problems.append(InputProblem(path: path, message: "unknown format; decorum lint reads \(LintFormat.extensionList)"))
            return report
        }
        if let problem = TextCheck.problem(bytes, path: path) {
            report.problems.append(problem)
            return report
        }
        let source = SourceText(bytes.starts(with: TextCheck.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes)
        let replies: [Reply]
        do {
            // An empty file holds no replies, whatever its format says about emptiness.
            let empty = source.bytes.allSatisfy(ParagraphExtractor.isSpace)
            replies = empty ? [] : try format.extractor(path: path, csv: csv).replies(in: source)
            report.files = 1
        } catch {
            report.problems.append(InputProblem(path: path, position: source.position(of: error.offset), message: error.message))
            return report
        }
        report.replies = replies.count
        let markers = SuppressionMarker.all(in: source)
        let configLanguage = config.language(for: path)
        for reply in replies {
            let language = forcedLanguage ?? reply.language ?? configLanguage
            let verdict = moderator.moderate(reply.text, language: language)
            for finding in verdict.findings {
                let decision = moderator.policy.decision(for: finding.category, severity: finding.severity)
                guard decision != .allow else { continue }
                let start = source.position(of: reply.map.fileOffset(finding.start))
                let end = source.position(of: reply.map.fileEnd(finding.end))
                var lint = LintFinding(
                    path: path, start: start, end: end, key: reply.key, category: finding.category,
                    severity: finding.severity.rawValue, rule: finding.rule, text: finding.text, decision: decision,
                    language: verdict.language)
                if let marker = markers.first(where: { $0.reason != nil && $0.covers(line: start.line) }), let reason = marker.reason {
                    lint.suppression = .init(kind: .inSource, justification: reason, location: "\(path):\(marker.position.line)")
                } else if let entry = config.ignoreEntry(path: path, rule: finding.rule, category: finding.category) {
                    lint.suppression = .init(kind: .external, justification: entry.reason, location: entry.location)
                }
                report.findings.append(lint)
            }
        }
        for marker in markers where marker.reason == nil {
            var end = marker.position
            end.column += SuppressionMarker.word.count
            report.findings.append(LintFinding(
                path: path, start: marker.position, end: end, key: "", category: nil, severity: 0,
                rule: LintFinding.markerWithoutReason, text: SuppressionMarker.word, decision: .review, language: nil))
        }
        report.findings.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
        return report
    }
}

/// Tells text files from binary ones and UTF-8 from other encodings, before a file is read.
enum TextCheck {
    /// The UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Why `bytes` cannot be linted as UTF-8 text, or nil when they can.
    static func problem(_ bytes: [UInt8], path: String) -> InputProblem? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return InputProblem(path: path, message: "UTF-16 text: decorum lint reads UTF-8; convert the file (iconv -f UTF-16 -t UTF-8)")
        }
        if let zero = bytes.firstIndex(of: 0) {
            return InputProblem(path: path, position: SourceText(bytes).position(of: zero),
                                message: "binary file (a NUL byte here), not linted: canned replies are UTF-8 text")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let hex = JSONParser.describe(bytes[bad])
            return InputProblem(path: path, position: SourceText(bytes).position(of: bad),
                                message: "invalid UTF-8 (byte \(hex)), not linted: decorum lint reads UTF-8; is the file in another encoding such as Latin-1 or Windows-1252? Convert it (iconv -f WINDOWS-1252 -t UTF-8)")
        }
        return nil
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
