import Decorum

/// One finding of `decorum lint`: what breaks the guidelines, in which reply, and where in
/// the file.
public struct LintFinding: Sendable, Hashable {
    /// Why a finding is accepted.
    public struct Suppression: Sendable, Hashable {
        /// Where the acceptance is written.
        public enum Kind: String, Sendable {
            /// A `decorum-ignore` marker in the file.
            case inSource
            /// An `ignore:` entry of `.decorum.yml`.
            case external
        }
        public var kind: Kind
        /// The reason given.
        public var justification: String
        /// Where it is written: `file:line`.
        public var location: String
    }

    /// The rule id of a `decorum-ignore` marker without a reason.
    public static let markerWithoutReason = "decorum.ignore-without-reason"

    /// The file, as given or found (relative to the current folder when under it).
    public var path: String
    /// Where the finding starts.
    public var start: SourcePosition
    /// Where it ends (exclusive: the column just after its last code point).
    public var end: SourcePosition
    /// The key of the reply.
    public var key: String
    /// The category; nil for a marker without a reason.
    public var category: Category?
    /// The severity, 1…4 (0 for a marker without a reason).
    public var severity: Int
    /// The rule or lexicon entry id (`en.insult.idiot`), or `decorum.ignore-without-reason`.
    public var rule: String
    /// The matched text, as written in the reply (decoded).
    public var text: String
    /// What the policy decides for this finding.
    public var decision: Decision
    /// The reply's language as used for matching.
    public var language: Language?
    /// Why the finding is accepted; nil when it stands.
    public var suppression: Suppression?

    /// `insult (severity 3)`, or `decorum-ignore marker` for a marker without a reason.
    public var label: String {
        category.map { "\($0.rawValue) (severity \(severity))" } ?? "decorum-ignore marker"
    }

    /// A one-line message: `insult (severity 3) "idiot" in greetings.closing[2]: close`.
    public var message: String {
        if category == nil { return "decorum-ignore without a reason suppresses nothing: write 'decorum-ignore: <why>'" }
        return "\(label) \"\(TableRow.flat(text))\" in \(key): \(decision.rawValue)"
    }
}
