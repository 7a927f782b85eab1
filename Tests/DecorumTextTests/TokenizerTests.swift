import Testing
@testable import DecorumText

@Suite("Tokenizer")
struct TokenizerTests {
    static let elisions: [(String, [String])] = [
        ("l'enculé", ["l'", "encule"]),
        ("l’enculé", ["l'", "encule"]),
        ("t'es con", ["t'", "es", "con"]),
        ("qu'il parte", ["qu'", "il", "parte"]),
        ("j'en ai marre", ["j'", "en", "ai", "marre"]),
        ("jusqu'ici", ["jusqu'", "ici"]),
        ("d’accord", ["d'", "accord"]),
        ("don't", ["don't"]),
        ("aujourd'hui", ["aujourd'hui"]),
    ]

    @Test("splits French elisions, both apostrophes", arguments: elisions)
    func elision(_ text: String, _ expected: [String]) throws {
        let tokens = try Tokenizer().tokenize(Normalizer().normalize(text), language: .fr).tokens
        #expect(tokens.map(\.foldedString) == expected)
    }

    @Test("token spans are UTF-8 offsets into the original")
    func spans() throws {
        let text = "Ça va, l’enculé ?"
        let tokenized = try Tokenizer().tokenize(Normalizer().normalize(text), language: .fr)
        let slices = tokenized.tokens.map { tokenized.text.sourceText(tokenized.sourceRange(of: $0)) }
        #expect(slices == ["Ça", "va", "l’", "enculé"])
        let bytes = Array(text.utf8)
        let last = tokenized.sourceRange(of: tokenized.tokens.last!)
        #expect(String(decoding: bytes[last], as: UTF8.self) == "enculé")
    }

    @Test("does not join ordinary short words")
    func noFalseComposites() throws {
        let tokenized = try Tokenizer().tokenize(Normalizer().normalize("I am at home, it is ok"), language: .en)
        #expect(tokenized.composites.isEmpty)
    }
}
