import Testing
import TestSupport
@testable import DecorumText

/// The readings (folded form and alternatives) of every token and composite of `text`.
func readings(_ text: String, language: Language? = .en) throws -> [String] {
    let tokenized = try Tokenizer().tokenize(Normalizer().normalize(text), language: language)
    return (tokenized.tokens + tokenized.composites).flatMap(\.readings)
}

/// The original text that each token whose readings include `reading` covers.
func sources(of reading: String, in text: String) throws -> [String] {
    let tokenized = try Tokenizer().tokenize(Normalizer().normalize(text), language: nil)
    return (tokenized.tokens + tokenized.composites)
        .filter { $0.readings.contains(reading) }
        .map { tokenized.text.sourceText(tokenized.sourceRange(of: $0)) }
}

@Suite("Normalizer: what it undoes")
struct NormalizerTests {
    /// (what a customer typed, a reading the matcher must see)
    static let undone: [(String, String, String)] = [
        ("case and width: full-width", "ＦＵＣＫ", "fuck"),
        ("case and width: capitals", "FuCk", "fuck"),
        ("case and width: ligature", "ﬁlthy", "filthy"),
        ("case and width: sharp s", "Scheiße", "scheisse"),
        ("case and width: mathematical bold", "𝐟𝐮𝐜𝐤", "fuck"),
        ("invisible: zero-width space", "f\u{200B}u\u{200B}c\u{200B}k", "fuck"),
        ("invisible: zero-width joiner", "f\u{200D}u\u{200D}c\u{200D}k", "fuck"),
        ("invisible: zero-width non-joiner", "f\u{200C}uck", "fuck"),
        ("invisible: soft hyphen", "sh\u{00AD}it", "shit"),
        ("invisible: bidi controls", "\u{202E}sh\u{202C}it\u{2066}", "shit"),
        ("invisible: variation selector", "shi\u{FE0F}t", "shit"),
        ("invisible: word joiner and BOM", "sh\u{2060}i\u{FEFF}t", "shit"),
        ("homoglyph: Cyrillic in a Latin word", "fu\u{0441}k", "fuck"),
        ("homoglyph: Cyrillic a and e", "\u{0430}ssh\u{043E}l\u{0435}", "asshole"),
        ("homoglyph: Greek in a Latin word", "m\u{03BF}\u{03C4}herf\u{03C5}c\u{03BA}er", "motherfucker"),
        ("homoglyph: squared letters", "\u{1F135}\u{1F144}\u{1F132}\u{1F13A}", "fuck"),
        ("diacritics: French", "pédé", "pede"),
        ("diacritics: German", "Scheiße", "scheisse"),
        ("diacritics: added", "fúck", "fuck"),
        ("diacritics: combining mark", "fu\u{0301}ck", "fuck"),
        ("leet: digits", "sh1t", "shit"),
        ("leet: at sign", "@ss", "ass"),
        ("leet: dollar and bang", "$h!t", "shit"),
        ("leet: doubled dollar", "a$$hole", "asshole"),
        ("leet: 1 as l", "a55ho1e", "asshole"),
        ("leet: many digits", "m07h3rfuck3r", "motherfucker"),
        ("leet: masked letter", "f*ck", "f*ck"),
        ("split: spaces", "f u c k", "fuck"),
        ("split: dots", "f.u.c.k", "fuck"),
        ("split: dashes", "f-u-c-k", "fuck"),
        ("split: underscores", "f_u_c_k", "fuck"),
        ("split: German capitals", "A r s c h l o c h", "arschloch"),
        ("split: after a one-letter word", "you are a f u c k", "fuck"),
        ("split: dot and space", "m. e. r. d. e", "merde"),
        ("repeats: vowel", "fuuuuck", "fuck"),
        ("repeats: final letter", "merdeeee", "merde"),
        ("repeats: first letter", "aaaapeshit", "apeshit"),
    ]

    @Test("undoes each disguise", arguments: undone)
    func undoes(_ name: String, _ typed: String, _ expected: String) throws {
        let seen = try readings("listen, \(typed)!")
        #expect(seen.contains(expected), "\(name): \(typed) read as \(seen)")
    }

    /// Short numbers and versions are never read as letters; longer ones are, but marked
    /// numeric, so that what they spell counts only when aimed at someone.
    @Test("leaves plain numbers and versions alone, or marks them numeric", arguments: [
        ("2024", true), ("4x4", false), ("v1.2", false), ("1080p", true), ("10.0.3", true), ("3x", false), ("42", false),
    ])
    func numbersUntouched(_ text: String, _ readAsNumber: Bool) throws {
        let tokenized = try Tokenizer().tokenize(Normalizer().normalize("version \(text) ships"), language: .en)
        for token in tokenized.tokens + tokenized.composites {
            #expect(token.alternatives.isEmpty || token.isNumeric, "\(text): \(token.readings)")
            #expect(!token.isNumeric || readAsNumber, "\(text)")
        }
        #expect(tokenized.composites.isEmpty)
    }

