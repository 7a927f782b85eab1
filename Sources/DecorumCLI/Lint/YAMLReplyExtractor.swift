import Yams

/// Replies of a YAML file: every string scalar that is a value (not a key), keyed by its
/// path (`greetings.closing[2]`; documents after the first are prefixed `[n]`). Scalars
/// that resolve to another type (`42`, `true`, `null`) are not replies.
///
/// Positions come from Yams's marks (the start of each scalar), then the decoded text is
/// walked along the source to account for quotes, escapes, indentation and folded lines.
public struct YAMLReplyExtractor: ReplyExtractor {
    public init() {}

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        var replies: [Reply] = []
        do {
            let parser = try Parser(yaml: String(decoding: source.bytes, as: UTF8.self))
            var document = 0
            while let root = try parser.nextRoot() {
                walk(root, document == 0 ? "" : "[\(document)]", source, &replies)
                document += 1
            }
        } catch let error as YamlError {
            throw Self.extractionError(error, source)
        } catch {
            throw ExtractionError(offset: 0, "invalid YAML: \(error)")
        }
        return replies
    }

    private func walk(_ node: Node, _ path: String, _ source: SourceText, _ replies: inout [Reply]) {
        switch node {
        case .scalar(let scalar):
            // `node.tag` resolves plain scalars: `42` or `yes` are not strings.
            guard node.tag.rawValue == Tag.Name.str.rawValue, let mark = scalar.mark else { return }
            let text = Array(scalar.string.utf8)
            let start = source.offset(of: SourcePosition(line: mark.line, column: mark.column))
            let map = YAMLAligner.map(text, style: scalar.style, in: source.bytes, markOffset: start)
            replies.append(Reply(text: scalar.string, key: path.isEmpty ? "$" : path, map: map))
        case .mapping(let mapping):
            for (key, value) in mapping {
                walk(value, KeyPath.appending(key.string ?? "\(key)", to: path), source, &replies)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { walk(item, "\(path)[\(index)]", source, &replies) }
        case .alias:
            break
        }
    }

    static func extractionError(_ error: YamlError, _ source: SourceText) -> ExtractionError {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> ExtractionError {
            let offset = source.offset(of: SourcePosition(line: mark.line, column: mark.column))
            let while_ = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return ExtractionError(offset: offset, "invalid YAML: \(problem)\(while_)")
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return at(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return at(context.mark, "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))", nil)
        case let .reader(problem, _, _, _):
            return ExtractionError(offset: 0, "invalid YAML: \(problem)")
        default:
            return ExtractionError(offset: 0, "invalid YAML: \(error)")
        }
    }
}

/// Finds the bytes of a decoded YAML scalar in its source.
enum YAMLAligner {
    /// The offset map of `text`, the decoded value of a scalar of `style` whose mark is at
    /// byte `markOffset` of `source`: each text byte is matched to the next equal source
    /// byte, skipping what decoding drops (quotes, indentation, line breaks, escapes).
    static func map(_ text: [UInt8], style: Node.Scalar.Style, in source: [UInt8], markOffset: Int) -> OffsetMap {
        var j = markOffset
        switch style {
        case .singleQuoted, .doubleQuoted:
            j += 1
        case .literal, .folded:
            // The content starts on the line after the `|` or `>` indicator.
            j = (source[min(j, source.count)...].firstIndex(of: 0x0A) ?? source.count - 1) + 1
        case .plain, .any:
            break
        }
        var map = OffsetMap(start: min(j, source.count))
        var t = 0
        while t < text.count {
            guard j < source.count else { map.mark(text: t, file: source.count); break }
            let b = source[j]
            if style == .doubleQuoted, b == UInt8(ascii: "\\"), let (length, decoded) = escape(source, j) {
                map.mark(text: t, file: j)
                j += length
                t += decoded
                map.mark(text: min(t, text.count), file: j)
            } else if b == text[t] {
                map.mark(text: t, file: j)
                j += 1
                t += 1
            } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "'") {
                j += 1
            } else {
                // A byte that decoding made up: keep it at the current place.
                map.mark(text: t, file: j)
                t += 1
            }
        }
        return map
    }

    /// The source length of the escape at `j` and the UTF-8 length of what it decodes to.
    private static func escape(_ source: [UInt8], _ j: Int) -> (Int, Int)? {
        guard j + 1 < source.count else { return nil }
        func hex(_ digits: Int) -> (Int, Int)? {
            guard j + 2 + digits <= source.count,
                  let value = UInt32(String(decoding: source[(j + 2)..<(j + 2 + digits)], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(value) else { return nil }
            return (2 + digits, String(Character(scalar)).utf8.count)
        }
        switch source[j + 1] {
        case UInt8(ascii: "x"): return hex(2)
        case UInt8(ascii: "u"): return hex(4)
        case UInt8(ascii: "U"): return hex(8)
        case UInt8(ascii: "N"), UInt8(ascii: "_"): return (2, 2)
        case UInt8(ascii: "L"), UInt8(ascii: "P"): return (2, 3)
        case 0x0A, 0x0D: return nil
        default: return (2, 1)
        }
    }
}
