/// Which findings lead to which decision.
///
/// A policy maps each category and severity to a decision; a text's decision is the
/// gravest over its findings (`allow` without findings). Whatever the table says,
/// threats at severity 3 or 4 (threats of physical violence) always `escalate`.
public struct Policy: Sendable, Hashable {
    /// The policy's name (`standard`, or the file it came from).
    public var name: String
    /// For each category, the decisions for severities 1, 2, 3 and 4.
    public var table: [Category: [Decision]]

    /// A policy from a table; categories it leaves out get `review` at every severity.
    public init(name: String, table: [Category: [Decision]]) {
        self.name = name
        self.table = table
    }

    /// The decision for one finding of `category` at `severity`.
    public func decision(for category: Category, severity: Severity) -> Decision {
        if category == .threat && severity >= .strong { return .escalate }
        guard let row = table[category], row.count == 4 else { return .review }
        return row[severity.rawValue - 1]
    }

    /// The gravest decision over `findings`; `allow` when there are none.
    public func decide(_ findings: [Finding]) -> Decision {
        findings.map { decision(for: $0.category, severity: $0.severity) }.max() ?? .allow
    }

    /// Any obscenity closes; mild abuse too.
    public static let strict = Policy(name: "strict", table: [
        .profanity: [.review, .close, .close, .close],
        .insult: [.close, .close, .close, .close],
        .sexual: [.close, .close, .close, .close],
        .harassment: [.close, .close, .close, .close],
        .hate: [.close, .close, .close, .close],
        .threat: [.close, .close, .escalate, .escalate],
    ])

    /// Abuse aimed at a person, hate and sexual content close; mild undirected swearing
    /// goes to review.
    public static let standard = Policy(name: "standard", table: [
        .profanity: [.review, .review, .close, .close],
        .insult: [.review, .close, .close, .close],
        .sexual: [.review, .close, .close, .close],
        .harassment: [.review, .close, .close, .close],
        .hate: [.close, .close, .close, .close],
        .threat: [.review, .close, .escalate, .escalate],
    ])

    /// Mild swearing passes; strong language is reviewed; abuse, hate and threats close.
    public static let lenient = Policy(name: "lenient", table: [
        .profanity: [.allow, .allow, .review, .close],
        .insult: [.allow, .review, .close, .close],
        .sexual: [.allow, .review, .close, .close],
        .harassment: [.review, .review, .close, .close],
        .hate: [.review, .close, .close, .close],
        .threat: [.review, .review, .escalate, .escalate],
    ])

    /// The built-in presets by name.
    public static let presets: [String: Policy] = ["strict": strict, "standard": standard, "lenient": lenient]
}
