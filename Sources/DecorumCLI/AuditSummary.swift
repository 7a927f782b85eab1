import Decorum

/// What `decorum audit` counts while messages stream past, and the model its summary JSON,
/// text summary and HTML report are written from.
///
/// Memory does not grow with the number of messages: it holds counts (per role, per
/// category and language, per time bucket), one small record per conversation id, and the
/// flagged messages of the `worstLimit` worst conversations so far (at most
/// `messagesKeptPerConversation` each).
public struct AuditSummary: Sendable {
    /// Message counts of one slice (a role, a time bucket, everything).
    public struct Counts: Sendable, Equatable {
        /// Messages audited.
        public var messages = 0
        /// Messages whose decision is not `allow`.
        public var flagged = 0
        /// Messages per decision.
        public var decisions: [Decision: Int] = [:]
        /// Flagged messages per category (a message counts once per category it breaks).
        public var categories: [Category: Int] = [:]

        mutating func add(_ verdict: Verdict) {
            messages += 1
            decisions[verdict.decision, default: 0] += 1
            guard verdict.isFlagged else { return }
            flagged += 1
            for category in Set(verdict.findings.map(\.category)) { categories[category, default: 0] += 1 }
        }
    }

    /// A flagged message kept for the report, with its text and findings (spans are UTF-8
    /// byte offsets into `text`, half-open).
    public struct FlaggedMessage: Sendable {
        public var index: Int?
        public var role: SpeakerRole
        public var time: JSONValue?
        public var line: Int
        public var file: String?
        public var text: String
        public var verdict: Verdict
    }

    /// One of the worst conversations: its counts and the flagged messages kept.
    public struct Conversation: Sendable {
        /// The conversation id as given.
        public var id: JSONValue
        /// The id as plain text (a string as is, anything else as JSON).
        public var name: String
        /// Messages audited in it.
        public var messages = 0
        /// Its flagged messages.
        public var flagged = 0
        /// The gravest decision among its messages.
        public var decision = Decision.allow
        /// The flagged messages kept, in input order; `flagged - kept.count` were not kept
        /// (beyond `messagesKeptPerConversation`, or seen before it ranked among the worst).
        public var kept: [FlaggedMessage] = []
    }

    /// Per-conversation state for every conversation id seen.
    struct Tally: Sendable {
        var messages = 0
        var flagged = 0
        var decision = Decision.allow
        var nextIndex = 0
    }

    /// The most flagged messages kept per worst conversation.
    public static let messagesKeptPerConversation = 50

    /// The inputs read, as named on the command line (`-` for standard input).
    public var inputs: [String] = []
    /// The policy preset used.
    public var policy = "standard"
    /// How messages are grouped in time.
    public let bucketing: TimeBucketing
    /// How many worst conversations are kept.
    public let worstLimit: Int

    /// Input lines read (blank lines are not counted).
    public var lines = 0
    /// Messages that could not be audited (error records).
    public var errors = 0
    /// Inputs that could not be opened or read to the end.
    public var unreadableInputs = 0
    /// Messages whose role label was missing or not recognised.
    public var unknownRoles = 0
    /// Messages whose time could not be read.
    public var unreadableTimes = 0
    /// All audited messages.
    public var totals = Counts()
    /// Per role.
    public var roles: [SpeakerRole: Counts] = [:]
    /// Flagged messages per category and language code (`unknown` when not told).
    public var categoryLanguages: [Category: [String: Int]] = [:]
    /// Per time bucket label (`TimeBucketing.noTime` for messages without a time).
    public var buckets: [String: Counts] = [:]

    private(set) var tallies: [String: Tally] = [:]
    private var worst: [String: Conversation] = [:]

    /// An empty summary.
    public init(bucketing: TimeBucketing = .day, worstLimit: Int = 10) {
        self.bucketing = bucketing
        self.worstLimit = worstLimit
    }

    /// The number of distinct conversation ids seen.
    public var conversations: Int { tallies.count }

    /// Counts the messages of one input line and returns them with their index in their
    /// conversation: the conversation's messages seen on earlier lines, plus the position
    /// in the line's `messages` array (0 for a message line).
    public mutating func add(line messages: [AuditedMessage]) -> [AuditedMessage] {
        lines += 1
        guard let id = messages.first?.conversation else { return messages.map { add($0, base: nil) } }
        let base = tallies[JSONWriter.encode(id)]?.nextIndex ?? 0
        return messages.map { add($0, base: base) }
    }

