import DecorumEngine

extension Moderator {
    /// A moderator with the data compiled into Decorum.
    /// - Throws: `DataFileError` if that data is broken, `TextError` if ICU is unusable.
    public init(policy: Policy = .standard) throws {
        try self.init(policy: policy, data: DecorumData.bundled())
    }
}
