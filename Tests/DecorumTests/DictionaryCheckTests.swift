import Testing
@testable import DecorumEngine

@Suite("Dictionary check")
struct DictionaryCheckTests {
    static let lexicon: Lexicon = {
        var builder = LexiconBuilder()
        builder.load(files: [
            ("de/profanity.lex", "@format decorum-lexicon 1\n@language de\nArsch | profanity | 2 | prefix\nArschloch | insult | 3 |\n"),
            ("de/reviewed.txt", "@format decorum-reviewed 1\n@language de\nArschgeige # a true insult\n"),
            ("de/allow.lex", "@format decorum-allowlist 1\n@language de\nArschin\n"),
            ("es/insult.lex", "@format decorum-lexicon 1\n@language es\ngañán | insult | 2 | accents\n"),
            ("en/profanity.lex", "@format decorum-lexicon 1\n@language en\nshit | profanity | 2 | common, suffix\n"),
        ].map { ($0.0, Array($0.1.utf8)) })
        return try! builder.build()
    }()

    /// (word, language, nil if not flagged, else whether reviewed)
    static let cases: [(String, Language, Bool?)] = [
        ("Arschloch", .de, true),      // a written entry form
        ("Arsch", .de, true),
        ("Arschgeige", .de, true),     // listed in reviewed.txt
        ("Arschbacke", .de, false),    // through the compound part only: to review
        ("Arschin", .de, nil),         // allowlisted
        ("Barsch", .de, nil),
        ("gañán", .es, true),
        ("ganan", .es, nil),
        ("bullshit", .en, false),      // suffix reading
        ("shit", .de, false),          // another language's entry in a German dictionary
    ]

    @Test("sorts flagged dictionary words into reviewed and to review", arguments: cases)
    func check(_ word: String, _ language: Language, _ reviewed: Bool?) throws {
        let result = try DictionaryCheck(lexicon: Self.lexicon).check(word, language: language)
        #expect(result?.reviewed == reviewed)
    }
}
