/// The syntax tree of one token pattern, as written in `patterns.txt`.
///
/// A pattern is a sequence of items separated by spaces; each item matches tokens:
///
/// | item | matches |
/// |---|---|
/// | `kill` | a token that reads as `kill` (case, width, accents and disguises undone) |
/// | `{VIOLENT_VERB}` | a token of the word class `VIOLENT_VERB` (`classes.txt`) |
/// | `_` | any one token |
/// | `$` | the end of a clause (punctuation or the end of the text follows), consuming nothing |
/// | `(a b \| c)` | one of the alternatives, each a sequence |
/// | `X?` | `X` or nothing |
/// | `X{m,n}` | `X` from `m` to `n` times (`_{0,3}`: a gap of up to three tokens) |
///
/// Repetition is bounded (`n` ≤ `PatternSyntax.maxRepeat`), so every pattern compiles to a
/// finite automaton.
indirect enum PatternNode: Sendable, Hashable {
    /// A token whose reading equals this folded word.
    case word(String)
    /// A token in the named class.
    case wordClass(String)
    /// Any one token.
    case any
    /// The end of a clause; consumes nothing.
    case clauseEnd
    /// One of several sequences.
    case alternatives([[PatternNode]])
    /// `node` repeated from `min` to `max` times.
    case repeated(PatternNode, min: Int, max: Int)
}

/// A syntax error in a pattern, with the character column (1-based) where it was found.
struct PatternSyntaxError: Error, Hashable {
    var column: Int
    var message: String
}

/// Parses pattern strings (see `PatternNode`).
enum PatternSyntax {
    /// The largest `n` allowed in `X{m,n}`.
    static let maxRepeat = 8

    /// The sequence of items that `source` describes.
    /// - Throws: `PatternSyntaxError` naming the column and what is wrong.
    static func parse(_ source: String) throws -> [PatternNode] {
        var parser = Parser(characters: Array(source))
        let sequence = try parser.alternatives()
        if parser.position < parser.characters.count {
            throw parser.error("unexpected '\(parser.characters[parser.position])'")
        }
        guard sequence.count == 1, let only = sequence.first else { return [.alternatives(sequence)] }
        guard !only.isEmpty else { throw PatternSyntaxError(column: 1, message: "empty pattern") }
        return only
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        func error(_ message: String) -> PatternSyntaxError {
            PatternSyntaxError(column: position + 1, message: message)
        }

        mutating func skipSpaces() {
            while position < characters.count, characters[position] == " " || characters[position] == "\t" { position += 1 }
        }

        /// Sequences separated by `|`, up to `)` or the end.
        mutating func alternatives() throws -> [[PatternNode]] {
            var result: [[PatternNode]] = [try sequence()]
            while position < characters.count, characters[position] == "|" {
                position += 1
                result.append(try sequence())
            }
            if result.count > 1, result.contains(where: \.isEmpty) { throw error("empty alternative") }
            return result
        }

        mutating func sequence() throws -> [PatternNode] {
            var items: [PatternNode] = []
            while true {
                skipSpaces()
                guard position < characters.count, characters[position] != "|", characters[position] != ")" else { return items }
                items.append(try quantified(try atom()))
            }
        }

        mutating func atom() throws -> PatternNode {
            let c = characters[position]
            switch c {
            case "(":
                position += 1
                let inner = try alternatives()
                guard position < characters.count, characters[position] == ")" else { throw error("'(' is not closed") }
                position += 1
                if inner.count == 1, inner[0].isEmpty { throw error("empty group") }
                return .alternatives(inner)
            case "{":
                position += 1
                let start = position
                while position < characters.count, characters[position] != "}" {
                    let k = characters[position]
                    guard k.isUppercase || k.isNumber || k == "_" else {
                        throw error("a class name is written in capitals, digits and '_' (as {VIOLENT_VERB})")
                    }
                    position += 1
                }
                guard position < characters.count else { throw error("'{' is not closed") }
                let name = String(characters[start..<position])
                position += 1
                guard !name.isEmpty else { throw error("empty class name") }
                return .wordClass(name)
            case "_":
                position += 1
                return .any
            case "$":
                position += 1
                return .clauseEnd
            case "?", "}", "*", "+":
                throw error("'\(c)' must follow an item")
            default:
                let start = position
                while position < characters.count, !" \t|(){}?$".contains(characters[position]) { position += 1 }
                let word = String(characters[start..<position])
                guard !word.contains("*"), !word.contains("+") else {
                    throw PatternSyntaxError(column: start + 1, message: "'*' and '+' are unbounded; write X{m,n} or a gap _{0,n}")
                }
                return .word(word)
            }
        }

        mutating func quantified(_ node: PatternNode) throws -> PatternNode {
            guard position < characters.count else { return node }
            if characters[position] == "?" {
                position += 1
                return .repeated(node, min: 0, max: 1)
            }
            guard characters[position] == "{", position + 1 < characters.count, characters[position + 1].isNumber else { return node }
            position += 1
            let start = position
            while position < characters.count, characters[position] != "}" { position += 1 }
            guard position < characters.count else { throw error("'{' is not closed") }
            let bounds = String(characters[start..<position]).split(separator: ",", omittingEmptySubsequences: false)
            position += 1
            guard (1...2).contains(bounds.count), let low = Int(bounds[0]), let high = bounds.count == 2 ? Int(bounds[1]) : low,
                  low <= high, high >= 1, high <= PatternSyntax.maxRepeat
            else {
                throw PatternSyntaxError(column: start, message: "a repeat is {m,n} with 0 ≤ m ≤ n, 1 ≤ n ≤ \(PatternSyntax.maxRepeat)")
            }
            return .repeated(node, min: low, max: high)
        }
    }
}
