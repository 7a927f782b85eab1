import ArgumentParser
import Decorum

/// `decorum lexicon`: tools for lexicon writers.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Tools for lexicon writers.",
        subcommands: [LexiconCheck.self])
}

/// `decorum lexicon check`: loads the lexicons and lists dictionary words they would flag.
struct LexiconCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks the lexicons: loads every file, and lists dictionary words they would flag.",
        discussion: """
            Every data file is loaded and each problem is reported as file:line (exit 2).
            Every pattern rule's examples are run: a 'catch' text that the rule misses or a
            'pass' text that it matches is listed with the rule's file:line (exit 1).
            With --dictionary LANG=PATH (a word list, one word a line, such as Debian's
            /usr/share/dict/french), each word is moderated as a text of LANG. A word flagged
            only as a written form of an entry of LANG is reviewed; every other flagged word
            is listed ('word<TAB>rules') and the run exits 1: allowlist it if it is innocent,
            or list it as an entry if it is a true obscenity. --all lists reviewed words too.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("dictionary"), help: "LANG=PATH: a word list of language LANG; repeatable.")
    var dictionaries: [String] = []

    @Flag(help: "List reviewed words (written forms of entries) too, marked 'reviewed'.")
    var all = false

    func run() throws {
        let data = try dataOptions.load()
        let check = try DictionaryCheck(lexicon: data.lexicon)
        let out = OutputStream.standardOutput()
        let examples = data.patterns.rules.reduce(0) { $0 + $1.catches.count + $1.passes.count }
        out.write("\(data.lexicon.entries.count) entries, \(data.patterns.rules.count) pattern rules loaded\n")
        let failures = try PatternExamples.failures(in: data)
        for failure in failures { out.write("\(failure)\n") }
        out.write("pattern examples: \(examples - failures.count) of \(examples) behave as their rule says\n")
        var unreviewed = failures.count
        for spec in dictionaries {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let language = Language(code: parts[0]) else {
                throw ValidationError("--dictionary takes LANG=PATH with LANG one of en, fr, de, es, found '\(spec)'")
            }
            let reader = try LineReader(path: parts[1])
            var words = 0, reviewed = 0, hits = 0
            while let line = try reader.next() {
                guard let word = String(validating: line, as: UTF8.self) else {
                    throw CLIError.readFailed("\(parts[1]):\(reader.lineNumber): invalid UTF-8")
                }
                let trimmed = word.trimmingWhitespace()
                if trimmed.isEmpty { continue }
                words += 1
                guard let flagged = check.check(trimmed, language: language) else { continue }
                if flagged.reviewed { reviewed += 1 } else { hits += 1 }
                if !flagged.reviewed || all {
                    out.write("\(language.rawValue)\t\(flagged.word)\t\(flagged.rules.joined(separator: ","))\(flagged.reviewed ? "\treviewed" : "")\n")
                }
            }
            out.write("\(parts[1]) (\(language.rawValue)): \(words) words, \(reviewed) reviewed entry forms, \(hits) to review\n")
            unreviewed += hits
        }
        out.flush()
        if unreviewed > 0 { throw ExitCode(1) }
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
