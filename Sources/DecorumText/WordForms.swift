/// Computes the matching forms of a word: folded, leetspeak-decoded, repeat-collapsed.
enum WordForms {
    /// The leetspeak or symbol reading of `c`, if it has one: the usual letter first, then
    /// (if any) the other reading tried (`1` is `i` in `sh1t`, `l` in `a55ho1e`). A
    /// `switch`, not a dictionary: it runs for every symbol of every token.
    @inline(__always) static func leet(_ c: UInt32) -> (UInt8, UInt8?)? {
        switch c {
        case 0x30: (0x6F, nil)    // 0 o
        case 0x31: (0x69, 0x6C)   // 1 i l
        case 0x33: (0x65, nil)    // 3 e
        case 0x34: (0x61, nil)    // 4 a
        case 0x35: (0x73, nil)    // 5 s
        case 0x37: (0x74, nil)    // 7 t
        case 0x38: (0x62, nil)    // 8 b
        case 0x39: (0x67, nil)    // 9 g
        case 0x40: (0x61, nil)    // @ a
        case 0x24: (0x73, nil)    // $ s
        case 0x21: (0x69, nil)    // ! i
        case 0x7C: (0x6C, 0x69)   // | l i
        case 0x2B: (0x74, nil)    // + t
        case 0x20AC: (0x65, nil)  // € e
        case 0xA3: (0x6C, nil)    // £ l
        case 0x28: (0x63, nil)    // ( c
        case 0x2A: (0x2A, nil)    // * unknown letter
        default: nil
        }
    }

    static func isLeetSymbol(_ c: UInt32) -> Bool { leet(c) != nil }

    /// An ASCII digit.
    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Letters the accent folding does not reach through decomposition.
    static let specialFolds: [UInt32: [UInt8]] = [
        0xF8: [0x6F], 0x142: [0x6C], 0x111: [0x64], 0x131: [0x69], 0xE6: [0x61, 0x65],
        0x153: [0x6F, 0x65], 0xFE: [0x74, 0x68], 0xF0: [0x64],
    ]

