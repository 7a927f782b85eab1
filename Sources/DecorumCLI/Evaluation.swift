import Decorum

/// One labelled case of an evaluation file (JSONL, one object a line):
/// `{"id", "lang", "text", "labels": [category…], "expect": "allow|flag|escalate|any", "source"}`.
public struct LabelledCase: Sendable {
    /// What a careful moderator expects for the text.
    public enum Expectation: String, Sendable {
        /// Compliant.
        case allow
        /// Breaks the guidelines (any decision but `allow` is right).
        case flag
        /// A threat of physical violence (only `escalate` is right for escalation figures).
        case escalate
        /// Moderators would disagree: left out of every figure.
        case any
    }

    /// The case id (any JSON value, kept as written).
    public var id: String
    /// The text's language, when the case names one this Decorum knows.
    public var language: Language?
    /// The text.
    public var text: String
    /// The categories the text breaks (empty for compliant texts).
    public var labels: Set<Category>
    /// The expected outcome.
    public var expected: Expectation
    /// Where the case comes from (`support:insult`, `obf:leet`); `unknown` when absent.
    public var source: String
    /// `file:line` of the case.
    public var location: String

    /// Parses one line; nil for a blank line.
    /// - Throws: `EvaluationInputError` naming the file, line and what is wrong.
    public static func parse(_ line: [UInt8], file: String, number: Int) throws(EvaluationInputError) -> LabelledCase? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        func fail(_ message: String) -> EvaluationInputError {
            EvaluationInputError(file: file, line: number, message: message)
        }
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch { throw fail(error.description) }
        guard case .object = value else { throw fail("expected a JSON object") }
        guard case .string(let text)? = value["text"] else { throw fail("missing string field 'text'") }
        guard case .string(let expect)? = value["expect"], let expected = Expectation(rawValue: expect) else {
            throw fail("field 'expect' must be allow, flag, escalate or any")
        }
        var labels = Set<Category>()
        if let labelValue = value["labels"] {
            guard case .array(let items) = labelValue else { throw fail("field 'labels' must be an array of categories") }
            for item in items {
                guard case .string(let name) = item, let category = Category(rawValue: name) else {
                    throw fail("unknown label \(JSONWriter.encode(item)); expected one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                labels.insert(category)
            }
        }
        var language: Language? = nil
        if case .string(let code)? = value["lang"] { language = Language(code: code) }
        let id: String
        switch value["id"] {
        case .string(let s)?: id = s
        case let other?: id = JSONWriter.encode(other)
        case nil: id = "\(file):\(number)"
        }
        var source = "unknown"
        if case .string(let s)? = value["source"] { source = s }
        return LabelledCase(
            id: id, language: language, text: text, labels: labels, expected: expected, source: source,
            location: "\(file):\(number)")
    }
}

/// A labelled file that cannot be read as such, with where.
public struct EvaluationInputError: Error, Sendable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// What is wrong.
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

/// Counts of right and wrong decisions for one slice of an evaluation.
public struct SliceCounts: Sendable, Hashable {
    /// Flagged cases flagged (true positives), missed (false negatives), compliant cases
    /// flagged (false positives) and passed (true negatives).
    public var truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0
    /// Escalation: expected and escalated, expected but not escalated, escalated unexpectedly.
    public var escalatedRight = 0, escalationsMissed = 0, escalatedWrongly = 0

    /// Cases counted.
    public var count: Int { truePositives + falseNegatives + falsePositives + trueNegatives }

    /// TP / (TP + FP); nil when nothing was flagged.
    public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN); nil when no case should be flagged.
    public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
    /// Harmonic mean of precision and recall.
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    /// FP / (FP + TN); nil when no case is compliant.
    public var falsePositiveRate: Double? { ratio(falsePositives, falsePositives + trueNegatives) }
    /// Right escalations over all escalations.
    public var escalationPrecision: Double? { ratio(escalatedRight, escalatedRight + escalatedWrongly) }
    /// Right escalations over expected escalations.
    public var escalationRecall: Double? { ratio(escalatedRight, escalatedRight + escalationsMissed) }

