import DecorumText

/// What Decorum says about one text: the decision, and every finding behind it.
public struct Verdict: Sendable, Hashable {
    /// What to do with the text.
    public var decision: Decision
    /// The language used for matching: the caller's, or the identified one (nil: unknown).
    public var language: Language?
    /// How sure the identifier was (1 when the caller gave the language).
    public var languageConfidence: Double
    /// The findings, in text order.
    public var findings: [Finding]
    /// The message for the customer, in the text's language, for `close` and `escalate`.
    public var notice: String?
    /// Byte ranges of invalid UTF-8 in the input (replaced before matching).
    public var invalidUTF8: [Range<Int>]

    /// For `escalate`: what to hand to security or legal; nil otherwise.
    public var escalation: Escalation? = nil

    /// Whether the text breaks the guidelines (any decision but `allow`).
    public var isFlagged: Bool { decision != .allow }
}

/// The record kept when a text is escalated: how grave, at whom, and the evidence.
public struct Escalation: Sendable, Hashable {
    /// The gravest severity among the escalating findings.
    public var severity: Severity
    /// Who the threat is aimed at (`person`, `agent`, `group`…), when a rule tells.
    public var target: String?
    /// The findings that escalate, in text order (their spans are the evidence: UTF-8 byte
    /// offsets into the original text, half-open).
    public var evidence: [Finding]

    /// The record for `findings` under `policy`: the findings whose own decision is
    /// `escalate`, and the target named by the first pattern rule among them that names one.
    public init(findings: [Finding], policy: Policy, patterns: PatternSet) {
        evidence = findings.filter { policy.decision(for: $0.category, severity: $0.severity) == .escalate }
        severity = evidence.map(\.severity).max() ?? .severe
        target = evidence.lazy.compactMap { patterns.rule(id: $0.rule)?.target }.first
    }
}
