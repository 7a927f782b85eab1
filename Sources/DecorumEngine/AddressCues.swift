import DecorumText

/// Tells whether a word is aimed at someone, for lexicon entries flagged `addressed`
/// (`cow`, `cochon`, `Niete`, `basura`): words whose ordinary sense is innocent and that
/// insult only when said to or about a person.
///
/// A match is addressed when it follows a cue of its language from `address.txt` (`you`,
/// `espèce de`, `du`, `eres`), possibly with one modifier between (`you stupid cow`), or
/// when it stands alone in its clause as a vocative (`Cochon, l'appli a planté`,
/// `écoute-moi bien, gourde`, `¡Basura!`). It is not addressed when an object follows
/// it (`could you trash the invoice`).
public struct AddressCues: Sendable {
    /// Cue phrases per language: folded words joined by single spaces.
    let cues: [Language: Set<[UInt8]>]
    /// Modifiers per language, keyed like cues: words that may stand between a cue and
    /// the term (`stupid`, `sale petit`, `putain de`).
    let modifiers: [Language: Set<[UInt8]>]
    /// Words that, right after the term, show it is a verb with its object (`could you
    /// trash the invoice`): the match is then not addressed.
    let objects: [Language: Set<[UInt8]>]
    /// The longest cue and the longest modifier, in words.
    let maxCueWords: Int, maxModifierWords: Int
    /// `cues`, `modifiers` and `objects` as tables indexed by `Language.ordinal` (derived):
    /// the matching loop looks phrases up without hashing arrays or making dictionaries.
    let lookup: Lookup

    /// The phrase tables of each language, made from the sets.
    struct Lookup: Sendable {
        let cues: [ByteStringTable]
        let modifiers: [ByteStringTable]
        let objects: [ByteStringTable]

        init(cues: [Language: Set<[UInt8]>], modifiers: [Language: Set<[UInt8]>], objects: [Language: Set<[UInt8]>]) {
            func tables(_ sets: [Language: Set<[UInt8]>]) -> [ByteStringTable] {
                Language.allCases.map { language in ByteStringTable((sets[language] ?? []).map { ($0, 1) }) }
            }
            (self.cues, self.modifiers, self.objects) = (tables(cues), tables(modifiers), tables(objects))
        }
    }

    init(cues: [Language: Set<[UInt8]>], modifiers: [Language: Set<[UInt8]>], objects: [Language: Set<[UInt8]>] = [:]) {
        self.cues = cues
        self.modifiers = modifiers
        self.objects = objects
        func longest(_ keys: [Language: Set<[UInt8]>]) -> Int {
            keys.values.flatMap { $0 }.map { $0.count { $0 == 0x20 } + 1 }.max() ?? 0
        }
        maxCueWords = longest(cues)
        maxModifierWords = longest(modifiers)
        lookup = Lookup(cues: cues, modifiers: modifiers, objects: objects)
    }

    /// Whether `table` holds the phrase made of `tokens` (their folded forms joined by
    /// spaces); `scratch` is reused for phrases of several words.
    private static func holds(_ table: ByteStringTable, _ tokens: ArraySlice<Token>, _ scratch: inout [UInt8]) -> Bool {
        if tokens.count == 1 { return table[tokens[tokens.startIndex].folded] != nil }
        scratch.removeAll(keepingCapacity: true)
        for token in tokens {
            if !scratch.isEmpty { scratch.append(0x20) }
            scratch += token.folded
        }
        return table[scratch] != nil
    }

    /// The key of a cue phrase given as tokens: their folded forms joined by spaces.
    static func key<C: Collection<Token>>(_ tokens: C) -> [UInt8] {
        var key: [UInt8] = []
        for token in tokens {
            if !key.isEmpty { key.append(0x20) }
            key += token.folded
        }
        return key
    }

    /// Whether the match over normalized scalars `range` (a lexicon entry of `language`)
    /// is aimed at someone in `text`.
    public func isAddressed(_ range: Range<Int>, language: Language, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        let first = Lexicon.firstIndex(tokens) { $0.range.upperBound > range.lowerBound }
        let next = Lexicon.firstIndex(tokens) { $0.range.lowerBound >= range.upperBound }
        if next < tokens.count, lookup.objects[language.ordinal][tokens[next].folded] != nil,
           !Self.contains(text, range.upperBound..<tokens[next].range.lowerBound, Self.isClauseMark) {
            return false
        }
        return followsCue(first, before: range.lowerBound, language: language, in: text)
            || isVocative(range, previous: first - 1, next: next, language: language, in: text)
    }

