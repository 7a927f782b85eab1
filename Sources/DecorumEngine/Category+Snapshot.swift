import DecorumText

extension Category: SnapshotEnum {}

extension Decision: SnapshotEnum {}

extension Severity: SnapshotCodable {
    /// The severity, one byte.
    package func encode(to writer: inout SnapshotWriter) { writer.appendScalar(UInt8(rawValue)) }

    /// One byte; an error unless it is 1…4.
    package init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        let raw = Int(try reader.readScalar(UInt8.self))
        guard let severity = Severity(rawValue: raw) else {
            throw SnapshotError(offset: offset, expected: "a severity (1–4)", found: "\(raw)")
        }
        self = severity
    }
}
