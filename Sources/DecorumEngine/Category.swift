/// What part of the communication guidelines a finding breaks.
public enum Category: String, Sendable, CaseIterable, Codable, Comparable {
    /// Obscenities, swearing, vulgarity.
    case profanity
    /// Derogatory words aimed at a person.
    case insult
    /// Sexual references, sexually explicit language.
    case sexual
    /// Language meant to attack, ridicule, harass or demean someone.
    case harassment
    /// Attacks on people for who they are: slurs, dehumanisation.
    case hate
    /// Threats of harm; of physical violence at severity 4.
    case threat

    public static func < (a: Category, b: Category) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How grave a finding is, from 1 (mild: "damn", "zut") to 4 (severe: slurs, threats of
/// violence).
public struct Severity: RawRepresentable, Sendable, Hashable, Comparable, Codable {
    public let rawValue: Int

    /// A severity; nil unless `rawValue` is 1…4.
    public init?(rawValue: Int) {
        guard (1...4).contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Rude but common, tolerated by lenient teams.
    public static let mild = Severity(rawValue: 1)!
    /// Clear vulgarity or a rude put-down.
    public static let moderate = Severity(rawValue: 2)!
    /// Obscenity, insult aimed at a person, explicit sexual term.
    public static let strong = Severity(rawValue: 3)!
    /// Slurs, the most degrading insults, threats of violence.
    public static let severe = Severity(rawValue: 4)!

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}

/// What to do with a text, from compliant to gravest.
public enum Decision: String, Sendable, CaseIterable, Codable, Comparable {
    /// Compliant.
    case allow
    /// Borderline: a person should look.
    case review
    /// Non-compliant: close the request and ask for a new, respectful one.
    case close
    /// A threat of physical violence: close and escalate; keep the evidence.
    case escalate

    public static func < (a: Decision, b: Decision) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
