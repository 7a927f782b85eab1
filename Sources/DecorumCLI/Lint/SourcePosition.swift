/// A place in a file as people and code-scanning tools count it: 1-based line, and
/// 1-based column in Unicode code points (`columnKind: unicodeCodePoints` in SARIF).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode code points from the start of the line.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { (a.line, a.column) < (b.line, b.column) }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// The bytes of one input file with its line index: converts UTF-8 byte offsets into the
/// file to line and code-point column, and back.
public struct SourceText: Sendable {
    /// The file's bytes (a UTF-8 byte order mark, if any, included).
    public let bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// The source of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The number of lines (a final line break does not start an extra line).
    public var lineCount: Int { lineStarts.last == bytes.count && lineStarts.count > 1 ? lineStarts.count - 1 : lineStarts.count }

    /// The 0-based index of the line holding byte `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line and code-point column of byte `offset` (clamped to the file).
    /// - Complexity: O(log lines + length of the line up to `offset`).
    public func position(of offset: Int) -> SourcePosition {
        let offset = min(max(offset, 0), bytes.count)
        let line = lineIndex(of: offset)
        var column = 1
        var i = lineStarts[line]
        while i < offset {
            // Continuation bytes (10xxxxxx) do not start a code point.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// The byte offset of `position` (its column counted in code points), clamped to its line.
    public func offset(of position: SourcePosition) -> Int {
        guard position.line >= 1, position.line <= lineStarts.count else { return bytes.count }
        let end = position.line < lineStarts.count ? lineStarts[position.line] : bytes.count
        var i = lineStarts[position.line - 1], column = 1
        while i < end, column < position.column {
            i += 1
            while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    /// The bytes of line `index` (0-based) without its line break (`\n` or `\r\n`).
    public func line(_ index: Int) -> ArraySlice<UInt8> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end < start { end = start }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<end]
    }
}
