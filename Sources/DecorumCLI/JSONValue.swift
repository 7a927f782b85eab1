/// A parsed JSON value, with numbers kept as their source text (ids are copied verbatim).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(JSONWriter.encode(self))
    }

    /// The member named `key` of an object (the last one if repeated); nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.0 == key }?.1
    }

    /// Whether this is an array or object with at least one item.
    var isNonEmptyContainer: Bool {
        switch self {
        case .array(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        default: false
        }
    }

    /// The value at a dotted path (`ticket.body`) of nested objects.
    public func value(atPath path: String) -> JSONValue? {
        if !path.utf8.contains(UInt8(ascii: ".")) { return self[path] }
        var current: JSONValue? = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            current = current?[String(part)]
        }
        return current
    }
}

/// A JSON syntax error, with the 1-based column (in bytes) where it was found.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based byte column.
    public var column: Int
    /// What was wrong.
    public var reason: String

    public var description: String { "invalid JSON: \(reason) at column \(column)" }
}

/// A strict RFC 8259 parser for one JSON text (one JSONL line).
public struct JSONParser {
    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    /// For `parseKeepingPositions`: an offset map for each string value (not member
    /// names), in document order; nil when positions are not kept (`scan`).
    private var stringMaps: [OffsetMap]?
    /// Nesting deeper than this is rejected rather than risking the stack.
    public static let maximumDepth = 512

