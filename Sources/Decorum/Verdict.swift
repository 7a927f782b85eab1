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

    /// Whether the text breaks the guidelines (any decision but `allow`).
    public var isFlagged: Bool { decision != .allow }
}
