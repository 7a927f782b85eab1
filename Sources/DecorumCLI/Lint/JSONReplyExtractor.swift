/// Replies of a JSON file: every string value, keyed by its path (`greetings.closing[2]`;
/// a member name that is not a plain word is quoted: `["a.b"]`). Member names are not
/// replies. The file is one JSON text (not JSON Lines).
public struct JSONReplyExtractor: ReplyExtractor {
    public init() {}

    public func replies(in source: SourceText) throws(ExtractionError) -> [Reply] {
        let value: JSONValue
        var maps: [OffsetMap]
        do {
            (value, maps) = try JSONParser.parseKeepingPositions(source.bytes)
        } catch {
            throw ExtractionError(offset: error.column - 1, "invalid JSON: \(error.reason)")
        }
        var replies: [Reply] = []
        maps.reverse()
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .string(let text):
                guard let map = maps.popLast() else { return }
                replies.append(Reply(text: text, key: path.isEmpty ? "$" : path, map: map))
            case .array(let items):
                for (index, item) in items.enumerated() { walk(item, "\(path)[\(index)]") }
            case .object(let members):
                for (name, item) in members { walk(item, KeyPath.appending(name, to: path)) }
            case .null, .bool, .number:
                break
            }
        }
        walk(value, "")
        return replies
    }
}

/// Key paths of nested values: `greetings.closing[2]`.
enum KeyPath {
    /// `path` followed by the member `name`: `.name`, or `["name"]` when the name is not
    /// made of letters, digits, `_` and `-` only.
    static func appending(_ name: String, to path: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        if plain { return path.isEmpty ? name : path + "." + name }
        var quoted = ""
        JSONWriter.writeString(name, to: &quoted)
        return path + "[" + quoted + "]"
    }
}