    /// Whether a cue ends at the token before index `first` (or before one modifier
    /// there), with no sentence break between it and `start`.
    private func followsCue(_ first: Int, before start: Int, language: Language, in text: TokenizedText) -> Bool {
        guard first > 0 else { return false }
        let cues = lookup.cues[language.ordinal]
        let tokens = text.tokens
        var scratch: [UInt8] = []
        func cueEnds(at last: Int, gapEnd: Int) -> Bool {
            guard last >= 0, !Self.contains(text, tokens[last].range.upperBound..<gapEnd, Self.isSentenceBreak) else { return false }
            return phraseLengths(endingAt: last, maximum: maxCueWords).contains { Self.holds(cues, tokens[(last - $0 + 1)...last], &scratch) }
        }
        if cueEnds(at: first - 1, gapEnd: start) { return true }
        for length in modifierLengths(endingAt: first - 1, language, tokens) {
            if cueEnds(at: first - 1 - length, gapEnd: tokens[first - length].range.lowerBound) { return true }
        }
        return false
    }

    /// The word counts 1…`maximum` of phrases that end at token `last` (none when `last`
    /// is negative).
    private func phraseLengths(endingAt last: Int, maximum: Int) -> Range<Int> {
        last < 0 ? 1..<1 : 1..<(max(1, min(maximum, last + 1)) + 1)
    }

    /// The lengths of the modifiers (of `language`) that end at token `last`.
    private func modifierLengths(endingAt last: Int, _ language: Language, _ tokens: [Token]) -> [Int] {
        let modifiers = lookup.modifiers[language.ordinal]
        var scratch: [UInt8] = []
        return phraseLengths(endingAt: last, maximum: maxModifierWords).filter {
            Self.holds(modifiers, tokens[(last - $0 + 1)...last], &scratch)
        }
    }

    /// Whether the match is alone in its clause (modifiers aside), and that clause is
    /// either at a sentence start and followed by `,` `!` `?` and more words, or follows a
    /// comma and ends its sentence.
    private func isVocative(_ range: Range<Int>, previous: Int, next: Int, language: Language, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        var previous = previous
        var opening: UInt32? = nil
        var cursor = range.lowerBound
        while true {
            let from = previous >= 0 ? tokens[previous].range.upperBound : 0
            if let mark = Self.last(text, from..<cursor, Self.isClauseMark) {
                opening = mark
                break
            }
            guard previous >= 0 else { break }
            guard let length = modifierLengths(endingAt: previous, language, tokens).first else { return false }
            cursor = tokens[previous - length + 1].range.lowerBound
            previous -= length
        }
        let to = next < tokens.count ? tokens[next].range.lowerBound : text.text.scalars.count
        let closing = Self.first(text, range.upperBound..<to, Self.isClauseMark)
        if next < tokens.count && closing == nil { return false }
        let atSentenceStart = opening == nil || Self.isSentenceBreak(opening!) || opening == 0xA1 || opening == 0xBF
            || opening == 0x28 || opening == 0x22 || opening == 0xAB
        switch (atSentenceStart, closing) {
        case (true, 0x21?), (true, 0x3F?):
            return true
        case (true, 0x2C?):
            // A vocative opens a sentence that goes on (`Cochon, l'appli a planté`); a
            // list (`Niete, Schraube, Mutter`) does not.
            return clauseWords(from: next, in: text) >= 3
        case (false, _) where opening == 0x2C:
            return closing == nil || closing.map(Self.isSentenceBreak) == true
        default:
            return false
        }
    }

    /// The number of tokens from index `start` before the next clause mark.
    private func clauseWords(from start: Int, in text: TokenizedText) -> Int {
        let tokens = text.tokens
        var count = 0
        var index = start
        while index < tokens.count {
            count += 1
            let end = index + 1 < tokens.count ? tokens[index + 1].range.lowerBound : tokens[index].range.upperBound
            if Self.contains(text, tokens[index].range.upperBound..<end, Self.isClauseMark) { break }
            index += 1
        }
        return count
    }

    /// Punctuation that ends a sentence (normalized text: `…` is already `...`).
    static func isSentenceBreak(_ scalar: UInt32) -> Bool {
        scalar == 0x2E || scalar == 0x21 || scalar == 0x3F || scalar == 0x3B || scalar == 0x3A || scalar == 0x0A
    }

    /// Punctuation that ends a clause: sentence breaks, commas, brackets and quotes.
    static func isClauseMark(_ scalar: UInt32) -> Bool {
        isSentenceBreak(scalar) || scalar == 0x2C || scalar == 0xA1 || scalar == 0xBF || scalar == 0x28
            || scalar == 0x29 || scalar == 0x22 || scalar == 0xAB || scalar == 0xBB
    }

    private static func contains(_ text: TokenizedText, _ range: Range<Int>, _ predicate: (UInt32) -> Bool) -> Bool {
        first(text, range, predicate) != nil
    }

    private static func first(_ text: TokenizedText, _ range: Range<Int>, _ predicate: (UInt32) -> Bool) -> UInt32? {
        guard range.lowerBound < range.upperBound else { return nil }
        return text.text.scalars[range].first(where: predicate)
    }

    private static func last(_ text: TokenizedText, _ range: Range<Int>, _ predicate: (UInt32) -> Bool) -> UInt32? {
        guard range.lowerBound < range.upperBound else { return nil }
        return text.text.scalars[range].last(where: predicate)
    }
}
