import Decorum

/// Replies of an XLIFF file (1.2 and 2.x): the text of each `<target>`, keyed by the id of
/// its `<trans-unit>` (1.2) or `<unit>` (2.x), in the language of the file's
/// `target-language` (1.2), `trgLang` (2.x) or the target's own `xml:lang`.
///
/// A small reader, not a full XML parser: it knows comments, CDATA sections, processing
/// instructions, entities (`&amp;`, `&#233;`, `&#xE9;`) and inline elements inside a
/// target (their tags are dropped, and the native code inside `<ph>`, `<bpt>`, `<ept>`
/// and `<it>` too). Offsets into entities map back to the entity in the file.
public struct XLIFFReplyExtractor: ReplyExtractor {
    public init() {}

    /// A start or end tag as read.
    private struct Tag {
        var name: String
        var attributes: [String: String]
        var isEnd: Bool
        var isEmpty: Bool
        var end: Int
    }

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        let bytes = source.bytes
        var replies: [Reply] = []
        var language: Language?
        var unit: String?
        var target: (start: Int, text: [UInt8], map: OffsetMap, language: Language?)?
        var skipDepth = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                let end = bytes[i...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                if var open = target, skipDepth == 0 {
                    try Self.decode(bytes, i..<end, into: &open.text, map: &open.map)
                    target = open
                }
                i = end
                continue
            }
            if Self.starts(bytes, i, "<!--") {
                i = try Self.skip(bytes, from: i, past: "-->", what: "comment")
            } else if Self.starts(bytes, i, "<![CDATA[") {
                let end = try Self.skip(bytes, from: i, past: "]]>", what: "CDATA section")
                if var open = target, skipDepth == 0 {
                    open.map.mark(text: open.text.count, file: i + 9)
                    open.text += bytes[(i + 9)..<(end - 3)]
                    target = open
                }
                i = end
            } else if Self.starts(bytes, i, "<?") {
                i = try Self.skip(bytes, from: i, past: "?>", what: "processing instruction")
            } else if Self.starts(bytes, i, "<!") {
                i = try Self.skip(bytes, from: i, past: ">", what: "declaration")
            } else {
                let tag = try Self.tag(bytes, at: i)
                switch (tag.name, tag.isEnd) {
                case ("xliff", false):
                    language = (tag.attributes["trgLang"] ?? tag.attributes["trg-lang"]).flatMap(Language.init(code:)) ?? language
                case ("file", false):
                    language = tag.attributes["target-language"].flatMap(Language.init(code:)) ?? language
                case ("trans-unit", false), ("unit", false):
                    unit = tag.attributes["id"]
                case ("target", false) where target == nil:
                    let own = tag.attributes["xml:lang"].flatMap(Language.init(code:))
                    if !tag.isEmpty { target = (i, [], OffsetMap(start: tag.end), own ?? language) }
                case ("target", true):
                    guard let t = target else { break }
                    replies.append(Reply(text: String(decoding: t.text, as: UTF8.self), key: unit ?? "?", language: t.language, map: t.map))
                    target = nil
                case ("ph", _), ("bpt", _), ("ept", _), ("it", _):
                    if target != nil, !tag.isEmpty { skipDepth += tag.isEnd ? -1 : 1 }
                default:
                    break
                }
                i = tag.end
            }
        }
        if let target { throw ExtractionError(offset: target.start, "<target> is not closed") }
        return replies
    }

    private static func starts(_ bytes: [UInt8], _ i: Int, _ word: String) -> Bool {
        let w = word.utf8
        return i + w.count <= bytes.count && bytes[i..<(i + w.count)].elementsEqual(w)
    }

    private static func skip(_ bytes: [UInt8], from start: Int, past end: String, what: String) throws(ExtractionError) -> Int {
        var i = start + 1
        while i < bytes.count {
            if starts(bytes, i, end) { return i + end.utf8.count }
            i += 1
        }
        throw ExtractionError(offset: start, "unterminated \(what): no '\(end)'")
    }

    private static func tag(_ bytes: [UInt8], at start: Int) throws(ExtractionError) -> Tag {
        var i = start + 1
        let isEnd = i < bytes.count && bytes[i] == UInt8(ascii: "/")
        if isEnd { i += 1 }
        func isNameByte(_ b: UInt8) -> Bool {
            !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "="))
        }
        func name() -> String {
            let s = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            return String(decoding: bytes[s..<i], as: UTF8.self)
        }
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 } }
        let tagName = name()
        guard !tagName.isEmpty else { throw ExtractionError(offset: start, "'<' does not start a tag; write &lt; in text") }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard i < bytes.count else { throw ExtractionError(offset: start, "the tag <\(tagName)> is not closed with '>'") }
            if bytes[i] == UInt8(ascii: ">") {
                return Tag(name: localName(tagName), attributes: attributes, isEnd: isEnd, isEmpty: false, end: i + 1)
            }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") {
                return Tag(name: localName(tagName), attributes: attributes, isEnd: isEnd, isEmpty: true, end: i + 2)
            }
            let attribute = name()
            skipSpace()
            guard !attribute.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
                throw ExtractionError(offset: i, "expected name=\"value\" in the tag <\(tagName)>")
            }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw ExtractionError(offset: i, "expected a quoted value for \(attribute) in the tag <\(tagName)>")
            }
            let quote = bytes[i]
            guard let close = bytes[(i + 1)...].firstIndex(of: quote) else {
                throw ExtractionError(offset: i, "the value of \(attribute) is not closed")
            }
            var value: [UInt8] = []
            var unused = OffsetMap(start: i + 1)
            try decode(bytes, (i + 1)..<close, into: &value, map: &unused)
            attributes[attribute] = String(decoding: value, as: UTF8.self)
            i = close + 1
        }
    }

    /// `xliff` for `xliff`, and for a prefixed name such as `x:xliff`.
    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// Appends the text of `range` with its entities decoded, marking each entity in `map`.
    private static func decode(_ bytes: [UInt8], _ range: Range<Int>, into out: inout [UInt8], map: inout OffsetMap) throws(ExtractionError) {
        var i = range.lowerBound
        map.mark(text: out.count, file: i)
        while i < range.upperBound {
            guard bytes[i] == UInt8(ascii: "&") else { out.append(bytes[i]); i += 1; continue }
            guard let semicolon = bytes[i..<min(range.upperBound, i + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                throw ExtractionError(offset: i, "'&' does not start an entity; write &amp;")
            }
            let name = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            let decoded: String
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                let value = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst(), radix: 10) : nil
                guard let scalar = value.flatMap(Unicode.Scalar.init) else {
                    throw ExtractionError(offset: i, "unknown entity '&\(name);'")
                }
                decoded = String(Character(scalar))
            }
            map.mark(text: out.count, file: i)
            out += decoded.utf8
            i = semicolon + 1
            map.mark(text: out.count, file: i)
        }
    }
}
