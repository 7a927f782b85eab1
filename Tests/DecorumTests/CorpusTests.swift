import Foundation
import Testing
@testable import Decorum

/// One labelled case of `Corpus/`.
struct CorpusCase {
    var id: String
    var language: Language
    var text: String
    var expect: String
}

/// Reads every `Corpus/xx/*.jsonl` file of the package.
func loadCorpus() throws -> [CorpusCase] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")
    var cases: [CorpusCase] = []
    for language in Language.allCases {
        let folder = root.appendingPathComponent(language.rawValue)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in files.sorted() where name.hasSuffix(".jsonl") {
            let content = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (n, line) in content.split(separator: "\n").enumerated() {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                guard let object, let id = object["id"] as? String, let text = object["text"] as? String,
                      let expect = object["expect"] as? String, let lang = (object["lang"] as? String).flatMap(Language.init(code:))
                else {
                    Issue.record("Corpus/\(language.rawValue)/\(name):\(n + 1): not a corpus case")
                    continue
                }
                cases.append(CorpusCase(id: id, language: lang, text: text, expect: expect))
            }
        }
    }
    return cases
}

@Suite("Corpus")
struct CorpusTests {
    @Test("every language has labelled cases, half of them compliant")
    func shape() throws {
        let cases = try loadCorpus()
        for language in Language.allCases {
            let mine = cases.filter { $0.language == language }
            #expect(mine.count >= 100, "\(language): \(mine.count) cases")
            let allowed = mine.filter { $0.expect == "allow" }.count
            #expect(allowed * 3 >= mine.count, "\(language): \(allowed) compliant of \(mine.count)")
        }
        #expect(Set(cases.map(\.id)).count == cases.count, "corpus ids must be unique")
    }

    @Test("the language identifier tells the corpus languages apart")
    func languageIdentification() throws {
        let data = try DecorumData.bundled()
        let cases = try loadCorpus()
        for language in Language.allCases {
            let mine = cases.filter { $0.language == language }
            let right = mine.filter { data.identifier.identify(Normalizer().normalize($0.text)).language == language }.count
            let accuracy = Double(right) / Double(max(mine.count, 1))
            #expect(accuracy >= 0.85, "\(language): \(right) of \(mine.count) identified")
        }
    }

    /// Quality floors: the corpus measured as the score tool measures (flagged = not allow).
    @Test("precision and recall on the corpus stay above their floors")
    func quality() throws {
        let moderator = try Moderator(policy: .standard)
        let cases = try loadCorpus()
        for language in Language.allCases {
            var tp = 0, fp = 0, fn = 0, tn = 0
            var misses: [String] = []
            for c in cases where c.language == language && c.expect != "any" {
                let flagged = moderator.moderate(c.text, language: c.language).decision != .allow
                let gold = c.expect != "allow"
                switch (gold, flagged) {
                case (true, true): tp += 1
                case (false, true): fp += 1; misses.append("FP \(c.id): \(c.text)")
                case (true, false): fn += 1; misses.append("FN \(c.id): \(c.text)")
                case (false, false): tn += 1
                }
            }
            let precision = Double(tp) / Double(max(tp + fp, 1))
            let recall = Double(tp) / Double(max(tp + fn, 1))
            #expect(precision >= 0.9, "\(language) precision \(precision)\n\(misses.joined(separator: "\n"))")
            #expect(recall >= 0.8, "\(language) recall \(recall)\n\(misses.joined(separator: "\n"))")
        }
    }
}
