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
        let findings = Self.findings(data, tokenized, scope: scope)
        let decision = policy.decide(findings)
        return Verdict(
            decision: decision, language: guess.language, languageConfidence: guess.confidence,
            findings: findings,
            notice: data.notices.notice(for: decision, language: guess.language ?? guess.ranking.first),
            invalidUTF8: normalized.invalidUTF8,
            escalation: decision == .escalate ? Escalation(findings: findings, policy: policy, patterns: data.patterns) : nil)
    }

    /// The findings of the lexicons and of the pattern rules in `text`, deduplicated, less
    /// those that a context rule (reported abuse, a guideline quoting a word) covers.
    static func findings(_ data: DecorumData, _ text: TokenizedText, scope: LanguageScope) -> [Finding] {
        let fromLexicon = lexiconFindings(data.lexicon, text, scope: scope, patterns: data.patterns)
        var all: [Finding] = []
        var shields: [(range: Range<Int>, categories: Set<Category>)] = []
        for match in data.patterns.matches(in: text, scope: scope) {
            let rule = data.patterns.rules[match.rule]
            let range = text.text.sourceRange(of: match.scalars)
            switch rule.action {
            case .flag(let category, let severity):
                all.append(Finding(
                    category: category, severity: severity, rule: rule.id, source: range, in: text,
                    language: rule.language, pattern: match.pattern))
            case .suppress(let categories):
                shields.append((range, categories))
            }
        }
        // A pattern finding explains more than a lexicon phrase with the same span (its
        // rule names a target and a pattern), so it takes that phrase's place.
        let patternSpans = Set(all.map(\.categorySpan))
        all += fromLexicon.filter { !patternSpans.contains($0.categorySpan) }
        if !shields.isEmpty {
            all.removeAll { finding in
                shields.contains { $0.categories.contains(finding.category) && $0.range.contains(finding.range) }
            }
        }
        all += linkFindings(data.links, text)
        return deduplicated(widenedToLinks(all, text))
    }

    /// A finding for each link to a listed adult or shock site, with the link's span.
    static func linkFindings(_ list: LinkList, _ text: TokenizedText) -> [Finding] {
        text.links.compactMap { link in
            guard let site = list.site(forHost: LinkFinder.host(of: text.text.scalars[link])) else { return nil }
            return Finding(
                category: site.category, severity: site.severity, rule: "link.\(site.domain)",
                source: text.text.sourceRange(of: link), in: text, language: .en)
        }
    }

    /// `findings` with each span that lies inside a link widened to the whole link: a word
    /// of a URL's host or path stands for the link.
    ///
    /// - Complexity: O(f log l) for f findings and l links; each link's text is made once
    ///   and shared by its findings (a megabyte-long link holds thousands of them).
    static func widenedToLinks(_ findings: [Finding], _ text: TokenizedText) -> [Finding] {
        guard !text.links.isEmpty else { return findings }
        // Links are in text order and do not overlap: the one that may hold a finding is
        // the last that starts at or before it.
        let spans = text.links.map { text.text.sourceRange(of: $0) }
        var linkTexts: [Int: String] = [:]
        return findings.map { finding in
            var low = 0, high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle].lowerBound <= finding.start { low = middle + 1 } else { high = middle }
            }
            guard low > 0, spans[low - 1].contains(finding.range), spans[low - 1] != finding.range else { return finding }
            let link = spans[low - 1]
            var widened = finding
            (widened.start, widened.end) = (link.lowerBound, link.upperBound)
            if linkTexts[low - 1] == nil { linkTexts[low - 1] = text.text.sourceText(link) }
            widened.text = linkTexts[low - 1] ?? ""
            return widened
        }
    }

    /// The lexicon's findings in `text`, less threat phrases that a negation just before
    /// cancels ("I would never … I will kill you" is not one, "nunca te voy a matar" is).
    static func lexiconFindings(_ lexicon: Lexicon, _ text: TokenizedText, scope: LanguageScope, patterns: PatternSet) -> [Finding] {
        var layout: TextLayout?
        return lexicon.matches(in: text, scope: scope).compactMap { match in
            let entry = lexicon.entries[match.entry]
            if entry.category == .threat {
                if layout == nil { layout = TextLayout(text) }
                if patterns.isNegated(match.scalars, language: entry.language, in: text, layout: layout!) { return nil }
            }
            return Finding(
                category: entry.category, severity: entry.severity, rule: entry.id,
                source: text.text.sourceRange(of: match.scalars), in: text, language: entry.language)
        }
    }
}

extension Finding {
    /// A finding of the original text's UTF-8 byte range `source` (half-open) of `text`.
    init(
        category: Category, severity: Severity, rule: String, source: Range<Int>, in text: TokenizedText,
        language: Language, pattern: Int? = nil
    ) {
        self.init(
            category: category, severity: severity, rule: rule, start: source.lowerBound, end: source.upperBound,
            text: text.text.sourceText(source), language: language, pattern: pattern)
    }

    /// What makes two findings the same claim about the text: category and span.
    fileprivate var categorySpan: CategorySpan { CategorySpan(category: category, start: start, end: end) }
}

/// A category and a span of the original text (UTF-8 byte offsets, half-open).
private struct CategorySpan: Hashable {
    var category: Category
    var start: Int
    var end: Int
}
