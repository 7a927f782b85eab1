import DecorumText

/// Runs the words of a dictionary through the lexicons, to find innocent words that
/// would be flagged (the Scunthorpe problem).
///
/// A dictionary word flagged because it is a written form of an entry of the
/// dictionary's language (`connard` in French), or listed in a `reviewed.txt` file
/// (`Vollidiot`, a true insult found through the compound part `Idiot`), is *reviewed*:
/// a lexicon writer looked at it. Any other flagged word (through a compound part, a repeat or leet reading, or an
/// entry of another language) is a *hit*: it must be allowlisted if innocent, or listed
/// as an entry if it is a true obscenity.
public struct DictionaryCheck: Sendable {
    /// A dictionary word that the lexicons flag.
    public struct Flagged: Sendable, Hashable {
        /// The word as the dictionary writes it.
        public var word: String
        /// The rules that match it.
        public var rules: [String]
        /// Whether the word is a written form of an entry of the dictionary's language, or
        /// a reviewed word.
        public var reviewed: Bool
    }

    let lexicon: Lexicon
    let normalizer = Normalizer()
    let tokenizer: Tokenizer

    /// A check against `lexicon`.
    /// - Throws: `TextError` if ICU is unusable.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        tokenizer = try Tokenizer()
    }

    /// The verdict on one dictionary word of `language`; nil when nothing matches.
    public func check(_ word: String, language: Language) -> Flagged? {
        let tokenized = tokenizer.tokenize(normalizer.normalize(word), language: language)
        let matches = lexicon.matches(in: tokenized, scope: .given(language))
        guard !matches.isEmpty else { return nil }
        let listed = lexicon.reviewed.contains(AddressCues.key(tokenized.tokens))
        var tokens = tokenized.tokens
        // An English possessive (`shit's`) is its word.
        if language == .en, let last = tokens.last, last.folded.count > 2, last.folded.suffix(2) == [0x27, 0x73] {
            let stem = tokenizer.tokenize(normalizer.normalize(String(word.dropLast(2))), language: language).tokens
            if stem.count == tokens.count { tokens = stem }
        }
        let whole = (tokens.first?.range.lowerBound ?? 0)..<(tokens.last?.range.upperBound ?? 0)
        let reviewed = listed || matches.contains { match in
            lexicon.entries[match.entry].language == language && match.scalars.lowerBound == whole.lowerBound
                && lexicon.isWrittenForm(tokens, of: match.entry)
        }
        var rules: [String] = []
        for match in matches where !rules.contains(lexicon.entries[match.entry].id) {
            rules.append(lexicon.entries[match.entry].id)
        }
        return Flagged(word: word, rules: rules, reviewed: reviewed)
    }
}
