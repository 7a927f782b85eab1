import DecorumText

/// A compiled, immutable lexicon: every entry of every language, ready to match.
///
/// Words and phrases are matched with a token trie: each token's forms are looked up in
/// a word table (one hash lookup per form), then a trie over word ids extends the match
/// to phrases, up to `maxPhraseLength` tokens. Compound parts (`prefix`, `suffix`,
/// `infix` entries) are found with an Aho–Corasick automaton over each token's bytes.
///
/// - Complexity: O(n · p) for n tokens and a longest phrase of p words, plus the total
///   byte length of the tokens for compound parts: linear in the text.
public struct Lexicon: Sendable {
    /// All entries; a match refers to one by its index here.
    public let entries: [LexiconEntry]
    /// Folded (or, for accent-sensitive forms, marked exact) word form → word id.
    let words: [[UInt8]: Int32]
    /// Word forms by byte length, for tokens with unknown letters (`f*ck`).
    let wordsByLength: [Int: [([UInt8], Int32)]]
    /// Phrase trie: the entries whose form ends at each node (its edges are `edges`).
    let terminals: [[Int32]]
    /// Compound parts: automaton over folded bytes; pattern i belongs to `compoundEntries[i]`.
    let compounds: AhoCorasick
    /// The same patterns with repeats collapsed, run over tokens' collapsed forms.
    let collapsedCompounds: AhoCorasick
    let compoundEntries: [Int32]
    /// Tables for the matching loop, where lookups must not allocate: folded forms → word
    /// id, accent-sensitive exact forms (without the marker) → word id, repeat-collapsed
    /// forms → word ids (`fuuuuck`), words never flagged as whole words or through compound
    /// parts, and the phrase trie's edges (node << 32 | word id → child).
    let foldedTable: ByteStringTable
    let exactTable: ByteStringTable
    let collapsedTable: FormTable
    let allowedTable: ByteStringTable
    let edges: IntegerTable
    /// The longest phrase, in words.
    public let maxPhraseLength: Int
    /// What aims a word at someone, for `addressed` entries.
    public let address: AddressCues
    /// Dictionary words that lexicon writers confirmed as true obscenities although no
    /// entry writes them (`reviewed.txt`): folded tokens joined by spaces. Used by
    /// `DictionaryCheck` only.
    let reviewed: Set<[UInt8]>

    /// Marks a key as an accent-sensitive exact form, apart from folded forms.
    static let exactMarker: UInt8 = 0x01

    init(
        address: AddressCues, reviewed: Set<[UInt8]>, entries: [LexiconEntry], words: [[UInt8]: Int32], collapsedWords: [[UInt8]: [Int32]],
        children: [[Int32: Int32]], terminals: [[Int32]], compoundPatterns: [[UInt8]],
        compoundEntries: [Int32], allowed: Set<[UInt8]>, maxPhraseLength: Int
    ) {
        self.address = address
        self.reviewed = reviewed
        self.entries = entries
        self.words = words
        var byLength: [Int: [([UInt8], Int32)]] = [:]
        for (form, id) in words where form.first != Self.exactMarker { byLength[form.count, default: []].append((form, id)) }
        self.wordsByLength = byLength
        self.terminals = terminals
        self.compounds = AhoCorasick(patterns: compoundPatterns)
        self.collapsedCompounds = AhoCorasick(patterns: compoundPatterns.map(Token.collapsingRepeats))
        self.compoundEntries = compoundEntries
        self.maxPhraseLength = maxPhraseLength
        self.foldedTable = ByteStringTable(words.filter { $0.key.first != Self.exactMarker }.map { ($0.key, $0.value) })
        self.exactTable = ByteStringTable(words.filter { $0.key.first == Self.exactMarker }.map { (Array($0.key.dropFirst()), $0.value) })
        self.collapsedTable = FormTable(collapsedWords)
        self.allowedTable = ByteStringTable(allowed.map { ($0, 1) })
        self.edges = IntegerTable(children.enumerated().flatMap { node, edges in
            edges.map { (UInt64(node) << 32 | UInt64(UInt32(bitPattern: $0.key)), $0.value) }
        })
    }

