import Testing
import TestSupport
@testable import DecorumEngine

@Suite("Finding deduplication")
struct DeduplicationTests {
    /// The rules of `Moderator.deduplicated` as first written, comparing every pair: the
    /// reference the fast version is checked against.
    static func reference(_ found: [Finding]) -> [Finding] {
        var all = found
        all.sort { ($0.start, -$0.end, -$0.severity.rawValue, $0.rule) < ($1.start, -$1.end, -$1.severity.rawValue, $1.rule) }
        let kept = all.enumerated().filter { (index, f) in
            !all.enumerated().contains { (other, g) in
                guard other != index, g.start <= f.start, g.end >= f.end else { return false }
                if (g.start, g.end) != (f.start, f.end) { return g.severity >= f.severity }
                return g.category == f.category && other < index
            }
        }.map(\.element)
        return kept.filter { f in
            !kept.contains { g in
                g.category == f.category && g.severity > f.severity && f.start <= g.start && g.end <= f.end
            }
        }
    }

    static func finding(_ generator: inout SplitMix64, span: Int) -> Finding {
        let start = Int(generator.next() % 12)
        let category = Category.allCases[Int(generator.next() % 3)]
        let severity = Severity(rawValue: 1 + Int(generator.next() % 4))!
        return Finding(
            category: category, severity: severity, rule: "r\(generator.next() % 4)", start: start,
            end: start + 1 + Int(generator.next() % UInt64(span)), text: "", language: .en)
    }

    @Test("keeps what comparing every pair keeps, over random findings")
    func matchesReference() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<3000 {
            let found = (0..<Int(generator.next() % 14)).map { _ in Self.finding(&generator, span: 1 + round % 8) }
            #expect(Moderator.deduplicated(found) == Self.reference(found), "\(found)")
        }
    }

    @Test("a text with a hundred thousand findings is deduplicated in linear-logarithmic time", .timeLimit(.minutes(5)))
    func manyFindings() {
        let found = (0..<100_000).map {
            Finding(category: .insult, severity: .strong, rule: "en.insult.idiot", start: $0 * 10 + 4, end: $0 * 10 + 9, text: "idiot", language: .en)
        }
        #expect(Moderator.deduplicated(found.shuffled()).count == 100_000)
    }
}
