/// Text in the form that matching sees, with a map from every normalized scalar back to
/// the bytes of the original text it came from.
///
/// The normalized form is NFKC_Casefold, without invisible characters, with homoglyphs
/// of mixed-script words replaced by their Latin letter and with one apostrophe (`'`).
/// Diacritics are kept here (language identification needs them); tokens carry an
/// accent-free form besides.
///
/// Offsets into the original are **UTF-8 byte offsets, half-open** (`start..<end`).
/// Every normalized scalar maps to a non-empty range of whole original scalars.
public struct NormalizedText: Sendable {
    /// The original text as UTF-8 bytes (invalid sequences as they were received).
    public let source: [UInt8]
    /// The normalized text as Unicode scalar values.
    public internal(set) var scalars: [UInt32]
    /// For each normalized scalar, the UTF-8 offset where its original range starts.
    public internal(set) var sourceStarts: [Int32]
    /// For each normalized scalar, the UTF-8 offset where its original range ends (exclusive).
    public internal(set) var sourceEnds: [Int32]
    /// Byte ranges of invalid UTF-8 in `source`, each replaced by U+FFFD before normalizing.
    public let invalidUTF8: [Range<Int>]

    /// The half-open UTF-8 byte range of the original text that produced the normalized
    /// scalars `range` (indices into `scalars`; must not be empty).
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty && range.upperBound <= scalars.count, "scalar range out of bounds")
        return Int(sourceStarts[range.lowerBound])..<Int(sourceEnds[range.upperBound - 1])
    }

    /// The original text of `sourceRange`, with invalid UTF-8 repaired.
    public func sourceText(_ sourceRange: Range<Int>) -> String {
        String(decoding: source[sourceRange], as: UTF8.self)
    }

    /// The normalized text as a `String`.
    public var string: String {
        var s = String.UnicodeScalarView()
        for c in scalars { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(s)
    }
}
