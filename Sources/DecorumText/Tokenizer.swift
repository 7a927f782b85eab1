/// Cuts a `NormalizedText` into tokens at Unicode word breaks (UAX #29: `CommonWordBreaks`
/// for most texts, ICU's break iterator for the others), splits French elisions, and finds
/// composite words: spaced or dotted letters and words disguised with symbols.
///
/// Word breaks are the same for English, French, German and Spanish; `l'homme` and
/// `qu'il` stay one word, so elisions (`l'`, `d'`, `j'`, `t'`, `m'`, `s'`, `n'`,
/// `c'`, `qu'`, `jusqu'`, `lorsqu'`, `puisqu'`) are split here. They are split whatever
/// the identified language: a French insult in a text taken for English is still seen,
/// and English, German and Spanish have no words of that shape worth keeping whole.
public struct Tokenizer: Sendable {
    private let prototype: BreakerPrototype

    /// Creates a tokenizer.
    /// - Throws: `TextError.icuUnavailable` when ICU's word break data cannot be opened.
    public init() throws {
        guard let breaker = WordBreaker(locale: "en") else { throw TextError.icuUnavailable("word break iterator") }
        prototype = BreakerPrototype(breaker)
    }

    /// Tokenizes `text`; `language` (nil when unknown) is the identified language (word
    /// breaks are the same for the four languages).
    public func tokenize(_ text: NormalizedText, language: Language?) -> TokenizedText {
        let scalars = text.scalars
        var ranges = CommonWordBreaks.wordRanges(scalars) ?? icuWordRanges(scalars)
        // Links are read as links: their host and path words replace the words found there.
        let links = scalars.contains(where: { $0 == 0x2E || $0 == 0x3A }) ? LinkFinder.links(in: scalars) : []
        if !links.isEmpty {
            ranges.removeAll { range in links.contains { $0.overlaps(range) } }
            ranges += links.flatMap { LinkFinder.wordRanges(of: $0, in: scalars) }
            ranges.sort { $0.lowerBound < $1.lowerBound }
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(ranges.count + 2)
        for range in ranges {
            if let cut = Self.elisionCut(scalars, range) {
                tokens.append(WordForms.token(scalars, range.lowerBound..<cut, kind: .word))
                tokens.append(WordForms.token(scalars, cut..<range.upperBound, kind: .word))
            } else {
                tokens.append(WordForms.token(scalars, range, kind: .word))
            }
        }
        var composites = Self.spacedLetters(scalars, sourceStarts: text.sourceStarts)
        // Both lists are in text order: a chunk that is a word already is found by a merge.
        var word = 0
        for chunk in Self.symbolChunks(scalars) {
            while word < ranges.count, (ranges[word].lowerBound, ranges[word].upperBound) < (chunk.lowerBound, chunk.upperBound) { word += 1 }
            if word < ranges.count, ranges[word] == chunk { continue }
            composites.append(WordForms.token(scalars, chunk, kind: .composite))
        }
        if !links.isEmpty {
            composites.removeAll { composite in links.contains { $0.overlaps(composite.range) } }
        }
        return TokenizedText(text: text, tokens: tokens, composites: composites, links: links)
    }

    /// The word ranges of `scalars` from ICU's word break iterator (half-open scalar
    /// indices, in order).
    package func icuWordRanges(_ scalars: [UInt32]) -> [Range<Int>] {
        var units: [UInt16] = []
        var unitToScalar: [Int32] = []
        units.reserveCapacity(scalars.count)
        unitToScalar.reserveCapacity(scalars.count + 1)
        for (i, c) in scalars.enumerated() {
            let before = units.count
            if c < 0x10000 { units.append(UInt16(c)) } else { units.append(contentsOf: UTF16Buffer.encode([c])) }
            for _ in before..<units.count { unitToScalar.append(Int32(i)) }
        }
        unitToScalar.append(Int32(scalars.count))
        var ranges: [Range<Int>] = []
        prototype.withBreaker { breaker in
            breaker.segments(of: units) { start, end, isWord in
                guard isWord else { return }
                ranges.append(Int(unitToScalar[start])..<Int(unitToScalar[end]))
            }
        }
        return ranges
    }

    static let elisionPrefixes: [[UInt32]] = ["l", "d", "j", "t", "m", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
        .map { $0.unicodeScalars.map(\.value) }

    /// Where to cut an elided word (`l'enculé` → `l'` + `enculé`), if it is one.
    static func elisionCut(_ scalars: [UInt32], _ range: Range<Int>) -> Int? {
        // The longest prefix has seven letters: most words have no apostrophe that early.
        guard range.count >= 3, scalars[(range.lowerBound + 1)..<min(range.lowerBound + 9, range.upperBound)].contains(0x27) else { return nil }
        for prefix in elisionPrefixes {
            let apostrophe = range.lowerBound + prefix.count
            guard apostrophe + 1 < range.upperBound, scalars[apostrophe] == 0x27 else { continue }
            if scalars[range.lowerBound..<apostrophe].elementsEqual(prefix) { return apostrophe + 1 }
        }
        return nil
    }

    static func isSeparator(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x2E || c == 0x2D || c == 0x5F || c == 0x09 || c == 0x2F || c == 0xA0
    }

    /// A letter or a leet character that can stand alone between separators.
    static func isSpacedUnit(_ c: UInt32) -> Bool {
        WordForms.isLetter(c) || (WordForms.leet(c) != nil && c != 0x2A && c != 0x21)
    }

    /// Runs of at least three single letters separated by spaces, dots, dashes,
    /// underscores or slashes (one to three of them between letters, the same between
    /// every two letters): `f u c k`, `f.u.c.k`, `A r s c h l o c h`, `m . e . r . d . e`.
    ///
    /// A run may begin or end with a real one-letter word (`you are a f u c k`), so the
    /// run without its first, its last, or both letters is offered too.
    static func spacedLetters(_ scalars: [UInt32], sourceStarts: [Int32]) -> [Token] {
        var out: [Token] = []
        let n = scalars.count
        // A unit is one original character: `ß` stands alone but normalizes to `ss`.
        func unitEnd(_ k: Int) -> Int {
            var e = k + 1
            while e < n, sourceStarts[e] == sourceStarts[k], WordForms.isLetter(scalars[e]) { e += 1 }
            return e
        }
        func isUnit(_ k: Int) -> Bool { isSpacedUnit(scalars[k]) }
        var i = 0
        // Whether the scalar before `i` is a unit, when known (a word's letters are tested once).
        var previousIsUnit: Bool? = false
        while i < n {
            // A unit must not continue a longer word on its left.
            let here = isUnit(i)
            let afterUnit = previousIsUnit ?? isUnit(i - 1)
            previousIsUnit = here
            guard here, !afterUnit else { i += 1; continue }
            // Most words are not spaced letters: their first unit is not followed by a separator.
            let firstEnd = unitEnd(i)
            guard firstEnd < n, isSeparator(scalars[firstEnd]) else { i += 1; continue }
            previousIsUnit = nil
            var units = [i..<firstEnd]
            var gap: ArraySlice<UInt32>? = nil
            var j = units[0].upperBound
            while true {
                var k = j
                while k < n, k - j < 3, isSeparator(scalars[k]) { k += 1 }
                guard k > j, k < n, isUnit(k) else { break }
                let end = unitEnd(k)
                // The next unit stands alone: `f u c king` is not spaced letters.
                guard end == n || !isUnit(end) else { break }
                if let gap, gap != scalars[j..<k] { break }
                gap = scalars[j..<k]
                units.append(k..<end)
                j = end
            }
            if units.count >= 3 {
                let variants = [(0, 0), (1, 0), (0, 1), (1, 1)]
                for (dropFirst, dropLast) in variants where units.count - dropFirst - dropLast >= 3 {
                    let kept = units[dropFirst..<(units.count - dropLast)]
                    guard kept.filter({ WordForms.isLetter(scalars[$0.lowerBound]) }).count >= 2 else { continue }
                    out.append(WordForms.token(
                        scalars, kept.first!.lowerBound..<kept.last!.upperBound, kind: .composite, skip: isSeparator))
                }
            }
            // The last unit may start the next run (`a f.u.c.k`: ` ` then `.`).
            i = units.count > 1 ? units.last!.lowerBound : i + 1
        }
        return out
    }

    /// Chunks between spaces that disguise a word with symbols (`$h!t`, `@ss`, `f*ck`,
    /// `a$$hole`): letters, digits and leet symbols only, with at least two letters and
    /// one symbol. Edge punctuation is trimmed (`"$h!t!"` gives `$h!t`).
    static func symbolChunks(_ scalars: [UInt32]) -> [Range<Int>] {
        // Most texts hold no symbol that reads as a letter: then no chunk is disguised.
        guard scalars.contains(where: isLetterSymbol) else { return [] }
        var out: [Range<Int>] = []
        let n = scalars.count
        var i = 0
        while i < n {
            if Normalizer.isSpace(scalars[i]) { i += 1; continue }
            var j = i
            while j < n, !Normalizer.isSpace(scalars[j]) { j += 1 }
            var lo = i, hi = j
            while lo < hi, isEdgePunctuation(scalars[lo]) { lo += 1 }
            while hi > lo, isEdgePunctuation(scalars[hi - 1]) { hi -= 1 }
            // A final `!` is punctuation or a disguised `i` (`h!rn!`): offer both readings.
            var shorter: Int? = nil, end = hi
            if hi - 1 > lo, scalars[hi - 1] == 0x21 {
                var trimmed = hi
                while trimmed > lo, scalars[trimmed - 1] == 0x21 { trimmed -= 1 }
                if hi - trimmed == 1 { shorter = trimmed } else { end = trimmed }
            }
            if let shorter, isDisguisedWord(scalars[lo..<shorter]) { out.append(lo..<shorter) }
            if isDisguisedWord(scalars[lo..<end]) { out.append(lo..<end) }
            i = j
        }
        return out
    }

    /// Letters, digits and leet symbols only, with at least two letters and one symbol.
    static func isDisguisedWord(_ chunk: ArraySlice<UInt32>) -> Bool {
        var letters = 0, symbols = 0
        for c in chunk {
            if WordForms.isLetter(c) { letters += 1 } else if WordForms.isDigit(c) { continue } else if WordForms.isLeetSymbol(c) {
                symbols += 1
            } else { return false }
        }
        return letters >= 2 && symbols > 0
    }

    /// A leet symbol that is neither a letter nor a digit (`@ $ ! | + € £ ( *`): what
    /// `isDisguisedWord` counts as a symbol.
    static func isLetterSymbol(_ c: UInt32) -> Bool {
        !WordForms.isLetter(c) && !WordForms.isDigit(c) && WordForms.isLeetSymbol(c)
    }

    static func isEdgePunctuation(_ c: UInt32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x29, 0x5D, 0x7D, 0x23, 0xAB, 0xBB, 0x201C, 0x201D,
            0x2026, 0xBF, 0x5B, 0x7B:
            true
        case 0x28: false  // `(` reads as `c`
        default: false
        }
    }
}

/// ICU word break iterators for the calls of all threads: a call takes one from the pool
/// (or clones the prototype when all are in use) and gives it back, so that iterators are
/// made once per thread rather than once per text.
private final class BreakerPrototype: Sendable {
    private let prototype: PthreadLock<WordBreakerBox>
    private let pool: PthreadLock<[WordBreakerBox]>

    init(_ breaker: WordBreaker) {
        prototype = PthreadLock(WordBreakerBox(breaker: breaker))
        pool = PthreadLock([])
    }

    /// Runs `body` with an iterator no other thread uses meanwhile; nothing when ICU cannot
    /// clone one.
    func withBreaker(_ body: (WordBreaker) -> Void) {
        guard let box = pool.withLock({ $0.popLast() }) ?? prototype.withLock({ $0.breaker.clone() }).map(WordBreakerBox.init) else { return }
        body(box.breaker)
        pool.withLock { $0.append(box) }
    }
}

/// Holds a break iterator that only one thread at a time uses (under `BreakerPrototype`'s
/// locks or between taking it from the pool and giving it back).
private struct WordBreakerBox: @unchecked Sendable {
    let breaker: WordBreaker
}

/// Failures of the text layer.
public enum TextError: Error, CustomStringConvertible {
    /// ICU could not provide a service (its data is missing or damaged).
    case icuUnavailable(String)

    public var description: String {
        switch self {
        case .icuUnavailable(let what): "ICU could not open a \(what); is libicu installed?"
        }
    }
}
