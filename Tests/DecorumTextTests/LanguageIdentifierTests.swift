import Testing
import TestSupport
@testable import DecorumText

@Suite("Language identifier")
struct LanguageIdentifierTests {
    static let identifier = LanguageIdentifier(samples: [
        .en: "the customer wrote to us about the parcel and we answered him within the hour",
        .fr: "le client nous a écrit au sujet du colis et nous lui avons répondu dans l'heure",
        .de: "der Kunde hat uns wegen des Pakets geschrieben und wir haben ihm binnen einer Stunde geantwortet",
        .es: "el cliente nos escribió sobre el paquete y le respondimos en menos de una hora",
    ])

    /// The log-probabilities of `key` as the slot table has them (the unseen values when
    /// the model lacks it).
    static func slotLogs(_ key: UInt64) -> [Float] {
        let languages = identifier.modelLanguages.count
        guard let slot = LanguageIdentifier.slot(of: key, keys: identifier.gramKeys, mask: identifier.slotMask) else {
            return identifier.unseen
        }
        return Array(identifier.gramLogs[(slot * languages)..<((slot + 1) * languages)])
    }

    /// The log-probabilities of the n-gram at `index` of the dense table.
    static func denseLogs(_ index: Int) -> [Float] {
        (0..<identifier.modelLanguages.count).map { identifier.letterGramLogs[index][$0] }
    }

    @Test("the n-grams of letters a–z, apostrophe and space are scored from the dense table as from the slots")
    func letterGramTable() {
        var checked = 0
        for text in ["the customer wrote", "l'heure du colis", "wegen des pakets", "sobre el paquete", "zzq x'y", "a"] {
            LanguageIdentifier.forEachGram(in: text.unicodeScalars.map(\.value)) { key, index in
                #expect(index >= 0, "\(text): \(key)")
                guard index >= 0 else { return }
                #expect(Self.denseLogs(index) == Self.slotLogs(key), "\(text): \(key)")
                checked += 1
            }
        }
        #expect(checked > 100)
        // Every index of the table, from random n-grams of the alphabet.
        var random = SplitMix64(seed: 7)
        for _ in 0..<5000 {
            let n = Int.random(in: 1...3, using: &random)
            let codes = (0..<n).map { _ in Int.random(in: 0..<LetterGrams.alphabet, using: &random) }
            let key = codes.reduce(UInt64(0)) { $0 << 21 | UInt64(LetterGrams.scalars[$1]) }
            let index = LetterGrams.offsets[n] + codes.reduce(0) { $0 * LetterGrams.alphabet + $1 }
            #expect(Self.denseLogs(index) == Self.slotLogs(key))
        }
    }

    @Test("n-grams with a letter outside a–z have no dense index", arguments: ["écrit", "straße", "niño", "ça", "añadir", "ωμέγα"])
    func otherLetters(word: String) {
        var outside = 0
        LanguageIdentifier.forEachGram(in: word.unicodeScalars.map(\.value)) { key, index in
            let scalars = (0..<3).map { UInt32((key >> (21 * UInt64($0))) & 0x1F_FFFF) }.filter { $0 != 0 }
            let allInAlphabet = scalars.allSatisfy { LetterGrams.code($0) >= 0 }
            #expect((index >= 0) == allInAlphabet, "\(word): \(scalars)")
            if index < 0 { outside += 1 }
        }
        #expect(outside > 0)
    }

    @Test("language ordinals are the languages' places in allCases")
    func ordinals() {
        #expect(Language.allCases.map(\.ordinal) == Array(Language.allCases.indices))
    }
}
