import Testing
import Decorum
@testable import DecorumEngine

@Suite("Moderator")
struct ModeratorTests {
    static let moderator = Result { try Moderator(policy: .standard) }

    /// (text, language given or nil, expected decision)
    static let decisions: [(String, Language?, Decision)] = [
        ("Espèce de c0nnard !", .fr, .close),
        ("Worst service ever, I will cancel and ask my bank to reverse the charge.", .en, .allow),
        ("Please kill the process and restart the server.", .en, .allow),
        ("The update killed my battery.", .en, .allow),
        ("I searched Scunthorpe for an assessment of the cocktail bar.", .en, .allow),
        ("Pouvez-vous me contacter au sujet de la console et de la connexion ?", .fr, .allow),
        ("Die Schwanzflosse des Wals, ein seltsamer Gesichtsausdruck.", .de, .allow),
        ("La computadora tuvo una disputa con el servidor.", .es, .allow),
        ("you are such a m o t h e r f u c k e r", .en, .close),
        ("du bist ein A r s c h l o c h", .de, .close),
        ("this is sh1t", .en, .review),
        ("hijo de puta", .es, .close),
        ("I will kill you", .en, .escalate),
        ("je vais te tuer", .fr, .escalate),
        ("ich bringe dich um", .de, .escalate),
        ("te voy a matar", .es, .escalate),
        ("je vais te t u e r si tu raccroches", .fr, .escalate),
        ("h i j o d e p u t a, contesta", .es, .close),
    ]

    @Test("a disguised word inside a phrase completes the phrase")
    func phraseWithDisguisedWord() throws {
        let text = "Ta g.u.e.u.l.e, j'attends"
        let verdict = try Self.moderator.get().moderate(text, language: .fr)
        let finding = try #require(verdict.findings.first)
        #expect(finding.rule == "fr.harassment.ta_gueule")
        #expect(finding.text == "Ta g.u.e.u.l.e")
    }

    @Test("decides as a support team would", arguments: decisions)
    func decides(_ text: String, _ language: Language?, _ expected: Decision) throws {
        let verdict = try Self.moderator.get().moderate(text, language: language)
        #expect(verdict.decision == expected, "\(text): \(verdict.findings.map(\.rule))")
    }

    @Test("findings slice exactly the original text, also with emoji and invisible characters",
          arguments: [
            ("🎉🎉 ok ｆ.u.c.k 👍🏽 this", Language.en, "ｆ.u.c.k"),
            ("😡 sh\u{200B}it happens 👩‍👩‍👧", .en, "sh\u{200B}it"),
            ("Espèce de c0nnard ! 🤬", .fr, "c0nnard"),
            ("naïve 🙃 MOTHERFUCKER!!", .en, "MOTHERFUCKER"),
            ("Ｄｕ 🐷 Ａｒｓｃｈｌｏｃｈ", .de, "Ａｒｓｃｈｌｏｃｈ"),
          ])
    func spans(_ text: String, _ language: Language, _ expected: String) throws {
        let verdict = try Self.moderator.get().moderate(text, language: language)
        let bytes = Array(text.utf8)
        let slices = verdict.findings.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(slices.contains(expected), "\(slices)")
        #expect(verdict.findings.allSatisfy { $0.text == String(decoding: bytes[$0.range], as: UTF8.self) })
    }

    /// (text, language, the spans of the findings, in text order)
    static let exclamations: [(String, Language, [String])] = [
        ("fuck!", .en, ["fuck"]),
        ("Shit! the server is down", .en, ["Shit"]),
        ("you fucktards!", .en, ["fucktards", "fucktards"]),
        ("$hit!", .en, ["$hit"]),
        ("Scheiße!", .de, ["Scheiße"]),
        ("kácken!", .de, ["kácken"]),
        // A final `!` standing for the word's last letter stays in the span.
        ("du h!rn!", .de, ["h!rn!"]),
    ]

    @Test("a final exclamation mark is punctuation in a span, unless it stands for the word's last letter",
          arguments: exclamations)
    func exclamation(_ text: String, _ language: Language, _ expected: [String]) throws {
        let verdict = try Self.moderator.get().moderate(text, language: language)
        #expect(verdict.findings.map(\.text) == expected, "\(verdict.findings.map { ($0.rule, $0.text) })")
    }

    @Test("the design example: offsets 11..<18 of c0nnard")
    func designExample() throws {
        let verdict = try Self.moderator.get().moderate("Espèce de c0nnard !", language: .fr)
        let finding = try #require(verdict.findings.first)
        #expect(finding.range == 11..<18)
        #expect(finding.category == .insult)
        #expect(verdict.notice?.hasPrefix("Votre demande") == true)
    }

    @Test("an explicit language wins over identification")
    func explicitLanguage() throws {
        let verdict = try Self.moderator.get().moderate("the weather is nice today", language: .de)
        #expect(verdict.language == .de)
        #expect(verdict.languageConfidence == 1)
    }

    @Test("policies differ on mild swearing, agree on threats")
    func policies() throws {
        let data = try DecorumData.bundled()
        let mild = "damn, the parcel is late again"
        #expect(try Moderator(policy: .lenient, data: data).moderate(mild, language: .en).decision == .allow)
        #expect(try Moderator(policy: .standard, data: data).moderate(mild, language: .en).decision == .review)
        #expect(try Moderator(policy: .strict, data: data).moderate(mild, language: .en).decision >= .review)
        for policy in [Policy.strict, .standard, .lenient] {
            #expect(try Moderator(policy: policy, data: data).moderate("I will kill you", language: .en).decision == .escalate)
        }
    }

    @Test("policy table: the gravest finding decides")
    func gravest() {
        let f = { (c: Category, s: Int) in
            Finding(category: c, severity: Severity(rawValue: s)!, rule: "r", start: 0, end: 1, text: "x", language: .en)
        }
        #expect(Policy.standard.decide([]) == .allow)
        #expect(Policy.standard.decide([f(.profanity, 1)]) == .review)
        #expect(Policy.standard.decide([f(.profanity, 1), f(.insult, 3)]) == .close)
        #expect(Policy.standard.decide([f(.profanity, 1), f(.threat, 4)]) == .escalate)
        #expect(Policy.lenient.decide([f(.threat, 3)]) == .escalate)
    }
}

@Suite("Notices")
struct NoticeTests {
    @Test("a team's notices file replaces the templates it gives and keeps the others")
    func teamNotices() throws {
        let bundled = try DecorumData.bundled().notices
        let team = try Notices(path: "team/notices.txt", bytes: Array("@format decorum-notices 1\nfr close | Merci de reformuler.\n".utf8))
        let merged = bundled.replacing(with: team)
        #expect(merged.notice(for: .close, language: .fr) == "Merci de reformuler.")
        #expect(merged.notice(for: .escalate, language: .fr) == bundled.notice(for: .escalate, language: .fr))
        #expect(merged.notice(for: .close, language: .de) == bundled.notice(for: .close, language: .de))
        #expect(merged.notice(for: .review, language: .fr) == nil)
        for language in Language.allCases {
            for decision in [Decision.close, .escalate] {
                #expect(bundled.templates[language]?[decision]?.isEmpty == false, "\(language) \(decision)")
            }
        }
    }
}
