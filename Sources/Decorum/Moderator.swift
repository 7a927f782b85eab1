import DecorumText

/// Applies the communication guidelines to texts: the library's entry point.
///
/// ```swift
/// let moderator = try Moderator(policy: .standard)
/// let verdict = moderator.moderate("Espèce de c0nnard !")
/// verdict.decision            // .close
/// verdict.findings[0].rule    // "fr.insult.connard"
/// verdict.findings[0].range   // 11..<18, UTF-8 offsets of "c0nnard"
/// ```
///
/// A moderator is immutable and `Sendable`: share one across threads.
public struct Moderator: Sendable {
    /// The policy that turns findings into decisions.
    public let policy: Policy
    /// The lexicons, identifier and notices in use.
    public let data: DecorumData
    private let normalizer = Normalizer()
    private let tokenizer: Tokenizer

    /// A moderator with the data compiled into Decorum.
    /// - Throws: `DataFileError` if that data is broken, `TextError` if ICU is unusable.
    public init(policy: Policy = .standard) throws {
        try self.init(policy: policy, data: DecorumData.bundled())
    }

    /// A moderator with the given data.
    /// - Throws: `TextError` if ICU is unusable.
    public init(policy: Policy, data: DecorumData) throws {
        self.policy = policy
        self.data = data
        self.tokenizer = try Tokenizer()
    }

    /// Moderates one text.
    /// - Parameters:
    ///   - text: what a customer or agent wrote.
    ///   - language: the text's language if known; otherwise it is identified.
    public func moderate(_ text: String, language: Language? = nil) -> Verdict {
        var copy = text
        return copy.withUTF8 { moderate(utf8: $0, language: language) }
    }

    /// Moderates one text given as UTF-8 bytes, which may be invalid (invalid sequences
    /// are replaced for matching and reported in `Verdict.invalidUTF8`).
    public func moderate(utf8 bytes: UnsafeBufferPointer<UInt8>, language: Language? = nil) -> Verdict {
        let normalized = normalizer.normalize(utf8: bytes)
        let guess: LanguageGuess
        let scope: LanguageScope
        if let language {
            guess = LanguageGuess(language: language, confidence: 1, ranking: [language])
            scope = .given(language)
        } else {
            guess = data.identifier.identify(normalized)
            scope = LanguageScope(guess)
        }
        let tokenized = tokenizer.tokenize(normalized, language: guess.language)
        let findings = Self.findings(data.lexicon, tokenized, scope: scope)
        let decision = policy.decide(findings)
        return Verdict(
            decision: decision, language: guess.language, languageConfidence: guess.confidence,
            findings: findings,
            notice: data.notices.notice(for: decision, language: guess.language ?? guess.ranking.first),
            invalidUTF8: normalized.invalidUTF8)
    }

    /// The lexicon's findings in `text`, in text order, without a finding that a graver
    /// or equal finding's span already contains, nor one with the same span and category
    /// as a graver one (`f*ck` read as `fuck` and as `feck`), nor one whose span holds a
    /// graver finding of its category (`a m o t h e r f u c k e r` is a motherfucker
    /// after a one-letter word, not an `amotherfucker`).
    static func findings(_ lexicon: Lexicon, _ text: TokenizedText, scope: LanguageScope) -> [Finding] {
        var all: [Finding] = lexicon.matches(in: text, scope: scope).map { match in
            let entry = lexicon.entries[match.entry]
            let range = text.text.sourceRange(of: match.scalars)
            return Finding(
                category: entry.category, severity: entry.severity, rule: entry.id,
                start: range.lowerBound, end: range.upperBound, text: text.text.sourceText(range),
                language: entry.language)
        }
        all.sort { ($0.start, -$0.end, -$0.severity.rawValue, $0.rule) < ($1.start, -$1.end, -$1.severity.rawValue, $1.rule) }
        let kept = all.enumerated().filter { (index, f) in
            !all.enumerated().contains { (other, g) in
                guard other != index, g.start <= f.start, g.end >= f.end else { return false }
                if (g.start, g.end) != (f.start, f.end) { return g.severity >= f.severity }
                return g.category == f.category && other < index
            }
        }.map(\.element)
        return kept.filter { f in
            !kept.contains { g in
                g.category == f.category && g.severity > f.severity && f.start <= g.start && g.end <= f.end
            }
        }
    }
}
