import DecorumText

/// Collects lexicon entries and allowlisted words, validates them, and compiles a `Lexicon`.
///
/// Load data files with `load(files:)`; every problem is collected with its
/// `file:line` and reported together by `build()`, which never traps on bad data.
public struct LexiconBuilder: Sendable {
    private var entries: [LexiconEntry] = []
    /// Each entry's index by rule id, to report a reused id without a scan.
    private var entryIndexByID: [String: Int] = [:]
    private var allowedWords: [(word: String, location: String)] = []
    private var groups: [Language: [String: LexiconFile.InflectionGroup]] = [:]
    private var reviewedWords: [(word: String, location: String)] = []
    private var addressWords: [(language: Language, kind: LexiconFile.AddressKind, phrase: String, location: String)] = []
    private var problems: [DataFileProblem] = []

    /// An empty builder.
    public init() {}

    /// The problems found so far, in load order.
    public var diagnostics: [DataFileProblem] { problems }

    /// Loads data files given as (path, UTF-8 bytes). Inflection groups are read before
    /// the lexicons that use them, whatever the order given. `README.md` files and files
    /// that are not data (`language-sample.txt`) are skipped.
    public mutating func load(files: [(path: String, bytes: [UInt8])]) {
        let relevant = files.filter { Self.isDataFile($0.path) }
        let ordered = relevant.filter { $0.path.hasSuffix("inflections.txt") } + relevant.filter { !$0.path.hasSuffix("inflections.txt") }
        for file in ordered { load(path: file.path, bytes: file.bytes) }
    }

    /// Whether `path` names a file this builder reads (`*.lex`, `inflections.txt`,
    /// `address.txt`, `reviewed.txt`).
    public static func isDataFile(_ path: String) -> Bool {
        path.hasSuffix(".lex") || ["inflections.txt", "address.txt", "reviewed.txt"].contains { path == $0 || path.hasSuffix("/" + $0) }
    }

    /// Loads one data file; its inflection groups must already be loaded.
    public mutating func load(path: String, bytes: [UInt8]) {
        guard let file = LexiconFile.parse(path: path, bytes: bytes, problems: &problems) else { return }
        switch file.kind {
        case .inflections:
            for (name, group) in file.groups {
                if groups[file.language]?[name] != nil {
                    problems.append(DataFileProblem(file: path, line: 0, message: "inflection group '\(name)' is already defined for \(file.language.rawValue)"))
                }
                groups[file.language, default: [:]][name] = group
            }
        case .allowlist:
            for (word, line) in file.allowed { allowedWords.append((word, "\(path):\(line)")) }
        case .reviewed:
            for (word, line) in file.allowed { reviewedWords.append((word, "\(path):\(line)")) }
        case .lexicon:
            for line in file.entries { addEntry(line, file: file) }
        case .address:
            for (kind, phrase, line) in file.address {
                addressWords.append((file.language, kind, phrase, "\(path):\(line)"))
            }
        }
    }

    private mutating func addEntry(_ line: LexiconFile.EntryLine, file: LexiconFile) {
        func problem(_ message: String) {
            problems.append(DataFileProblem(file: file.path, line: line.line, message: message))
        }
        var scope = LexiconEntry.Scope.language
        var compound: LexiconEntry.CompoundMatch = []
        var accents = false
        var addressed = false
        var forms = [line.term]
        var id = "\(file.language.rawValue).\(line.category.rawValue).\(Self.slug(line.term))"
        for flag in line.flags {
            switch flag {
            case "common", "bound":
                if scope != .language { problem("flags 'common' and 'bound' exclude each other") }
                scope = flag == "common" ? .common : .bound
            case "prefix", "suffix", "infix":
                if line.term.contains(" ") { problem("'\(flag)' applies to single words, not to the phrase '\(line.term)'") }
                compound.insert(flag == "prefix" ? .prefix : flag == "suffix" ? .suffix : .infix)
            case "accents":
                accents = true
            case "addressed":
                addressed = true
            default:
                if flag.hasPrefix("infl=") {
                    let name = String(flag.dropFirst(5))
                    guard let group = groups[file.language]?[name] else {
                        problem("unknown inflection group '\(name)' (define it in \(file.language.rawValue)/inflections.txt)")
                        continue
                    }
                    guard let inflected = Self.inflect(line.term, group) else {
                        problem("term '\(line.term)' does not end with '\(group.ending)', the ending of group '\(name)'")
                        continue
                    }
                    forms += inflected.filter { !forms.contains($0) }
                } else if flag.hasPrefix("id=") {
                    id = String(flag.dropFirst(3))
                } else {
                    problem("unknown flag '\(flag)'; known: common, bound, prefix, suffix, infix, accents, addressed, infl=GROUP, id=NAME")
                }
            }
        }
        if file.language == .de {
            forms += forms.compactMap(Self.umlautSpelling).filter { !forms.contains($0) }
        }
        if let previous = entryIndexByID[id] {
            problem("rule id '\(id)' is already used at \(entries[previous].location); give one of them 'id=…'")
            return
        }
        entryIndexByID[id] = entries.count
        entries.append(LexiconEntry(
            id: id, term: line.term, language: file.language, category: line.category, severity: line.severity,
            scope: scope, compound: compound, accentsMatter: accents, addressed: addressed, forms: forms,
            location: "\(file.path):\(line.line)"))
    }

