import CICUShim

/// The words of a text as ICU's word break iterator finds them (UAX #29), computed without
/// ICU when every character of the text is one whose word-break behaviour needs no more
/// than its Word_Break class: letters of the Latin, Greek and Cyrillic blocks, digits,
/// spaces, punctuation and symbols, emoji included. That is nearly every support message;
/// for the others (Hebrew, Thai and other dictionary scripts, kana, combining marks left
/// after normalization, regional indicators, skin tones) the caller asks ICU.
///
/// A word is a run joined by the rules WB5–WB13b (letters, digits and `_`, and `.`, `'`,
/// `,`, `;` between two letters or two digits as those rules allow); spaces, punctuation
/// and symbols between words are not words. A test compares the words with ICU's on every
/// character handled, in several contexts, and on random texts.
package enum CommonWordBreaks {
    /// A character's part in word breaking.
    enum Role: UInt8 {
        /// Breaks on both sides and is no word (spaces, punctuation, symbols, emoji).
        case other
        /// ALetter: joins letters and digits.
        case letter
        /// Numeric: joins letters and digits.
        case digit
        /// MidNumLet or Single_Quote (`.`, `'`): joins two letters or two digits.
        case midNumLet
        /// MidNum (`,`, `;`): joins two digits.
        case midNum
        /// MidLetter (`·`): joins two letters.
        case midLetter
        /// ExtendNumLet (`_`): joins letters, digits and itself; a lone one is no word.
        case extendNumLet
        /// A character this type does not segment: the text goes to ICU.
        case unhandled
    }

    /// The word ranges of `scalars` (half-open indices into it, in order), or nil when
    /// the text holds a character this type does not segment.
    package static func wordRanges(_ scalars: [UInt32]) -> [Range<Int>]? {
        roles.withUnsafeBufferPointer { roles in
            scalars.withUnsafeBufferPointer { scalars in
                @inline(__always) func role(_ k: Int) -> Role {
                    let c = scalars[k]
                    return c < 0x3000 ? roles[Int(c)] : Self.role(of: c)
                }
                var ranges: [Range<Int>] = []
                // Words of about five scalars and a space: one allocation for most texts.
                ranges.reserveCapacity(scalars.count / 4 + 1)
                let n = scalars.count
                var i = 0
                while i < n {
                    let first = role(i)
                    if first == .unhandled { return nil }
                    guard first == .letter || first == .digit || first == .extendNumLet else { i += 1; continue }
                    let start = i
                    var last = first
                    i += 1
                    // WB5, WB8–WB10, WB13a/b: letters, digits and connectors run together.
                    while i < n {
                        let next = role(i)
                        if next == .letter || next == .digit || next == .extendNumLet {
                            last = next
                            i += 1
                            continue
                        }
                        // WB6/7 and WB11/12: a middle character between two letters or two digits.
                        guard next == .midNumLet || next == .midNum || next == .midLetter, i + 1 < n else { break }
                        let after = role(i + 1)
                        if after == .unhandled { return nil }
                        let joinsLetters = last == .letter && after == .letter && next != .midNum
                        let joinsDigits = last == .digit && after == .digit && next != .midLetter
                        guard joinsLetters || joinsDigits else { break }
                        last = after
                        i += 2
                    }
                    // A connector alone (`_`) is no word; two or more are one (ICU's rule status).
                    if i - start > 1 || first != .extendNumLet { ranges.append(start..<i) }
                }
                return ranges
            }
        }
    }

    /// The role of `c`.
    static func role(of c: UInt32) -> Role {
        if c < 0x3000 { return roles[Int(c)] }
        return isEmojiBlock(c) ? askRole(c) : .unhandled
    }

    /// Whether `c` is in the blocks of emoji and pictographs (U+1F000…U+1FAFF), which
    /// are handled by their Word_Break class alone (skin tones are Extend: unhandled),
    /// but for the enclosed ideographs (U+1F200…U+1F2FF), which ICU reads as words.
    static func isEmojiBlock(_ c: UInt32) -> Bool { c >= 0x1F000 && c <= 0x1FAFF && !(c >= 0x1F200 && c < 0x1F300) }

    /// The roles of U+0000…U+2FFF, from ICU's Word_Break property, made once.
    private static let roles: [Role] = (0..<0x3000).map { askRole(UInt32($0)) }

    /// The blocks below U+3000 whose characters are segmented by their class alone: Basic
    /// Latin to Cyrillic Supplement, phonetic extensions to Greek Extended, and general
    /// punctuation to the miscellaneous symbols and arrows. The blocks between them hold
    /// scripts that ICU segments with dictionaries (Thai, Lao, Myanmar, Khmer…) or with
    /// rules of their own (Hebrew).
    static func isHandledBlock(_ c: UInt32) -> Bool {
        c < 0x0530 || (c >= 0x1D00 && c < 0x2C00) || isEmojiBlock(c)
    }

    private static func askRole(_ c: UInt32) -> Role {
        guard isHandledBlock(c) else { return .unhandled }
        // ICU breaks at `:` although UAX #29 lists it as MidLetter (CLDR removes it for
        // most languages), and ICU 72 reads `@` as a letter to keep e-mail addresses whole.
        if c == 0x3A { return .other }
        if c == 0x40 { return .letter }
        switch CICUShim_wordBreak(c) {
        case CICUShim_WordBreakOther, CICUShim_WordBreakWSegSpace, CICUShim_WordBreakNewline, CICUShim_WordBreakDoubleQuote:
            return .other
        case CICUShim_WordBreakALetter: return .letter
        case CICUShim_WordBreakNumeric: return .digit
        case CICUShim_WordBreakMidNumLet: return .midNumLet
        case CICUShim_WordBreakMidNum: return .midNum
        case CICUShim_WordBreakMidLetter: return .midLetter
        case CICUShim_WordBreakExtendNumLet: return .extendNumLet
        default: return .unhandled
        }
    }
}
