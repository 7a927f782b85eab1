import DecorumFuzz

/// `fuzz-loaders`: a libFuzzer target whose inputs `LoaderFuzz` checks, or, in an ordinary
/// build, a replayer of inputs (`fuzz-loaders FILE|FOLDER…`; exits 1 if one fails).
@main
enum FuzzLoaders {
    static func main() {
        FuzzDriver.main("fuzz-loaders", warmUp: [0] + Array("@format decorum-lexicon 1\n@language en\nx | insult | 1 |\n".utf8), LoaderFuzz.check)
    }
}
