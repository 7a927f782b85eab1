import Foundation
import Testing

/// What a run of the built `decorum` binary gave back.
struct DecorumRun {
    /// The exit status.
    var status: Int32
    /// Everything written on standard output, decoded as UTF-8.
    var stdout: String
    /// Everything written on standard error, decoded as UTF-8.
    var stderr: String
    /// The child's own peak resident memory in bytes (`VmHWM`, sampled every 20 ms while it
    /// ran: a high-water mark, so a late sample still holds an early peak); 0 if unread.
    var peakResidentBytes = 0
}

/// The `VmHWM` (peak resident memory) of process `pid` in bytes, or 0 when unreadable.
func peakResidentBytes(of pid: Int32) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes * 1024
}

/// Runs the built `decorum` binary with `arguments` and `input` on standard input, in
/// `directory` (the test process's own when nil).
func runDecorum(_ arguments: [String], input: String = "", in directory: URL? = nil) throws -> DecorumRun {
    try runProcess(decorumExecutable(), arguments, input: input, in: directory)
}

/// The built `decorum` binary, beside the test bundle.
func decorumExecutable() throws -> URL {
    URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        .deletingLastPathComponent().appendingPathComponent("decorum")
}

/// Runs `executable` with `arguments` and `input` on standard input, in `directory` (the
/// test process's own when nil).
func runProcess(_ executable: URL, _ arguments: [String], input: String = "", in directory: URL? = nil) throws -> DecorumRun {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    nonisolated(unsafe) var peak = 0
    let pid = process.processIdentifier
    // The semaphore, signalled when the sampler stops, orders its last write of `peak`
    // before the read below (polling `Thread.isFinished` would not).
    let sampled = DispatchSemaphore(value: 0)
    let sampler = Thread {
        while process.isRunning {
            peak = max(peak, peakResidentBytes(of: pid))
            usleep(20_000)
        }
        sampled.signal()
    }
    sampler.start()
    let writer = Thread { try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8)); try? stdin.fileHandleForWriting.close() }
    writer.start()
    // Standard error is drained on its own thread so a chatty run cannot fill its pipe.
    nonisolated(unsafe) var errorData = Data()
    let drained = DispatchSemaphore(value: 0)
    let reader = Thread { errorData = stderr.fileHandleForReading.readDataToEndOfFile(); drained.signal() }
    reader.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    process.waitUntilExit()
    sampled.wait()
    return DecorumRun(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self), peakResidentBytes: peak)
}

/// The end-to-end fixtures under `Tests/DecorumCLITests/Fixtures` and their golden outputs.
///
/// Set `DECORUM_UPDATE_GOLDEN=1` to rewrite the golden files from the current output
/// (then review the diff like code).
enum Fixtures {
    /// The `Fixtures` folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The path of the fixture `name` (relative to `Fixtures/`).
    static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// Expects `actual` to equal the golden file `golden/name`, or rewrites it when
    /// `DECORUM_UPDATE_GOLDEN=1`; the failure names the first differing line.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = root.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DECORUM_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file golden/\(name); run with DECORUM_UPDATE_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        Issue.record("golden/\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
