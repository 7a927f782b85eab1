import Foundation

/// Runs a fuzz check either under libFuzzer or over files, so that a crasher found by the
/// fuzzer replays in an ordinary build.
///
/// A check takes one input's bytes and returns the invariants the input breaks, one
/// sentence each; an empty array means the input passed.
public enum FuzzDriver {
    /// The `main` of a fuzz target: built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`,
    /// hands the process to libFuzzer with `check` (after running it once on `warmUp`, so
    /// that loading the data is not charged to the first input); in an ordinary build,
    /// replays the files named on the command line (`replay`).
    public static func main(_ name: String, warmUp: [UInt8], _ check: @escaping ([UInt8]) -> [String]) -> Never {
        #if FUZZING
        _ = check(warmUp)
        target = check
        exit(runLibFuzzer { data, size in FuzzDriver.fuzz(data, size, FuzzDriver.target ?? { _ in [] }) })
        #else
        exit(replay(name, arguments: Array(CommandLine.arguments.dropFirst()), check))
        #endif
    }

    #if FUZZING
    /// The check libFuzzer's callback runs; set once, before libFuzzer starts.
    nonisolated(unsafe) static var target: (([UInt8]) -> [String])?

    /// Hands the process to libFuzzer (built with `-sanitize=fuzzer`), which calls
    /// `testOneInput` with each input it makes; returns libFuzzer's exit status.
    public static func runLibFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
    }
    #endif

    /// The libFuzzer entry: runs `check` on `size` bytes at `data` and traps, printing the
    /// broken invariants, when there are any (libFuzzer then saves the input).
    public static func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int, _ check: ([UInt8]) -> [String]) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let violations = check(bytes)
        if !violations.isEmpty {
            FileHandle.standardError.write(Data(("broken invariants:\n" + violations.joined(separator: "\n") + "\n").utf8))
            abort()
        }
        return 0
    }

    /// The replay entry of an ordinary build: runs `check` on every file named in
    /// `arguments` (folders are read file by file), or on standard input when there is
    /// none, and prints each input that breaks an invariant.
    /// - Returns: the exit status: 0 when every input passed, 1 otherwise, 2 on a bad path.
    public static func replay(_ name: String, arguments: [String], _ check: ([UInt8]) -> [String]) -> Int32 {
        var inputs: [(String, [UInt8])] = []
        if arguments.isEmpty {
            inputs.append(("<stdin>", Array(FileHandle.standardInput.readDataToEndOfFile())))
        }
        for path in arguments {
            guard let files = files(at: path) else {
                FileHandle.standardError.write(Data("\(name): \(path): cannot be read\n".utf8))
                return 2
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                inputs.append((file, Array(data)))
            }
        }
        var failed = 0
        for (path, bytes) in inputs {
            let violations = check(bytes)
            guard !violations.isEmpty else { continue }
            failed += 1
            print("\(path):\n  " + violations.joined(separator: "\n  "))
        }
        print("\(name): \(inputs.count) input\(inputs.count == 1 ? "" : "s"), \(failed) breaking an invariant")
        return failed == 0 ? 0 : 1
    }

    /// The regular files at `path` (itself, or the files of a folder, sorted); nil when it
    /// does not exist.
    public static func files(at path: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}

#if FUZZING
/// libFuzzer's driver, for programs that have their own `main` (SwiftPM gives every
/// executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
