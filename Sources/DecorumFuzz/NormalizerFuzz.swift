import Decorum
import DecorumText

/// The fuzz check of the text layer and the moderator: normalization, its offset map,
/// tokenization (and its word breaks against ICU's) and the spans of a verdict.
///
/// Input: the first byte chooses the language (bits 0–2: en, fr, de, es, or identified)
/// and how the rest is read (bit 3: as indices into `palette`, pieces of hostile text —
/// combining marks, invisible characters, lookalike letters, leetspeak, invalid bytes —
/// otherwise as raw bytes).
public enum NormalizerFuzz {
    static let moderator: Moderator? = try? Moderator(policy: .standard)
    static let tokenizer: Tokenizer? = try? Tokenizer()
    static let languages: [Language?] = [nil, .en, .fr, .de, .es, nil, nil, nil]

    /// Pieces of hostile text that random bytes seldom spell.
    public static let palette: [[UInt8]] = [
        "f", "u", "c", "k", "i", "d", "o", "t", "a", "s", "h", "n", "r", "e", " ", "  ", ".", "-", "_", "/",
        "1", "0", "3", "$", "@", "*", "!", "(", "'", "\u{2019}", "l'", "qu'", ":", "#",
        "\u{0301}", "\u{0327}", "\u{0308}", "\u{20DD}", "\u{0345}", "\u{0F73}", "\u{0E33}",
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{FE0F}", "\u{202E}", "\u{E0041}",
        "с", "о", "а", "е", "і", "у", "к", "τ", "ο", "υ", "κ", "ν", "ε", "η", "χ", "Σ",
        "ß", "ẞ", "ﬀ", "ﬃ", "Ｆ", "ｕ", "🄵", "🅵", "🆄", "Ⓕ", "𝐟", "İ", "ǅ", "ﷺ", "\u{3300}", "\u{FDFA}",
        "\u{1100}\u{1161}", "각", "\u{0915}\u{094D}", "😀", "👍🏽", "🏳️‍🌈", "\u{1F1EB}\u{1F1F7}",
        "\u{00A0}", "\u{3000}", "\u{2028}", "\t", "\r", "\n", "\r\n", "\u{FFFD}",
        "http://", "https://www.", ".com", "example.org/", "?q=", "fuck", "idiot", "connard", "Arschloch",
        "kill you", "I will ", "you ", "never ", "merde", "puta", "\u{0430}\u{0441}\u{0441}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF0, 0x9F]]

    /// The text an input stands for, and the language to moderate it in.
    public static func decode(_ data: [UInt8]) -> (text: [UInt8], language: Language?) {
        guard let first = data.first else { return ([], nil) }
        let rest = data.dropFirst()
        let text = first & 8 != 0 ? rest.flatMap { palette[Int($0) % palette.count] } : Array(rest)
        return (text, languages[Int(first & 7)])
    }

    /// The broken invariants of one fuzz input.
    public static func check(_ data: [UInt8]) -> [String] {
        let (text, language) = decode(data)
        return check(text: text, language: language)
    }

    /// The broken invariants of moderating `text` (UTF-8, maybe invalid) in `language`.
    public static func check(text: [UInt8], language: Language?) -> [String] {
        guard let moderator, let tokenizer else { return ["the moderator cannot be built"] }
        let spans = SpanCheck(text)
        var out: [String] = []
        let normalized = text.withUnsafeBufferPointer { Normalizer().normalize(utf8: $0) }
        out += problems(of: normalized, spans)
        if !out.isEmpty { return out }
        let tokenized = tokenizer.tokenize(normalized, language: language)
        out += problems(of: tokenized, spans)
        out += wordBreakProblems(normalized.scalars, tokenizer)
        let verdict = text.withUnsafeBufferPointer { moderator.moderate(utf8: $0, language: language) }
        out += spans.problems(of: verdict)
        return out
    }

    /// Where the word breaks found without ICU (`CommonWordBreaks`) differ from those of
    /// ICU's break iterator, on a text that the former accept.
    static func wordBreakProblems(_ scalars: [UInt32], _ tokenizer: Tokenizer) -> [String] {
        guard let own = CommonWordBreaks.wordRanges(scalars) else { return [] }
        let icu = tokenizer.icuWordRanges(scalars)
        return own == icu ? [] : ["word ranges \(own) differ from ICU's \(icu)"]
    }

    /// The problems of a normalized text's offset map.
    static func problems(of normalized: NormalizedText, _ spans: SpanCheck) -> [String] {
        var out: [String] = []
        let n = normalized.scalars.count
        guard normalized.sourceStarts.count == n, normalized.sourceEnds.count == n else {
            return ["offset map of \(normalized.sourceStarts.count)/\(normalized.sourceEnds.count) entries for \(n) scalars"]
        }
        if normalized.source != spans.source { out.append("the normalized text's source is not the input") }
        if normalized.invalidUTF8 != spans.invalid {
            out.append("invalidUTF8 \(normalized.invalidUTF8) differs from the standard library's \(spans.invalid)")
        }
        for i in 0..<n {
            let c = normalized.scalars[i]
            if Unicode.Scalar(c) == nil { out.append("normalized scalar \(i) is not a Unicode scalar: \(c)") }
            let range = Int(normalized.sourceStarts[i])..<Int(max(normalized.sourceStarts[i], normalized.sourceEnds[i]))
            if normalized.sourceEnds[i] < normalized.sourceStarts[i] { out.append("scalar \(i): end before start") }
            out += spans.problems(of: range, "scalar \(i)")
            if i > 0, normalized.sourceStarts[i] < normalized.sourceStarts[i - 1] || normalized.sourceEnds[i] < normalized.sourceEnds[i - 1] {
                out.append("scalar \(i): range \(range) goes back from scalar \(i - 1)'s")
            }
            if out.count > 20 { break }
        }
        return out
    }

    /// The problems of tokens, composites and links: non-empty scalar ranges inside the
    /// text, tokens and links in text order, and honest source ranges.
    static func problems(of tokenized: TokenizedText, _ spans: SpanCheck) -> [String] {
        var out: [String] = []
        let n = tokenized.text.scalars.count
        func check(_ range: Range<Int>, _ what: String) -> Bool {
            guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= n else {
                out.append("\(what): scalar range \(range) empty or outside 0..<\(n)")
                return false
            }
            out += spans.problems(of: tokenized.text.sourceRange(of: range), what)
            return true
        }
        var previous = 0
        for (k, token) in tokenized.tokens.enumerated() where check(token.range, "token \(k)") {
            if token.range.lowerBound < previous { out.append("token \(k) starts before token \(k - 1)") }
            previous = token.range.lowerBound
        }
        for (k, token) in tokenized.composites.enumerated() { _ = check(token.range, "composite \(k)") }
        previous = 0
        for (k, link) in tokenized.links.enumerated() where check(link, "link \(k)") {
            if link.lowerBound < previous { out.append("link \(k) starts before link \(k - 1)") }
            previous = link.upperBound
        }
        return out
    }
}
