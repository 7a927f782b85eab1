import Decorum

/// Checks that spans into an original text are honest: inside it, on the boundaries of
/// its UTF-8 scalars (or of its invalid sequences), in text order, and with the text
/// they claim.
///
/// The boundaries come from the standard library's UTF-8 parser, not from Decorum's own
/// decoder, so the two are checked against each other.
public struct SpanCheck {
    /// The original text's bytes.
    public let source: [UInt8]
    /// `isBoundary[k]`: a scalar or an invalid sequence starts or ends at byte `k`.
    public let isBoundary: [Bool]
    /// The invalid sequences, adjacent ones merged (half-open byte ranges).
    public let invalid: [Range<Int>]

    /// The boundaries of `source`.
    public init(_ source: [UInt8]) {
        self.source = source
        var boundary = [Bool](repeating: false, count: source.count + 1)
        boundary[0] = true
        var invalid: [Range<Int>] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = source.makeIterator()
        var position = 0
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                position += encoded.count
            case .error(let length):
                if let last = invalid.last, last.upperBound == position {
                    invalid[invalid.count - 1] = last.lowerBound..<(position + length)
                } else {
                    invalid.append(position..<(position + length))
                }
                position += length
            case .emptyInput:
                break parsing
            }
            boundary[position] = true
        }
        self.isBoundary = boundary
        self.invalid = invalid
    }

    /// The problems of the half-open byte range `range` named `what`.
    public func problems(of range: Range<Int>, _ what: @autoclosure () -> String) -> [String] {
        guard range.lowerBound >= 0, range.upperBound <= source.count else {
            return ["\(what()): range \(range) outside the text's \(source.count) bytes"]
        }
        var out: [String] = []
        if range.isEmpty { out.append("\(what()): empty range \(range)") }
        if !isBoundary[range.lowerBound] { out.append("\(what()): starts at \(range.lowerBound), inside a UTF-8 sequence") }
        if !isBoundary[range.upperBound] { out.append("\(what()): ends at \(range.upperBound), inside a UTF-8 sequence") }
        return out
    }

    /// The problems of a verdict's findings, escalation evidence and invalid-UTF-8 ranges.
    public func problems(of verdict: Verdict) -> [String] {
        var out: [String] = []
        if verdict.invalidUTF8 != invalid {
            out.append("invalidUTF8 \(verdict.invalidUTF8) differs from the standard library's \(invalid)")
        }
        var previous = 0
        for (k, finding) in verdict.findings.enumerated() {
            let name = "finding \(k) (\(finding.rule))"
            let problems = self.problems(of: finding.range, name)
            out += problems
            if finding.start < previous { out.append("\(name): starts at \(finding.start), before the previous finding's \(previous)") }
            previous = finding.start
            if problems.isEmpty, finding.text != String(decoding: source[finding.range], as: UTF8.self) {
                out.append("\(name): text '\(finding.text)' is not the original slice \(finding.range)")
            }
        }
        for (k, evidence) in (verdict.escalation?.evidence ?? []).enumerated() {
            out += problems(of: evidence.range, "escalation evidence \(k) (\(evidence.rule))")
        }
        if verdict.decision == .escalate, verdict.escalation == nil { out.append("an escalated verdict without an escalation record") }
        return out
    }
}
