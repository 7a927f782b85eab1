import Decorum

/// One canned reply found in a file: its decoded text, where it lives, and how to find
/// its bytes in the file.
public struct Reply: Sendable, Hashable {
    /// The reply's text, decoded (escapes and entities resolved).
    public var text: String
    /// What names the reply in its file: a key path (`greetings.closing[2]`), a PO msgid,
    /// an XLIFF unit id, a CSV id, a Markdown heading (`Refunds #2` for its second paragraph),
    /// or `#n` for the n-th paragraph of a text file.
    public var key: String
    /// The language the file declares for it (XLIFF target language, PO `Language:`), if any.
    public var language: Language?
    /// UTF-8 offsets in `text` to UTF-8 offsets in the file.
    public var map: OffsetMap

    public init(text: String, key: String, language: Language? = nil, map: OffsetMap) {
        self.text = text
        self.key = key
        self.language = language
        self.map = map
    }
}

/// A problem with an input file (unreadable, binary, malformed), with where it is.
public struct InputProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file as given or found.
    public var path: String
    /// Where in the file, when known.
    public var position: SourcePosition?
    /// What is wrong, as a sentence a user can act on.
    public var message: String

    public init(path: String, position: SourcePosition? = nil, message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    /// `path:line:column: message` (or `path: message`).
    public var description: String { "\(path)\(position.map { ":\($0)" } ?? ""): \(message)" }
}

/// A syntax error an extractor met: where (a byte offset into the file) and why.
public struct ExtractionError: Error, Sendable, Hashable {
    /// The UTF-8 byte offset into the file.
    public var offset: Int
    /// What is wrong.
    public var message: String

    public init(offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }
}

/// Reads the canned replies of one file format.
public protocol ReplyExtractor: Sendable {
    /// The replies of `source`, in file order.
    /// - Throws: `ExtractionError` when the file is malformed beyond reading.
    func replies(in source: SourceText) throws(ExtractionError) -> [Reply]
}
