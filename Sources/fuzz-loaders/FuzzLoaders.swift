import DecorumFuzz
import Foundation

/// `fuzz-loaders`: built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`, a libFuzzer
/// target whose inputs `LoaderFuzz` checks; in an ordinary build, it replays inputs instead
/// (`fuzz-loaders FILE|FOLDER…`, standard input when none) and exits 1 if one fails.
@main
enum FuzzLoaders {
    static func main() {
        #if FUZZING
        // Load the data once before libFuzzer starts its clock.
        _ = LoaderFuzz.check([0] + Array("@format decorum-lexicon 1\n@language en\nx | insult | 1 |\n".utf8))
        exit(FuzzDriver.runLibFuzzer { data, size in FuzzDriver.fuzz(data, size, LoaderFuzz.check) })
        #else
        exit(FuzzDriver.replay("fuzz-loaders", arguments: Array(CommandLine.arguments.dropFirst()), LoaderFuzz.check))
        #endif
    }
}
