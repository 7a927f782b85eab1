/// An inline suppression: `decorum-ignore: <reason>` on the line of a finding or on the
/// line before it.
///
/// The marker may stand anywhere on a line: in a comment where the format has them (`#`
/// in YAML and PO, `//` and `/* */` in `.strings`, `<!-- -->` in Markdown and XLIFF), in a
/// JSON or CSV value, or on a line of its own in plain text. The reason runs to the end of
/// the line or to the first `-->` or `*/`, less the quotes, commas and semicolons that close
/// a value at its end (`"… decorum-ignore: why",`). A marker without a reason suppresses
/// nothing and is itself reported (rule `decorum.ignore-without-reason`).
public struct SuppressionMarker: Sendable, Hashable {
    /// The word that starts a marker.
    public static let word = "decorum-ignore"

    /// Where the marker starts (its `d`).
    public var position: SourcePosition
    /// The UTF-8 byte offset of the marker in the file.
    public var offset: Int
    /// The reason given; nil when there is none.
    public var reason: String?

    /// Whether the marker covers a finding that starts on `line`.
    public func covers(line: Int) -> Bool { line == position.line || line == position.line + 1 }

    /// The markers of `source`, in file order.
    public static func all(in source: SourceText) -> [SuppressionMarker] {
        let word = Array(Self.word.utf8)
        var markers: [SuppressionMarker] = []
        let bytes = source.bytes
        guard bytes.count >= word.count else { return [] }
        var i = 0
        while i + word.count <= bytes.count {
            guard bytes[i] == word[0], bytes[i..<(i + word.count)].elementsEqual(word) else { i += 1; continue }
            let lineEnd = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
            var k = i + word.count
            while k < lineEnd, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
            var reason: String?
            if k < lineEnd, bytes[k] == UInt8(ascii: ":") {
                var end = k + 1
                while end < lineEnd, !isReasonEnd(bytes, end) { end += 1 }
                var text = Substring(String(decoding: bytes[(k + 1)..<end], as: UTF8.self).trimmingWhitespace())
                while let last = text.last, "\"',; \t".contains(last) { text.removeLast() }
                if !text.isEmpty { reason = String(text) }
            }
            markers.append(SuppressionMarker(position: source.position(of: i), offset: i, reason: reason))
            i = lineEnd
        }
        return markers
    }

    private static func isReasonEnd(_ bytes: [UInt8], _ i: Int) -> Bool {
        switch bytes[i] {
        case UInt8(ascii: "-"): return i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: ">")
        case UInt8(ascii: "*"): return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
        default: return false
        }
    }
}
