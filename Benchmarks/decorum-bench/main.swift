// decorum-bench: throughput of Decorum's pipeline, stage by stage, against two baselines
// measured in the same run (a pass over the bytes, ICU NFKC_Casefold of the same text).
//
//     swift run -c release decorum-bench [--messages N] [--rounds R] [--corpus DIR]
//     swift run -c release decorum-bench --startup [--rounds R]
//     swift run -c release decorum-bench --write-jsonl FILE [--messages N]
//
// The messages are generated from the project's own Corpus/xx/support.jsonl: ticket-sized
// (100–400 bytes), one language each, in equal parts English, French, German and Spanish,
// about 5% of them with one violating sentence.
//
// Start-up is measured both ways: the built-in data decoded from the snapshot the build
// embedded (what `Moderator(policy:)` does), and compiled from the embedded files (what
// `--data` and policy files with terms do). `--startup` prints only those figures.

import CICUShim
import Decorum
import DecorumText
import Dispatch
import Foundation

struct Options {
    var messages = 20_000
    var rounds = 3
    var corpus = "Corpus"
    var seed: UInt64 = 42
    var writeJSONL: String?
    /// Only this stage (for a profiler), after the baselines.
    var stage: String?
    /// Only the start-up figures.
    var startupOnly = false

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let v = rest.popFirst() else { throw BenchError("\(name) needs a value") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--messages": messages = try Int(value(argument)).flatMap { $0 > 0 ? $0 : nil } ?? { throw BenchError("--messages takes a positive number") }()
            case "--rounds": rounds = try Int(value(argument)).flatMap { $0 > 0 ? $0 : nil } ?? { throw BenchError("--rounds takes a positive number") }()
            case "--corpus": corpus = try value(argument)
            case "--seed": seed = try UInt64(value(argument)) ?? { throw BenchError("--seed takes a number") }()
            case "--write-jsonl": writeJSONL = try value(argument)
            case "--stage": stage = try value(argument)
            case "--startup": startupOnly = true
            default: throw BenchError("unknown argument '\(argument)'")
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A small deterministic generator, so that every run measures the same messages.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Ticket-sized messages made of the corpus's own texts.
enum MessageGenerator {
    /// The compliant and the violating texts of one language's corpus file.
    struct Pool { var compliant: [String] = []; var violating: [String] = [] }

    static func pools(corpus: String) throws -> [String: Pool] {
        var pools: [String: Pool] = [:]
        for language in ["en", "fr", "de", "es"] {
            let path = "\(corpus)/\(language)/support.jsonl"
            guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path) (run from the package root or pass --corpus)") }
            for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = object["text"] as? String, let expect = object["expect"] as? String
                else { throw BenchError("\(path):\(number + 1): not a corpus record") }
                guard text.utf8.count <= 300 else { continue }
                if expect == "allow" { pools[language, default: Pool()].compliant.append(text) } else { pools[language, default: Pool()].violating.append(text) }
            }
        }
        return pools
    }

    /// `count` messages of 100–400 bytes; about one in twenty holds a violating text.
    static func messages(count: Int, pools: [String: Pool], seed: UInt64) -> [(language: String, text: String)] {
        var random = SplitMix64(state: seed)
        let languages = pools.keys.sorted()
        return (0..<count).map { _ in
            let language = languages.randomElement(using: &random)!
            let pool = pools[language]!
            var parts: [String] = []
            var length = 0
            let violating = Int.random(in: 0..<20, using: &random) == 0
            if violating, let text = pool.violating.randomElement(using: &random) { parts.append(text); length += text.utf8.count }
            while length < 100 {
                let text = pool.compliant.randomElement(using: &random)!
                if length + text.utf8.count + 1 > 400 { if length == 0 { continue } else { break } }
                parts.insert(text, at: Int.random(in: 0...parts.count, using: &random))
                length += text.utf8.count + 1
            }
            return (language, parts.joined(separator: " "))
        }
    }
}

/// ICU alone: UTF-8 to UTF-16 with ICU's converter, then NFKC_Casefold, into reused buffers.
struct ICUCasefold {
    var utf16 = [UInt16](repeating: 0, count: 4096)
    var folded = [UInt16](repeating: 0, count: 16384)

    /// The number of UTF-16 units NFKC_Casefold makes of `message`.
    mutating func fold(_ message: [UInt8]) -> Int {
        var status: Int32 = 0
        let units: Int32 = message.withUnsafeBufferPointer { src in
            utf16.withUnsafeMutableBufferPointer { dst in
                CICUShim_utf8ToUTF16(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &status)
            }
        }
        let written: Int32 = utf16.withUnsafeBufferPointer { src in
            folded.withUnsafeMutableBufferPointer { dst in
                CICUShim_nfkcCasefold(src.baseAddress, units, dst.baseAddress, Int32(dst.count), &status)
            }
        }
        return Int(written)
    }
}

/// The CPU seconds `body` takes on this thread, best of `rounds`: time the thread spends
/// waiting for a core on a shared machine does not count, time spent working does.
func best(_ rounds: Int, _ body: () -> Void) -> Double {
    func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
    var fastest = Double.infinity
    for _ in 0..<rounds {
        let start = cpuSeconds()
        body()
        fastest = min(fastest, cpuSeconds() - start)
    }
    return fastest
}

/// Where results go so that the optimizer cannot drop the work that made them.
nonisolated(unsafe) var sink: UInt64 = 0

/// Keeps a value alive so that the optimizer cannot drop the work that made it.
@inline(never) func consume<T>(_ value: T) { withExtendedLifetime(value) {} }

