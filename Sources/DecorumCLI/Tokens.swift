import ArgumentParser
import Decorum

/// `decorum tokens`: shows how Decorum reads a text, for lexicon writers.
struct Tokens: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows the normalized text and the tokens with the forms that lexicons are matched against.")

    @Argument(help: "The text to show.")
    var text: String

    @Option(help: "The text's language (en, fr, de, es); identified when absent.")
    var language: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let data = try dataOptions.load()
        let normalized = Normalizer().normalize(text)
        let guess = language.flatMap(Language.init(code:)).map { LanguageGuess(language: $0, confidence: 1, ranking: [$0]) }
            ?? data.identifier.identify(normalized)
        let tokenized = try Tokenizer().tokenize(normalized, language: guess.language)
        let out = OutputStream.standardOutput()
        out.write("normalized: \(normalized.string)\n")
        out.write("language: \(guess.language?.rawValue ?? "unknown") (confidence \(VerdictJSON.formatConfidence(guess.confidence)), ranking \(guess.ranking.map(\.rawValue).joined(separator: " ")))\n")
        for token in tokenized.tokens + tokenized.composites {
            let range = tokenized.sourceRange(of: token)
            let kind = token.kind == .word ? "word" : "composite"
            out.write("\(kind) \(range.lowerBound)..<\(range.upperBound) \"\(normalized.sourceText(range))\": \(token.readings.joined(separator: " | "))\n")
        }
        out.flush()
    }
}
