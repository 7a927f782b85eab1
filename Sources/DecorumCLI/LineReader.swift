#if canImport(Glibc)
import Glibc
#endif

/// Reads a file or standard input line by line, in chunks, without holding the whole input.
public final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let closes: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next line break: the bytes from `start` to here have none.
    private var searched = 0
    private var atEOF = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// Bytes returned so far, line breaks included.
    public private(set) var bytesRead = 0

    /// Opens `path`, or reads standard input for `-`.
    /// - Throws: `CLIError.cannotOpen` when the file cannot be opened.
    public init(path: String) throws {
        if path == "-" {
            file = StandardStreams.input
            closes = false
        } else {
            guard let f = fopen(path, "rb") else { throw CLIError.cannotOpen(path, String(cString: strerror(errno))) }
            file = f
            closes = true
        }
    }

    deinit { if closes { fclose(file) } }

    /// The next line without its `\n` (and `\r`), or nil at the end of input.
    /// - Throws: `CLIError.readFailed` on an I/O error.
    public func next() throws -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                bytesRead += newline + 1 - start
                start = newline + 1
                searched = start
                if line.last == 0x0D { line.removeLast() }
                lineNumber += 1
                return line
            }
            if atEOF {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                bytesRead += buffer.count - start
                start = buffer.count
                if line.last == 0x0D { line.removeLast() }
                lineNumber += 1
                return line
            }
            searched = buffer.count - start
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(file) != 0 { throw CLIError.readFailed(String(cString: strerror(errno))) }
                atEOF = true
            }
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
