import Testing
@testable import DecorumEngine

/// Entries flagged `addressed` count only when aimed at someone.
@Suite("Addressed entries")
struct AddressCuesTests {
    static let files: [(String, String)] = [
        ("en/insult.lex", """
            @format decorum-lexicon 1
            @language en
            cow   | insult | 2 | addressed
            idiot | insult | 2 |
            """),
        ("en/address.txt", """
            @format decorum-address 1
            @language en
            cue      | you
            cue      | you are such a
            cue      | hey
            modifier | stupid
            object   | the
            """),
        ("fr/insult.lex", """
            @format decorum-lexicon 1
            @language fr
            cochon | insult | 2 | addressed
            """),
        ("fr/address.txt", """
            @format decorum-address 1
            @language fr
            cue      | espèce de
            cue      | t'es
            cue      | bande d'
            modifier | gros
            modifier | sale petit
            """),
    ]

    static let lexicon: Lexicon = {
        var builder = LexiconBuilder()
        builder.load(files: files.map { ($0.0, Array($0.1.utf8)) })
        return try! builder.build()
    }()

    /// (text, language, the rules that must match)
    static let cases: [(String, Language, [String])] = [
        ("you cow", .en, ["en.insult.cow"]),
        ("you stupid cow", .en, ["en.insult.cow"]),
        ("you are such a cow", .en, ["en.insult.cow"]),
        ("hey, cow, answer me", .en, ["en.insult.cow"]),
        ("Cow, the app crashed again", .en, ["en.insult.cow"]),
        ("listen to me, cow", .en, ["en.insult.cow"]),
        ("Cow!", .en, ["en.insult.cow"]),
        ("the cow jumped over the moon", .en, []),
        ("did you see the cow", .en, []),
        ("could you cow the dog into the barn", .en, []),
        ("you. Cow milk is sold out", .en, []),
        ("Cow", .en, []),
        ("Cow, pig, goat", .en, []),
        ("Items: cow, pig, goat", .en, []),
        ("we sell cow milk, cheese", .en, []),
        ("you idiot", .en, ["en.insult.idiot"]),
        ("the idiot update", .en, ["en.insult.idiot"]),
        ("Espèce de gros cochon !", .fr, ["fr.insult.cochon"]),
        ("t'es un cochon", .fr, []),
        ("T'es cochon", .fr, ["fr.insult.cochon"]),
        ("Cochon, l'appli a encore planté", .fr, ["fr.insult.cochon"]),
        ("Je voudrais du jambon de cochon.", .fr, []),
        ("you cochon", .fr, []),
        ("bande d'affreux cochons", .fr, []),
        ("bande d'cochon", .fr, ["fr.insult.cochon"]),
        ("t'es sale petit cochon", .fr, ["fr.insult.cochon"]),
        ("Sale petit cochon, tu vas répondre ?", .fr, ["fr.insult.cochon"]),
        ("Sale petit cochon, réponds !", .fr, []),  // too short a sentence after the comma to tell from a list
    ]

    @Test("addressed entries need a cue or a vocative", arguments: cases)
    func addressed(_ text: String, _ language: Language, _ rules: [String]) throws {
        let tokenized = try Tokenizer().tokenize(Normalizer().normalize(text), language: language)
        let found = Self.lexicon.matches(in: tokenized, scope: .unknown).map { Self.lexicon.entries[$0.entry].id }
        #expect(found == rules)
    }
}
