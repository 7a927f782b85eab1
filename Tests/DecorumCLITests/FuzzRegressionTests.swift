import DecorumFuzz
import Foundation
import Testing

/// The fuzz targets' seeds and every input they once failed on (`Fixtures/fuzz/`), checked
/// against the same invariants the fuzzers check.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let targets: [(name: String, check: @Sendable ([UInt8]) -> [String])] = [
        ("normalizer", NormalizerFuzz.check), ("loaders", LoaderFuzz.check), ("readers", ReaderFuzz.check),
    ]

    @Test("seeds and crashers keep every invariant", arguments: ["seeds", "crashers"])
    func replay(_ kind: String) throws {
        var replayed = 0
        for target in Self.targets {
            for file in FuzzDriver.files(at: Fixtures.path("fuzz/\(kind)/\(target.name)")) ?? [] {
                let bytes = try #require(FileManager.default.contents(atPath: file))
                let violations = target.check(Array(bytes))
                #expect(violations.isEmpty, "\(file):\n\(violations.joined(separator: "\n"))")
                replayed += 1
            }
        }
        if kind == "seeds" { #expect(replayed >= 30) }
    }
}