    @Test("reads a longer number as letters, marked numeric", arguments: [("7175", "tits"), ("71773n", "titten"), ("80085", "boobs")])
    func numbersAsLetters(_ text: String, _ reading: String) throws {
        let token = try #require(try Tokenizer().tokenize(Normalizer().normalize(text), language: nil).tokens.first)
        #expect(token.isNumeric)
        #expect(token.readings.contains(reading), "\(token.readings)")
    }

    @Test("keeps ordinary words whole")
    func ordinaryWords() throws {
        #expect(try readings("The update killed my battery") == ["the", "update", "killed", "my", "battery"])
    }

    @Test("replaces and reports invalid UTF-8 without trapping")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xC3] + Array(" shit \u{1F600}".utf8) + [0xE2, 0x82]
        let normalized = bytes.withUnsafeBufferPointer { Normalizer().normalize(utf8: $0) }
        #expect(normalized.invalidUTF8 == [3..<5, 15..<17])
        #expect(normalized.string == "ok \u{FFFD}\u{FFFD} shit \u{1F600}\u{FFFD}")
        #expect(normalized.scalars.count == normalized.sourceStarts.count)
    }

    @Test("never traps on arbitrary bytes and maps every scalar inside the source")
    func randomBytes() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 40)
            let pool: [[UInt8]] = [[0x41], [0x20], [0xFF], [0xC3, 0xA9], [0xE2, 0x80, 0x8B], [0xF0, 0x9F, 0x98, 0x80],
                                   [0xCC, 0x81], [0x31], [0x2E], [0xD0, 0xB0], [0xEF, 0xBC, 0xA6], [0xE2, 0x82]]
            var bytes: [UInt8] = []
            for _ in 0..<length { bytes += pool[Int(generator.next() % UInt64(pool.count))] }
            let normalized = bytes.withUnsafeBufferPointer { Normalizer().normalize(utf8: $0) }
            for i in normalized.scalars.indices {
                let range = normalized.sourceRange(of: i..<(i + 1))
                #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count && !range.isEmpty)
                // Ranges start and end on scalar boundaries: never on a continuation byte.
                #expect(range.lowerBound == bytes.count || bytes[range.lowerBound] & 0xC0 != 0x80)
                #expect(range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80)
            }
        }
    }
}

extension NormalizerTests {
    @Test("ASCII text: the fast path gives what the general path gives, every byte value and length")
    func asciiFastPath() {
        var generator = SplitMix64(seed: 11)
        var cases: [[UInt8]] = [[], Array(0..<0x80), Array("Hello WORLD, you IDIOT!\r\n\t".utf8)]
        for _ in 0..<3000 {
            let length = Int(generator.next() % 70)
            cases.append((0..<length).map { _ in UInt8(generator.next() % 0x80) })
        }
        for bytes in cases {
            bytes.withUnsafeBufferPointer { buffer in
                #expect(Normalizer.isASCII(buffer))
                let fast = Normalizer().normalize(utf8: buffer), general = Normalizer().normalizeDecoding(buffer)
                #expect(fast.scalars == general.scalars && fast.sourceStarts == general.sourceStarts
                        && fast.sourceEnds == general.sourceEnds && fast.invalidUTF8 == general.invalidUTF8
                        && fast.source == general.source, "\(bytes)")
            }
        }
    }

    @Test("a byte of 0x80 or more anywhere, at every offset of the eight-byte reads, leaves the fast path")
    func nonASCIIAnywhere() {
        for length in 1..<20 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[position] = 0x80
                #expect(!bytes.withUnsafeBufferPointer(Normalizer.isASCII), "length \(length), byte \(position)")
            }
        }
    }
}

@Suite("Offset map")
struct OffsetMapTests {
    @Test("spans slice exactly the original characters",
          arguments: [
            ("🎉 Thanks!! ｆ.u.c.k 👍🏽 this", "fuck", "ｆ.u.c.k"),
            ("😡😡 sh\u{200B}it, again 👩‍👩‍👧", "shit", "sh\u{200B}it"),
            ("Café ☕ — ＳＨＩＴ happens", "shit", "ＳＨＩＴ"),
            ("naïve 🙃 f\u{0301}uck", "fuck", "f\u{0301}uck"),
            ("ok 👍 A r s c h l o c h!", "arschloch", "A r s c h l o c h"),
            ("so … $h!t 🤷", "shit", "$h!t"),
          ])
    func spans(_ text: String, _ reading: String, _ original: String) throws {
        #expect(try sources(of: reading, in: text).contains(original))
    }
}
