/// Finds URLs and bare domains in normalized text, so that they are read as links and
/// not cut into false words (`videos.com`, `www.free`).
///
/// A link is `scheme://…`, `www.…`, or a bare domain (`label.label.tld`, the top-level
/// domain one of `topLevelDomains`) with an optional path, up to the next space; trailing
/// punctuation (`.`, `,`, `)`, quotes…) is not part of it. An e-mail address is not a link.
public enum LinkFinder {
    /// Top-level domains that make a bare `name.tld` a domain. Generic ones, the countries
    /// of the four languages' readers, and those that adult and shock sites favour.
    static let topLevelDomains: Set<[UInt32]> = Set([
        "com", "net", "org", "info", "biz", "io", "co", "me", "tv", "cc", "app", "dev", "xyz", "online", "site", "club",
        "fr", "be", "ch", "ca", "de", "at", "li", "es", "mx", "ar", "cl", "pe", "uk", "us", "ie", "au", "nz", "eu", "it",
        "nl", "ru", "cx", "to", "ly", "gg", "xxx", "porn", "sex", "adult", "cam", "live", "video", "tube",
    ].map { Array($0.unicodeScalars.map(\.value)) })

    /// The links in `scalars` (normalized, case-folded), as half-open scalar ranges in order.
    public static func links(in scalars: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            // A link starts at the start of a chunk (after a space or an opening mark).
            guard i == 0 || isOpening(scalars[i - 1]) else { i += 1; continue }
            var end = i
            while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
            var start = i
            while start < end, isOpening(scalars[start]) { start += 1 }
            // A link holds a `.` or `:` before its trailing punctuation: `word.` is no link.
            let chunk = start..<trimmedEnd(scalars, start..<end)
            if scalars[chunk].contains(where: { $0 == 0x2E || $0 == 0x3A }), isLink(scalars, chunk) { result.append(chunk) }
            i = max(end, i + 1)
        }
        return result
    }

    /// The host of a link (`www.example.com` in `https://www.example.com/x`), as scalars.
    public static func host(of link: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        var rest = link
        if let colon = schemeEnd(rest) { rest = rest[colon...] }
        let end = rest.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 || $0 == 0x3A } ?? rest.endIndex
        return rest[rest.startIndex..<end]
    }

    /// The pieces of a link that are words: host labels other than `www` and the top-level
    /// domain, and the path's and query's words, split at every character that is not a
    /// letter or a digit.
    public static func wordRanges(of link: Range<Int>, in scalars: [UInt32]) -> [Range<Int>] {
        let slice = scalars[link]
        let hostPart = host(of: slice)
        var pieces: [Range<Int>] = []
        var start: Int? = nil
        for k in hostPart.startIndex...slice.endIndex {
            let isWordScalar = k < slice.endIndex && isLetterOrDigit(scalars[k])
            if isWordScalar, start == nil { start = k }
            if !isWordScalar, let s = start {
                pieces.append(s..<k)
                start = nil
            }
        }
        let hostLabels = pieces.filter { $0.upperBound <= hostPart.endIndex }
        let www: [UInt32] = [0x77, 0x77, 0x77]
        return pieces.filter { piece in
            if piece == hostLabels.last, hostLabels.count > 1 { return false }  // the top-level domain
            return !(hostLabels.contains(piece) && Array(scalars[piece]) == www)
        }
    }

    private static func isLink(_ scalars: [UInt32], _ chunk: Range<Int>) -> Bool {
        guard chunk.count >= 4 else { return false }
        let slice = scalars[chunk]
        if slice.contains(0x40) { return false }  // an e-mail address
        if let colon = schemeEnd(slice) { return colon < slice.endIndex && isLetterOrDigit(slice[colon]) }
        let host = host(of: slice)
        let www: [UInt32] = [0x77, 0x77, 0x77, 0x2E]
        if Array(host.prefix(4)) == www { return host.count > 4 }
        let labels = host.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, topLevelDomains.contains(Array(tld)) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { isLetterOrDigit($0) || $0 == 0x2D }
        } && labels.dropLast().contains { $0.contains(where: isLetter) }
    }

    /// The index just after `scheme://`, if the slice starts with one.
    private static func schemeEnd(_ slice: ArraySlice<UInt32>) -> Int? {
        var k = slice.startIndex
        while k < slice.endIndex, isLetter(slice[k]), k - slice.startIndex < 10 { k += 1 }
        guard k > slice.startIndex, k + 2 < slice.endIndex, slice[k] == 0x3A, slice[k + 1] == 0x2F, slice[k + 2] == 0x2F else { return nil }
        return k + 3
    }

    private static func trimmedEnd(_ scalars: [UInt32], _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, isTrailingPunctuation(scalars[end - 1]) { end -= 1 }
        return end
    }

    /// Punctuation that ends a sentence or closes a mark after a link: `.,;:!?)]}"'»”’>…`.
    private static func isTrailingPunctuation(_ c: UInt32) -> Bool {
        switch c {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22, 0x27, 0xBB, 0x201D, 0x2019, 0x3E, 0x2026: true
        default: false
        }
    }

    private static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 || c == 0x3000 }
    private static func isOpening(_ c: UInt32) -> Bool { isSpace(c) || c == 0x28 || c == 0x3C || c == 0x22 || c == 0x27 || c == 0xAB || c == 0x5B }
    private static func isLetter(_ c: UInt32) -> Bool { WordForms.isLetter(c) }
    private static func isLetterOrDigit(_ c: UInt32) -> Bool { WordForms.isLetter(c) || WordForms.isDigit(c) }
}
