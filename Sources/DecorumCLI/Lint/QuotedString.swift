/// Reads a double-quoted string with C escapes, as `.strings` and PO files write them:
/// `\"`, `\\`, `\n`, `\t`, `\r`, `\a`, `\b`, `\f`, `\v`, `\'`, `\?`, octal `\101`, `\xHH`,
/// `\uHHHH` and `\UHHHHHHHH`.
struct QuotedString {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Decodes the string whose opening quote is at `quote`, appending its bytes to `out`
    /// and its escapes to `map` (whose text offsets count `out`).
    /// - Returns: the offset just past the closing quote.
    /// - Throws: `ExtractionError` for a string that does not close on its line.
    func read(at quote: Int, into out: inout [UInt8], map: inout OffsetMap) throws(ExtractionError) -> Int {
        var i = quote + 1
        map.mark(text: out.count, file: i)
        while true {
            guard i < bytes.count, bytes[i] != 0x0A else {
                throw ExtractionError(offset: quote, "unterminated string: the quote opened here does not close on its line")
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { return i + 1 }
            guard b == UInt8(ascii: "\\"), i + 1 < bytes.count else {
                out.append(b)
                i += 1
                continue
            }
            map.mark(text: out.count, file: i)
            let (length, decoded) = escape(at: i)
            out.append(contentsOf: decoded)
            i += length
            map.mark(text: out.count, file: i)
        }
    }

    /// The escape at `i` (a backslash): its length in the source and what it stands for.
    private func escape(at i: Int) -> (Int, [UInt8]) {
        let e = bytes[i + 1]
        func scalar(_ value: UInt32?, _ length: Int) -> (Int, [UInt8]) {
            let s = value.flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
            return (length, Array(String(Character(s)).utf8))
        }
        func digits(_ start: Int, _ count: Int, radix: Int, allowed: (UInt8) -> Bool) -> (String, Int) {
            var end = start
            while end < bytes.count, end - start < count, allowed(bytes[end]) { end += 1 }
            return (String(decoding: bytes[start..<end], as: UTF8.self), end - start)
        }
        let isHex: (UInt8) -> Bool = { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
        switch e {
        case UInt8(ascii: "n"): return (2, [0x0A])
        case UInt8(ascii: "t"): return (2, [0x09])
        case UInt8(ascii: "r"): return (2, [0x0D])
        case UInt8(ascii: "a"): return (2, [0x07])
        case UInt8(ascii: "b"): return (2, [0x08])
        case UInt8(ascii: "f"): return (2, [0x0C])
        case UInt8(ascii: "v"): return (2, [0x0B])
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let (text, n) = digits(i + 2, e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8, radix: 16, allowed: isHex)
            return scalar(n > 0 ? UInt32(text, radix: 16) : nil, 2 + n)
        case 0x30...0x37:
            let (text, n) = digits(i + 1, 3, radix: 8) { (0x30...0x37).contains($0) }
            return scalar(UInt32(text, radix: 8), 1 + n)
        default:
            // `\"`, `\\`, `\'`, `\?` and any other: the character itself.
            return (2, [e])
        }
    }
}
