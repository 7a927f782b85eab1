import Decorum

/// The fuzz check of the data-file loaders: lexicons, allowlists, inflections, address
/// cues, reviewed words, word classes, pattern rules, notices and links.
///
/// Input: one or more data files. A line `=== PATH` starts a file named `PATH`; without
/// one at the start, the first byte names the file (`names`) and the rest is its content.
/// Loading must build, or throw `DataFileError` whose every problem names one of the
/// files and a line within it (0 for the whole file, up to one past its last line); it
/// must never trap or hang. Data that builds then moderates a few texts, with honest spans.
public enum LoaderFuzz {
    /// The data files an input without `=== PATH` lines stands for, by its first byte.
    public static let names = [
        "en/fuzz.lex", "en/inflections.txt", "en/address.txt", "en/reviewed.txt", "en/classes.txt",
        "en/patterns.txt", "notices.txt", "links.txt", "fr/fuzz.lex", "de/fuzz.lex",
    ]

    /// Texts moderated with data that builds (besides the first bytes of each file).
    static let texts = ["you idiot, I will kill you", "f.u.c.k y0u c0nnard", "Espèce de con", "https://example.com/x sh1t"]

    /// The files an input stands for.
    public static func files(_ data: [UInt8]) -> [(path: String, bytes: [UInt8])] {
        let marker = Array("=== ".utf8)
        guard data.starts(with: marker) else {
            guard let first = data.first else { return [] }
            return [(names[Int(first) % names.count], Array(data.dropFirst()))]
        }
        var files: [(path: String, lines: [ArraySlice<UInt8>])] = []
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if line.starts(with: marker) {
                files.append((String(decoding: line.dropFirst(marker.count), as: UTF8.self), []))
            } else {
                files[files.count - 1].lines.append(line)
            }
        }
        return files.map { ($0.path, Array($0.lines.joined(separator: [0x0A]))) }
    }

    /// The broken invariants of loading one fuzz input's files.
    public static func check(_ data: [UInt8]) -> [String] {
        check(files: files(data))
    }

    /// The broken invariants of loading `files`.
    public static func check(files: [(path: String, bytes: [UInt8])]) -> [String] {
        var out: [String] = []
        var builder = LexiconBuilder()
        builder.load(files: files)
        do { _ = try builder.build() } catch let error as DataFileError {
            out += problems(of: error, files, "LexiconBuilder")
        } catch {
            out.append("LexiconBuilder threw \(type(of: error)), not DataFileError: \(error)")
        }
        let data: DecorumData
        do { data = try DecorumData(files: files) } catch let error as DataFileError {
            return out + problems(of: error, files, "DecorumData")
        } catch {
            return out + ["DecorumData threw \(type(of: error)), not DataFileError: \(error)"]
        }
        guard let moderator = try? Moderator(policy: .standard, data: data) else { return out + ["no moderator"] }
        for text in texts.map({ Array($0.utf8) }) + files.map({ Array($0.bytes.prefix(512)) }) {
            let verdict = text.withUnsafeBufferPointer { moderator.moderate(utf8: $0) }
            out += SpanCheck(text).problems(of: verdict).map { "with the loaded data: \($0)" }
        }
        return out
    }

    /// The problems of an error's problems: each must name a file given, and a line in it.
    static func problems(of error: DataFileError, _ files: [(path: String, bytes: [UInt8])], _ loader: String) -> [String] {
        if error.problems.isEmpty { return ["\(loader) threw DataFileError without a problem"] }
        var out: [String] = []
        for problem in error.problems {
            let lines = files.filter { $0.path == problem.file }.map { $0.bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            guard let count = lines.max() else {
                out.append("\(loader): a problem names '\(problem.file)', not a file given: \(problem)")
                continue
            }
            if problem.line < 0 || problem.line > count + 1 {
                out.append("\(loader): line \(problem.line) outside the file's \(count) lines: \(problem)")
            }
            if problem.message.isEmpty { out.append("\(loader): a problem without a message at \(problem.file):\(problem.line)") }
        }
        return out
    }
}
