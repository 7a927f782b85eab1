#if canImport(Glibc)
import Glibc
#endif

/// Reads a file, standard input or bytes in memory line by line, in chunks, without
/// holding the whole input.
///
/// `next()` returns whole lines however long; `next(limit:)` keeps memory bounded: a line
/// longer than `limit` bytes is passed over without being held, and reported by its length.
public final class LineReader {
    /// Where the bytes come from.
    private enum Source {
        case file(UnsafeMutablePointer<FILE>, closes: Bool)
        case memory([UInt8], position: Int, chunkSize: Int)
    }

    /// One line as `next(limit:)` reads it.
    public enum Line: Sendable, Equatable {
        /// The line without its `\n` (and `\r`).
        case text([UInt8])
        /// A line longer than the limit, passed over: its length in bytes, line break excluded.
        case tooLong(length: Int)
    }

    private var source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to go on looking for a line break: `buffer[start..<scanned]` holds none.
    private var scanned = 0
    private var atEOF = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// Bytes returned so far, line breaks included.
    public private(set) var bytesRead = 0

    /// The bytes read from the source at a time.
    public static let chunkSize = 1 << 16

    /// Opens `path`, or reads standard input for `-`.
    /// - Throws: `CLIError.cannotOpen` when the file cannot be opened.
    public init(path: String) throws {
        if path == "-" {
            source = .file(StandardStreams.input, closes: false)
        } else {
            guard let f = fopen(path, "rb") else { throw CLIError.cannotOpen(path, String(cString: strerror(errno))) }
            source = .file(f, closes: true)
        }
    }

    /// Reads the lines of `bytes`, `chunkSize` bytes at a time (for tests and fuzzing).
    public init(bytes: [UInt8], chunkSize: Int = LineReader.chunkSize) {
        source = .memory(bytes, position: 0, chunkSize: max(1, chunkSize))
    }

    deinit { if case .file(let file, closes: true) = source { fclose(file) } }

    /// The next line without its `\n` (and `\r`), or nil at the end of input.
    /// - Throws: `CLIError.readFailed` on an I/O error.
    public func next() throws -> [UInt8]? {
        switch try next(limit: Int.max) {
        case .text(let line): line
        case .tooLong, nil: nil  // unreachable: no line is longer than Int.max
        }
    }

    /// The next line, or nil at the end of input; a line longer than `limit` bytes (its
    /// `\r` excluded) is read through without being kept. Memory stays within about
    /// `limit` plus one chunk.
    /// - Throws: `CLIError.readFailed` on an I/O error.
    public func next(limit: Int) throws -> Line? {
        var skipped = 0
        while true {
            if let newline = Self.firstNewline(in: buffer, from: scanned) {
                let end = newline + 1
                defer { (start, scanned) = (end, end) }
                return finishLine(buffer[start..<newline], consumed: end - start, skipped: skipped, limit: limit)
            }
            if atEOF {
                guard start < buffer.count || skipped > 0 else { return nil }
                let end = buffer.count
                defer { (start, scanned) = (end, end) }
                return finishLine(buffer[start..<end], consumed: end - start, skipped: skipped, limit: limit)
            }
            scanned = buffer.count
            if scanned - start - 1 > limit {
                // Longer than the limit even without a final `\r`: keep only the last byte
                // (a possible `\r`) and count the rest.
                let drop = scanned - start - 1
                skipped += drop
                bytesRead += drop
                start += drop
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            try fill()
        }
    }

    /// The index of the first `\n` in `buffer` from `start` on (`memchr`: fast even in
    /// debug builds, where a 100 MB line is scanned).
    private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start).map {
                UnsafeRawPointer(bytes.baseAddress!).distance(to: $0)
            }
        }
    }

    private func finishLine(_ raw: ArraySlice<UInt8>, consumed: Int, skipped: Int, limit: Int) -> Line {
        bytesRead += consumed
        lineNumber += 1
        var line = raw
        if line.last == 0x0D { line.removeLast() }
        let length = skipped + line.count
        return length > limit ? .tooLong(length: length) : .text(Array(line))
    }

    /// Appends the next chunk of the source to the buffer; sets `atEOF` at its end.
    private func fill() throws {
        switch source {
        case .file(let file, _):
            let before = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress! + before, 1, Self.chunkSize, file) }
            buffer.removeLast(Self.chunkSize - n)
            if n < Self.chunkSize {
                if ferror(file) != 0 { throw CLIError.readFailed(String(cString: strerror(errno))) }
                atEOF = true
            }
        case .memory(let bytes, let position, let chunkSize):
            let end = min(position + chunkSize, bytes.count)
            buffer.append(contentsOf: bytes[position..<end])
            source = .memory(bytes, position: end, chunkSize: chunkSize)
            if end == bytes.count { atEOF = true }
        }
    }
}

/// Buffered writing to standard output or error; a closed pipe ends output quietly.
public final class OutputStream {
    private let file: UnsafeMutablePointer<FILE>
    private let closes: Bool
    private var buffer: [UInt8] = []
    /// Whether the reader went away (`| head`): further output is dropped.
    public private(set) var isClosed = false

    /// Standard output.
    public static func standardOutput() -> OutputStream { OutputStream(StandardStreams.output) }
    /// Standard error.
    public static func standardError() -> OutputStream { OutputStream(StandardStreams.error) }

    /// A new file at `path` (replaced if it exists), closed when the stream goes away.
    /// A write that fails there sets `isClosed` too: callers check it to report the failure.
    /// - Throws: `CLIError.cannotCreate` when the file cannot be created.
    public static func file(path: String) throws -> OutputStream {
        guard let f = fopen(path, "wb") else { throw CLIError.cannotCreate(path, String(cString: strerror(errno))) }
        return OutputStream(f, closes: true)
    }

    init(_ file: UnsafeMutablePointer<FILE>, closes: Bool = false) {
        self.file = file
        self.closes = closes
        // A closed pipe must show up as a write error here, not kill the process.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether the stream is a terminal.
    public var isTerminal: Bool { isatty(fileno(file)) != 0 }

    /// Writes `text` (buffered).
    public func write(_ text: String) {
        guard !isClosed else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out the buffer.
    public func flush() {
        guard !isClosed, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written < buffer.count || fflush(file) != 0 { isClosed = true }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
        if closes { fclose(file) }
    }
}

/// The process's standard streams, opened once on file descriptors 0, 1 and 2.
///
/// `nonisolated(unsafe)`: the `FILE` handles are only used from the command's own
/// (single) thread, and stdio locks each call anyway.
enum StandardStreams {
    nonisolated(unsafe) static let input: UnsafeMutablePointer<FILE> = fdopen(0, "rb")
    nonisolated(unsafe) static let output: UnsafeMutablePointer<FILE> = fdopen(1, "wb")
    nonisolated(unsafe) static let error: UnsafeMutablePointer<FILE> = fdopen(2, "wb")
}

/// Errors of the command-line layer, each naming what went wrong and where.
public enum CLIError: Error, CustomStringConvertible {
    case cannotOpen(String, String)
    case cannotCreate(String, String)
    case readFailed(String)
    case usage(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open: \(reason)"
        case .cannotCreate(let path, let reason): "\(path): cannot create: \(reason)"
        case .readFailed(let reason): "read failed: \(reason)"
        case .usage(let message): message
        }
    }
}
