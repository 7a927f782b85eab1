import DecorumFuzz

/// `fuzz-readers`: a libFuzzer target whose inputs `ReaderFuzz` checks, or, in an ordinary
/// build, a replayer of inputs (`fuzz-readers FILE|FOLDER…`; exits 1 if one fails).
@main
enum FuzzReaders {
    static func main() {
        FuzzDriver.main("fuzz-readers", warmUp: [0] + Array(#"{"text":"x"}"#.utf8), ReaderFuzz.check)
    }
}