    /// Parses `bytes` as exactly one JSON value (surrounding white space allowed).
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        guard parser.i == bytes.count else { throw parser.error("unexpected character after the value") }
        return value
    }

    /// Parses `bytes` like `parse`, and also returns, for each string value (member names
    /// left out) in document order, the map from its decoded UTF-8 offsets to offsets in
    /// `bytes`, so that a place in a value can be found in the file (`decorum lint`).
    public static func parseKeepingPositions(_ bytes: [UInt8]) throws(JSONParseError) -> (JSONValue, [OffsetMap]) {
        var parser = JSONParser(bytes: bytes)
        parser.stringMaps = []
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        guard parser.i == bytes.count else { throw parser.error("unexpected character after the value") }
        return (value, parser.stringMaps ?? [])
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ reason: String) -> JSONParseError { JSONParseError(column: i + 1, reason: reason) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard i < bytes.count else { throw error("unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString(isValue: true))
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character '\(Self.describe(bytes[i]))'")
        }
    }

    static func describe(_ b: UInt8) -> Swift.String {
        if b >= 0x20 && b < 0x7F { return Swift.String(Character(Unicode.Scalar(b))) }
        let digits = Array("0123456789ABCDEF")
        return "\\x" + Swift.String(digits[Int(b >> 4)]) + Swift.String(digits[Int(b & 15)])
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let w = word.withUTF8Buffer { Array($0) }
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw error("unexpected character '\(Self.describe(bytes[i]))'")
        }
        i += w.count
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                throw i < bytes.count ? error("expected a member name in quotes") : error("unexpected end of input")
            }
            let key = try parseString()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            i += 1
            skipSpace()
            members.append((key, try parseValue()))
            skipSpace()
            guard i < bytes.count else { throw error("unexpected end of input, expected ',' or '}'") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard i < bytes.count else { throw error("unexpected end of input, expected ',' or ']'") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = i
        func digits() -> Int {
            let s = i
            while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            return i - s
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 else { throw error("expected a digit") }
        if bytes[i] == 0x30 { i += 1 } else { _ = digits() }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw error("expected a digit after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        return .number(Swift.String(decoding: bytes[start..<i], as: UTF8.self))
    }

    private mutating func parseString(isValue: Bool = false) throws(JSONParseError) -> Swift.String {
        i += 1
        var map: OffsetMap? = isValue && stringMaps != nil ? OffsetMap(start: i) : nil
        defer { if let map { stringMaps?.append(map) } }
        // The bytes up to the first quote, backslash or control are taken at once: most
        // strings hold no escape and end there.
        var plainEnd = i
        while plainEnd < bytes.count, bytes[plainEnd] != 0x22, bytes[plainEnd] != 0x5C, bytes[plainEnd] >= 0x20 { plainEnd += 1 }
        if plainEnd < bytes.count, bytes[plainEnd] == 0x22 {
            defer { i = plainEnd + 1 }
            return Swift.String(decoding: bytes[i..<plainEnd], as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(plainEnd - i + 16)
        out.append(contentsOf: bytes[i..<plainEnd])
        i = plainEnd
        while true {
            guard i < bytes.count else { throw error("unterminated string") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 0x20 { throw error("control character in a string") }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            map?.mark(text: out.count, file: i)
            defer { map?.mark(text: out.count, file: i) }
            i += 1
            guard i < bytes.count else { throw error("unterminated string") }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate pairs with a following low one; alone it is replaced.
                    if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: Swift.String(Character(Unicode.Scalar(scalar)!)).utf8)
            default:
                i -= 1
                throw error("invalid escape '\\\(Self.describe(e))'")
            }
        }
        // Invalid UTF-8 inside a string is kept as is: the moderator reports it.
        return Swift.String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw error("expected four hex digits after \\u")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}

/// Writes JSON text: compact, members in the order given, non-ASCII kept as UTF-8.
///
/// The text is made as UTF-8 bytes and turned into a `String` once: appending to a
/// `String` piece by piece cost more than the rest of writing a verdict.
public enum JSONWriter {
    /// The compact JSON text of `value`.
    public static func encode(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        write(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text of `value` to `out`.
    public static func write(_ value: JSONValue, to out: inout String) {
        out += encode(value)
    }

    /// Appends the JSON text of `value` to `out`, as UTF-8.
    static func write(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): writeString(s, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (k, (key, item)) in members.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always) private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// The JSON text of `value` indented two spaces a level, for files people read; a
    /// container holding no non-empty container is written on one line, compactly.
    public static func encodeIndented(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeIndented(value, level: 0, to: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private static func writeIndented(_ value: JSONValue, level: Int, to out: inout [UInt8]) {
        let items: [(String?, JSONValue)]
        let brackets: (UInt8, UInt8)
        switch value {
        case .array(let elements) where elements.contains(where: \.isNonEmptyContainer):
            items = elements.map { (nil, $0) }
            brackets = (UInt8(ascii: "["), UInt8(ascii: "]"))
        case .object(let members) where members.contains(where: { $0.1.isNonEmptyContainer }):
            items = members.map { ($0.0, $0.1) }
            brackets = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        default:
            write(value, to: &out)
            return
        }
        out.append(brackets.0)
        out.append(0x0A)
        for (k, (key, item)) in items.enumerated() {
            out.append(contentsOf: repeatElement(0x20, count: 2 * (level + 1)))
            if let key {
                writeString(key, to: &out)
                append(": ", to: &out)
            }
            writeIndented(item, level: level + 1, to: &out)
            if k + 1 < items.count { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
        }
        out.append(contentsOf: repeatElement(0x20, count: 2 * level))
        out.append(brackets.1)
    }

    /// Appends `s` as a JSON string literal.
    public static func writeString(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeString(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal, as UTF-8.
    ///
    /// Runs of bytes that need no escape are appended whole; only `"`, `\\`, controls and
    /// U+2028/U+2029 (whose UTF-8 starts with E2 80 A8/A9) are looked at one by one.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var copy = s
        copy.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            func flush() {
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            }
            while i < bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 else {
                    i += 1
                    continue
                }
                var width = 1
                switch b {
                case 0x22: flush(); append("\\\"", to: &out)
                case 0x5C: flush(); append("\\\\", to: &out)
                case 0x0A: flush(); append("\\n", to: &out)
                case 0x0D: flush(); append("\\r", to: &out)
                case 0x09: flush(); append("\\t", to: &out)
                case 0x00..<0x20:
                    flush()
                    append("\\u00", to: &out)
                    out.append(hexDigit(b >> 4))
                    out.append(hexDigit(b & 15))
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    flush()
                    append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", to: &out)
                    width = 3
                default:
                    i += 1
                    continue
                }
                i += width
                runStart = i
            }
            flush()
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