    /// The German spelling of `term` without umlauts (`Blödmann` → `Bloedmann`), as
    /// people type without a German keyboard; nil when the term has none.
    static func umlautSpelling(_ term: String) -> String? {
        let spellings: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"]
        guard term.contains(where: { spellings[$0] != nil }) else { return nil }
        return term.reduce(into: "") { out, c in out += spellings[c] ?? String(c) }
    }

    /// The rule-id spelling of a term: lowercased, spaces as `_`.
    static func slug(_ term: String) -> String {
        term.lowercased().replacingSpaces()
    }

    /// The inflected forms of `term` (its last word) under `group`; nil if the ending does not fit.
    static func inflect(_ term: String, _ group: LexiconFile.InflectionGroup) -> [String]? {
        var words = term.split(separator: " ").map(String.init)
        guard let last = words.popLast(), last.hasSuffix(group.ending) else { return nil }
        let stem = String(last.dropLast(group.ending.count))
        let head = words.isEmpty ? "" : words.joined(separator: " ") + " "
        return group.forms.map { head + $0.prefix + stem + $0.suffix }
    }

    /// Adds an entry built in code.
    public mutating func add(_ entry: LexiconEntry) {
        entryIndexByID[entry.id] = entries.count
        entries.append(entry)
    }

    /// Adds a word to the allowlist.
    public mutating func allow(_ word: String) { allowedWords.append((word, "added in code")) }

