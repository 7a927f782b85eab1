import Foundation
import Testing
import Decorum
@testable import DecorumEngine

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
            #expect(mine.count >= 300, "\(language): \(mine.count) cases")
            let allowed = mine.filter { $0.expect == "allow" }.count
            #expect(allowed * 100 >= mine.count * 45, "\(language): \(allowed) compliant of \(mine.count)")
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
}
