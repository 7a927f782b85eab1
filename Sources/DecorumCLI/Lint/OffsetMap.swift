/// Maps UTF-8 byte offsets in a reply's decoded text to byte offsets in its file.
///
/// Decoding (JSON `\n` or `\u00e9`, XML `&amp;`, a CSV `""`, lines joined across a PO
/// entry) shifts text against file; the map keeps an anchor wherever the shift changes, and
/// maps linearly from the last anchor at or before an offset. Offsets inside a decoded
/// escape map into the escape (exact at its start); everything verbatim maps exactly.
public struct OffsetMap: Sendable, Hashable {
    /// `(text, file)` pairs, increasing in both: text offset `text` is file offset `file`.
    public private(set) var anchors: [Anchor]

    /// One anchor: text offset `text` lies at file offset `file` (UTF-8 bytes).
    public struct Anchor: Sendable, Hashable {
        public var text: Int
        public var file: Int
    }

    /// A map whose text starts at file offset `start` and is copied verbatim from there.
    public init(start: Int) { anchors = [Anchor(text: 0, file: start)] }

    /// Records that text offset `text` lies at file offset `file`; kept only when the
    /// linear continuation of the last anchor says otherwise.
    public mutating func mark(text: Int, file: Int) {
        let last = anchors[anchors.count - 1]
        if last.file + (text - last.text) == file { return }
        if last.text == text { anchors[anchors.count - 1].file = file; return }
        anchors.append(Anchor(text: text, file: file))
    }

    /// The file offset of text offset `offset`.
    public func fileOffset(_ offset: Int) -> Int {
        var low = 0, high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].text <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        let linear = anchor.file + (offset - anchor.text)
        // Inside a decoded escape, stay inside it: never run past the next anchor.
        if low + 1 < anchors.count { return min(linear, max(anchors[low + 1].file - 1, anchor.file)) }
        return linear
    }

    /// The file offset just past text offset `end` (exclusive end of a span): the end of
    /// the last byte's source, so that a span ending in an escape covers all of it.
    public func fileEnd(_ end: Int) -> Int {
        guard end > 0 else { return fileOffset(0) }
        let last = end - 1
        if let next = anchors.first(where: { $0.text == end }), fileOffset(last) < next.file { return next.file }
        return fileOffset(last) + 1
    }
}
