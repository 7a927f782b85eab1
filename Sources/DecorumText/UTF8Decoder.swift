/// Decodes UTF-8 bytes into scalars with their byte ranges, replacing what is invalid.
enum UTF8Decoder {
    /// One decoded scalar and the half-open byte range `[start, end)` it came from.
    struct Decoded {
        var scalar: UInt32
        var start: Int32
        var end: Int32
    }

    /// Decodes `bytes`; each maximal invalid subsequence (as the Unicode standard defines
    /// it for U+FFFD substitution) becomes one U+FFFD and is appended to `invalid`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, invalid: inout [Range<Int>]) -> [Decoded] {
        var out: [Decoded] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(Decoded(scalar: UInt32(b0), start: Int32(i), end: Int32(i + 1)))
                i += 1
                continue
            }
            var length = 0
            var scalar: UInt32 = 0
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2; scalar = UInt32(b0 & 0x1F)
            case 0xE0: length = 3; scalar = UInt32(b0 & 0x0F); lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; scalar = UInt32(b0 & 0x0F)
            case 0xED: length = 3; scalar = UInt32(b0 & 0x0F); upper = 0x9F
            case 0xF0: length = 4; scalar = UInt32(b0 & 0x07); lower = 0x90
            case 0xF1...0xF3: length = 4; scalar = UInt32(b0 & 0x07)
            case 0xF4: length = 4; scalar = UInt32(b0 & 0x07); upper = 0x8F
            default: length = 0
            }
            var consumed = 1
            var valid = length > 0
            while valid && consumed < length {
                guard i + consumed < n else { valid = false; break }
                let b = bytes[i + consumed]
                let (lo, hi) = consumed == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard b >= lo && b <= hi else { valid = false; break }
                scalar = (scalar << 6) | UInt32(b & 0x3F)
                consumed += 1
            }
            if valid {
                out.append(Decoded(scalar: scalar, start: Int32(i), end: Int32(i + length)))
            } else {
                out.append(Decoded(scalar: 0xFFFD, start: Int32(i), end: Int32(i + consumed)))
                if let last = invalid.last, last.upperBound == i {
                    invalid[invalid.count - 1] = last.lowerBound..<(i + consumed)
                } else {
                    invalid.append(i..<(i + consumed))
                }
            }
            i += consumed
        }
        return out
    }
}
