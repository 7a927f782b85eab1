import DecorumFuzz

/// `fuzz-normalizer`: a libFuzzer target whose inputs `NormalizerFuzz` checks, or, in an ordinary
/// build, a replayer of inputs (`fuzz-normalizer FILE|FOLDER…`; exits 1 if one fails).
@main
enum FuzzNormalizer {
    static func main() {
        FuzzDriver.main("fuzz-normalizer", warmUp: [1] + Array("you idiot".utf8), NormalizerFuzz.check)
    }
}
