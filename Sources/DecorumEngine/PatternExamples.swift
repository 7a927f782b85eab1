import DecorumText

/// Runs the examples that pattern rules carry: each `catch` text must match its rule; no
/// `pass` text may end with a finding of its rule.
public enum PatternExamples {
    /// One example that does not behave as its rule says.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// The rule's id.
        public var rule: String
        /// Where the rule is, `file:line`.
        public var location: String
        /// The example text.
        public var text: String
        /// Whether the text should have matched (`catch`) or not (`pass`).
        public var shouldMatch: Bool

        public var description: String {
            "\(location): rule \(rule) \(shouldMatch ? "misses its catch example" : "matches its pass example") \"\(text)\""
        }
    }

    /// Every example of every rule in `data` that fails.
    /// - Throws: `TextError` if ICU is unusable.
    public static func failures(in data: DecorumData) throws -> [Failure] {
        let normalizer = Normalizer()
        let tokenizer = try Tokenizer()
        var failures: [Failure] = []
        for (index, rule) in data.patterns.rules.enumerated() {
            let examples = rule.catches.map { ($0, true) } + rule.passes.map { ($0, false) }
            for (text, shouldMatch) in examples {
                let tokenized = tokenizer.tokenize(normalizer.normalize(text), language: rule.language)
                let scope = LanguageScope.given(rule.language)
                let matched = data.patterns.matches(in: tokenized, scope: scope).contains { $0.rule == index }
                // A near miss passes when no finding of the rule is left in the verdict (a
                // context rule may cover it); a suppressing rule must not match at all.
                let leftInVerdict: Bool
                if case .flag = rule.action {
                    leftInVerdict = Moderator.findings(data, tokenized, scope: scope).contains { $0.rule == rule.id }
                } else {
                    leftInVerdict = matched
                }
                if shouldMatch ? !matched : leftInVerdict {
                    failures.append(Failure(rule: rule.id, location: rule.location, text: text, shouldMatch: shouldMatch))
                }
            }
        }
        return failures
    }
}
