import DecorumText

#if canImport(Glibc)
import Glibc
#endif

/// Everything a `Moderator` needs besides its policy: the compiled lexicon, the language
/// identifier and the notice templates.
public struct DecorumData: Sendable {
    /// The compiled lexicons of every language.
    public let lexicon: Lexicon
    /// The language identifier, learnt from the language samples.
    public let identifier: LanguageIdentifier
    /// The customer notices.
    public let notices: Notices
    /// The pattern rules (threats, harassment, hate, context), compiled.
    public let patterns: PatternSet
    /// Adult and shock sites, whose links are findings.
    public let links: LinkList

    /// Builds the data from files given as (path relative to the data root, bytes):
    /// `Lexicons/xx/*.lex`, `Lexicons/xx/inflections.txt`, `Lexicons/xx/language-sample.txt`,
    /// `Lexicons/xx/classes.txt`, `Lexicons/xx/patterns.txt`, `Lexicons/notices.txt`,
    /// `Lexicons/links.txt`.
    /// - Throws: `DataFileError` listing every problem.
    public init(files: [(path: String, bytes: [UInt8])]) throws {
        var builder = LexiconBuilder()
        builder.load(files: files)
        var samples: [Language: String] = [:]
        var notices: Notices? = nil
        var links = LinkList.empty
        var problems: [DataFileProblem] = []
        for file in files {
            let parts = file.path.split(separator: "/")
            if parts.last == "language-sample.txt", parts.count >= 2, let language = Language(rawValue: String(parts[parts.count - 2])) {
                samples[language, default: ""] += String(decoding: file.bytes, as: UTF8.self) + "\n"
            } else if parts.last == "links.txt" {
                do { links = try LinkList(path: file.path, bytes: file.bytes) } catch let error as DataFileError {
                    problems += error.problems
                }
            } else if parts.last == "notices.txt" {
                // A later notices file (a team's, in an extra folder) replaces the templates
                // it gives and keeps the others.
                do { notices = (notices ?? Notices(templates: [:])).replacing(with: try Notices(path: file.path, bytes: file.bytes)) } catch let error as DataFileError {
                    problems += error.problems
                }
            }
        }
        var patternBuilder = PatternSetBuilder()
        patternBuilder.load(files: files)
        var compiledLexicon: Lexicon?
        var compiledPatterns: PatternSet?
        do { compiledLexicon = try builder.build() } catch let error as DataFileError { problems = error.problems + problems }
        do { compiledPatterns = try patternBuilder.build() } catch let error as DataFileError { problems += error.problems }
        guard let compiledLexicon, let compiledPatterns, problems.isEmpty else { throw DataFileError(problems: problems) }
        lexicon = compiledLexicon
        patterns = compiledPatterns
        identifier = LanguageIdentifier(samples: samples)
        self.notices = notices ?? Notices(templates: [:])
        self.links = links
    }

    /// The data files under `root` (a folder laid out like `Lexicons/`: `xx/*.lex`,
    /// `xx/inflections.txt`, `notices.txt`, …) instead of the bundled ones, plus every data
    /// file under `extra`, plus the in-memory files `adding` (a policy file's terms). Lets a
    /// lexicon writer try a change without rebuilding.
    /// - Throws: `DataFileError` for unreadable files and every problem in them.
    public static func loading(
        root: String, extra: [String] = [], adding: [(path: String, bytes: [UInt8])] = []
    ) throws -> DecorumData {
        var problems: [DataFileProblem] = []
        let own = readFiles(under: root, into: &problems)
        let added = extra.flatMap { readFiles(under: $0, into: &problems) }
        guard problems.isEmpty else { throw DataFileError(problems: problems) }
        return try DecorumData(files: own + added + adding)
    }

    /// Every data file under `directory` with its bytes; a problem for each unreadable file,
    /// or one when the folder holds no data file at all.
    package static func readFiles(
        under directory: String, into problems: inout [DataFileProblem]
    ) -> [(path: String, bytes: [UInt8])] {
        let found = DirectoryWalker.files(under: directory)
        if found.isEmpty {
            problems.append(DataFileProblem(file: directory, line: 0, message: "no data files found (expected xx/*.lex)"))
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for path in found {
            guard let bytes = DirectoryWalker.read(path) else {
                problems.append(DataFileProblem(file: path, line: 0, message: "cannot be read"))
                continue
            }
            files.append((path, bytes))
        }
        return files
    }
}

/// Minimal file access without Foundation, for loading extra lexicon folders.
enum DirectoryWalker {
    /// The names of data files other than `*.lex`.
    static let dataFileNames: Set<String> = [
        "inflections.txt", "address.txt", "reviewed.txt", "language-sample.txt", "notices.txt",
        "classes.txt", "patterns.txt", "links.txt",
    ]

    /// Data files (`.lex`, `inflections.txt`, `address.txt`, `language-sample.txt`) under `root`, sorted.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        guard let dir = opendir(root) else { return [] }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = root.hasSuffix("/") ? root + name : root + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                result += files(under: path)
            } else if name.hasSuffix(".lex") || dataFileNames.contains(name) {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// The bytes of the file at `path`, or nil if it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count { return ferror(file) != 0 ? nil : bytes }
        }
    }
}
