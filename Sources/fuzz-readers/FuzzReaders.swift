import DecorumFuzz
import Foundation

/// `fuzz-readers`: built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`, a libFuzzer
/// target whose inputs `ReaderFuzz` checks; in an ordinary build, it replays inputs instead
/// (`fuzz-readers FILE|FOLDER…`, standard input when none) and exits 1 if one fails.
@main
enum FuzzReaders {
    static func main() {
        #if FUZZING
        // Load the data once before libFuzzer starts its clock.
        _ = ReaderFuzz.check([0] + Array("{\"text\":\"x\"}".utf8))
        exit(FuzzDriver.runLibFuzzer { data, size in FuzzDriver.fuzz(data, size, ReaderFuzz.check) })
        #else
        exit(FuzzDriver.replay("fuzz-readers", arguments: Array(CommandLine.arguments.dropFirst()), ReaderFuzz.check))
        #endif
    }
}
