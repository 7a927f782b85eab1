import Testing
import TestSupport
@testable import DecorumEngine

/// The compiled lexicon against a naive matcher that compares every entry at every
/// position, on generated lexicons and texts.
@Suite("Lexicon matcher against a naive reference")
struct MatcherTests {
    static let syllables = ["ka", "lo", "mi", "ru", "te", "sa", "no"]

    static func word(_ g: inout SplitMix64) -> String {
        (0..<Int(1 + g.next() % 3)).map { _ in syllables[Int(g.next() % UInt64(syllables.count))] }.joined()
    }

    static func entry(_ i: Int, _ term: String, _ compound: LexiconEntry.CompoundMatch) -> LexiconEntry {
        LexiconEntry(
            id: "t.\(i)", term: term, language: .en, category: Category.allCases[i % 6],
            severity: Severity(rawValue: 1 + i % 4)!, scope: .common, compound: compound, accentsMatter: false,
            forms: [term], location: "generated:\(i)")
    }

    /// The naive reference: (entry index, token range as scalar range) for every match.
    static func naive(_ lexicon: Lexicon, _ tokens: [Token], allowed: Set<String>) -> Set<Lexicon.Match> {
        var result = Set<Lexicon.Match>()
        let words = tokens.map(\.foldedString)
        for (index, entry) in lexicon.entries.enumerated() {
            let phrase = entry.term.split(separator: " ").map(String.init)
            for start in words.indices where start + phrase.count <= words.count {
                if Array(words[start..<(start + phrase.count)]) == phrase {
                    if phrase.count == 1 && allowed.contains(words[start]) { continue }
                    let range = tokens[start].range.lowerBound..<tokens[start + phrase.count - 1].range.upperBound
                    result.insert(Lexicon.Match(entry: index, scalars: range))
                }
            }
            // A long phrase also matches written together (`hijodeputa`).
            let joined = phrase.joined()
            if phrase.count > 1 && joined.utf8.count >= LexiconBuilder.joinedPhraseMinimum {
                for (k, w) in words.enumerated() where w == joined && !allowed.contains(w) {
                    result.insert(Lexicon.Match(entry: index, scalars: tokens[k].range))
                }
            }
            guard phrase.count == 1, !entry.compound.isEmpty else { continue }
            let term = phrase[0]
            for (k, w) in words.enumerated() where w != term && !allowed.contains(w) && w.contains(term) {
                let fits = entry.compound.contains(.infix)
                    || (entry.compound.contains(.prefix) && w.hasPrefix(term))
                    || (entry.compound.contains(.suffix) && w.hasSuffix(term))
                if fits { result.insert(Lexicon.Match(entry: index, scalars: tokens[k].range)) }
            }
        }
        return result
    }

    @Test("agrees on 300 generated lexicons and texts")
    func agrees() throws {
        var g = SplitMix64(seed: 7)
        let tokenizer = try Tokenizer()
        for round in 0..<300 {
            var builder = LexiconBuilder()
            var terms = Set<String>()
            for i in 0..<Int(3 + g.next() % 12) {
                let length = Int(1 + g.next() % 3)
                let term = (0..<length).map { _ in Self.word(&g) }.joined(separator: " ")
                guard terms.insert(term).inserted else { continue }
                let compound: LexiconEntry.CompoundMatch =
                    length > 1 ? [] : [[], [.prefix], [.suffix], [.infix], [.prefix, .suffix]][Int(g.next() % 5)]
                builder.add(Self.entry(i, term, compound))
            }
            var allowed = Set<String>()
            for _ in 0..<Int(g.next() % 3) {
                let w = Self.word(&g) + Self.word(&g)
                allowed.insert(w)
                builder.allow(w)
            }
            let lexicon = try builder.build()
            let text = (0..<Int(5 + g.next() % 25)).map { _ in
                g.next() % 4 == 0 ? Self.word(&g) + Self.word(&g) : Self.word(&g)
            }.joined(separator: g.next() % 2 == 0 ? " " : ", ")
            let tokenized = tokenizer.tokenize(Normalizer().normalize(text), language: .en)
            let fast = Set(lexicon.matches(in: tokenized, scope: .given(.en)))
            let reference = Self.naive(lexicon, tokenized.tokens, allowed: allowed)
            #expect(fast == reference, "round \(round): \(text)")
        }
    }

    @Test("applies entries by language scope")
    func scopes() throws {
        var builder = LexiconBuilder()
        func entry(_ id: String, _ term: String, _ language: Language, _ scope: LexiconEntry.Scope) -> LexiconEntry {
            LexiconEntry(id: id, term: term, language: language, category: .profanity, severity: .strong, scope: scope,
                         compound: [], accentsMatter: false, forms: [term], location: "test:1")
        }
        builder.add(entry("fr.con", "con", .fr, .bound))
        builder.add(entry("fr.connard", "connard", .fr, .language))
        builder.add(entry("en.fuck", "fuck", .en, .common))
        let lexicon = try builder.build()
        let text = try Tokenizer().tokenize(Normalizer().normalize("con connard fuck"), language: nil)
        func ids(_ scope: LanguageScope) -> Set<String> {
            Set(lexicon.matches(in: text, scope: scope).map { lexicon.entries[$0.entry].id })
        }
        #expect(ids(.given(.fr)) == ["fr.con", "fr.connard", "en.fuck"])
        #expect(ids(.given(.en)) == ["en.fuck"])
        #expect(ids(.unknown) == ["fr.connard", "en.fuck"])
        #expect(ids(LanguageScope(primary: .en, plausible: [.en, .fr])) == ["fr.connard", "en.fuck"])
    }

    @Test("accent-sensitive entries need the exact accents")
    func accents() throws {
        var builder = LexiconBuilder()
        builder.add(LexiconEntry(id: "es.coño", term: "coño", language: .es, category: .profanity, severity: .strong,
                                 scope: .language, compound: [], accentsMatter: true, forms: ["coño"], location: "test:1"))
        let lexicon = try builder.build()
        for (text, expected) in [("qué coño", 1), ("el cono de tráfico", 0), ("COÑO", 1)] {
            let tokenized = try Tokenizer().tokenize(Normalizer().normalize(text), language: .es)
            #expect(lexicon.matches(in: tokenized, scope: .given(.es)).count == expected, "\(text)")
        }
    }
}
