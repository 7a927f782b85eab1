import DecorumText

extension Notices: SnapshotCodable {
    /// The templates by language and decision.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(templates, "Notices.templates")
    }

    /// Reads the templates back.
    package init(from reader: inout SnapshotReader) throws {
        self.init(templates: try reader.read("Notices.templates"))
    }
}
