import DecorumEngine

extension Moderator {
    /// A moderator with the data compiled into Decorum.
    /// - Throws: `SnapshotError` if that data cannot be read (a broken build), `TextError` if
    ///   ICU is unusable.
    public init(policy: Policy = .standard) throws {
        try self.init(policy: policy, data: DecorumData.bundled())
    }
}
