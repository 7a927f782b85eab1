import Testing
import TestSupport
@testable import DecorumText

/// `CommonWordBreaks` must find exactly the words ICU's word break iterator finds, on
/// every text it accepts.
@Suite("Word breaks without ICU")
struct CommonWordBreaksTests {
    static let contexts: [(String, @Sendable ([UInt32]) -> [UInt32])] = [
        ("alone", { $0 }),
        ("between letters", { [0x61] + $0 + [0x62] }),
        ("between digits", { [0x31] + $0 + [0x32] }),
        ("after a letter", { [0x61] + $0 }),
        ("before a letter", { $0 + [0x61] }),
        ("after a digit", { [0x31] + $0 }),
        ("before a digit", { $0 + [0x31] }),
        ("twice", { $0 + $0 }),
        ("between a letter and a digit", { [0x61] + $0 + [0x31] }),
        ("between a digit and a letter", { [0x31] + $0 + [0x61] }),
        ("twice between letters", { [0x61] + $0 + $0 + [0x62] }),
        ("between accented letters", { [0xE9] + $0 + [0x3B1] }),
    ]

    @Test("every character handled gives ICU's words in every context; the others are left to ICU", arguments: contexts)
    func everyCharacter(_ context: String, _ surround: @Sendable ([UInt32]) -> [UInt32]) throws {
        let tokenizer = try Tokenizer()
        var handled = 0
        for c in Array(0..<0x3000) + Array(0x1F000...0x1FAFF) {
            let scalars = surround([UInt32(c)])
            guard let ranges = CommonWordBreaks.wordRanges(scalars) else {
                #expect(CommonWordBreaks.role(of: UInt32(c)) == .unhandled, "U+\(String(c, radix: 16)) \(context) was refused")
                continue
            }
            handled += 1
            let icu = tokenizer.icuWordRanges(scalars)
            #expect(ranges == icu, "U+\(String(c, radix: 16)) \(context): \(ranges) against ICU's \(icu)")
        }
        // Latin, Greek, Cyrillic, punctuation, symbols and emoji: most of what is asked.
        #expect(handled > 6_000)
    }

    @Test("random texts of letters, digits, punctuation and emoji give ICU's words")
    func randomTexts() throws {
        let tokenizer = try Tokenizer()
        let alphabet: [UInt32] = Array("ab zé ßжλ019 .',;:-!?\"()/\n€%&*+#$🙂👍🏻…«»¿¡·_@".unicodeScalars.map(\.value))
        var generator = SplitMix64(seed: 29)
        var compared = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...24, using: &generator)
            let scalars = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            guard let ranges = CommonWordBreaks.wordRanges(scalars) else {
                #expect(scalars.contains { CommonWordBreaks.role(of: $0) == .unhandled })
                continue
            }
            compared += 1
            let icu = tokenizer.icuWordRanges(scalars)
            #expect(ranges == icu, "\(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))): \(ranges) against ICU's \(icu)")
        }
        #expect(compared > 10_000)
    }

    static let refused: [(String, String)] = [
        ("a combining mark left after a letter", "o\u{0358}k"),
        ("a Hebrew word", "שלום"),
        ("a Thai word", "สวัสดี"),
        ("kana", "カタカナ"),
        ("a skin tone", "👍🏽"),
        ("a flag", "🇫🇷"),
        ("an enclosed ideograph", "🈀"),
    ]

    static let connectorCases: [(String, [String])] = [
        ("snake_case and __init__", ["snake_case", "and", "__init__"]),
        ("a lone _ is no word, __ is", ["a", "lone", "is", "no", "word", "__", "is"]),
        ("write to me@example.com or @support", ["write", "to", "me@example.com", "or", "@support"]),
        ("1_000 a_1 _x", ["1_000", "a_1", "_x"]),
    ]

    @Test("`_` joins words and `@` is a letter, as in ICU 72", arguments: connectorCases)
    func connectorsAndAtSigns(_ text: String, _ words: [String]) throws {
        let scalars = text.unicodeScalars.map(\.value)
        let ranges = try #require(CommonWordBreaks.wordRanges(scalars))
        #expect(ranges.map { String(String.UnicodeScalarView(scalars[$0].compactMap(Unicode.Scalar.init))) } == words)
        #expect(ranges == (try Tokenizer()).icuWordRanges(scalars))
    }

    @Test("texts with characters ICU segments by other rules go to ICU", arguments: refused)
    func refusedTexts(_ what: String, _ text: String) {
        #expect(CommonWordBreaks.wordRanges(text.unicodeScalars.map(\.value)) == nil, "\(what)")
    }
}
