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
    /// The languages, in model order.
    package let modelLanguages: [Language]
    /// The n-gram keys by slot of an open-addressing table (0: an empty slot; no key is 0).
    package let gramKeys: [UInt64]
    /// Per slot, the log-probability of its n-gram in each language (model order, the
    /// unseen-gram log-probability where a language never saw it): one cache line holds
    /// what a lookup needs.
    package let gramLogs: [Float]
    package let slotMask: Int
    /// Per language, the log-probability of an unseen n-gram.
    package let unseen: [Float]
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
        // One slot per n-gram seen in any language: one lookup scores all languages.
        let grams = Set(models.flatMap(\.1.keys)).sorted()
        var capacity = 16
        while capacity < grams.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var logs = [Float](repeating: 0, count: capacity * models.count)
        for key in grams {
            var slot = IntegerTable.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            for (m, model) in models.enumerated() { logs[slot * models.count + m] = model.1[key] ?? model.2 }
        }
        self.modelLanguages = models.map(\.0)
        self.gramKeys = keys
        self.gramLogs = logs
        self.slotMask = mask
        self.unseen = models.map(\.2)
        self.threshold = threshold
    }

    /// The languages the identifier knows.
    public var languages: [Language] { modelLanguages }

    /// Identifies the language of normalized text.
    public func identify(_ text: NormalizedText) -> LanguageGuess {
        let languageCount = modelLanguages.count
        var scores = [Double](repeating: 0, count: languageCount)
        var grams = 0
        let mask = slotMask
        gramKeys.withUnsafeBufferPointer { keys in
            gramLogs.withUnsafeBufferPointer { logs in
                unseen.withUnsafeBufferPointer { unseen in
                    scores.withUnsafeMutableBufferPointer { scores in
                        Self.forEachGram(in: text.scalars) { key in
                            grams += 1
                            var slot = IntegerTable.slot(key, mask)
                            while true {
                                let found = keys[slot]
                                if found == key {
                                    let base = slot * languageCount
                                    for m in 0..<languageCount { scores[m] += Double(logs[base + m]) }
                                    return
                                }
                                if found == 0 { break }
                                slot = (slot + 1) & mask
                            }
                            for m in 0..<languageCount { scores[m] += Double(unseen[m]) }
                        }
                    }
                }
            }
        }
        guard grams >= 6, let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else {
            return LanguageGuess(language: nil, confidence: 0, ranking: [])
        }
        // Temper: divide the log-likelihood by the square root of the evidence size.
        let temperature = max(1, Double(grams).squareRoot() / 2)
        let top = scores[best]
        let weights = scores.map { Glibc.exp(($0 - top) / temperature) }
        let confidence = 1 / weights.reduce(0, +)
        let ranking = scores.indices.sorted { scores[$0] > scores[$1] }.map { modelLanguages[$0] }
        return LanguageGuess(
            language: confidence >= threshold ? modelLanguages[best] : nil, confidence: confidence, ranking: ranking)
    }

    /// Calls `body` with a key for each 1-, 2- and 3-gram of each word of `scalars`.
    ///
    /// A key packs the n-gram's scalars, 21 bits each; as every n-gram starts with a
    /// scalar ≥ U+0020, keys of different orders never collide (and none is 0). Words
    /// longer than 30 letters give no n-gram.
    static func forEachGram(in scalars: [UInt32], _ body: (UInt64) -> Void) {
        let capacity = 33
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { padded in
            scalars.withUnsafeBufferPointer { scalars in
                // The word being read, between spaces: padded[0..<length] (only the first
                // `capacity` scalars are kept, enough to know a word is too long).
                padded[0] = 0x20
                var length = 1
                func emit() {
                    if length < capacity { padded[length] = 0x20 }
                    length += 1
                    if length > 2 && length <= 32 {
                        for n in 1...3 where length >= n {
                            for i in 0...(length - n) where n > 1 || padded[i] != 0x20 {
                                var key: UInt64 = 0
                                for k in 0..<n { key = key << 21 | UInt64(padded[i + k]) }
                                body(key)
                            }
                        }
                    }
                    length = 1
                }
                var i = 0
                let count = scalars.count
                while i < count {
                    while i < count, Normalizer.isSpace(scalars[i]) { i += 1 }
                    var j = i
                    while j < count, !Normalizer.isSpace(scalars[j]) { j += 1 }
                    if j > i && isProse(scalars[i..<j]) {
                        for c in scalars[i..<j] {
                            if WordForms.isLetter(c) || (c == 0x27 && length > 1) {
                                if length < capacity { padded[length] = c }
                                length += 1
                            } else if length > 1 {
                                emit()
                            }
                        }
                        if length > 1 { emit() }
                    }
                    i = j
                }
            }
        }
    }

    /// Whether a chunk between spaces is prose, not a mention, hashtag, link or code.
    static func isProse(_ chunk: Slice<UnsafeBufferPointer<UInt32>>) -> Bool {
        guard let first = chunk.first, first != 0x40, first != 0x23 else { return false }
        for c in chunk where WordForms.isDigit(c) || c == 0x2F || c == 0x5F || c == 0x40 || c == 0x3D {
            return false
        }
        return true
    }
}