    /// Whether `word` (any spelling; it is normalized) is on an allowlist.
    public func isAllowed(_ word: String) throws -> Bool {
        let tokenizer = try Tokenizer()
        let tokens = tokenizer.tokenize(Normalizer().normalize(word), language: nil).tokens
        return tokens.count == 1 && allowedTable[tokens[0].folded] != nil
    }

    /// A match of one entry: the tokens it covers, as a range of normalized scalars.
    public struct Match: Sendable, Hashable {
        /// Index into `entries`.
        public var entry: Int
        /// The normalized scalars matched (indices into `NormalizedText.scalars`).
        public var scalars: Range<Int>
    }

    /// Every match in `text` of an entry that applies to the languages of `scope`.
    public func matches(in text: TokenizedText, scope: LanguageScope) -> [Match] {
        var recorder = MatchRecorder()
        let tokens = text.tokens
        // The steps a phrase can take from token i: the token itself, or a composite
        // (`g.u.e.u.l.e`, `$h!t`) that begins there and resumes at a later token. Flat:
        // token i's own step is `tokenSteps[i]`; the composites that begin at i are
        // `compositeSteps[compositesAt[i]..<compositesAt[i + 1]]`. All word ids of the
        // text's steps share one buffer.
        var allIDs: [Int32] = []
        allIDs.reserveCapacity(tokens.count + text.composites.count)
        var tokenSteps: [Step] = []
        tokenSteps.reserveCapacity(tokens.count)
        for i in tokens.indices {
            let start = allIDs.count
            appendWordIDs(of: tokens, i, to: &allIDs, from: start)
            tokenSteps.append(Step(
                ids: start..<allIDs.count, start: tokens[i].range.lowerBound, end: tokens[i].range.upperBound, next: i + 1,
                composite: -1))
        }
        var unsortedComposites: [(first: Int, step: Step)] = []
        for k in text.composites.indices {
            guard let (first, next) = Self.tokenSpan(of: text.composites[k], in: tokens) else { continue }
            let start = allIDs.count
            appendWordIDs(of: text.composites, k, to: &allIDs, from: start)
            unsortedComposites.append((first, Step(
                ids: start..<allIDs.count, start: text.composites[k].range.lowerBound,
                end: text.composites[k].range.upperBound, next: next, composite: k)))
        }
        // In order of position, composites of one position in the order they came.
        let sortedComposites = unsortedComposites.enumerated()
            .sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(\.element)
        let compositeSteps = sortedComposites.map(\.step)
        // Empty when there is no composite (most texts): every position has its token's step only.
        var compositesAt: [Int] = []
        if !compositeSteps.isEmpty {
            compositesAt = [Int](repeating: 0, count: tokens.count + 1)
            var k = 0
            for i in 0...tokens.count {
                while k < sortedComposites.count, sortedComposites[k].first < i { k += 1 }
                compositesAt[i] = k
            }
        }
        // The steps from token i: its own, then the composites that begin there.
        func stepCount(at i: Int) -> Int { compositesAt.isEmpty ? 1 : 1 + compositesAt[i + 1] - compositesAt[i] }
        func step(at i: Int, _ j: Int) -> Step { j == 0 ? tokenSteps[i] : compositeSteps[compositesAt[i] + j - 1] }
        func folded(_ step: Step) -> [UInt8] { step.composite < 0 ? tokens[step.next - 1].folded : text.composites[step.composite].folded }
        var stack: [(node: Int32, next: Int, end: Int, depth: Int)] = []
        for i in tokens.indices {
            for j in 0..<stepCount(at: i) {
                let first = step(at: i, j)
                guard !first.ids.isEmpty else { continue }
                // Depth-first over the phrase trie, one step (token or composite) a level.
                for k in first.ids {
                    if let node = child(0, allIDs[k]) { stack.append((node, first.next, first.end, 1)) }
                }
                guard !stack.isEmpty else { continue }
                let firstIsAllowed = allowedTable[folded(first)] != nil
                while let (node, next, end, depth) = stack.popLast() {
                    if !(depth == 1 && firstIsAllowed) {
                        for entry in terminals[Int(node)] { recorder.record(entry, first.start..<end, entries, scope) }
                    }
                    guard next < tokens.count, depth < maxPhraseLength else { continue }
                    for n in 0..<stepCount(at: next) {
                        let step = step(at: next, n)
                        for k in step.ids {
                            if let child = child(node, allIDs[k]) { stack.append((child, step.next, step.end, depth + 1)) }
                        }
                    }
                }
            }
        }
        for listIndex in 0..<2 {
            let list = listIndex == 0 ? tokens : text.composites
            for k in list.indices where allowedTable[list[k].folded] == nil {
                // A composite ending in one `!` is also read with it as an `i` (`h!rn!`); a
                // part that stops short of that letter does not need the `!`, and the word
                // without it (a token, or the composite offered without it) gives the part
                // with the right span: `fuck!` is `fuck`, not `fuck!`.
                let range = list[k].range
                let reachesEnd = list[k].kind == .composite && text.text.scalars[range.upperBound - 1] == 0x21
                compoundMatches(list[k].folded, compounds, range, reachesEnd: reachesEnd, scope, &recorder)
                for form in list[k].alternatives { compoundMatches(form, compounds, range, reachesEnd: reachesEnd, scope, &recorder) }
                for form in list[k].collapsed { compoundMatches(form, collapsedCompounds, range, reachesEnd: reachesEnd, scope, &recorder) }
            }
        }
        let allowedSpans = recorder.allowedSpans
        // Filtered in place: most texts have no match, or keep them all.
        recorder.result.removeAll { m in
            let entry = entries[m.entry]
            return allowedSpans.contains { $0.lowerBound <= m.scalars.lowerBound && m.scalars.upperBound <= $0.upperBound }
                || ((entry.addressed || Self.readsNumber(m.scalars, tokens))
                    && !address.isAddressed(m.scalars, language: entry.language, in: text))
        }
        return recorder.result
    }

