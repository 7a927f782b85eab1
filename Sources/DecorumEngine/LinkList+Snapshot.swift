import DecorumText

extension LinkList: SnapshotCodable {
    /// The sites by domain.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(sites, "LinkList.sites")
    }

    /// Reads the sites back.
    package init(from reader: inout SnapshotReader) throws {
        self.init(sites: try reader.read("LinkList.sites"))
    }
}

extension LinkList.Site: SnapshotCodable {
    /// The domain, category and severity.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(domain, "Site.domain")
        writer.write(category, "Site.category")
        writer.write(severity, "Site.severity")
    }

    /// Reads the domain, category and severity back.
    package init(from reader: inout SnapshotReader) throws {
        self.init(
            domain: try reader.read("Site.domain"), category: try reader.read("Site.category"),
            severity: try reader.read("Site.severity"))
    }
}