    private func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }

    /// The figure named `metric`, as thresholds name them.
    public func value(of metric: Metric) -> Double? {
        switch metric {
        case .precision: precision
        case .recall: recall
        case .f1: f1
        case .fpr: falsePositiveRate
        case .escalationPrecision: escalationPrecision
        case .escalationRecall: escalationRecall
        }
    }

    /// Counts one case: whether it should be flagged or escalated, and whether it was.
    mutating func add(shouldFlag: Bool, flagged: Bool, shouldEscalate: Bool, escalated: Bool) {
        switch (shouldFlag, flagged) {
        case (true, true): truePositives += 1
        case (true, false): falseNegatives += 1
        case (false, true): falsePositives += 1
        case (false, false): trueNegatives += 1
        }
        switch (shouldEscalate, escalated) {
        case (true, true): escalatedRight += 1
        case (true, false): escalationsMissed += 1
        case (false, true): escalatedWrongly += 1
        case (false, false): break
        }
    }
}

/// The figures an evaluation reports, by their names in thresholds and JSON.
public enum Metric: String, Sendable, CaseIterable {
    case precision, recall, f1, fpr
    case escalationPrecision = "esc_precision"
    case escalationRecall = "esc_recall"
}

/// A case the classifier got wrong.
public struct EvaluationMiss: Sendable {
    /// The case.
    public var labelled: LabelledCase
    /// What Decorum decided.
    public var decision: Decision
    /// The rules that matched.
    public var rules: [String]

    /// How bad the miss is, for ordering: a missed threat first, then missed flags with
    /// more labels, then false alarms by decision.
    var gravity: Int {
        switch labelled.expected {
        case .escalate: 100 + (decision == .allow ? 10 : 0)
        case .flag: 50 + labelled.labels.count
        default: decision == .escalate ? 40 : decision == .close ? 30 : 20
        }
    }
}

/// Precision, recall, F1, false-positive rate and escalation figures of labelled cases,
/// per language, per category, per source and per source family.
///
/// Slices are named `all`, `lang:fr`, `category:insult`, `family:support` (the part of
/// `source` before `:`), `source:support/fr` (family and language) and, on request,
/// `kind:support:insult` (the full source). A category slice counts a case as positive
/// when it carries the label, and as flagged when a finding of that category was made.
public struct Evaluation: Sendable {
    /// Counts per slice name.
    public private(set) var slices: [String: SliceCounts] = [:]
    /// Cases labelled `any`, left out.
    public private(set) var skipped = 0
    /// Missed flags and escalations (false negatives).
    public private(set) var missed: [EvaluationMiss] = []
    /// False alarms (false positives).
    public private(set) var falseAlarms: [EvaluationMiss] = []

    /// Whether to add a slice per full source (`kind:support:insult`).
    public let byKind: Bool

    /// An empty evaluation; `byKind` adds a slice per full source.
    public init(byKind: Bool = false) { self.byKind = byKind }

    /// Counts `verdict` for `labelled`.
    public mutating func add(_ labelled: LabelledCase, _ verdict: Verdict) {
        guard labelled.expected != .any else { skipped += 1; return }
        let shouldFlag = labelled.expected != .allow
        let flagged = verdict.decision != .allow
        let shouldEscalate = labelled.expected == .escalate
        let escalated = verdict.decision == .escalate
        let language = labelled.language?.rawValue ?? "unknown"
        let family = String(labelled.source.split(separator: ":", maxSplits: 1).first ?? "unknown")
        var names = ["all", "lang:\(language)", "family:\(family)", "source:\(family)/\(language)"]
        if byKind { names.append("kind:\(labelled.source)") }
        for name in names {
            slices[name, default: SliceCounts()].add(
                shouldFlag: shouldFlag, flagged: flagged, shouldEscalate: shouldEscalate, escalated: escalated)
        }
        let found = Set(verdict.findings.map(\.category))
        for category in Category.allCases {
            slices["category:\(category.rawValue)", default: SliceCounts()].add(
                shouldFlag: shouldFlag && labelled.labels.contains(category), flagged: found.contains(category),
                shouldEscalate: false, escalated: false)
        }
        let miss = EvaluationMiss(labelled: labelled, decision: verdict.decision, rules: verdict.findings.map(\.rule))
        if shouldFlag && !flagged || shouldEscalate && !escalated {
            missed.append(miss)
        } else if !shouldFlag && flagged {
            falseAlarms.append(miss)
        }
    }

