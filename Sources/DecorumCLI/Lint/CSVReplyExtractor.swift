import Decorum

/// Replies of a CSV file with a header row: the named text column of each row, keyed by
/// the key column when the header has it (`row n` otherwise, n counting data rows from 1),
/// in the language of a `lang` or `language` column when there is one. Quoted fields may
/// hold commas, doubled quotes and line breaks (RFC 4180), read by `CSVRowParser`.
public struct CSVReplyExtractor: ReplyExtractor {
    /// The column holding the replies.
    public var column: String
    /// The column holding each reply's key.
    public var keyColumn: String

    public init(column: String = "text", keyColumn: String = "id") {
        self.column = column
        self.keyColumn = keyColumn
    }

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        var replies: [Reply] = []
        var header: (text: Int, key: Int?, language: Int?, count: Int)?
        var index = 0
        var rows = 0
        let lines = source.lineStarts.count
        while index < lines {
            let first = index
            let line = Array(source.line(index))
            index += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            var parser = CSVRowParser(keepsPositions: true)
            parser.feed(line, at: source.lineStarts[first])
            while parser.inQuotes {
                guard index < lines else {
                    throw ExtractionError(offset: source.lineStarts[first], "unclosed quote: a quoted field opened on this row runs to the end of the file")
                }
                parser.feed(Array(source.line(index)), afterLineBreak: true, at: source.lineStarts[index])
                index += 1
            }
            let values = parser.finish()
            guard let columns = header else {
                let names = values.map { $0.trimmingWhitespace() }
                guard let text = names.firstIndex(of: column) else {
                    throw ExtractionError(offset: source.lineStarts[first], "no column named '\(column)' in the header (columns: \(names.joined(separator: ", "))); name it with --column")
                }
                let language = names.firstIndex(of: "lang") ?? names.firstIndex(of: "language")
                header = (text, names.firstIndex(of: keyColumn), language, names.count)
                continue
            }
            rows += 1
            guard values.count == columns.count else {
                throw ExtractionError(offset: source.lineStarts[first], "expected \(columns.count) columns as in the header, found \(values.count)")
            }
            let key = columns.key.map { values[$0] } ?? "row \(rows)"
            let language = columns.language.flatMap { Language(code: values[$0]) }
            replies.append(Reply(text: values[columns.text], key: key, language: language, map: parser.maps[columns.text]))
        }
        return replies
    }
}
