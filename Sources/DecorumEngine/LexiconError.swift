/// A problem in a data file (lexicon, allowlist, inflections), with where it is.
public struct DataFileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path as given to the loader.
    public var file: String
    /// The 1-based line number (0 when the problem concerns the whole file).
    public var line: Int
    /// What is wrong, as a sentence a lexicon writer can act on.
    public var message: String

    /// A problem at `file:line` (line 0: the whole file).
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Loading data files failed; every problem found is listed, one a line.
public struct DataFileError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var problems: [DataFileProblem]

    /// An error listing `problems`.
    public init(problems: [DataFileProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
