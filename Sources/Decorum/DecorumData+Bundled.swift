import DecorumEngine

extension DecorumData {
    /// The data compiled into Decorum: the `Lexicons/` folder, compiled at build time and
    /// decoded from its snapshot on first use.
    /// - Throws: `SnapshotError` if the embedded snapshot cannot be read (a broken build).
    public static func bundled() throws -> DecorumData {
        try bundledResult.get()
    }

    private static let bundledResult: Result<DecorumData, Error> = Result {
        try DecorumData(snapshot: bundledSnapshot())
    }

    /// The snapshot of the compiled built-in data, as the build wrote it.
    /// - Throws: `SnapshotError` if it is not base64 (a broken build).
    package static func bundledSnapshot() throws -> SnapshotBuffer {
        try EmbeddedSnapshot.bytes()
    }

    /// The embedded files, as (path, bytes).
    public static var bundledFiles: [(path: String, bytes: [UInt8])] {
        EmbeddedData.files.map { ($0.path, Array($0.content.utf8)) }
    }

    /// The bundled files plus every data file under `directories` (same layout as
    /// `Lexicons/`: `xx/*.lex`, `xx/inflections.txt`, …), which add to the bundled ones, plus
    /// the in-memory files `adding` (a policy file's terms).
    /// - Throws: `DataFileError` for unreadable files and every problem in them.
    public static func loading(
        extra directories: [String], adding: [(path: String, bytes: [UInt8])] = []
    ) throws -> DecorumData {
        var problems: [DataFileProblem] = []
        let added = directories.flatMap { readFiles(under: $0, into: &problems) }
        guard problems.isEmpty else { throw DataFileError(problems: problems) }
        return try DecorumData(files: bundledFiles + added + adding)
    }
}