    private mutating func add(_ message: AuditedMessage, base: Int?) -> AuditedMessage {
        var message = message
        var key: String?
        if let id = message.conversation, let base, message.isMessage {
            let k = JSONWriter.encode(id)
            key = k
            var tally = tallies[k] ?? Tally()
            message.index = base + (message.index ?? 0)
            tally.nextIndex = max(tally.nextIndex, message.index! + 1)
            if let verdict = message.verdict {
                tally.messages += 1
                if verdict.isFlagged { tally.flagged += 1 }
                tally.decision = max(tally.decision, verdict.decision)
            }
            tallies[k] = tally
        }
        guard let verdict = message.verdict else {
            errors += 1
            return message
        }
        if message.role == .unknown { unknownRoles += 1 }
        if message.time != nil && message.epochSeconds == nil { unreadableTimes += 1 }
        totals.add(verdict)
        roles[message.role, default: Counts()].add(verdict)
        buckets[message.epochSeconds.map(bucketing.label) ?? TimeBucketing.noTime, default: Counts()].add(verdict)
        if verdict.isFlagged {
            let language = verdict.language?.rawValue ?? "unknown"
            for category in Set(verdict.findings.map(\.category)) {
                categoryLanguages[category, default: [:]][language, default: 0] += 1
            }
            if let key, let id = message.conversation { keep(message, verdict, key: key, id: id) }
        }
        return message
    }

    /// Keeps a flagged message if its conversation ranks among the worst `worstLimit`.
    private mutating func keep(_ message: AuditedMessage, _ verdict: Verdict, key: String, id: JSONValue) {
        let flagged = FlaggedMessage(index: message.index, role: message.role, time: message.time, line: message.line,
                                     file: message.file, text: message.text, verdict: verdict)
        if worst[key] == nil {
            guard worstLimit > 0 else { return }
            let candidate = conversation(key, Conversation(id: id, name: RecordScanner.plain(id)))
            if worst.count >= worstLimit {
                let (lowestKey, lowest) = worst.map { ($0.key, conversation($0.key, $0.value)) }
                    .min { Self.ranks($1.1, above: $0.1) }!
                guard Self.ranks(candidate, above: lowest) else { return }
                worst[lowestKey] = nil
            }
            worst[key] = candidate
        }
        if worst[key]!.kept.count < Self.messagesKeptPerConversation { worst[key]!.kept.append(flagged) }
    }

    /// `entry` with the counts of conversation `key` filled in.
    private func conversation(_ key: String, _ entry: Conversation) -> Conversation {
        var entry = entry
        let tally = tallies[key] ?? Tally()
        entry.messages = tally.messages
        entry.flagged = tally.flagged
        entry.decision = tally.decision
        return entry
    }

    /// Whether `a` is worse than `b`: a graver decision, then more flagged messages, then
    /// the id first in alphabetical order.
    static func ranks(_ a: Conversation, above b: Conversation) -> Bool {
        if a.decision != b.decision { return a.decision > b.decision }
        if a.flagged != b.flagged { return a.flagged > b.flagged }
        return a.name != b.name ? a.name < b.name : JSONWriter.encode(a.id) < JSONWriter.encode(b.id)
    }

    /// The worst conversations, worst first.
    public var worstConversations: [Conversation] {
        worst.map { conversation($0.key, $0.value) }.sorted { Self.ranks($0, above: $1) }
    }

    /// The time buckets in time order, the bucket without a time last.
    public var sortedBuckets: [(label: String, counts: Counts)] {
        buckets.sorted { a, b in
            (a.key == TimeBucketing.noTime ? 1 : 0, a.key) < (b.key == TimeBucketing.noTime ? 1 : 0, b.key)
        }.map { ($0.key, $0.value) }
    }

    /// The roles to show: customer, agent and bot always, `unknown` when seen.
    public var shownRoles: [SpeakerRole] {
        SpeakerRole.allCases.filter { $0 != .unknown || roles[$0] != nil }
    }

    /// The language codes in `categoryLanguages`, in the order en, fr, de, es, unknown.
    public var languagesSeen: [String] {
        let seen = Set(categoryLanguages.values.flatMap(\.keys))
        return (Language.allCases.map(\.rawValue) + ["unknown"]).filter(seen.contains)
    }
}