    @inline(__always) static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        // Latin-1 and Latin Extended-A/B: letters but for `×` and `÷`, and below U+00C0
        // only `ª`, `µ` and `º` (a test checks this against ICU).
        if c < 0x250 { return c >= 0xC0 ? c != 0xD7 && c != 0xF7 : c == 0xAA || c == 0xB5 || c == 0xBA }
        let k = ICU.category(c)
        return k == .letter || k == .mark
    }

    static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
        switch c {
        case 0..<0x80: out.append(UInt8(c))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    /// Appends `c` without diacritics.
    @inline(__always) static func appendFolded(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x80 { out.append(UInt8(c)); return }
        if c < 0x250 { out.append(contentsOf: foldedLatin[Int(c) - 0x80]); return }
        askFolded(c, to: &out)
    }

    /// The folded UTF-8 of U+0080…U+024F (Latin-1 and Latin Extended), made once.
    private static let foldedLatin: [[UInt8]] = (0x80..<0x250).map { c in
        var out: [UInt8] = []
        askFolded(UInt32(c), to: &out)
        return out
    }

    private static func askFolded(_ c: UInt32, to out: inout [UInt8]) {
        if let special = specialFolds[c] { out.append(contentsOf: special); return }
        for d in ICU.stripMarks(c) { appendUTF8(d, to: &out) }
    }

    /// Makes a token over `range` of `scalars`; `skip` drops separator scalars (composites).
    static func token(
        _ scalars: [UInt32], _ range: Range<Int>, kind: Token.Kind, skip: (UInt32) -> Bool = { _ in false }
    ) -> Token {
        var exact: [UInt8] = [], folded: [UInt8] = []
        folded.reserveCapacity(range.count * 2)
        var letters = 0, leetSymbols = 0, digits = 0
        var isASCII = true
        for k in range {
            let c = scalars[k]
            if skip(c) { continue }
            if c >= 0x80 && isASCII {
                // The exact form differs from the folded one from here on; it is made in
                // one buffer large enough for the rest (four bytes a scalar at most).
                isASCII = false
                exact.reserveCapacity(folded.count + (range.upperBound - k) * 4)
                exact.append(contentsOf: folded)
            }
            if !isASCII { appendUTF8(c, to: &exact) }
            appendFolded(c, to: &folded)
            if isLetter(c) { letters += 1 } else if isDigit(c) { digits += 1 } else if isLeetSymbol(c) { leetSymbols += 1 }
        }
        // An ASCII word's exact form is its folded form: one buffer serves both.
        if isASCII { exact = folded }
        var alternatives: [[UInt8]] = []
        // Plain numbers, versions, codes and measures (`2024`, `4x4`, `v1.2`, `1080p`) are
        // left alone; a longer word with a single letter inside is read (`70n70`). A
        // number of four characters or more (`7175`, `71773n`) is read too, but marked:
        // what it spells counts only when aimed at someone (`you 7177135`).
        let singleLetterInside = letters == 1 && range.count >= 5 && !isMeasure(scalars[range])
        let numeric = letters <= 1 && digits >= 3 && digits + letters + leetSymbols >= 4 && !singleLetterInside
        if (letters >= 2 || singleLetterInside || numeric) && digits + leetSymbols > 0 {
            for reading in leetReadings(scalars, range, skip: skip) where reading != folded {
                if !alternatives.contains(reading) { alternatives.append(reading) }
            }
        }
        var collapsed: [[UInt8]] = []
        if let c = collapsedRepeats(folded) { collapsed.append(c) }
        for form in alternatives {
            if let c = collapsedRepeats(form), !collapsed.contains(c) { collapsed.append(c) }
        }
        return Token(
            range: range, kind: kind, exact: exact, folded: folded, alternatives: alternatives,
            collapsed: collapsed, isNumeric: numeric && !alternatives.isEmpty)
    }

    /// A number with a one-letter unit or prefix: `1080p`, `5g`, `v2`, `h264`.
    static func isMeasure(_ word: ArraySlice<UInt32>) -> Bool {
        guard let first = word.first, let last = word.last else { return false }
        return (isDigit(first) && !isDigit(last) && word.dropLast().allSatisfy(isDigit))
            || (!isDigit(first) && word.dropFirst().allSatisfy(isDigit))
    }

    /// The leetspeak readings of a word: every symbol read as its first letter, then as
    /// its second where it has one.
    static func leetReadings(_ scalars: [UInt32], _ range: Range<Int>, skip: (UInt32) -> Bool) -> [[UInt8]] {
        var first: [UInt8] = [], second: [UInt8] = []
        var ambiguous = false
        for k in range {
            let c = scalars[k]
            if skip(c) { continue }
            if let (a, b) = leet(c) {
                first.append(a)
                second.append(b ?? a)
                ambiguous = ambiguous || b != nil
            } else {
                appendFolded(c, to: &first)
                appendFolded(c, to: &second)
            }
        }
        return ambiguous ? [first, second] : [first]
    }

    /// `form` with every run of a repeated letter collapsed to one, when some letter is
    /// repeated three times or more in a row (`fuuuck`); nil otherwise.
    static func collapsedRepeats(_ form: [UInt8]) -> [UInt8]? {
        var longest = 1, run = 1
        for i in 1..<max(form.count, 1) {
            run = form[i] == form[i - 1] && form[i] != 0x2A ? run + 1 : 1
            longest = max(longest, run)
        }
        guard longest >= 3 else { return nil }
        return collapseAll(form)
    }

    /// `form` with every run of a repeated byte collapsed to one (`asshole` → `ashole`).
    static func collapseAll(_ form: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(form.count)
        for b in form where out.last != b || b >= 0x80 || b == 0x2A { out.append(b) }
        return out
    }
}
