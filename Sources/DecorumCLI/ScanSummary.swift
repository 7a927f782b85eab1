import Decorum

/// The counts of a scan, printed on standard error at the end:
///
/// ```
/// decorum scan: 1200 records, 2 errors, 1 input not read
///   decisions: allow 1100, review 61, close 36, escalate 1
///   categories: profanity 70, insult 25, threat 2
///   languages: en 800, fr 250, de 100, es 48
/// ```
///
/// `decisions` counts every decision, even at 0; `categories` counts the records with at
/// least one finding of the category (so a record may count under several); `languages`
/// counts the records by the language used for matching (`unknown` when it could not be
/// told), most frequent first. Error records count as records and as errors, not as
/// decisions. An input not read is a file that could not be opened, or a CSV file
/// without its text column.
struct ScanSummary {
    /// Records read, error records included.
    var records = 0
    /// Records that could not be read (error records).
    var errors = 0
    /// Inputs that could not be read at all.
    var unreadableInputs = 0
    /// Verdicts by decision.
    var decisions: [Decision: Int] = [:]
    /// Verdicts with at least one finding of each category.
    var categories: [Category: Int] = [:]
    /// Verdicts by language code (`unknown`).
    var languages: [String: Int] = [:]

    /// Counts one record's outcome.
    mutating func add(_ outcome: ScanOutcome) {
        records += 1
        guard let verdict = outcome.verdict else { errors += 1; return }
        decisions[verdict.decision, default: 0] += 1
        languages[verdict.language?.rawValue ?? "unknown", default: 0] += 1
        for category in Set(verdict.findings.map(\.category)) { categories[category, default: 0] += 1 }
    }

    /// The summary's lines, each ending with a line break.
    func render() -> String {
        var lines = ["decorum scan: \(Self.count(records, "record")), \(Self.count(errors, "error"))"
            + (unreadableInputs > 0 ? ", \(Self.count(unreadableInputs, "input")) not read" : "")]
        lines.append("  decisions: " + Decision.allCases.map { "\($0.rawValue) \(decisions[$0] ?? 0)" }.joined(separator: ", "))
        if !categories.isEmpty {
            lines.append("  categories: " + Category.allCases.compactMap { c in categories[c].map { "\(c.rawValue) \($0)" } }.joined(separator: ", "))
        }
        if !languages.isEmpty {
            lines.append("  languages: " + languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1 record`, `2 records`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
