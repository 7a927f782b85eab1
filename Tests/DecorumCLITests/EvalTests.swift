import Foundation
import Testing
@testable import DecorumCLI
@testable import DecorumEngine

/// The package's root folder (three levels above this file).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Writes `content` to a fresh temporary file and returns its path.
func temporaryFile(_ name: String, _ content: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(content.utf8).write(to: url)
    return url.path
}

func verdict(_ decision: Decision, _ categories: [Category] = []) -> Verdict {
    Verdict(
        decision: decision, language: .en, languageConfidence: 1,
        findings: categories.map { Finding(category: $0, severity: .strong, rule: "r.\($0)", start: 0, end: 1, text: "x", language: .en) },
        notice: nil, invalidUTF8: [])
}

func labelled(_ expected: LabelledCase.Expectation, _ labels: Set<Category> = [], source: String = "support:x", language: Language = .en) -> LabelledCase {
    LabelledCase(id: "c", language: language, text: "t", labels: labels, expected: expected, source: source, location: "f:1")
}

@Suite("Evaluation")
struct EvaluationTests {
    @Test("counts flags, false alarms and escalations per slice")
    func counts() {
        var evaluation = Evaluation(byKind: true)
        evaluation.add(labelled(.flag, [.insult]), verdict(.close, [.insult]))          // TP
        evaluation.add(labelled(.flag, [.sexual]), verdict(.allow))                     // FN
        evaluation.add(labelled(.allow), verdict(.review, [.profanity]))                // FP
        evaluation.add(labelled(.allow, language: .fr), verdict(.allow))                // TN
        evaluation.add(labelled(.escalate, [.threat]), verdict(.close, [.threat]))      // TP, escalation missed
        evaluation.add(labelled(.flag, [.insult]), verdict(.escalate, [.insult]))       // TP, escalated wrongly
        evaluation.add(labelled(.any), verdict(.close))                                 // left out
        let all = evaluation.slices["all"]!
        #expect((all.truePositives, all.falseNegatives, all.falsePositives, all.trueNegatives) == (3, 1, 1, 1))
        #expect((all.escalatedRight, all.escalationsMissed, all.escalatedWrongly) == (0, 1, 1))
        #expect(all.precision == 0.75 && all.recall == 0.75 && all.falsePositiveRate == 0.5)
        #expect(evaluation.skipped == 1)
        #expect(evaluation.slices["lang:fr"]!.count == 1)
        #expect(evaluation.slices["family:support"]!.count == 6)
        #expect(evaluation.slices["source:support/en"]!.count == 5)
        #expect(evaluation.slices["kind:support:x"]!.count == 6)
        let insult = evaluation.slices["category:insult"]!
        #expect((insult.truePositives, insult.falseNegatives, insult.falsePositives) == (2, 0, 0))
        let profanity = evaluation.slices["category:profanity"]!
        #expect((profanity.truePositives, profanity.falsePositives, profanity.trueNegatives) == (0, 1, 5))
        #expect(evaluation.missed.count == 2 && evaluation.falseAlarms.count == 1)
        #expect(Evaluation.gravest(evaluation.missed, 1).first?.labelled.expected == .escalate)
    }

    /// (file content, the message of the first problem, or nil if it reads)
    static let thresholdFiles: [(String, String?)] = [
        ("@format decorum-thresholds 1\n# c\nall precision >= 0.9\nlang:fr fpr <= 0.02 # note\n", nil),
        ("", "t.txt:1: empty thresholds file"),
        ("all precision >= 0.9\n", "t.txt:1: expected '@format decorum-thresholds 1'"),
        ("@format decorum-thresholds 1\nall accuracy >= 0.9\n", "t.txt:2: expected 'SLICE METRIC >=|<= VALUE' with METRIC one of precision, recall, f1, fpr, esc_precision, esc_recall and VALUE in 0…1"),
        ("@format decorum-thresholds 1\nall recall > 0.9\n", "t.txt:2: expected 'SLICE METRIC >=|<= VALUE' with METRIC one of precision, recall, f1, fpr, esc_precision, esc_recall and VALUE in 0…1"),
        ("@format decorum-thresholds 1\nall recall >= 1.5\n", "t.txt:2: expected 'SLICE METRIC >=|<= VALUE' with METRIC one of precision, recall, f1, fpr, esc_precision, esc_recall and VALUE in 0…1"),
    ]

