/// A path pattern of `.decorum.yml`: `*` matches within a folder name, `**` across
/// folders (`replies/**/*.md`; `**/` also matches no folder), `?` one character. A
/// pattern without `/` matches a file name in any folder (`*.po`); one with `/` matches
/// the whole path relative to the repository root. A pattern that names a folder
/// (`legacy/`, or `legacy` matching a parent) covers everything under it.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let parts: [Character]
    private let anchored: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var body = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
        if body.hasSuffix("/") { body += "**" }
        anchored = body.contains("/")
        if body.hasPrefix("/") { body.removeFirst() }
        parts = Array(body)
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        let path = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        if anchored {
            if Self.match(parts[...], Array(path)[...]) { return true }
            // A folder pattern covers what is under the folder.
            return Self.match(parts[...] + Array("/**"), Array(path)[...])
        }
        let components = path.split(separator: "/").map { Array($0)[...] }
        return components.contains { Self.match(parts[...], $0) }
    }

    private static func match(_ p: ArraySlice<Character>, _ s: ArraySlice<Character>) -> Bool {
        guard let first = p.first else { return s.isEmpty }
        if first == "*" {
            let double = p.dropFirst().first == "*"
            if double {
                var rest = p.dropFirst(2)
                // `**/` may stand for no folder at all.
                if rest.first == "/" {
                    rest = rest.dropFirst()
                    if match(rest, s) { return true }
                }
                var i = s.startIndex
                while true {
                    if match(rest, s[i...]) { return true }
                    if i == s.endIndex { return false }
                    i = s.index(after: i)
                }
            }
            var i = s.startIndex
            while true {
                if match(p.dropFirst(), s[i...]) { return true }
                if i == s.endIndex || s[i] == "/" { return false }
                i = s.index(after: i)
            }
        }
        guard let c = s.first, first == "?" ? c != "/" : first == c else { return false }
        return match(p.dropFirst(), s.dropFirst())
    }
}
