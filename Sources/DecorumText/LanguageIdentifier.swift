#if canImport(Glibc)
import Glibc
#endif

/// What the identifier found: the most likely language, or nil when it cannot tell.
public struct LanguageGuess: Sendable, Equatable {
    /// The language, or nil ("unknown") when the text is too short or too ambiguous.
    public var language: Language?
    /// The posterior probability of the best language, 0…1 (0 when there was no evidence).
    public var confidence: Double
    /// The best language even when below the confidence threshold, and the runner-up.
    public var ranking: [Language]

    /// A guess; `ranking` lists languages from most to least likely.
    public init(language: Language?, confidence: Double, ranking: [Language]) {
        self.language = language
        self.confidence = confidence
        self.ranking = ranking
    }
}

/// Identifies English, French, German and Spanish on short texts.
///
/// A naive Bayes model over character 1- to 3-grams of words (padded with spaces, so
/// short function words count as whole words), learnt from sample prose per language.
/// Mentions, hashtags, links and words with digits are ignored. The posterior is
/// tempered (the model's independence assumption makes raw posteriors overconfident)
/// and a text is "unknown" below `threshold`.
public struct LanguageIdentifier: Sendable {
    /// Per language, log-probability of each n-gram key, and of an unseen one.
    private let models: [(Language, [UInt64: Float], Float)]
    /// Posterior below which the language is reported as unknown.
    public let threshold: Double

    /// Learns a model from sample texts, one or more per language.
    public init(samples: [Language: String], threshold: Double = 0.6) {
        let normalizer = Normalizer()
        var models: [(Language, [UInt64: Float], Float)] = []
        for (language, sample) in samples.sorted(by: { $0.key < $1.key }) {
            var counts: [UInt64: Int] = [:]
            var total = 0
            Self.forEachGram(in: normalizer.normalize(sample).scalars) { key in
                counts[key, default: 0] += 1
                total += 1
            }
            let vocabulary = Double(counts.count + 1)
            let alpha = 0.5
            let denominator = Double(total) + alpha * vocabulary * 4
            var logs: [UInt64: Float] = [:]
            logs.reserveCapacity(counts.count)
            for (key, n) in counts { logs[key] = Float(Glibc.log((Double(n) + alpha) / denominator)) }
            models.append((language, logs, Float(Glibc.log(alpha / denominator))))
        }
        self.models = models
        self.threshold = threshold
    }

    /// The languages the identifier knows.
    public var languages: [Language] { models.map(\.0) }

    /// Identifies the language of normalized text.
    public func identify(_ text: NormalizedText) -> LanguageGuess {
        var scores = [Double](repeating: 0, count: models.count)
        var grams = 0
        Self.forEachGram(in: text.scalars) { key in
            grams += 1
            for (m, model) in models.enumerated() { scores[m] += Double(model.1[key] ?? model.2) }
        }
        guard grams >= 6, let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else {
            return LanguageGuess(language: nil, confidence: 0, ranking: [])
        }
        // Temper: divide the log-likelihood by the square root of the evidence size.
        let temperature = max(1, Double(grams).squareRoot() / 2)
        let top = scores[best]
        let weights = scores.map { Glibc.exp(($0 - top) / temperature) }
        let confidence = 1 / weights.reduce(0, +)
        let ranking = scores.indices.sorted { scores[$0] > scores[$1] }.map { models[$0].0 }
        return LanguageGuess(
            language: confidence >= threshold ? models[best].0 : nil, confidence: confidence, ranking: ranking)
    }

    /// Calls `body` with a key for each 1-, 2- and 3-gram of each word of `scalars`.
    ///
    /// A key packs the n-gram's scalars, 21 bits each; as every n-gram starts with a
    /// scalar ≥ U+0020, keys of different orders never collide.
    static func forEachGram(in scalars: [UInt32], _ body: (UInt64) -> Void) {
        var padded: [UInt32] = [0x20]
        func emit() {
            padded.append(0x20)
            if padded.count > 2 && padded.count <= 32 {
                for n in 1...3 where padded.count >= n {
                    for i in 0...(padded.count - n) where n > 1 || padded[i] != 0x20 {
                        var key: UInt64 = 0
                        for k in 0..<n { key = key << 21 | UInt64(padded[i + k]) }
                        body(key)
                    }
                }
            }
            padded.removeSubrange(1...)
        }
        var i = 0
        let count = scalars.count
        while i < count {
            while i < count, Normalizer.isSpace(scalars[i]) { i += 1 }
            var j = i
            while j < count, !Normalizer.isSpace(scalars[j]) { j += 1 }
            if j > i && isProse(scalars[i..<j]) {
                for c in scalars[i..<j] {
                    if WordForms.isLetter(c) || (c == 0x27 && padded.count > 1) {
                        padded.append(c)
                    } else if padded.count > 1 {
                        emit()
                    }
                }
                if padded.count > 1 { emit() }
            }
            i = j
        }
    }

    /// Whether a chunk between spaces is prose, not a mention, hashtag, link or code.
    static func isProse(_ chunk: ArraySlice<UInt32>) -> Bool {
        guard let first = chunk.first, first != 0x40, first != 0x23 else { return false }
        for c in chunk where WordForms.isDigit(c) || c == 0x2F || c == 0x5F || c == 0x40 || c == 0x3D {
            return false
        }
        return true
    }
}

