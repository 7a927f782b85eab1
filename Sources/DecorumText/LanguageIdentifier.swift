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
    /// The log-probabilities of every n-gram made only of `a`–`z`, the apostrophe and the
    /// padding space, indexed as `LetterGrams` describes (one lane per language in model order,
    /// the unseen-gram values where the model lacks it, 0 in the lanes past the last
    /// language): most n-grams of the four languages are such, and are scored from this
    /// 360 KB table without hashing. Derived from the slots, not stored.
    package let letterGramLogs: [SIMD4<Float>]
    /// Posterior below which the language is reported as unknown.
    public let threshold: Double

    /// Learns a model from sample texts, one or more per language.
    public init(samples: [Language: String], threshold: Double = 0.6) {
        let normalizer = Normalizer()
        var models: [(Language, [UInt64: Float], Float)] = []
        for (language, sample) in samples.sorted(by: { $0.key < $1.key }) {
            var counts: [UInt64: Int] = [:]
            var total = 0
            Self.forEachGram(in: normalizer.normalize(sample).scalars) { key, _ in
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
        self.init(modelLanguages: models.map(\.0), gramKeys: keys, gramLogs: logs, slotMask: mask, unseen: models.map(\.2),
                  threshold: threshold)
    }

    /// An identifier made of a learnt model's parts as they are (as a decoded snapshot holds
    /// them): the languages in model order, `slotMask + 1` n-gram keys (a power of two, 0
    /// for an empty slot), `modelLanguages.count` log-probabilities per slot, one
    /// unseen-gram log-probability per language, and the threshold.
    package init(modelLanguages: [Language], gramKeys: [UInt64], gramLogs: [Float], slotMask: Int, unseen: [Float], threshold: Double) {
        self.modelLanguages = modelLanguages
        self.gramKeys = gramKeys
        self.gramLogs = gramLogs
        self.slotMask = slotMask
        self.unseen = unseen
        self.threshold = threshold
        let languageCount = modelLanguages.count
        precondition(languageCount <= 4, "the identifier scores at most four languages")
        var letterGramLogs = [SIMD4<Float>](repeating: SIMD4(), count: LetterGrams.count)
        for n in 1...3 {
            for combination in 0..<LetterGrams.combinations(n) {
                var key: UInt64 = 0
                var rest = combination
                var divisor = LetterGrams.combinations(n - 1)
                for _ in 0..<n {
                    key = key << 21 | UInt64(LetterGrams.scalars[rest / divisor])
                    rest %= divisor
                    divisor /= LetterGrams.alphabet
                }
                let slot = Self.slot(of: key, keys: gramKeys, mask: slotMask)
                for m in 0..<languageCount {
                    letterGramLogs[LetterGrams.offsets[n] + combination][m] = slot.map { gramLogs[$0 * languageCount + m] } ?? unseen[m]
                }
            }
        }
        self.letterGramLogs = letterGramLogs
    }

    /// The slot holding `key`, if any.
    static func slot(of key: UInt64, keys: [UInt64], mask: Int) -> Int? {
        var slot = IntegerTable.slot(key, mask)
        while keys[slot] != 0 {
            if keys[slot] == key { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The languages the identifier knows.
    public var languages: [Language] { modelLanguages }

    /// Identifies the language of normalized text.
    public func identify(_ text: NormalizedText) -> LanguageGuess {
        let languageCount = modelLanguages.count
        // At most four languages, one lane each: a lane's sum is the scalar sum, added in
        // the same order.
        var lanes = SIMD4<Double>()
        var grams = 0
        let mask = slotMask
        gramKeys.withUnsafeBufferPointer { keys in
            gramLogs.withUnsafeBufferPointer { logs in
                unseen.withUnsafeBufferPointer { unseen in
                    letterGramLogs.withUnsafeBufferPointer { letterGramLogs in
                        Self.forEachGram(in: text.scalars) { key, letterGram in
                            grams += 1
                            if letterGram >= 0 {
                                lanes += SIMD4<Double>(letterGramLogs[letterGram])
                                return
                            }
                            var slot = IntegerTable.slot(key, mask)
                            while true {
                                let found = keys[slot]
                                if found == key {
                                    let base = slot * languageCount
                                    for m in 0..<languageCount { lanes[m] += Double(logs[base + m]) }
                                    return
                                }
                                if found == 0 { break }
                                slot = (slot + 1) & mask
                            }
                            for m in 0..<languageCount { lanes[m] += Double(unseen[m]) }
                        }
                    }
                }
            }
        }
        // The scores are the lanes; at most four, so they are ranked in place, not in arrays.
        guard grams >= 6, languageCount > 0 else {
            return LanguageGuess(language: nil, confidence: 0, ranking: [])
        }
        var best = 0
        for m in 1..<languageCount where lanes[m] > lanes[best] { best = m }
        // Temper: divide the log-likelihood by the square root of the evidence size.
        let temperature = max(1, Double(grams).squareRoot() / 2)
        let top = lanes[best]
        var weightSum = 0.0
        for m in 0..<languageCount { weightSum += Glibc.exp((lanes[m] - top) / temperature) }
        let confidence = 1 / weightSum
        // Best first; equal scores in model order (a stable insertion sort).
        var order = SIMD4<Int>(0, 1, 2, 3)
        for m in 1..<languageCount {
            var k = m
            while k > 0, lanes[order[k - 1]] < lanes[m] {
                order[k] = order[k - 1]
                k -= 1
            }
            order[k] = m
        }
        var ranking: [Language] = []
        ranking.reserveCapacity(languageCount)
        for k in 0..<languageCount { ranking.append(modelLanguages[order[k]]) }
        return LanguageGuess(
            language: confidence >= threshold ? modelLanguages[best] : nil, confidence: confidence, ranking: ranking)
    }

    /// Calls `body` with a key for each 1-, 2- and 3-gram of each word of `scalars`, and the
    /// n-gram's index in the `LetterGrams` table (-1 when it has a scalar outside that alphabet).
    ///
    /// A key packs the n-gram's scalars, 21 bits each; as every n-gram starts with a
    /// scalar ≥ U+0020, keys of different orders never collide (and none is 0). Words
    /// longer than 30 letters give no n-gram.
    static func forEachGram(in scalars: [UInt32], _ body: (UInt64, Int) -> Void) {
        let capacity = 33
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { padded in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { codes in
            scalars.withUnsafeBufferPointer { scalars in
                // The word being read, between spaces: padded[0..<length] (only the first
                // `capacity` scalars are kept, enough to know a word is too long), and the
                // `LetterGrams.code` of each.
                padded[0] = 0x20
                codes[0] = LetterGrams.code(0x20)
                var length = 1
                func emit() {
                    if length < capacity { (padded[length], codes[length]) = (0x20, LetterGrams.code(0x20)) }
                    length += 1
                    if length > 2 && length <= 32 {
                        for n in 1...3 where length >= n {
                            for i in 0...(length - n) where n > 1 || padded[i] != 0x20 {
                                var key: UInt64 = 0
                                var index: Int32 = 0
                                for k in 0..<n {
                                    key = key << 21 | UInt64(padded[i + k])
                                    // A code of -1 makes the index negative for good: the
                                    // others are below `alphabet`.
                                    index = index < 0 ? -1 : (codes[i + k] < 0 ? -1 : index * Int32(LetterGrams.alphabet) + codes[i + k])
                                }
                                body(key, index < 0 ? -1 : LetterGrams.offsets[n] + Int(index))
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
                                if length < capacity { (padded[length], codes[length]) = (c, LetterGrams.code(c)) }
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


/// The n-grams scored from a dense table: those made of the padding space, the apostrophe
/// and `a`–`z` (codes 0, 1 and 2…27). A 1-, 2- or 3-gram of codes c₁…cₙ has the index
/// `offsets[n]` plus its codes read as a number in base `alphabet`.
enum LetterGrams {
    /// The scalars of the alphabet, by code.
    static let scalars: [UInt32] = [0x20, 0x27] + Array(0x61...0x7A)
    /// The number of scalars in the alphabet.
    static let alphabet = 28
    /// The first index of the n-grams of each order n (index 0 unused).
    static let offsets = [0, 0, alphabet, alphabet + alphabet * alphabet]
    /// The number of indices.
    static let count = alphabet + alphabet * alphabet + alphabet * alphabet * alphabet

    /// The number of n-grams of order `n` (1 for n = 0).
    static func combinations(_ n: Int) -> Int { (0..<n).reduce(1) { product, _ in product * alphabet } }

    /// The code of `scalar`, or -1 when it is not in the alphabet.
    @inline(__always) static func code(_ scalar: UInt32) -> Int32 {
        switch scalar {
        case 0x20: 0
        case 0x27: 1
        case 0x61...0x7A: Int32(scalar - 0x61) + 2
        default: -1
        }
    }
}
