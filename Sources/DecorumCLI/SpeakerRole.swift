/// Who wrote a chat message: a customer, an agent or a bot; `unknown` when the
/// transcript's label is missing or not one Decorum recognises.
public enum SpeakerRole: String, Sendable, CaseIterable, Comparable {
    case customer, agent, bot, unknown

    /// The labels each role accepts, compared after lowercasing and turning `-` and
    /// spaces into `_`.
    static let synonyms: [(SpeakerRole, [String])] = [
        (.customer, ["customer", "user", "client", "visitor", "guest", "end_user", "enduser", "caller"]),
        (.agent, ["agent", "operator", "staff", "support", "human_agent", "human", "rep", "representative", "advisor", "supervisor"]),
        (.bot, ["bot", "assistant", "system", "automation", "chatbot", "virtual_agent", "ai"]),
    ]

    private static let table: [String: SpeakerRole] = {
        var table: [String: SpeakerRole] = [:]
        for (role, labels) in synonyms { for label in labels { table[label] = role } }
        return table
    }()

    /// The role a transcript label names (`User`, `human-agent`, `assistant`…); `unknown`
    /// for any other label.
    public init(label: String) {
        let key = String(label.trimmingWhitespace().lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        self = Self.table[key] ?? .unknown
    }

    public static func < (a: SpeakerRole, b: SpeakerRole) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