    /// Slice names in report order: all, languages, categories, families, sources.
    public var sliceNames: [String] {
        let order = ["all", "lang:", "category:", "family:", "source:", "kind:"]
        return slices.keys.sorted { a, b in
            let ra = order.firstIndex { a.hasPrefix($0) } ?? order.count
            let rb = order.firstIndex { b.hasPrefix($0) } ?? order.count
            if ra != rb { return ra < rb }
            if a.hasPrefix("category:"), b.hasPrefix("category:"),
               let ca = Category(rawValue: String(a.dropFirst(9))), let cb = Category(rawValue: String(b.dropFirst(9))) {
                return ca < cb
            }
            return a < b
        }
    }

    /// The report as a text table, followed by the `misses` gravest missed cases and
    /// false alarms.
    public func table(misses: Int) -> String {
        var lines: [String] = []
        let width = max(24, (slices.keys.map(\.count).max() ?? 0) + 2)
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? s + fill : fill + s
        }
        func figure(_ value: Double?) -> String { pad(value.map { formatFigure($0) } ?? "-", 7) }
        lines.append(pad("slice", width, left: true) + pad("n", 6) + ["prec", "recall", "F1", "FPR", "escP", "escR"].map { pad($0, 7) }.joined(separator: " "))
        for name in sliceNames {
            let s = slices[name]!
            let figures = [s.precision, s.recall, s.f1, s.falsePositiveRate, s.escalationPrecision, s.escalationRecall]
            lines.append(pad(name, width, left: true) + pad(String(s.count), 6) + figures.map(figure).joined(separator: " "))
        }
        if skipped > 0 { lines.append("(\(skipped) cases labelled 'any' left out)") }
        for (title, list) in [("missed", missed), ("false alarms", falseAlarms)] where misses > 0 && !list.isEmpty {
            lines.append("")
            lines.append("\(title): \(list.count)\(list.count > misses ? ", the \(misses) gravest" : "")")
            for miss in Self.gravest(list, misses) {
                let c = miss.labelled
                let labels = c.labels.sorted().map(\.rawValue).joined(separator: ",")
                let rules = miss.rules.isEmpty ? "" : "  [\(miss.rules.joined(separator: ", "))]"
                lines.append("  \(c.id) (\(c.location)) expected \(c.expected.rawValue)\(labels.isEmpty ? "" : " \(labels)"), got \(miss.decision.rawValue)\(rules)")
                lines.append("    \(Self.excerpt(c.text))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON: `{"slices": {name: {n, precision, …}}, "skipped", "missed": […], "false_alarms": […]}`.
    public func json(misses: Int) -> JSONValue {
        let sliceMembers: [(String, JSONValue)] = sliceNames.map { name in
            let s = slices[name]!
            var members: [(String, JSONValue)] = [("n", .number(String(s.count)))]
            for metric in Metric.allCases {
                members.append((metric.rawValue, s.value(of: metric).map { .number(formatFigure($0)) } ?? .null))
            }
            return (name, .object(members))
        }
        func list(_ misses: [EvaluationMiss], _ limit: Int) -> JSONValue {
            .array(Self.gravest(misses, limit).map { miss in
                .object([
                    ("id", .string(miss.labelled.id)), ("location", .string(miss.labelled.location)),
                    ("expect", .string(miss.labelled.expected.rawValue)), ("decision", .string(miss.decision.rawValue)),
                    ("rules", .array(miss.rules.map { .string($0) })), ("text", .string(miss.labelled.text)),
                ])
            })
        }
        return .object([
            ("slices", .object(sliceMembers)), ("skipped", .number(String(skipped))),
            ("missed", list(missed, misses)), ("false_alarms", list(falseAlarms, misses)),
        ])
    }

    static func gravest(_ list: [EvaluationMiss], _ limit: Int) -> [EvaluationMiss] {
        Array(list.enumerated().sorted { ($1.element.gravity, $0.offset) < ($0.element.gravity, $1.offset) }.prefix(limit).map(\.element))
    }

    /// The text on one line, at most 120 characters.
    static func excerpt(_ text: String) -> String {
        let flat = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        return flat.count > 120 ? String(flat.prefix(119)) + "…" : flat
    }
}

/// A figure with three decimals (`0.953`).
func formatFigure(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
}

/// Minimum and maximum figures an evaluation must reach, read from a thresholds file:
///
/// ```
/// @format decorum-thresholds 1
/// # slice          metric      bound
/// all              precision   >= 0.95
/// lang:fr          recall      >= 0.90
/// family:support   fpr         <= 0.02
/// ```
public struct Thresholds: Sendable {
    /// One bound on one figure of one slice.
    public struct Bound: Sendable {
        /// The slice name (`all`, `lang:fr`, `category:insult`, `family:support`, `source:…`).
        public var slice: String
        /// The figure.
        public var metric: Metric
        /// True for a minimum (`>=`), false for a maximum (`<=`).
        public var isMinimum: Bool
        /// The bound.
        public var value: Double
        /// `file:line` of the bound.
        public var location: String
    }

    /// The bounds, in file order.
    public var bounds: [Bound]

    /// Parses a thresholds file.
    /// - Throws: `EvaluationInputError` at the first line that cannot be read.
    public init(path: String, bytes: [UInt8]) throws(EvaluationInputError) {
        bounds = []
        var sawHeader = false
        for (index, raw) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw EvaluationInputError(file: path, line: number, message: "invalid UTF-8")
            }
            let content = (text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if words.isEmpty { continue }
            if !sawHeader {
                guard words == ["@format", "decorum-thresholds", "1"] else {
                    throw EvaluationInputError(file: path, line: number, message: "expected '@format decorum-thresholds 1'")
                }
                sawHeader = true
                continue
            }
            guard words.count == 4, let metric = Metric(rawValue: words[1]), words[2] == ">=" || words[2] == "<=",
                  let value = Double(words[3]), (0...1).contains(value) else {
                throw EvaluationInputError(
                    file: path, line: number,
                    message: "expected 'SLICE METRIC >=|<= VALUE' with METRIC one of \(Metric.allCases.map(\.rawValue).joined(separator: ", ")) and VALUE in 0…1")
            }
            bounds.append(Bound(slice: words[0], metric: metric, isMinimum: words[2] == ">=", value: value, location: "\(path):\(number)"))
        }
        guard sawHeader else { throw EvaluationInputError(file: path, line: 1, message: "empty thresholds file") }
    }

    /// Every bound `evaluation` breaks, as sentences naming the bound's `file:line`; a
    /// bound on a slice that the evaluation lacks, or whose figure is undefined, is broken.
    public func violations(of evaluation: Evaluation) -> [String] {
        bounds.compactMap { bound in
            guard let slice = evaluation.slices[bound.slice] else {
                return "\(bound.location): slice '\(bound.slice)' has no cases"
            }
            guard let value = slice.value(of: bound.metric) else {
                return "\(bound.location): \(bound.slice) \(bound.metric.rawValue) is undefined (no cases for it)"
            }
            let holds = bound.isMinimum ? value >= bound.value : value <= bound.value
            return holds ? nil : "\(bound.location): \(bound.slice) \(bound.metric.rawValue) is \(formatFigure(value)), expected \(bound.isMinimum ? ">=" : "<=") \(formatFigure(bound.value))"
        }
    }
}
