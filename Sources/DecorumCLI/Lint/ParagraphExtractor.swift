/// Replies of plain text and Markdown files: each paragraph (lines up to a blank line) is
/// one reply.
///
/// Plain text: every line is reply text, except a line that holds only a `decorum-ignore`
/// marker. Markdown: text outside code; fenced (```` ``` ````, `~~~`) and indented code
/// blocks, inline code spans, HTML comments and a leading `---` front matter are left out,
/// and a heading is a reply of its own, keyed by its title, whose paragraphs are keyed
/// `Refund denied #1`, `Refund denied #2`…. Without a heading, keys are `#1`, `#2`, ….
///
/// What is left out is blanked with spaces in place, so offsets in a reply are offsets in
/// the file.
public struct ParagraphExtractor: ReplyExtractor {
    /// Whether the file is Markdown.
    public var markdown: Bool

    public init(markdown: Bool) { self.markdown = markdown }

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        var visible = source.bytes
        var headings: [Int: String] = [:]
        if markdown {
            MarkdownMask.apply(to: &visible, source: source, headings: &headings)
        } else {
            for index in 0..<source.lineStarts.count where Self.isMarkerLine(source.line(index)) {
                let line = source.line(index)
                for i in line.indices { visible[i] = 0x20 }
            }
        }
        var replies: [Reply] = []
        var section: String?
        var paragraphsInSection = 0
        var paragraphsWithoutHeading = 0
        var start: Int?
        func close(endingBefore lineIndex: Int) {
            guard let first = start else { return }
            start = nil
            let end = lineIndex < source.lineStarts.count ? source.lineStarts[lineIndex] : visible.count
            let from = source.lineStarts[first]
            var to = end
            while to > from, Self.isSpace(visible[to - 1]) { to -= 1 }
            let key: String
            if let section {
                paragraphsInSection += 1
                key = "\(section) #\(paragraphsInSection)"
            } else {
                paragraphsWithoutHeading += 1
                key = "#\(paragraphsWithoutHeading)"
            }
            replies.append(Reply(text: String(decoding: visible[from..<to], as: UTF8.self), key: key, map: OffsetMap(start: from)))
        }
        for index in 0..<source.lineStarts.count {
            let lineStart = source.lineStarts[index]
            let lineEnd = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : visible.count
            if let title = headings[index] {
                close(endingBefore: index)
                let text = visible[lineStart..<lineEnd]
                let from = text.firstIndex { !Self.isSpace($0) } ?? lineEnd
                var to = lineEnd
                while to > from, Self.isSpace(visible[to - 1]) { to -= 1 }
                replies.append(Reply(text: String(decoding: visible[from..<to], as: UTF8.self), key: title, map: OffsetMap(start: from)))
                section = title
                paragraphsInSection = 0
                continue
            }
            let blank = visible[lineStart..<lineEnd].allSatisfy(Self.isSpace)
            if blank { close(endingBefore: index) } else if start == nil { start = index }
        }
        close(endingBefore: source.lineStarts.count)
        return replies.filter { !$0.text.isEmpty }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Whether `line` holds nothing but a `decorum-ignore` marker.
    static func isMarkerLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { !isSpace($0) }) else { return false }
        return line[first...].starts(with: SuppressionMarker.word.utf8)
    }
}

