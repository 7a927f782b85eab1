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

/// The arithmetic fast path of `WordForms.isLetter` below U+0250 agrees with ICU.
@Test func latinLetterFastPathAgreesWithICU() {
    for c in UInt32(0x80)..<0x250 {
        let category = ICU.category(c)
        #expect(WordForms.isLetter(c) == (category == .letter || category == .mark), "U+\(String(c, radix: 16, uppercase: true))")
    }
}

/// The single-scalar table of `Normalizer` gives what ICU gives for the whole text: each
/// scalar below the table's limit between two digits (no Latin letter, so no homoglyph
/// mapping), against one ICU call over the three scalars.
@Test func singleScalarFoldsAgreeWithICU() {
    let normalizer = Normalizer()
    for c in UInt32(0x80)..<Normalizer.singleFoldLimit where ICU.hasBoundaryBefore(c) {
        guard let scalar = Unicode.Scalar(c) else { continue }
        let text = "1" + String(Character(scalar)) + "2"
        let whole = ICU.isDefaultIgnorable(c) ? [0x31, 0x32] : ICU.nfkcCasefold(UTF16Buffer.encode([0x31, c, 0x32])).map(UTF16Buffer.decode) ?? []
        let expected = whole.filter { $0 < 0x80 || !ICU.isDefaultIgnorable($0) }.map(Normalizer.unifyApostrophe)
        #expect(normalizer.normalize(text).scalars == expected, "U+\(String(c, radix: 16, uppercase: true))")
    }
}