    /// The matches of one text as they are found: each once, in the order found, and the
    /// spans of allowlisted phrases apart.
    private struct MatchRecorder {
        var result: [Match] = []
        var seen = Set<Match>()
        var allowedSpans: [Range<Int>] = []

        /// Records `entry` over `range` when it applies to `scope`; an id past `entries`
        /// is an allowlisted phrase or hyphenated word.
        mutating func record(_ entry: Int32, _ range: Range<Int>, _ entries: [LexiconEntry], _ scope: LanguageScope) {
            guard Int(entry) < entries.count else {
                allowedSpans.append(range)
                return
            }
            guard entries[Int(entry)].applies(to: scope) else { return }
            let m = Match(entry: Int(entry), scalars: range)
            if seen.insert(m).inserted { result.append(m) }
        }
    }

    /// Whether a token read from a number (`7175`) lies inside `range`.
    static func readsNumber(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var index = firstIndex(tokens) { $0.range.upperBound > range.lowerBound }
        while index < tokens.count, tokens[index].range.lowerBound < range.upperBound {
            if tokens[index].isNumeric { return true }
            index += 1
        }
        return false
    }

    /// The tokens a composite stands for: the index of the first and of the one after
    /// the last (`first..<next`); nil when it covers none.
    static func tokenSpan(of composite: Token, in tokens: [Token]) -> (first: Int, next: Int)? {
        let first = firstIndex(tokens) { $0.range.upperBound > composite.range.lowerBound }
        let next = firstIndex(tokens) { $0.range.lowerBound >= composite.range.upperBound }
        return first < tokens.count && next > first ? (first, next) : nil
    }

