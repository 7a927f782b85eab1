import CICUShim

/// The one place in Swift that calls ICU, through the `CICUShim` C target.
enum ICU {
    /// NFKC_Casefold of `units`, or nil when ICU reports a failure.
    static func nfkcCasefold(_ units: [UInt16]) -> [UInt16]? {
        var capacity = max(units.count * 2, 8)
        while true {
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let written = units.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    CICUShim_nfkcCasefold(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                }
            }
            if status == CICUSHIM_BUFFER_OVERFLOW {
                capacity = Int(written) + 1
                continue
            }
            guard status <= 0 else { return nil }
            output.removeSubrange(Int(written)...)
            return output
        }
    }

    static func hasBoundaryBefore(_ c: UInt32) -> Bool { CICUShim_nfkcCasefoldHasBoundaryBefore(c) }
    static func isInert(_ c: UInt32) -> Bool { CICUShim_nfkcCasefoldIsInert(c) }
    static func isDefaultIgnorable(_ c: UInt32) -> Bool { CICUShim_isDefaultIgnorable(c) }

    /// `c` with nonspacing marks removed from its canonical decomposition.
    static func stripMarks(_ c: UInt32) -> [UInt32] {
        var buffer = [UInt32](repeating: 0, count: 8)
        let n = buffer.withUnsafeMutableBufferPointer { CICUShim_stripMarks(c, $0.baseAddress, 8) }
        return Array(buffer.prefix(Int(min(n, 8))))
    }

    /// The coarse category of `c`; below U+3000 (Latin, Greek, Cyrillic, marks, general
    /// punctuation: most of what support messages hold) from a table ICU filled once.
    @inline(__always) static func category(_ c: UInt32) -> CharacterClass {
        c < 0x3000 ? commonCategories[Int(c)] : askCategory(c)
    }

    private static let commonCategories: [CharacterClass] = (0..<0x3000).map { askCategory(UInt32($0)) }

    private static func askCategory(_ c: UInt32) -> CharacterClass {
        switch CICUShim_category(c) {
        case CICUShim_CategoryLetter: .letter
        case CICUShim_CategoryMark: .mark
        case CICUShim_CategoryNumber: .number
        case CICUShim_CategoryPunctuation: .punctuation
        case CICUShim_CategorySymbol: .symbol
        case CICUShim_CategorySpace: .space
        case CICUShim_CategoryFormat: .format
        case CICUShim_CategoryControl: .control
        default: .other
        }
    }

    static func script(_ c: UInt32) -> Script {
        switch CICUShim_script(c) {
        case CICUShim_ScriptLatin: .latin
        case CICUShim_ScriptCyrillic: .cyrillic
        case CICUShim_ScriptGreek: .greek
        case CICUShim_ScriptCommon: .common
        default: .other
        }
    }
}

/// A coarse Unicode general category.
enum CharacterClass: UInt8, Sendable {
    case letter, mark, number, punctuation, symbol, space, format, control, other
}

/// The scripts that homoglyph detection tells apart.
enum Script: UInt8, Sendable {
    case common, latin, cyrillic, greek, other
}

/// An ICU spoof checker used only for confusable skeletons.
///
/// `@unchecked Sendable`: ICU documents a configured checker as safe to share across
/// threads for its const operations, and `skeleton(of:)` is the only one called.
final class SpoofChecker: @unchecked Sendable {
    private let handle: OpaquePointer

    /// The process-wide checker, or nil when ICU cannot open one.
    static let shared: SpoofChecker? = SpoofChecker()

    private init?() {
        var status: Int32 = 0
        guard let handle = CICUShim_spoofOpen(&status), status <= 0 else { return nil }
        self.handle = handle
    }

    deinit { CICUShim_spoofClose(handle) }

    /// The confusable skeleton of one code point, as code points.
    func skeleton(of c: UInt32) -> [UInt32] {
        let units = UTF16Buffer.encode([c])
        var output = [UInt16](repeating: 0, count: 32)
        var status: Int32 = 0
        let n = units.withUnsafeBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                CICUShim_spoofSkeleton(handle, src.baseAddress, Int32(src.count), dst.baseAddress, 32, &status)
            }
        }
        guard status <= 0, n <= 32 else { return [c] }
        return UTF16Buffer.decode(output[0..<Int(n)])
    }
}

/// An ICU word break iterator. Not thread-safe: each thread takes its own clone.
final class WordBreaker {
    private let handle: OpaquePointer

    init?(locale: String) {
        var status: Int32 = 0
        guard let handle = CICUShim_wordBreakerOpen(locale, &status), status <= 0 else { return nil }
        self.handle = handle
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { CICUShim_wordBreakerClose(handle) }

    func clone() -> WordBreaker? {
        var status: Int32 = 0
        guard let copy = CICUShim_wordBreakerClone(handle, &status), status <= 0 else { return nil }
        return WordBreaker(handle: copy)
    }

    /// Calls `body(start, end, isWord)` for each segment of `units` (UTF-16 offsets, half-open).
    func segments(of units: [UInt16], _ body: (Int, Int, Bool) -> Void) {
        units.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            CICUShim_wordBreakerSetText(handle, buffer.baseAddress, Int32(buffer.count), &status)
            guard status <= 0 else { return }
            var start = 0
            while true {
                let end = Int(CICUShim_wordBreakerNext(handle))
                if end < 0 { break }
                let status = CICUShim_wordBreakerRuleStatus(handle)
                body(start, end, status >= CICUSHIM_WORD_NONE_LIMIT)
                start = end
            }
            // Detach the buffer before it goes out of scope.
            CICUShim_wordBreakerSetText(handle, nil, 0, &status)
        }
    }
}

/// UTF-16 conversions for the ICU calls, without going through `String`.
enum UTF16Buffer {
    static func encode<S: Sequence>(_ scalars: S) -> [UInt16] where S.Element == UInt32 {
        var out: [UInt16] = []
        out.reserveCapacity(scalars.underestimatedCount)
        for c in scalars {
            if c < 0x10000 {
                out.append(UInt16(c))
            } else {
                let v = c - 0x10000
                out.append(UInt16(0xD800 + (v >> 10)))
                out.append(UInt16(0xDC00 + (v & 0x3FF)))
            }
        }
        return out
    }

    static func decode<C: Collection>(_ units: C) -> [UInt32] where C.Element == UInt16 {
        var out: [UInt32] = []
        var iterator = units.makeIterator()
        var pendingHigh: UInt16? = nil
        while let u = iterator.next() {
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(u) {
                    out.append(0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(u) - 0xDC00))
                    continue
                }
                out.append(0xFFFD)
            }
            if (0xD800...0xDBFF).contains(u) {
                pendingHigh = u
            } else if (0xDC00...0xDFFF).contains(u) {
                out.append(0xFFFD)
            } else {
                out.append(UInt32(u))
            }
        }
        if pendingHigh != nil { out.append(0xFFFD) }
        return out
    }
}
