#if canImport(Glibc)
import Glibc
#endif
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

    /// `identifier`'s guess for `text` computed plainly: each language's summed n-gram
    /// log-probabilities from the slot table, the first best, the scores' tempered softmax,
    /// and the languages sorted by score, equal ones in model order.
    static func plainGuess(_ text: NormalizedText, by identifier: LanguageIdentifier) -> LanguageGuess {
        let languages = identifier.modelLanguages
        var scores = [Double](repeating: 0, count: languages.count)
        var grams = 0
        LanguageIdentifier.forEachGram(in: text.scalars) { key, _ in
            grams += 1
            var logs = identifier.unseen
            if let slot = LanguageIdentifier.slot(of: key, keys: identifier.gramKeys, mask: identifier.slotMask) {
                logs = Array(identifier.gramLogs[(slot * languages.count)..<((slot + 1) * languages.count)])
            }
            for m in languages.indices { scores[m] += Double(logs[m]) }
        }
        guard grams >= 6, let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else {
            return LanguageGuess(language: nil, confidence: 0, ranking: [])
        }
        let temperature = max(1, Double(grams).squareRoot() / 2)
        let confidence = 1 / scores.map { exp(($0 - scores[best]) / temperature) }.reduce(0, +)
        let ranking = scores.indices.sorted { scores[$0] > scores[$1] }.map { languages[$0] }
        return LanguageGuess(language: confidence >= identifier.threshold ? languages[best] : nil, confidence: confidence, ranking: ranking)
    }

    static let guessTexts = [
        "the parcel never came and nobody answered", "le colis n'est jamais arrivé", "das Paket kam nie an",
        "el paquete nunca llegó", "ok", "parcel colis Paket paquete", "zzz qqq xxx", "",
    ]

    @Test("the guess, its confidence and its ranking are those of the plain computation", arguments: guessTexts)
    func guessIsPlain(text: String) {
        let normalized = Normalizer().normalize(text)
        #expect(Self.identifier.identify(normalized) == Self.plainGuess(normalized, by: Self.identifier))
        // Two languages learnt from the same sample score alike on every text: the ranking
        // keeps them in model order.
        let twins = LanguageIdentifier(samples: [.en: "the customer wrote to us", .fr: "the customer wrote to us", .de: "der Kunde schrieb uns"])
        let guess = twins.identify(normalized)
        #expect(guess == Self.plainGuess(normalized, by: twins))
        if let en = guess.ranking.firstIndex(of: .en), let fr = guess.ranking.firstIndex(of: .fr) {
            #expect(abs(en - fr) == 1 && (en < fr) == (twins.modelLanguages.firstIndex(of: .en)! < twins.modelLanguages.firstIndex(of: .fr)!))
        }
    }

    @Test("language ordinals are the languages' places in allCases")
    func ordinals() {
        #expect(Language.allCases.map(\.ordinal) == Array(Language.allCases.indices))
    }
}
