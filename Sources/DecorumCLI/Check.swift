import ArgumentParser
import Decorum

/// `decorum check`: one text, a readable verdict.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks one text (an argument, or standard input) and explains the verdict.")

    @Argument(help: "The text to check; read from standard input when absent.")
    var text: String?

    @Flag(help: "Print the verdict as JSON (the `decorum scan` form) instead of text.")
    var json = false

    @Option(help: "Highlight matched spans: auto (on a terminal), always or never.")
    var color: String = "auto"

    @OptionGroup var options: ModerationOptions

    func run() throws {
        let moderator = try options.makeModerator()
        let language = try options.forcedLanguage()
        let threshold = try options.failThreshold()
        var bytes: [UInt8]
        if let text {
            bytes = Array(text.utf8)
        } else {
            let reader = try LineReader(path: "-")
            var lines: [[UInt8]] = []
            while let line = try reader.next() { lines.append(line) }
            bytes = Array(lines.joined(separator: [0x0A]))
        }
        let verdict = bytes.withUnsafeBufferPointer { moderator.moderate(utf8: $0, language: language) }
        let input = String(decoding: bytes, as: UTF8.self)
        let out = OutputStream.standardOutput()
        if json {
            out.write(JSONWriter.encode(VerdictJSON.object(verdict, id: nil)) + "\n")
        } else {
            let highlight = color == "always" || (color == "auto" && out.isTerminal)
            out.write(VerdictText.render(verdict, text: input, highlight: highlight, data: moderator.data))
        }
        out.flush()
        if let threshold, verdict.decision >= threshold { throw ExitCode(1) }
    }
}

/// The readable form of a verdict, as `decorum check` prints it.
enum VerdictText {
    /// A few lines: the decision and language, the text with spans marked, one line per
    /// finding with why it was made (the lexicon entry or the pattern rule and its file:line).
    static func render(_ verdict: Verdict, text: String, highlight: Bool, data: DecorumData? = nil) -> String {
        var out = verdict.decision.rawValue.uppercased()
        let language = verdict.language?.rawValue ?? "unknown"
        out += "  (language: \(language), confidence \(VerdictJSON.formatConfidence(verdict.languageConfidence)))\n"
        var marked = ""
        let bytes = Array(text.utf8)
        var position = 0
        for finding in verdict.findings where finding.start >= position && finding.end <= bytes.count {
            marked += String(decoding: bytes[position..<finding.start], as: UTF8.self)
            let span = String(decoding: bytes[finding.start..<finding.end], as: UTF8.self)
            marked += highlight ? "\u{1B}[1;31m\(span)\u{1B}[0m" : "[\(span)]"
            position = finding.end
        }
        marked += String(decoding: bytes[min(position, bytes.count)...], as: UTF8.self)
        out += "  " + marked.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ") + "\n"
        for f in verdict.findings {
            out += "  - \(f.category.rawValue) (severity \(f.severity.rawValue)) \(f.rule) \"\(f.text)\" bytes \(f.start)..<\(f.end)\n"
            if let rule = data?.patterns.rule(id: f.rule) {
                let written = f.pattern.flatMap { rule.writtenPatterns.indices.contains($0) ? rule.writtenPatterns[$0] : nil }
                out += "    why: pattern rule at \(rule.location)\(rule.negatable ? " (negatable)" : ""): "
                    + (written ?? rule.writtenPatterns.joined(separator: "  |  ")) + "\n"
            } else if let entry = data?.lexicon.entries.first(where: { $0.id == f.rule }) {
                out += "    why: lexicon entry '\(entry.term)' at \(entry.location)\n"
            }
        }
        if let escalation = verdict.escalation {
            out += "  escalation: severity \(escalation.severity.rawValue), target \(escalation.target ?? "unknown"), evidence "
                + escalation.evidence.map { "\($0.start)..<\($0.end)" }.joined(separator: ", ") + "\n"
        }
        if let notice = verdict.notice { out += "  notice: \(notice)\n" }
        return out
    }
}