/// Blanks the parts of a Markdown file that are not prose.
enum MarkdownMask {
    /// Replaces code, HTML comments and front matter in `bytes` with spaces (line breaks
    /// kept) and the `#` marks of headings too; `headings` gets each heading's 0-based line
    /// index and title.
    static func apply(to bytes: inout [UInt8], source: SourceText, headings: inout [Int: String]) {
        let lines = source.lineStarts.count
        func blank(_ range: Range<Int>) {
            for i in range where bytes[i] != 0x0A && bytes[i] != 0x0D { bytes[i] = 0x20 }
        }
        func lineRange(_ index: Int) -> Range<Int> {
            let line = source.line(index)
            return line.startIndex..<line.endIndex
        }
        var index = 0
        // Front matter: a `---` first line up to the next `---` line.
        if lines > 1, Array(source.line(0)) == Array("---".utf8) {
            if let close = (1..<lines).first(where: { Array(source.line($0)) == Array("---".utf8) }) {
                for k in 0...close { blank(lineRange(k)) }
                index = close + 1
            }
        }
        var fence: (byte: UInt8, length: Int)?
        var previousBlank = true
        var inComment = false
        while index < lines {
            let range = lineRange(index)
            let line = source.line(index)
            let indent = line.prefix { $0 == 0x20 }.count
            let body = line.dropFirst(indent)
            if let open = fence {
                let run = body.prefix { $0 == open.byte }.count
                if indent < 4, run >= open.length, body.dropFirst(run).allSatisfy(ParagraphExtractor.isSpace) { fence = nil }
                blank(range)
                index += 1
                previousBlank = false
                continue
            }
            if !inComment, indent < 4, let byte = body.first, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") {
                let run = body.prefix { $0 == byte }.count
                if run >= 3 {
                    fence = (byte, run)
                    blank(range)
                    index += 1
                    continue
                }
            }
            let isBlank = line.allSatisfy(ParagraphExtractor.isSpace)
            if !inComment, previousBlank, !isBlank, indent >= 4 || line.first == 0x09 {
                // An indented code block runs over indented and blank lines.
                while index < lines {
                    let l = source.line(index)
                    let blankLine = l.allSatisfy(ParagraphExtractor.isSpace)
                    guard blankLine || l.prefix(while: { $0 == 0x20 }).count >= 4 || l.first == 0x09 else { break }
                    blank(lineRange(index))
                    index += 1
                }
                previousBlank = true
                continue
            }
            inComment = blankInline(&bytes, range: range, inComment: inComment)
            if !inComment, indent < 4, body.first == UInt8(ascii: "#") {
                let hashes = body.prefix { $0 == UInt8(ascii: "#") }.count
                let rest = body.dropFirst(hashes)
                if hashes <= 6, rest.isEmpty || rest.first == 0x20 || rest.first == 0x09 {
                    for i in body.startIndex..<(body.startIndex + hashes) { bytes[i] = 0x20 }
                    var title = Array(bytes[(body.startIndex + hashes)..<range.upperBound])
                    while let last = title.last, ParagraphExtractor.isSpace(last) || last == UInt8(ascii: "#") { title.removeLast() }
                    headings[index] = String(decoding: title, as: UTF8.self).trimmingWhitespace()
                }
            }
            previousBlank = isBlank
            index += 1
        }
    }

    /// Blanks the inline code spans and HTML comments of one line; returns whether an HTML
    /// comment is still open at its end.
    private static func blankInline(_ bytes: inout [UInt8], range: Range<Int>, inComment: Bool) -> Bool {
        var i = range.lowerBound
        var open = inComment
        let end = range.upperBound
        func starts(with word: String, at k: Int) -> Bool {
            let w = word.utf8
            return bytes[k] == w.first && k + w.count <= end && bytes[k..<(k + w.count)].elementsEqual(w)
        }
        while i < end {
            if open {
                if starts(with: "-->", at: i) {
                    for k in i..<(i + 3) { bytes[k] = 0x20 }
                    i += 3
                    open = false
                } else {
                    bytes[i] = 0x20
                    i += 1
                }
                continue
            }
            if starts(with: "<!--", at: i) {
                open = true
                continue
            }
            if bytes[i] == UInt8(ascii: "`") {
                var run = 0
                while i + run < end, bytes[i + run] == UInt8(ascii: "`") { run += 1 }
                // The span closes at the next run of exactly as many backticks.
                var k = i + run
                var close: Int?
                while k < end {
                    if bytes[k] == UInt8(ascii: "`") {
                        var other = 0
                        while k + other < end, bytes[k + other] == UInt8(ascii: "`") { other += 1 }
                        if other == run { close = k + other; break }
                        k += other
                    } else {
                        k += 1
                    }
                }
                guard let close else { i += run; continue }
                for k in i..<close { bytes[k] = 0x20 }
                i = close
                continue
            }
            i += 1
        }
        return open
    }
}
