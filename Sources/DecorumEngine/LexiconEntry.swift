import DecorumText

/// One line of a lexicon: a word or phrase, what it breaks, and how it matches.
public struct LexiconEntry: Sendable, Hashable {
    /// To which texts an entry applies, by their language.
    public enum Scope: String, Sendable, Hashable {
        /// Texts in the entry's language, and texts whose language is unknown.
        case language
        /// Texts in any language (`fuck` in a French ticket).
        case common
        /// Only texts known to be in the entry's language (French `bite`, German `Mist`).
        case bound
    }

    /// Where else than as a whole word a single-word term matches; empty: whole words only.
    public struct CompoundMatch: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// As the first part of a longer word (`Arsch` in `Arschgesicht`).
        public static let prefix = CompoundMatch(rawValue: 1)
        /// As the last part of a longer word (`Idiot` in `Vollidiot`).
        public static let suffix = CompoundMatch(rawValue: 2)
        /// Anywhere inside a longer word.
        public static let infix = CompoundMatch(rawValue: 4)
    }

    /// The rule id reported with findings (`fr.insult.connard`).
    public var id: String
    /// The term as written in the lexicon.
    public var term: String
    /// The language of the lexicon the entry comes from.
    public var language: Language
    /// What the entry breaks.
    public var category: Category
    /// How grave a match is.
    public var severity: Severity
    /// To which texts the entry applies.
    public var scope: Scope
    /// Whether the entry also matches inside longer words.
    public var compound: CompoundMatch
    /// Whether diacritics must match exactly.
    public var accentsMatter: Bool
    /// Whether the entry counts only when aimed at someone (`cochon` after `espèce de`,
    /// or as a vocative): see `AddressCues`.
    public var addressed: Bool = false
    /// The surface forms (the term and its inflections), each a phrase of words.
    public var forms: [String]
    /// Where the entry was defined (`Lexicons/fr/insult.lex:12`).
    public var location: String

    /// Whether the entry applies to a text in the languages of `scope`.
    public func applies(to scope: LanguageScope) -> Bool {
        switch self.scope {
        case .common: true
        case .language: scope.primary == nil || scope.primary == language || scope.plausible.contains(language)
        case .bound: scope.primary == language
        }
    }
}

/// The languages a text may be in, as far as lexicon entries are concerned.
public struct LanguageScope: Sendable, Hashable {
    /// The text's language, when known (given by the caller, or identified with confidence).
    public var primary: Language?
    /// Other languages the text may also be in (the identifier's runner-up when it was
    /// unsure, or a mixed-language text).
    public var plausible: Set<Language>

    /// A scope; `plausible` adds languages besides `primary`.
    public init(primary: Language?, plausible: Set<Language> = []) {
        self.primary = primary
        self.plausible = plausible
    }

    /// Posterior below which the identifier's runner-up is treated as plausible too.
    public static let sureConfidence = 0.9

    /// The scope of an identification: the best language, plus the runner-up when the
    /// identifier was not sure.
    public init(_ guess: LanguageGuess) {
        primary = guess.language
        plausible = guess.confidence < Self.sureConfidence ? Set(guess.ranking.prefix(2)) : []
    }

    /// A language given by the caller: only its entries (and common ones) apply.
    public static func given(_ language: Language) -> LanguageScope { LanguageScope(primary: language) }

    /// No idea: every language's default entries apply, no `bound` entry does.
    public static let unknown = LanguageScope(primary: nil)
}
