import DecorumFuzz
import Foundation

/// `fuzz-normalizer`: built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`, a libFuzzer
/// target whose inputs `NormalizerFuzz` checks; in an ordinary build, it replays inputs instead
/// (`fuzz-normalizer FILE|FOLDER…`, standard input when none) and exits 1 if one fails.
@main
enum FuzzNormalizer {
    static func main() {
        #if FUZZING
        // Load the data once before libFuzzer starts its clock.
        _ = NormalizerFuzz.check([1] + Array("you idiot".utf8))
        exit(FuzzDriver.runLibFuzzer { data, size in FuzzDriver.fuzz(data, size, NormalizerFuzz.check) })
        #else
        exit(FuzzDriver.replay("fuzz-normalizer", arguments: Array(CommandLine.arguments.dropFirst()), NormalizerFuzz.check))
        #endif
    }
}
