/// A word of a normalized text, with the forms that lexicon matching compares.
///
/// All forms are UTF-8 bytes of normalized, case-folded text. In `alternatives`, `*`
/// stands for one unknown letter (as in `f*ck`).
public struct Token: Sendable, Hashable {
    /// How the token was found.
    public enum Kind: UInt8, Sendable {
        /// A word or number from Unicode word breaks (after elision splitting).
        case word
        /// Several adjacent pieces read as one word: spaced or dotted letters
        /// (`f u c k`, `f.u.c.k`) or a word disguised with symbols (`$h!t`, `f*ck`).
        case composite
    }

    /// The normalized scalars the token covers: indices into `NormalizedText.scalars`.
    public var range: Range<Int>
    /// How the token was found.
    public var kind: Kind
    /// The normalized form with diacritics (`enculé`); separators removed for composites.
    public var exact: [UInt8]
    /// `exact` without diacritics (`encule`); the form most matching uses.
    public var folded: [UInt8]
    /// Leetspeak readings (`sh1t` → `shit`, `a55ho1e` → `asshole`), if the word mixes
    /// letters with digits or symbols.
    public var alternatives: [[UInt8]]
    /// When a letter repeats three times or more in a row (`fuuuuck`, `merdeeee`): the
    /// folded form and its leet readings with every run of a repeated letter collapsed
    /// to one. They compare with terms collapsed the same way (`asshole` → `ashole`).
    public var collapsed: [[UInt8]]
    /// Whether the token is a number read as letters (`7175` as `tits`): a match through
    /// it counts only when aimed at someone, as `addressed` entries do.
    public var isNumeric: Bool = false

    /// Whether the token holds at least one letter (not only digits).
    public var hasLetters: Bool { folded.contains { Self.isLetterByte($0) } }

    static func isLetterByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

    /// The token's `folded` form as a string, for display and tests.
    public var foldedString: String { String(decoding: folded, as: UTF8.self) }
    /// All readings as strings: `folded`, the alternatives, then the collapsed forms.
    public var readings: [String] {
        ([folded] + alternatives + collapsed).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A normalized text cut into tokens.
public struct TokenizedText: Sendable {
    /// The normalized text the tokens index into.
    public let text: NormalizedText
    /// The word tokens in text order; phrases are matched over this sequence.
    public let tokens: [Token]
    /// Composite tokens (spaced letters, symbol-disguised words), matched as single words.
    public let composites: [Token]
    /// URLs and bare domains, as normalized scalar ranges in text order; the tokens inside
    /// them are the links' host and path words.
    public let links: [Range<Int>]

    /// A tokenized text; `links` are the link spans among the tokens.
    public init(text: NormalizedText, tokens: [Token], composites: [Token], links: [Range<Int>] = []) {
        self.text = text
        self.tokens = tokens
        self.composites = composites
        self.links = links
    }

    /// The half-open UTF-8 byte range of the original text that `token` covers.
    public func sourceRange(of token: Token) -> Range<Int> { text.sourceRange(of: token.range) }
}

extension Token {
    /// `form` with every run of a repeated letter collapsed to one (`asshole` → `ashole`):
    /// the spelling that `collapsed` forms are compared with.
    public static func collapsingRepeats(_ form: [UInt8]) -> [UInt8] { WordForms.collapseAll(form) }
}
