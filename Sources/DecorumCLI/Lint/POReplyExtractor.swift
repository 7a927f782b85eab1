import Decorum

/// Replies of a gettext PO file: each non-empty `msgstr` (and `msgstr[n]` of plural
/// entries), keyed by its `msgid` (`context|msgid` with a `msgctxt`; `msgid[n]` for
/// plural forms). Strings continued on following lines are joined. The header entry
/// (empty `msgid`) is not a reply; its `Language:` gives the language of every reply.
/// Obsolete entries (`#~`) and comments are skipped.
public struct POReplyExtractor: ReplyExtractor {
    public init() {}

    /// One keyword's string (`msgid`, `msgstr[1]`…), joined over its lines.
    private struct Field {
        var keyword: String
        var text: [UInt8] = []
        var map: OffsetMap
        var offset: Int
    }

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        let quoted = QuotedString(source.bytes)
        var entries: [[Field]] = []
        var entry: [Field] = []
        for index in 0..<source.lineStarts.count {
            let line = source.line(index)
            guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else {
                if !entry.isEmpty { entries.append(entry); entry = [] }
                continue
            }
            if line[first] == UInt8(ascii: "#") { continue }
            if line[first] == UInt8(ascii: "\"") {
                guard !entry.isEmpty else { throw ExtractionError(offset: first, "a string line outside an entry: expected msgid, msgstr or msgctxt before it") }
                var field = entry.removeLast()
                let end = try quoted.read(at: first, into: &field.text, map: &field.map)
                try Self.expectEnd(line, end)
                entry.append(field)
                continue
            }
            var k = first
            while k < line.endIndex, line[k] != 0x20, line[k] != 0x09, line[k] != UInt8(ascii: "\"") { k += 1 }
            let keyword = String(decoding: line[first..<k], as: UTF8.self)
            guard keyword == "msgid" || keyword == "msgid_plural" || keyword == "msgctxt" || keyword.hasPrefix("msgstr") else {
                throw ExtractionError(offset: first, "unknown keyword '\(keyword)'; expected msgctxt, msgid, msgid_plural or msgstr")
            }
            // A msgctxt or msgid after a msgstr starts the next entry.
            if (keyword == "msgctxt" || keyword == "msgid"), entry.contains(where: { $0.keyword.hasPrefix("msgstr") }) {
                entries.append(entry)
                entry = []
            }
            while k < line.endIndex, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
            guard k < line.endIndex, line[k] == UInt8(ascii: "\"") else {
                throw ExtractionError(offset: k, "expected a quoted string after \(keyword)")
            }
            var field = Field(keyword: keyword, map: OffsetMap(start: k + 1), offset: first)
            let end = try quoted.read(at: k, into: &field.text, map: &field.map)
            try Self.expectEnd(line, end)
            entry.append(field)
        }
        if !entry.isEmpty { entries.append(entry) }
        return Self.replies(of: entries)
    }

    private static func expectEnd(_ line: ArraySlice<UInt8>, _ end: Int) throws(ExtractionError) {
        guard let extra = line[end...].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
        throw ExtractionError(offset: extra, "unexpected text after the closing quote")
    }

    private static func replies(of entries: [[Field]]) -> [Reply] {
        var language: Language?
        var replies: [Reply] = []
        for entry in entries {
            func text(_ keyword: String) -> String? {
                entry.first { $0.keyword == keyword }.map { String(decoding: $0.text, as: UTF8.self) }
            }
            guard let msgid = text("msgid") else { continue }
            if msgid.isEmpty {
                for line in (text("msgstr") ?? "").split(separator: "\n") where line.hasPrefix("Language:") {
                    language = Language(code: line.dropFirst("Language:".count).trimmingWhitespace())
                }
                continue
            }
            let key = text("msgctxt").map { "\($0)|\(msgid)" } ?? msgid
            for field in entry where field.keyword.hasPrefix("msgstr") && !field.text.isEmpty {
                let index = field.keyword.dropFirst("msgstr".count)
                replies.append(Reply(text: String(decoding: field.text, as: UTF8.self), key: key + index, language: language, map: field.map))
            }
        }
        return replies
    }
}
