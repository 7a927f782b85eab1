import DecorumText

/// One thing in a text that breaks the guidelines, with where it is in the original.
public struct Finding: Sendable, Hashable, Codable {
    /// What the finding breaks.
    public var category: Category
    /// How grave it is.
    public var severity: Severity
    /// The rule or lexicon entry id (`fr.insult.connard`).
    public var rule: String
    /// The original text's UTF-8 byte offset where the finding starts (inclusive).
    public var start: Int
    /// The original text's UTF-8 byte offset where the finding ends (exclusive).
    public var end: Int
    /// The original text of `start..<end`.
    public var text: String
    /// The language of the rule that matched.
    public var language: Language
    /// For a pattern rule's finding, which of its patterns matched (an index into
    /// `PatternRule.patterns`); nil for lexicon and link findings.
    public var pattern: Int? = nil

    /// The half-open UTF-8 byte range `start..<end` in the original text.
    public var range: Range<Int> { start..<end }
}
