/// A language Decorum moderates.
public enum Language: String, Sendable, CaseIterable, Codable, Comparable {
    case en, fr, de, es

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }

    /// The language's index in `allCases`.
    @inline(__always) package var ordinal: Int {
        switch self {
        case .en: 0
        case .fr: 1
        case .de: 2
        case .es: 3
        }
    }

    /// The language for a code such as `fr`, `FR`, `fr-CA` or `es_MX`; nil if unsupported.
    public init?(code: String) {
        let base = code.lowercased().prefix { $0 != "-" && $0 != "_" }
        self.init(rawValue: String(base))
    }
}
