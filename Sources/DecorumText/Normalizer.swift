/// Turns raw text into the `NormalizedText` that tokenization and matching see.
///
/// Steps, each keeping the offset map exact:
/// 1. UTF-8 decoding; invalid sequences become U+FFFD and are reported, never trapped on.
/// 2. Invisible characters are dropped: every Default_Ignorable_Code_Point (zero-width
///    space, joiner and non-joiner, soft hyphen, bidi controls, variation selectors…).
/// 3. NFKC_Casefold (case, width, ligatures, `ß` → `ss`), segment by segment between
///    normalization boundaries, with an ASCII fast path.
/// 4. Apostrophe variants (`’`, `‘`, `ʼ`, `＇`) become `'`.
/// 5. Homoglyphs: in a word that mixes Latin with Cyrillic or Greek letters, each
///    non-Latin letter whose ICU confusable skeleton is a Latin letter is replaced by it
///    (`fuсk` with a Cyrillic `с`), and so is a word made only of such lookalikes in a
///    text that also has Latin letters; enclosed and squared Latin letters become letters.
public struct Normalizer: Sendable {
    /// Creates a normalizer; it holds no state and can be shared.
    public init() {}

    /// Normalizes `text`.
    public func normalize(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes UTF-8 `bytes`, which may be invalid.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        Self.isASCII(bytes) ? Self.normalizeASCII(bytes) : normalizeDecoding(bytes)
    }

    /// Normalizes UTF-8 `bytes` by the general path, whatever they hold.
    func normalizeDecoding(_ bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        var invalid: [Range<Int>] = []
        let decoded = UTF8Decoder.decode(bytes, invalid: &invalid)
        var out = Output(capacity: decoded.count)
        casefold(decoded, into: &out)
        mapHomoglyphs(&out)
        return NormalizedText(
            source: Array(bytes), scalars: out.scalars, sourceStarts: out.starts,
            sourceEnds: out.ends, invalidUTF8: invalid)
    }

