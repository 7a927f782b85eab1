import DecorumText

/// Domains whose links break the guidelines (adult and shock sites), from `links.txt`:
/// a header `@format decorum-links 1`, then `domain | category | severity` lines.
public struct LinkList: Sendable, Hashable {
    /// One listed domain.
    public struct Site: Sendable, Hashable {
        /// The domain, lowercase (`pornhub.com`); its subdomains count too.
        public var domain: String
        /// The finding's category.
        public var category: Category
        /// The finding's severity.
        public var severity: Severity
    }

    /// The sites by domain (UTF-8 bytes, lowercase).
    let sites: [[UInt8]: Site]

    /// An empty list.
    public static let empty = LinkList(sites: [:])

    init(sites: [[UInt8]: Site]) { self.sites = sites }

    /// Parses a links file.
    /// - Throws: `DataFileError` naming each bad line.
    public init(path: String, bytes: [UInt8]) throws {
        var problems: [DataFileProblem] = []
        var sites: [[UInt8]: Site] = [:]
        var sawHeader = false
        for (number, line) in LexiconFile.contentLines(path: path, bytes: bytes, problems: &problems, stripComment: PatternFile.stripComment) {
            guard sawHeader else {
                if line != "@format decorum-links 1" {
                    problems.append(DataFileProblem(file: path, line: number, message: "expected '@format decorum-links 1'"))
                    break
                }
                sawHeader = true
                continue
            }
            let columns = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard columns.count == 3, !columns[0].isEmpty, columns[0].contains("."), !columns[0].contains(" "),
                  let category = Category(rawValue: columns[1]), let n = Int(columns[2]), let severity = Severity(rawValue: n)
            else {
                problems.append(DataFileProblem(file: path, line: number, message: "expected 'domain | category | severity' (severity 1–4)"))
                continue
            }
            let domain = columns[0].lowercased()
            sites[Array(domain.utf8)] = Site(domain: domain, category: category, severity: severity)
        }
        if !sawHeader, problems.isEmpty { problems.append(DataFileProblem(file: path, line: 0, message: "empty file; expected '@format decorum-links 1'")) }
        guard problems.isEmpty else { throw DataFileError(problems: problems) }
        self.sites = sites
    }

    /// The listed site that `host` (normalized scalars) belongs to: the host itself or one
    /// of its parent domains.
    public func site(forHost host: ArraySlice<UInt32>) -> Site? {
        guard !sites.isEmpty else { return nil }
        var bytes: [UInt8] = []
        for c in host { if let scalar = Unicode.Scalar(c) { bytes.append(contentsOf: Array(String(scalar).utf8)) } }
        var start = 0
        while start < bytes.count {
            if let site = sites[Array(bytes[start...])] { return site }
            guard let dot = bytes[start...].firstIndex(of: 0x2E) else { return nil }
            start = dot + 1
        }
        return nil
    }
}