    @Test("reads thresholds files and names the line of a bad one", arguments: thresholdFiles)
    func thresholdsFile(_ content: String, _ problem: String?) {
        do {
            let thresholds = try Thresholds(path: "t.txt", bytes: Array(content.utf8))
            #expect(problem == nil)
            #expect(thresholds.bounds.map(\.location) == ["t.txt:3", "t.txt:4"])
        } catch {
            #expect(error.description == problem)
        }
    }

    @Test("reports every broken bound with its line")
    func violations() throws {
        var evaluation = Evaluation()
        evaluation.add(labelled(.flag, [.insult]), verdict(.close, [.insult]))
        evaluation.add(labelled(.allow), verdict(.review, [.profanity]))
        let thresholds = try Thresholds(path: "t.txt", bytes: Array("""
            @format decorum-thresholds 1
            all recall >= 1
            all precision >= 0.9
            all fpr <= 0.5
            lang:de recall >= 0.5
            all esc_recall >= 0.5
            """.utf8))
        #expect(thresholds.violations(of: evaluation) == [
            "t.txt:3: all precision is 0.500, expected >= 0.900",
            "t.txt:4: all fpr is 1.000, expected <= 0.500",
            "t.txt:5: slice 'lang:de' has no cases",
            "t.txt:6: all esc_recall is undefined (no cases for it)",
        ])
    }

    @Test("decorum eval prints figures and misses, and exits 1 on a broken threshold, 2 on a bad line")
    func command() throws {
        let data = try temporaryFile("cases.jsonl", """
            {"id": "a", "lang": "en", "text": "You absolute idiot.", "labels": ["insult"], "expect": "flag", "source": "support:insult"}
            {"id": "b", "lang": "en", "text": "Please reset my password.", "labels": [], "expect": "allow", "source": "support:civil"}
            {"id": "c", "lang": "en", "text": "The weather is lovely.", "labels": ["insult"], "expect": "flag", "source": "support:insult"}

            """)
        let clean = try runDecorum(["eval", data])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("lang:en"))
        #expect(clean.stdout.contains("family:support"))
        #expect(clean.stdout.contains("missed: 1"))
        #expect(clean.stdout.contains("c (\(data):3) expected flag insult, got allow"))
        let bounds = try temporaryFile("t.txt", "@format decorum-thresholds 1\nall recall >= 0.9\n")
        let broken = try runDecorum(["eval", "--thresholds", bounds, data])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("\(bounds):2: all recall is 0.500, expected >= 0.900"))
        let bad = try temporaryFile("bad.jsonl", "{\"id\": \"x\", \"text\": \"hi\", \"expect\": \"maybe\"}\n")
        let failed = try runDecorum(["eval", data, bad])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("\(bad):1: field 'expect' must be allow, flag, escalate or any"))
        let json = try runDecorum(["eval", "--json", data])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let slices = try #require(object["slices"] as? [String: Any])
        #expect((slices["all"] as? [String: Any])?["recall"] as? Double == 0.5)
    }
}

/// The regression gate: Decorum on `Corpus/` must meet `Corpus/thresholds.txt`.
@Suite("Corpus gate")
struct CorpusGateTests {
    @Test("every figure of Corpus/ meets its committed threshold")
    func gate() throws {
        let corpus = packageRoot.appendingPathComponent("Corpus")
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".jsonl") && $0.contains("/") }.sorted().map { corpus.appendingPathComponent($0).path }
        #expect(files.count >= 4)
        let result = try runDecorum(["eval", "--by-kind", "--thresholds", corpus.appendingPathComponent("thresholds.txt").path, "--misses", "30"] + files)
        #expect(result.status == 0, "\(result.stderr)\n\(result.stdout)")
    }
}
