/// The file formats `decorum lint` reads, by file extension.
public enum LintFormat: String, Sendable, CaseIterable {
    case text, markdown, json, yaml, strings, po, xliff, csv

    /// The extensions of each format, lower case.
    public var extensions: [String] {
        switch self {
        case .text: ["txt"]
        case .markdown: ["md", "markdown"]
        case .json: ["json"]
        case .yaml: ["yaml", "yml"]
        case .strings: ["strings"]
        case .po: ["po", "pot"]
        case .xliff: ["xliff", "xlf"]
        case .csv: ["csv"]
        }
    }

    /// The format of `path`, from its extension; nil when unknown.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = format
    }

    /// Every known extension, for messages: `.txt, .md, …`.
    public static var extensionList: String {
        allCases.flatMap(\.extensions).map { "." + $0 }.joined(separator: ", ")
    }

    /// The extractor for a file of this format at `path`; `csv` names the CSV columns.
    public func extractor(path: String, csv: CSVReplyExtractor) -> any ReplyExtractor {
        switch self {
        case .text: ParagraphExtractor(markdown: false)
        case .markdown: ParagraphExtractor(markdown: true)
        case .json: JSONReplyExtractor()
        case .yaml: YAMLReplyExtractor()
        case .strings: StringsReplyExtractor(language: StringsReplyExtractor.language(ofPath: path))
        case .po: POReplyExtractor()
        case .xliff: XLIFFReplyExtractor()
        case .csv: csv
        }
    }
}
