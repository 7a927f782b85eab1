#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with the C library: canned replies, configuration and policy files.
///
/// Not `FileManager.contents(atPath:)`: on an empty file, Foundation on Linux leaks the
/// buffer it read into, which LeakSanitizer reports (and `decorum lint` reads every file of
/// a folder, empty ones too).
enum FileBytes {
    /// The bytes of the file at `path`.
    /// - Throws: `CLIError.cannotOpen` with the system's reason when it cannot be opened or
    ///   is a folder; `CLIError.readFailed` on an I/O error.
    static func read(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw CLIError.cannotOpen(path, String(cString: strerror(errno))) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes += chunk[0..<count]
            if count < chunk.count {
                // EISDIR shows here: fopen opens a folder for reading on Linux.
                if ferror(file) != 0 { throw CLIError.cannotOpen(path, String(cString: strerror(errno))) }
                return bytes
            }
        }
    }
}