    /// The first index of `tokens` (sorted by position) where `isPast` holds, by
    /// binary search; `tokens.count` if none.
    static func firstIndex(_ tokens: [Token], where isPast: (Token) -> Bool) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if isPast(tokens[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// One step of a phrase: a token or a composite, its word ids and where it ends.
    private struct Step {
        /// Where the step's word ids are in the text's id buffer.
        var ids: Range<Int>
        var start: Int
        var end: Int
        var next: Int
        /// The composite's index in the text's composites; -1 for a token's own step.
        var composite: Int
    }

    /// Records, over `range`, each compound entry (prefix, infix or suffix) found inside
    /// `form` where its kind allows; only those ending at the form's end when `reachesEnd`.
    private func compoundMatches(
        _ form: [UInt8], _ automaton: AhoCorasick, _ range: Range<Int>, reachesEnd: Bool, _ scope: LanguageScope,
        _ recorder: inout MatchRecorder
    ) {
        for hit in automaton.hits(in: form) {
            let entry = compoundEntries[Int(hit.pattern)]
            let start = hit.end - automaton.patternLengths[Int(hit.pattern)]
            let atStart = start == 0, atEnd = hit.end == form.count
            if atStart && atEnd { continue }  // a whole word: the word table's job
            if reachesEnd && !atEnd { continue }
            let compound = entries[Int(entry)].compound
            if compound.contains(.infix) || (atStart && compound.contains(.prefix)) || (atEnd && compound.contains(.suffix)) {
                recorder.record(entry, range, entries, scope)
            }
        }
    }

    /// The trie node that word `id` leads to from `node`, if any.
    @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32? {
        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))]
    }

    /// Appends to `ids` the word ids of every form of `tokens[index]` that `ids[start...]`
    /// does not hold yet: the steps of a text share one buffer. The token is read in place:
    /// passed alone, it was copied (a retain and a release for each of its forms).
    func appendWordIDs(of tokens: [Token], _ index: Int, to ids: inout [Int32], from start: Int) {
        func add(_ id: Int32?, _ ids: inout [Int32]) {
            if let id, !ids[start...].contains(id) { ids.append(id) }
        }
        add(exactTable[tokens[index].exact], &ids)
        func addForm(_ form: [UInt8], _ ids: inout [Int32]) {
            if form.contains(0x2A) {
                for id in wildcardIDs(form) { add(id, &ids) }
            } else {
                add(foldedTable[form], &ids)
            }
        }
        addForm(tokens[index].folded, &ids)
        for form in tokens[index].alternatives { addForm(form, &ids) }
        for form in tokens[index].collapsed {
            for id in collapsedTable[form] ?? [] { add(id, &ids) }
        }
    }

    /// Word ids whose form has `pattern`'s length and agrees with it where it has no `*`.
    private func wildcardIDs(_ pattern: [UInt8]) -> [Int32] {
        let known = pattern.filter { $0 != 0x2A }.count
        guard known >= 2, known * 2 >= pattern.count else { return [] }
        var ids: [Int32] = []
        for (form, id) in wordsByLength[pattern.count] ?? [] {
            var agrees = true
            for (a, b) in zip(form, pattern) where b != 0x2A && a != b { agrees = false; break }
            // `*` stands for a letter, not for a byte of a multi-byte letter.
            if agrees && !zip(form, pattern).contains(where: { $1 == 0x2A && $0 >= 0x80 }) { ids.append(id) }
        }
        return ids
    }
}

extension Lexicon {
    /// Whether `tokens` spell one of the written forms of entry `entry` (the term or an
    /// inflection, a word or a phrase), as opposed to a compound part, a leet or repeat
    /// reading.
    public func isWrittenForm(_ tokens: some Collection<Token>, of entry: Int) -> Bool {
        var node: Int32 = 0
        for token in tokens {
            let key = entries[entry].accentsMatter ? [Self.exactMarker] + token.exact : token.folded
            guard let id = words[key], let next = child(node, id) else { return false }
            node = next
        }
        return !tokens.isEmpty && terminals[Int(node)].contains(Int32(entry))
    }
}
