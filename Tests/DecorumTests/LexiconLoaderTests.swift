import Testing
import Decorum
@testable import DecorumEngine

@Suite("Lexicon loader")
struct LexiconLoaderTests {
    static let header = "@format decorum-lexicon 1\n@language fr\n"

    /// (file name, content, the problems reported, in order)
    static let bad: [(String, String, [String])] = [
        ("fr/insult.lex", "", ["fr/insult.lex:1: missing header: expected '@format KIND 1' and '@language xx'"]),
        ("fr/insult.lex", "@format decorum-lexicon 2\n@language fr\n",
         ["fr/insult.lex:1: unsupported format version '2'; this Decorum reads version 1"]),
        ("fr/insult.lex", "@format words 1\n@language fr\n",
         ["fr/insult.lex:1: expected '@format decorum-lexicon 1' (or decorum-allowlist, decorum-inflections, decorum-address, decorum-reviewed), found '@format words 1'"]),
        ("fr/insult.lex", "@format decorum-lexicon 1\n@language it\n", ["fr/insult.lex:2: expected '@language en|fr|de|es', found '@language it'"]),
        ("fr/insult.lex", header + "connard | insult | 3\n",
         ["fr/insult.lex:3: expected 4 columns 'term | category | severity | flags', found 3"]),
        ("fr/insult.lex", header + "# comment\n\nconnard | rudeness | 3 |\n",
         ["fr/insult.lex:5: unknown category 'rudeness'; expected one of profanity, insult, sexual, harassment, hate, threat"]),
        ("fr/insult.lex", header + "connard | insult | 5 |\nconne | insult | x |\n",
         ["fr/insult.lex:3: severity must be 1, 2, 3 or 4, found '5'", "fr/insult.lex:4: severity must be 1, 2, 3 or 4, found 'x'"]),
        ("fr/insult.lex", header + "connard | insult | 3 | loud\n",
         ["fr/insult.lex:3: unknown flag 'loud'; known: common, bound, prefix, suffix, infix, accents, addressed, infl=GROUP, id=NAME"]),
        ("fr/insult.lex", header + "connard | insult | 3 | infl=ard\n",
         ["fr/insult.lex:3: unknown inflection group 'ard' (define it in fr/inflections.txt)"]),
        ("fr/insult.lex", header + "connard | insult | 3 | common, bound\n",
         ["fr/insult.lex:3: flags 'common' and 'bound' exclude each other"]),
        ("fr/insult.lex", header + "fils de pute | insult | 4 | prefix\n",
         ["fr/insult.lex:3: 'prefix' applies to single words, not to the phrase 'fils de pute'"]),
        ("fr/insult.lex", header + "connard | insult | 3 |\nConnard | insult | 2 |\n",
         ["fr/insult.lex:4: rule id 'fr.insult.connard' is already used at fr/insult.lex:3; give one of them 'id=…'"]),
        ("fr/insult.lex", header + "c@! | insult | 3 |\n",
         ["fr/insult.lex:3: term 'c@!' does not read as words; write plain words (no symbols, leetspeak or spacing)"]),
        ("fr/insult.lex", header + "| insult | 3 |\n", ["fr/insult.lex:3: empty term"]),
        ("fr/allow.lex", "@format decorum-allowlist 1\n@language fr\ncontacter | x\n",
         ["fr/allow.lex:3: an allowlist line holds one word, found 'contacter | x'"]),
        ("fr/inflections.txt", "@format decorum-inflections 1\n@language fr\nard | ard\n",
         ["fr/inflections.txt:3: expected 3 columns 'group | ending | forms', found 2"]),
        ("fr/inflections.txt", "@format decorum-inflections 1\n@language fr\nard | ard | s\nard | ard | e\n",
         ["fr/inflections.txt:4: inflection group 'ard' is defined twice"]),
        ("fr/insult.lex", header + "@category insult\n", ["fr/insult.lex:3: unknown directive '@category insult'"]),
        ("fr/address.txt", "@format decorum-address 1\n@language fr\ncue\n",
         ["fr/address.txt:3: expected 2 columns 'cue | words', 'modifier | words' or 'object | word', found 1"]),
        ("fr/address.txt", "@format decorum-address 1\n@language fr\nvocative | hé\n",
         ["fr/address.txt:3: unknown kind 'vocative'; expected 'cue', 'modifier' or 'object'"]),
        ("fr/address.txt", "@format decorum-address 1\n@language fr\nobject | le la\n",
         ["fr/address.txt:3: an object is one word, found 'le la'"]),
        ("fr/address.txt", "@format decorum-address 1\n@language fr\ncue | *!\n", ["fr/address.txt:3: '*!' does not read as words"]),
        ("fr/reviewed.txt", "@format decorum-reviewed 1\n@language fr\ncasse cul\n",
         ["fr/reviewed.txt:3: a reviewed-words line holds one word, found 'casse cul'"]),
    ]

    @Test("reports file:line and what is wrong", arguments: bad)
    func reports(_ path: String, _ content: String, _ expected: [String]) {
        var builder = LexiconBuilder()
        builder.load(files: [(path, Array(content.utf8))])
        let problems: [String]
        do {
            _ = try builder.build()
            problems = []
        } catch let error as DataFileError {
            problems = error.problems.map(\.description)
        } catch {
            problems = ["unexpected \(error)"]
        }
        #expect(problems == expected)
    }

    @Test("reports invalid UTF-8 and NUL bytes by line, and goes on")
    func badEncoding() {
        var builder = LexiconBuilder()
        let bytes = Array(Self.header.utf8) + [0x63, 0xFF, 0x0A] + Array("conne | insult | 2 |\n".utf8) + [0x00, 0x0A]
        builder.load(path: "fr/insult.lex", bytes: bytes)
        #expect(builder.diagnostics.map(\.description) == [
            "fr/insult.lex:3: invalid UTF-8; data files must be UTF-8 text",
            "fr/insult.lex:5: NUL character; data files must be text",
        ])
    }

    @Test("generates inflected forms from groups, in any file order")
    func inflections() throws {
        var builder = LexiconBuilder()
        builder.load(files: [
            ("fr/insult.lex", Array((Self.header + "connard | insult | 3 | infl=ard\nespèce de connard | insult | 3 | infl=ard\n").utf8)),
            ("fr/inflections.txt", Array("@format decorum-inflections 1\n@language fr\nard | ard | ards asse asses\n".utf8)),
            ("de/sexual.lex", Array("@format decorum-lexicon 1\n@language de\nficken | sexual | 3 | infl=v\n".utf8)),
            ("de/inflections.txt", Array("@format decorum-inflections 1\n@language de\nv | en | e st t ge~t .\n".utf8)),
        ])
        let lexicon = try builder.build()
        #expect(lexicon.entries.first { $0.id == "fr.insult.connard" }?.forms == ["connard", "connards", "connasse", "connasses"])
        #expect(lexicon.entries.first { $0.id == "fr.insult.espèce_de_connard" }?.forms.last == "espèce de connasses")
        #expect(lexicon.entries.first { $0.id == "de.sexual.ficken" }?.forms == ["ficken", "ficke", "fickst", "fickt", "gefickt", "fick"])
    }

    @Test("the bundled lexicons load without a problem")
    func bundled() throws {
        let data = try DecorumData.bundled()
        for language in Language.allCases {
            let count = data.lexicon.entries.filter { $0.language == language }.count
            #expect(count >= 200, "\(language): only \(count) entries")
            for category in Category.allCases {
                #expect(data.lexicon.entries.contains { $0.language == language && $0.category == category },
                        "\(language) has no \(category) entry")
            }
        }
    }
}
