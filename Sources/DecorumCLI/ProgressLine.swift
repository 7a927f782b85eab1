#if canImport(Glibc)
import Glibc
#endif

/// A progress line on a terminal: records, records per second, and, when the input's
/// size is known, the share done and an estimate of the time left. Redrawn in place at
/// most five times a second; `decorum scan` shows it only while standard error is a
/// terminal.
final class ProgressLine {
    private let stream: OutputStream
    private let totalBytes: Int?
    private let started = ProgressLine.now()
    private var lastDraw = 0.0

    /// A line drawn on `stream`; `totalBytes` is the size of the whole input, when known.
    init(stream: OutputStream, totalBytes: Int?) {
        self.stream = stream
        self.totalBytes = totalBytes
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The total size of `paths` in bytes, or nil when one of them is not a regular file
    /// (a pipe, a terminal). `-` is standard input, whose size is known when it is
    /// redirected from a file.
    static func totalSize(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            var info = stat()
            let found = path == "-" ? fstat(0, &info) == 0 : stat(path, &info) == 0
            guard found, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    /// Redraws the line, unless it was drawn less than 0.2 s ago.
    /// - Parameters:
    ///   - records: records read so far.
    ///   - bytes: bytes of input read so far.
    func update(records: Int, bytes: Int) {
        let time = Self.now()
        guard time - lastDraw >= 0.2 else { return }
        lastDraw = time
        stream.write("\r\u{1B}[K" + Self.render(records: records, elapsed: time - started, bytes: bytes, totalBytes: totalBytes))
        stream.flush()
    }

    /// Clears the line.
    func finish() {
        stream.write("\r\u{1B}[K")
        stream.flush()
    }

    /// The text of the line: `12000 records, 3400/s, 42%, 0:07 left`; the share and the
    /// time left only when `totalBytes` is known, the time left once 1% is done.
    /// - Parameters:
    ///   - elapsed: seconds since the scan started.
    ///   - bytes: input bytes read so far, of `totalBytes`.
    static func render(records: Int, elapsed: Double, bytes: Int, totalBytes: Int?) -> String {
        let seconds = max(elapsed, 0.001)
        var line = "\(records) record\(records == 1 ? "" : "s"), \(Int(Double(records) / seconds))/s"
        if let totalBytes, totalBytes > 0 {
            let share = min(Double(bytes) / Double(totalBytes), 1)
            line += ", \(Int(share * 100))%"
            if share >= 0.01 { line += ", " + duration(Int((seconds / share - seconds).rounded())) + " left" }
        }
        return line
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func duration(_ seconds: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