    /// Compiles the entries into a `Lexicon`.
    /// - Throws: `DataFileError` listing every problem found while loading or compiling.
    public func build() throws -> Lexicon {
        var problems = self.problems
        let normalizer = Normalizer()
        let tokenizer = try Tokenizer()
        var words: [[UInt8]: Int32] = [:]
        var collapsed: [[UInt8]: [Int32]] = [:]
        var children: [[Int32: Int32]] = [[:]]
        var terminals: [[Int32]] = [[]]
        var compoundPatterns: [[UInt8]] = []
        var compoundEntries: [Int32] = []
        var maxPhrase = 1
        func wordID(_ key: [UInt8]) -> Int32 {
            if let id = words[key] { return id }
            let id = Int32(words.count)
            words[key] = id
            return id
        }
        /// The phrase-trie node reached by `ids` from the root, created as needed.
        func insert(_ ids: [Int32]) -> Int32 {
            var node: Int32 = 0
            for id in ids {
                if let child = children[Int(node)][id] {
                    node = child
                } else {
                    children.append([:])
                    terminals.append([])
                    children[Int(node)][id] = Int32(children.count - 1)
                    node = Int32(children.count - 1)
                }
            }
            return node
        }
        for (index, entry) in entries.enumerated() {
            for form in entry.forms {
                let tokenized = tokenizer.tokenize(normalizer.normalize(form), language: entry.language)
                let tokens = tokenized.tokens
                guard !tokens.isEmpty, tokenized.composites.isEmpty, Self.coversAllLetters(tokenized) else {
                    problems.append(DataFileProblem(entry.location, "term '\(form)' does not read as words; write plain words (no symbols, leetspeak or spacing)"))
                    continue
                }
                let ids = tokens.map { token in
                    let id = wordID(entry.accentsMatter ? [Lexicon.exactMarker] + token.exact : token.folded)
                    let collapsedKey = Token.collapsingRepeats(token.folded)
                    if !(collapsed[collapsedKey]?.contains(id) ?? false) { collapsed[collapsedKey, default: []].append(id) }
                    return id
                }
                for path in [ids] + Self.joinedPhrase(tokens).map({ [wordID($0)] }) {
                    let node = insert(path)
                    if !terminals[Int(node)].contains(Int32(index)) { terminals[Int(node)].append(Int32(index)) }
                }
                maxPhrase = max(maxPhrase, tokens.count)
                if !entry.compound.isEmpty && tokens.count == 1 {
                    compoundPatterns.append(tokens[0].folded)
                    compoundEntries.append(Int32(index))
                }
            }
        }
        var allowed = Set<[UInt8]>()
        var allowPhrases = 0
        let allowedSpellings = allowedWords.flatMap { word, location in
            [(word, location)] + (Self.umlautSpelling(word).map { [($0, location)] } ?? [])
        }
        for (word, location) in allowedSpellings {
            let tokenized = tokenizer.tokenize(normalizer.normalize(word), language: nil)
            guard !tokenized.tokens.isEmpty, Self.coversAllLetters(tokenized) else {
                problems.append(DataFileProblem(location, "allowlisted '\(word)' does not read as words"))
                continue
            }
            if tokenized.tokens.count == 1 {
                allowed.insert(tokenized.tokens[0].folded)
                continue
            }
            // A hyphenated word or phrase (`pique-nique`): a trie path whose terminal id
            // lies past the entries, so that matches inside it can be dropped.
            let node = insert(tokenized.tokens.map { wordID($0.folded) })
            terminals[Int(node)].append(Int32(entries.count + allowPhrases))
            allowPhrases += 1
            maxPhrase = max(maxPhrase, tokenized.tokens.count)
        }
        var cues: [Language: Set<[UInt8]>] = [:]
        var modifiers: [Language: Set<[UInt8]>] = [:]
        var objects: [Language: Set<[UInt8]>] = [:]
        for (language, kind, phrase, location) in addressWords {
            // A cue may end with an elision (`espèce d'`): read it before a letter.
            let elided = phrase.hasSuffix("'") || phrase.hasSuffix("\u{2019}")
            let tokenized = tokenizer.tokenize(normalizer.normalize(elided ? phrase + "a" : phrase), language: language)
            let tokens = elided ? Array(tokenized.tokens.dropLast()) : tokenized.tokens
            guard !tokens.isEmpty, Self.coversAllLetters(tokenized) else {
                problems.append(DataFileProblem(location, "'\(phrase)' does not read as words"))
                continue
            }
            switch kind {
            case .cue: cues[language, default: []].insert(AddressCues.key(tokens))
            case .modifier: modifiers[language, default: []].insert(AddressCues.key(tokens))
            case .object: objects[language, default: []].insert(AddressCues.key(tokens))
            }
        }
        var reviewed = Set<[UInt8]>()
        for (word, location) in reviewedWords {
            let tokenized = tokenizer.tokenize(normalizer.normalize(word), language: nil)
            guard !tokenized.tokens.isEmpty, Self.coversAllLetters(tokenized) else {
                problems.append(DataFileProblem(location, "reviewed word '\(word)' does not read as words"))
                continue
            }
            reviewed.insert(AddressCues.key(tokenized.tokens))
        }
        guard problems.isEmpty else { throw DataFileError(problems: problems) }
        return Lexicon(
            address: AddressCues(cues: cues, modifiers: modifiers, objects: objects), reviewed: reviewed,
            entries: entries, words: words, collapsedWords: collapsed, children: children, terminals: terminals,
            compoundPatterns: compoundPatterns, compoundEntries: compoundEntries, allowed: allowed,
            maxPhraseLength: maxPhrase)
    }

    /// A phrase's words written together (`hijodeputa`), as one more single-word form:
    /// spaced-out phrases (`h i j o d e p u t a`) and run-together spellings read so.
    /// Only for phrases of at least `joinedPhraseMinimum` letters, where a collision with
    /// an innocent word is unlikely.
    static func joinedPhrase(_ tokens: [Token]) -> [[UInt8]] {
        guard tokens.count > 1, !tokens.contains(where: { !$0.hasLetters }) else { return [] }
        let joined = tokens.flatMap { $0.folded.filter { $0 != 0x27 } }
        return joined.count >= joinedPhraseMinimum ? [joined] : []
    }

    /// The fewest bytes a phrase needs to be matched written together.
    static let joinedPhraseMinimum = 7

    /// Whether the tokens cover every letter of the normalized term.
    static func coversAllLetters(_ tokenized: TokenizedText) -> Bool {
        var covered = 0
        for token in tokenized.tokens { covered += token.range.count }
        let letters = tokenized.text.scalars.filter { $0 != 0x20 && $0 != 0x2D }.count
        return covered == letters
    }
}

extension DataFileProblem {
    /// A problem at a `file:line` location string. The line is after the last colon; the
    /// file is everything before it, colons included (`:en/patterns.txt:4` names the file
    /// `:en/patterns.txt`).
    init(_ location: String, _ message: String) {
        if let colon = location.lastIndex(of: ":"), let line = Int(location[location.index(after: colon)...]) {
            self.init(file: String(location[..<colon]), line: line, message: message)
        } else {
            self.init(file: location, line: 0, message: message)
        }
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(map { $0 == " " ? "_" : $0 })
    }
}
