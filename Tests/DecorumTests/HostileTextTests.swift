import DecorumFuzz
import Testing
import Decorum
@testable import DecorumEngine

#if canImport(Glibc)
import Glibc
#endif

/// Seconds since an arbitrary start, for time budgets.
private func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

@Suite("Hostile text")
struct HostileTextTests {
    static let moderator = Result { try Moderator(policy: .standard) }

    /// Moderates `bytes` and expects honest spans; returns the verdict.
    func moderate(_ bytes: [UInt8], _ language: Language? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Verdict {
        let moderator = try Self.moderator.get()
        let verdict = bytes.withUnsafeBufferPointer { moderator.moderate(utf8: $0, language: language) }
        let problems = SpanCheck(bytes).problems(of: verdict)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        return verdict
    }

    /// (what the bytes are, bytes, language, decision, invalid ranges, finding texts)
    static let invalid: [(String, [UInt8], Language?, Decision, [Range<Int>], [String])] = [
        ("a lone continuation byte", Array("you ".utf8) + [0x80] + Array(" idiot".utf8), .en, .close, [4..<5], ["idiot"]),
        ("a truncated sequence inside a word", Array("fu".utf8) + [0xE2, 0x82] + Array("ck you".utf8), .en, .allow, [2..<4], []),
        ("an overlong encoding", Array("merde ".utf8) + [0xC0, 0xAF] + Array(" connard".utf8), .fr, .close, [6..<8], ["merde", "connard"]),
        ("a surrogate and a code point past U+10FFFF", [0xED, 0xA0, 0x80, 0x20] + Array("shit ".utf8) + [0xF4, 0x90, 0x80, 0x80], .en, .review,
         [0..<3, 9..<13], ["shit"]),
        ("only invalid bytes", [0xFF, 0xFE, 0xFD, 0xC3], nil, .allow, [0..<4], []),
    ]

    @Test("invalid UTF-8 gets a verdict, is reported by range, and spans stay on boundaries", arguments: invalid)
    func invalidUTF8(_ what: String, _ bytes: [UInt8], _ language: Language?, _ decision: Decision, _ ranges: [Range<Int>], _ texts: [String]) throws {
        let verdict = try moderate(bytes, language)
        #expect(verdict.decision == decision, "\(what)")
        #expect(verdict.invalidUTF8 == ranges, "\(what)")
        #expect(verdict.findings.map(\.text) == texts, "\(what)")
    }

    /// One letter with `count` combining marks of three combining classes (so that
    /// canonical reordering has work to do), then an insult.
    static func stacked(_ count: Int) -> [UInt8] {
        let marks = ["\u{0301}", "\u{0316}", "\u{0327}"].map { Array($0.utf8) }
        var bytes = Array("a".utf8)
        for k in 0..<count { bytes += marks[k % 3] }
        return bytes + Array(" you idiot".utf8)
    }

    @Test("a million combining marks on one letter take linear time", .timeLimit(.minutes(5)))
    func combiningMarks() throws {
        var times: [Int: Double] = [:]
        for count in [10_000, 100_000, 1_000_000] {
            let bytes = Self.stacked(count)
            let start = now()
            let verdict = try moderate(bytes, .en)
            times[count] = now() - start
            #expect(verdict.findings.map(\.text) == ["idiot"])
        }
        // Linear: ten times the marks cost about ten times as long, never a hundred.
        let ratio = times[1_000_000]! / max(times[100_000]!, 1e-3)
        #expect(ratio < 30, "10k: \(times[10_000]!) s, 100k: \(times[100_000]!) s, 1M: \(times[1_000_000]!) s")
    }

    @Test("text made only of invisible characters normalizes to nothing and is allowed")
    func onlyInvisible() throws {
        let text = String(repeating: "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}\u{00AD}\u{180E}\u{FE0F}\u{E0020}", count: 10_000)
        let bytes = Array(text.utf8)
        let normalized = bytes.withUnsafeBufferPointer { Normalizer().normalize(utf8: $0) }
        #expect(normalized.scalars.isEmpty)
        let verdict = try moderate(bytes)
        #expect(verdict.decision == .allow && verdict.findings.isEmpty && verdict.language == nil)
    }

    @Test("a long link full of obscene words costs its length once, not once per word", .timeLimit(.minutes(5)))
    func longLink() throws {
        let link = "https://x.example/" + String(repeating: "fuck/", count: 40_000)
        let verdict = try moderate(Array(("see " + link + " and more").utf8), .en)
        #expect(verdict.findings.map(\.range) == [4..<(4 + link.utf8.count)])
        #expect(verdict.findings.first?.text == link)
    }

    @Test("many threat phrases cost the text's length once, not once per phrase", .timeLimit(.minutes(5)))
    func manyThreats() throws {
        var times: [Int: Double] = [:]
        for count in [300, 3_000] {
            let bytes = Array(String(repeating: "I will kill you if ", count: count).utf8)
            let start = now()
            let verdict = try moderate(bytes, .en)
            times[count] = now() - start
            #expect(verdict.decision == .escalate)
        }
        // Linear: ten times the phrases cost about ten times as long, never a hundred.
        let ratio = times[3_000]! / max(times[300]!, 1e-3)
        #expect(ratio < 30, "300: \(times[300]!) s, 3000: \(times[3_000]!) s")
    }

    /// (text, language, the spoofed word as written): Cyrillic and Greek lookalikes in Latin text.
    static let spoofs: [(String, Language?, String)] = [
        ("what the fu\u{0441}k", .en, "fu\u{0441}k"),                          // Cyrillic es
        ("you \u{0456}d\u{0456}\u{043E}t", .en, "\u{0456}d\u{0456}\u{043E}t"),      // Cyrillic i, i, o
        ("you \u{03B9}d\u{03B9}\u{03BF}\u{03C4}", .en, "\u{03B9}d\u{03B9}\u{03BF}\u{03C4}"),  // Greek iota, omicron, tau
        ("esp\u{E8}ce de c\u{043E}nn\u{0430}rd", .fr, "c\u{043E}nn\u{0430}rd"),      // Cyrillic o, a
        ("esp\u{E8}ce de c\u{03BF}nn\u{03B1}rd", .fr, "c\u{03BF}nn\u{03B1}rd"),      // Greek omicron, alpha
        ("kiss my \u{0430}\u{0455}\u{0455}", .en, "\u{0430}\u{0455}\u{0455}"),         // a word wholly in Cyrillic lookalikes
        ("m\u{03BF}\u{03C4}herf\u{03C5}c\u{03BA}er", .en, "m\u{03BF}\u{03C4}herf\u{03C5}c\u{03BA}er"),  // Greek omicron, tau, upsilon, kappa
    ]

    @Test("mixed-script spoofs are seen through, and reported as written", arguments: spoofs)
    func spoof(_ text: String, _ language: Language?, _ spoofed: String) throws {
        let verdict = try moderate(Array(text.utf8), language)
        #expect(verdict.decision >= .review)
        #expect(verdict.findings.contains { $0.text.contains(spoofed) }, "\(verdict.findings.map(\.text))")
    }
}
