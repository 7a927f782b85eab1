import Decorum

/// Replies of an Apple `.strings` file: `"key" = "value";` pairs (the key may be a bare
/// word), with `//` and `/* */` comments; the value is the reply, keyed by the key. A
/// file in an `xx.lproj` folder is in language `xx`.
public struct StringsReplyExtractor: ReplyExtractor {
    /// The language of the file, from its `xx.lproj` folder.
    public var language: Language?

    public init(language: Language? = nil) { self.language = language }

    /// The language an `xx.lproj` folder in `path` names, if any.
    public static func language(ofPath path: String) -> Language? {
        for part in path.split(separator: "/").reversed() where part.hasSuffix(".lproj") {
            return Language(code: String(part.dropLast(6)))
        }
        return nil
    }

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        let bytes = source.bytes
        let quoted = QuotedString(bytes)
        var replies: [Reply] = []
        var i = 0
        func skipSpaceAndComments() throws(ExtractionError) {
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
                guard b == UInt8(ascii: "/"), i + 1 < bytes.count else { return }
                if bytes[i + 1] == UInt8(ascii: "/") {
                    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                } else if bytes[i + 1] == UInt8(ascii: "*") {
                    let open = i
                    i += 2
                    while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                    guard i + 1 < bytes.count else { throw ExtractionError(offset: open, "unterminated comment: '/*' has no '*/'") }
                    i += 2
                } else {
                    return
                }
            }
        }
        func string() throws(ExtractionError) -> (String, OffsetMap) {
            var out: [UInt8] = []
            var map = OffsetMap(start: i)
            if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                i = try quoted.read(at: i, into: &out, map: &map)
            } else {
                let start = i
                while i < bytes.count, Self.isBareWordByte(bytes[i]) { i += 1 }
                guard i > start else {
                    throw ExtractionError(offset: i, "expected a quoted string, found '\(JSONParser.describe(bytes[i]))'")
                }
                out = Array(bytes[start..<i])
            }
            return (String(decoding: out, as: UTF8.self), map)
        }
        func expect(_ c: Character, _ what: String) throws(ExtractionError) {
            try skipSpaceAndComments()
            guard i < bytes.count, bytes[i] == c.asciiValue! else {
                let found = i < bytes.count ? "'\(JSONParser.describe(bytes[i]))'" : "the end of the file"
                throw ExtractionError(offset: i, "expected '\(c)' \(what), found \(found)")
            }
            i += 1
        }
        while true {
            try skipSpaceAndComments()
            guard i < bytes.count else { break }
            let (key, _) = try string()
            try expect("=", "after the key \"\(key)\"")
            try skipSpaceAndComments()
            let (value, map) = try string()
            try expect(";", "after the value of \"\(key)\"")
            replies.append(Reply(text: value, key: key, language: language, map: map))
        }
        return replies
    }

    private static func isBareWordByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b >= 0x80
    }
}