    /// Whether every byte is below 0x80, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var i = 0
        var any: UInt64 = 0
        while i + 8 <= bytes.count {
            any |= base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            any |= UInt64(bytes[i])
            i += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// The normalization of ASCII text: what the general path gives it, made directly.
    /// Every ASCII scalar is valid, visible and a normalization segment of its own whose
    /// NFKC_Casefold is its lowercase, and no ASCII letter is a homoglyph to map: scalar
    /// i is byte i lowercased, from bytes i..<i+1.
    static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        let count = bytes.count
        let scalars = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = asciiLower(UInt32(bytes[i])) }
            initialized = count
        }
        let starts = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = Int32(i) }
            initialized = count
        }
        let ends = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = Int32(i + 1) }
            initialized = count
        }
        return NormalizedText(source: Array(bytes), scalars: scalars, sourceStarts: starts, sourceEnds: ends, invalidUTF8: [])
    }

    struct Output {
        var scalars: [UInt32] = []
        var starts: [Int32] = []
        var ends: [Int32] = []

        init(capacity: Int) {
            scalars.reserveCapacity(capacity)
            starts.reserveCapacity(capacity)
            ends.reserveCapacity(capacity)
        }

        mutating func append(_ c: UInt32, _ start: Int32, _ end: Int32) {
            scalars.append(c)
            starts.append(start)
            ends.append(end)
        }
    }

    private func casefold(_ decoded: [UTF8Decoder.Decoded], into out: inout Output) {
        // Visible scalars only; the rest never reaches normalization.
        func isVisible(_ d: UTF8Decoder.Decoded) -> Bool { d.scalar < 0x80 || !ICU.isDefaultIgnorable(d.scalar) }
        // Most texts hide nothing: they are read as they are, not copied.
        let visible = decoded.allSatisfy(isVisible) ? decoded : decoded.filter(isVisible)
        var i = 0
        while i < visible.count {
            let d = visible[i]
            let nextIsStarter = i + 1 == visible.count || visible[i + 1].scalar < 0x80
            if d.scalar < 0x80 && nextIsStarter {
                out.append(Self.asciiLower(d.scalar), d.start, d.end)
                i += 1
                continue
            }
            // A segment runs to the next scalar that starts a new normalization unit, or
            // ends after `maximumSegment` scalars (as the Stream-Safe Text Format of UAX #15
            // cuts a run of combining marks): canonical reordering is quadratic in a
            // segment's length, and a letter may carry a million marks.
            var j = i + 1
            while j < visible.count, j - i < Self.maximumSegment, visible[j].scalar >= 0x80, !ICU.hasBoundaryBefore(visible[j].scalar) { j += 1 }
            let segment = visible[i..<j]
            if j == i + 1, d.scalar < Self.singleFoldLimit {
                // One scalar alone, such as `é` or `É` between ASCII letters: from a table.
                for c in Self.singleFolds[Int(d.scalar)] { out.append(c, d.start, d.end) }
            } else if j == i + 1, ICU.isInert(d.scalar) {
                out.append(Self.unifyApostrophe(d.scalar), d.start, d.end)
            } else if let folded = Self.folded(segment.map(\.scalar)) {
                let start = segment.first!.start, end = segment.last!.end
                for c in folded { out.append(c, start, end) }
            } else {
                for s in segment { out.append(s.scalar, s.start, s.end) }
            }
            i = j
        }
    }

    /// The most scalars normalized together: a starter and 31 combining marks, beyond
    /// anything a language writes.
    static let maximumSegment = 32

    /// The scalars below this have their normalization alone in `singleFolds`.
    static let singleFoldLimit: UInt32 = 0x800

    /// What each scalar below `singleFoldLimit` becomes when it is a segment of its own:
    /// the same steps as for any segment (NFKC_Casefold, invisible results dropped,
    /// apostrophes unified), asked of ICU once.
    static let singleFolds: [[UInt32]] = (0..<singleFoldLimit).map { c in
        ICU.isInert(c) ? [unifyApostrophe(c)] : folded([c]) ?? [c]
    }

    /// A normalization segment's NFKC_Casefold, invisible scalars dropped and apostrophes
    /// unified; nil when ICU fails.
    static func folded(_ segment: [UInt32]) -> [UInt32]? {
        ICU.nfkcCasefold(UTF16Buffer.encode(segment)).map { folded in
            UTF16Buffer.decode(folded).filter { $0 < 0x80 || !ICU.isDefaultIgnorable($0) }.map(unifyApostrophe)
        }
    }

    static func asciiLower(_ c: UInt32) -> UInt32 {
        (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c
    }

    static func unifyApostrophe(_ c: UInt32) -> UInt32 {
        switch c {
        case 0x2019, 0x2018, 0x02BC, 0xFF07, 0x2032, 0x00B4: 0x27
        default: c
        }
    }

    /// Replaces confusable letters in mixed-script words and enclosed Latin letters.
    ///
    /// A word written wholly in Cyrillic or Greek lookalikes (`τοητο`) is mapped too when
    /// the text has Latin letters elsewhere; text wholly in Greek or Cyrillic is left alone.
    private func mapHomoglyphs(_ out: inout Output) {
        var hasLatin = false, hasOther = false
        for c in out.scalars where c >= 0x61 && !(hasLatin && hasOther) {
            if c <= 0x7A { hasLatin = true; continue }
            guard c >= 0x80 else { continue }
            switch ICU.script(c) {
            case .latin: hasLatin = true
            case .cyrillic, .greek: hasOther = true
            default: break
            }
        }
        guard hasOther || out.scalars.contains(where: { Self.enclosedLetter($0) != nil }) else { return }
        var chunkStart = 0
        let count = out.scalars.count
        var i = 0
        while i <= count {
            if i == count || Self.isSpace(out.scalars[i]) {
                if i > chunkStart { mapChunk(&out, chunkStart..<i, textHasLatin: hasLatin) }
                chunkStart = i + 1
            }
            i += 1
        }
    }

    private func mapChunk(_ out: inout Output, _ range: Range<Int>, textHasLatin: Bool) {
        var hasLatin = false, hasOther = false, hasEnclosed = false, allLookalike = true
        for k in range {
            let c = out.scalars[k]
            if c < 0x80 {
                if (c >= 0x61 && c <= 0x7A) { hasLatin = true }
                continue
            }
            if Self.enclosedLetter(c) != nil { hasEnclosed = true; continue }
            switch ICU.script(c) {
            case .latin: hasLatin = true
            case .cyrillic, .greek:
                hasOther = true
                if allLookalike && Self.latinLookalike(c) == nil { allLookalike = false }
            default: break
            }
        }
        let mapOther = hasOther && (hasLatin || (textHasLatin && allLookalike))
        guard hasEnclosed || mapOther else { return }
        for k in range {
            let c = out.scalars[k]
            guard c >= 0x80 else { continue }
            if let letter = Self.enclosedLetter(c) {
                out.scalars[k] = letter
            } else if mapOther, let latin = Self.latinLookalike(c) {
                out.scalars[k] = latin
            }
        }
    }

    static func isSpace(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x80 && ICU.category(c) == .space)
    }

    /// The lowercase Latin letter for squared, negative circled and negative squared
    /// Latin capitals (U+1F130…U+1F189), which NFKC leaves alone.
    static func enclosedLetter(_ c: UInt32) -> UInt32? {
        for base: UInt32 in [0x1F130, 0x1F150, 0x1F170] where c >= base && c < base + 26 {
            return 0x61 + (c - base)
        }
        return nil
    }

    /// The Latin letter a Cyrillic or Greek letter is confusable with, if any.
    static func latinLookalike(_ c: UInt32) -> UInt32? {
        let script = ICU.script(c)
        guard script == .cyrillic || script == .greek else { return nil }
        guard let skeleton = SpoofChecker.shared?.skeleton(of: c) else { return nil }
        // Skeletons keep accents and use small capitals (`τ` → `ᴛ`): reduce both.
        let stripped = skeleton.flatMap { ICU.stripMarks($0) }
        guard stripped.count == 1 else { return extraLookalikes[c] }
        let s = stripped[0]
        if s >= 0x61 && s <= 0x7A { return s }
        if s >= 0x41 && s <= 0x5A { return s + 0x20 }
        return smallCapitals[s] ?? extraLookalikes[c]
    }

    /// Small capitals and similar letters that ICU skeletons produce, to their letter.
    static let smallCapitals: [UInt32: UInt32] = [
        0x1D00: 0x61, 0x0299: 0x62, 0x1D04: 0x63, 0x1D05: 0x64, 0x1D07: 0x65, 0xA730: 0x66,
        0x0262: 0x67, 0x029C: 0x68, 0x026A: 0x69, 0x1D0A: 0x6A, 0x1D0B: 0x6B, 0x029F: 0x6C,
        0x1D0D: 0x6D, 0x0274: 0x6E, 0x1D0F: 0x6F, 0x1D18: 0x70, 0x0280: 0x72, 0xA731: 0x73,
        0x1D1B: 0x74, 0x1D1C: 0x75, 0x1D20: 0x76, 0x1D21: 0x77, 0x028F: 0x79, 0x1D22: 0x7A,
        0x0138: 0x6B, 0xA793: 0x65,
    ]

    /// Greek and Cyrillic letters used as Latin lookalikes whose ICU skeleton is not a
    /// Latin letter (`χ`, `ω`, `ε`, `η` and their kin).
    static let extraLookalikes: [UInt32: UInt32] = [
        0x03C7: 0x78, 0x03C9: 0x77, 0x03B5: 0x65, 0x03B7: 0x6E, 0x03BA: 0x6B, 0x03C4: 0x74,
        0x03B2: 0x62, 0x03BC: 0x75, 0x0438: 0x75, 0x043F: 0x6E, 0x0442: 0x74, 0x043A: 0x6B,
        0x0433: 0x72, 0x043C: 0x6D, 0x043D: 0x68, 0x0432: 0x62, 0x044C: 0x62,
    ]
}