/// Start-up with the built-in data, best of R rounds each: the snapshot's base64 decoded,
/// the snapshot decoded, and the embedded files compiled instead.
struct StartupTimes {
    var base64: Double
    var decode: Double
    var compile: Double

    init(rounds: Int) throws {
        var buffer: SnapshotBuffer?
        var failure: Error?
        base64 = best(rounds) { do { buffer = try DecorumData.bundledSnapshot() } catch { failure = error } }
        decode = best(rounds) { do { if let buffer { consume(try DecorumData(snapshot: buffer)) } } catch { failure = error } }
        compile = best(rounds) { do { consume(try DecorumData(files: DecorumData.bundledFiles)) } catch { failure = error } }
        if let failure { throw failure }
    }

    var description: String {
        let snapshot = base64 + decode
        return String(
            format: "start-up: snapshot %.1f ms (base64 %.1f ms, decoding %.1f ms); compiling the files %.0f ms (%.0f× the snapshot)",
            snapshot * 1e3, base64 * 1e3, decode * 1e3, compile * 1e3, compile / snapshot)
    }
}

func run() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let startup = try StartupTimes(rounds: options.rounds)
    if options.startupOnly {
        print(startup.description)
        return
    }
    let messages = MessageGenerator.messages(count: options.messages, pools: try MessageGenerator.pools(corpus: options.corpus), seed: options.seed)
    if let path = options.writeJSONL {
        var out = ""
        for (k, message) in messages.enumerated() {
            let escaped = try String(decoding: JSONSerialization.data(withJSONObject: [message.text], options: [.withoutEscapingSlashes]), as: UTF8.self).dropFirst().dropLast()
            out += "{\"id\":\"m-\(k + 1)\",\"text\":\(escaped)}\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        print("wrote \(messages.count) messages, \(out.utf8.count) bytes, to \(path)")
        return
    }
    let bytes = messages.map { Array($0.text.utf8) }
    let totalBytes = bytes.reduce(0) { $0 + $1.count }
    let megabytes = Double(totalBytes) / 1_000_000

    let data = try DecorumData.bundled()
    let moderator = try Moderator(policy: .standard, data: data)
    let normalizer = Normalizer()
    let tokenizer = try Tokenizer()

    // Baselines.
    let bytePass = best(options.rounds) {
        var sum: UInt64 = 0
        for message in bytes { for b in message { sum &+= UInt64(b) } }
        sink &+= sum
    }
    var icu = ICUCasefold()
    let icuPass = best(options.rounds) {
        var produced = 0
        for message in bytes { produced += icu.fold(message) }
        consume(produced)
    }

    // Stages, each over the previous stage's results computed beforehand.
    let normalized: [NormalizedText] = bytes.map { b in b.withUnsafeBufferPointer { normalizer.normalize(utf8: $0) } }
    let guesses = normalized.map { data.identifier.identify($0) }
    let tokenized = zip(normalized, guesses).map { tokenizer.tokenize($0, language: $1.language) }
    let scopes = guesses.map { LanguageScope($0) }
    // The verdicts (for the policy stage and the summary line) only when those are measured,
    // so that a profile of one stage shows that stage.
    let verdicts: [Verdict] = options.stage == nil || options.stage == "policy"
        ? bytes.map { b in b.withUnsafeBufferPointer { moderator.moderate(utf8: $0) } } : []

    var stages: [(String, Double)] = []
    func measure(_ name: String, _ body: () -> Void) {
        guard options.stage == nil || options.stage == name else { return }
        stages.append((name, best(options.rounds, body)))
    }
    measure("normalize") {
        for b in bytes { let n = b.withUnsafeBufferPointer { normalizer.normalize(utf8: $0) }; consume(n) }
    }
    measure("language id") {
        for n in normalized { consume(data.identifier.identify(n)) }
    }
    measure("tokenize") {
        for k in normalized.indices { consume(tokenizer.tokenize(normalized[k], language: guesses[k].language)) }
    }
    measure("lexicon match") {
        for k in tokenized.indices { consume(data.lexicon.matches(in: tokenized[k], scope: scopes[k])) }
    }
    measure("patterns") {
        for k in tokenized.indices { consume(data.patterns.matches(in: tokenized[k], scope: scopes[k])) }
    }
    measure("policy") {
        for v in verdicts { consume(moderator.policy.decide(v.findings)) }
    }
    measure("end to end (moderate)") {
        for b in bytes { let v = b.withUnsafeBufferPointer { moderator.moderate(utf8: $0) }; consume(v) }
    }

    let flagged = verdicts.filter { $0.decision != .allow }.count
    print("decorum-bench: \(messages.count) messages, \(String(format: "%.2f", megabytes)) MB (mean \(totalBytes / messages.count) bytes), \(options.stage == nil ? "\(flagged) not allowed, " : "")best of \(options.rounds)")
    print(startup.description)
    print("")
    func row(_ name: String, _ seconds: Double) -> String {
        let mbps = megabytes / seconds
        return name.padding(toLength: 28, withPad: " ", startingAt: 0)
            + String(format: "%10.1f %12.0f %10.4f %10.3f", mbps, Double(messages.count) / seconds, mbps / (megabytes / bytePass), mbps / (megabytes / icuPass))
    }
    print("stage                             MB/s   messages/s  ×bytepass   ×ICU NFKC")
    print(row("baseline: byte pass", bytePass))
    print(row("baseline: ICU NFKC_Casefold", icuPass))
    for (name, seconds) in stages { print(row(name, seconds)) }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("decorum-bench: \(error)\n".utf8))
    exit(2)
}
