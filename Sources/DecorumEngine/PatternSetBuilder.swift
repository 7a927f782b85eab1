import DecorumText

/// Collects word classes and pattern rules from `classes.txt` and `patterns.txt` files,
/// validates them and compiles them into a `PatternSet`.
struct PatternSetBuilder {
    private var classes: [Language: [String: (words: [String], location: String)]] = [:]
    private var references: [Language: [PatternReference]] = [:]
    private var rules: [PatternRule] = []
    /// The language samples' text, to tell common pattern words from rare ones.
    private var samples: [Language: [UInt8]] = [:]
    private(set) var problems: [DataFileProblem] = []

    /// Whether `path` names a file this builder reads.
    static func isDataFile(_ path: String) -> Bool {
        ["classes.txt", "patterns.txt"].contains { path == $0 || path.hasSuffix("/" + $0) }
    }

    /// Loads the pattern data among `files`; classes are read before the rules that use them.
    mutating func load(files: [(path: String, bytes: [UInt8])]) {
        for file in files where file.path.hasSuffix("/language-sample.txt") {
            let parts = file.path.split(separator: "/")
            if parts.count >= 2, let language = Language(rawValue: String(parts[parts.count - 2])) {
                samples[language, default: []] += file.bytes + [0x0A]
            }
        }
        for file in files where Self.isDataFile(file.path) {
            guard let parsed = PatternFile.parse(path: file.path, bytes: file.bytes, problems: &problems) else { continue }
            for (name, words, location) in parsed.classes {
                classes[parsed.language, default: [:]][name, default: ([], location)].words += words
            }
            references[parsed.language, default: []] += parsed.references
            rules += parsed.rules
        }
    }

    /// Compiles every rule.
    /// - Throws: `DataFileError` listing every problem found while loading or compiling.
    func build() throws -> PatternSet {
        var problems = self.problems
        let normalizer = Normalizer()
        let tokenizer = try Tokenizer()
        var symbolIDs: [String: Int32] = [:]
        var byForm: [[UInt8]: [Int32]] = [:]
        var byCollapsedForm: [[UInt8]: [Int32]] = [:]
        var misspelt: [[UInt8]: [Int32]] = [:]
        var starts: [Int32] = []
        var negation: [Language: Int32] = [:]

        func symbol(_ key: String) -> Int32 {
            if let id = symbolIDs[key] { return id }
            let id = Int32(symbolIDs.count)
            symbolIDs[key] = id
            return id
        }
        func attach(_ form: [UInt8], _ id: Int32) {
            if !(byForm[form]?.contains(id) ?? false) { byForm[form, default: []].append(id) }
            let collapsed = Token.collapsingRepeats(form)
            if !(byCollapsedForm[collapsed]?.contains(id) ?? false) { byCollapsedForm[collapsed, default: []].append(id) }
        }
        func misspell(_ form: [UInt8], _ id: Int32) {
            for variant in PatternSet.misspellings(of: form) where !(misspelt[variant]?.contains(id) ?? false) {
                misspelt[variant, default: []].append(id)
            }
        }
        /// The folded forms of the tokens `word` reads as (`qu'il` is two). An elision
        /// written alone (`t'`, `qu'`) is read as it is before a word (`t'` in `t'égorger`).
        var foldedCache: [String: [[UInt8]]] = [:]
        func folded(_ word: String, _ language: Language) -> [[UInt8]] {
            let key = language.rawValue + ":" + word
            if let known = foldedCache[key] { return known }
            var result = tokenizer.tokenize(normalizer.normalize(word), language: language).tokens.map(\.folded)
            if word.count > 1, let last = word.last, last == "'" || last == "\u{2019}" {
                let tokens = tokenizer.tokenize(normalizer.normalize(word + "a"), language: language).tokens
                if tokens.count == 2 { result = [tokens[0].folded] }
            }
            foldedCache[key] = result
            return result
        }

        /// The folded tokens of the other ways people type `word`: German without umlauts
        /// (`Fluechtlinge` for `Flüchtlinge`), as lexicon entries allow.
        func typedSpellings(_ word: String, _ language: Language) -> [[[UInt8]]] {
            guard language == .de, let typed = LexiconBuilder.umlautSpelling(word) else { return [] }
            return [folded(typed, language)]
        }

        for (language, named) in classes {
            for (name, entry) in named {
                let id = symbol("\(language.rawValue):{\(name)}")
                if name == "NEGATION" { negation[language] = id }
                for word in entry.words {
                    let forms = folded(word, language)
                    guard forms.count == 1 else {
                        problems.append(DataFileProblem(entry.location, "class \(name): '\(word)' does not read as one word"))
                        continue
                    }
                    attach(forms[0], id)
                    for other in typedSpellings(word, language) where other.count == 1 { attach(other[0], id) }
                    misspell(forms[0], id)
                }
            }
        }

        // Reference classes: known names for the rules, and (pronoun, antecedent) symbol
        // pairs for the matcher.
        var referenceSymbols: [PatternSet.Reference] = []
        for (language, list) in references {
            for reference in list {
                for name in [reference.pronoun, reference.antecedent] where classes[language]?[name] == nil {
                    problems.append(DataFileProblem(reference.location, "reference class \(reference.name): unknown class {\(name)}"))
                }
                if classes[language]?[reference.name] != nil {
                    problems.append(DataFileProblem(reference.location, "class \(reference.name) is both a word class and a reference class"))
                }
                referenceSymbols.append(PatternSet.Reference(
                    symbol: symbol("\(language.rawValue):{\(reference.name)}"),
                    pronoun: symbol("\(language.rawValue):{\(reference.pronoun)}"),
                    antecedent: symbol("\(language.rawValue):{\(reference.antecedent)}")))
            }
        }
        func isKnownClass(_ name: String, _ language: Language) -> Bool {
            classes[language]?[name] != nil || references[language]?.contains { $0.name == name } == true
        }

        var resolvedWords: [String: [Int32]] = [:]
        var compiler = Compiler(
            language: .en,
            resolve: { node, language in
                switch node {
                case .word(let word):
                    // A word's symbols, and the spellings that carry them, are made once.
                    let key = language.rawValue + ":" + word
                    if let known = resolvedWords[key] { return known }
                    let forms = folded(word, language)
                    let typed = typedSpellings(word, language).filter { $0.count == forms.count }
                    let ids = forms.enumerated().map { k, form in
                        let id = symbol("\(language.rawValue):\(String(decoding: form, as: UTF8.self))")
                        attach(form, id)
                        misspell(form, id)
                        for other in typed { attach(other[k], id) }
                        return id
                    }
                    resolvedWords[key] = ids
                    return ids
                case .wordClass(let name): return [symbol("\(language.rawValue):{\(name)}")]
                default: return []
                }
            })
        var parsedPatterns: [[[PatternNode]]] = []
        var patternStarts: [[Int32]] = []
        var seenIDs = Set<String>()
        for (index, rule) in rules.enumerated() {
            if !seenIDs.insert(rule.id).inserted {
                problems.append(DataFileProblem(rule.location, "rule id '\(rule.id)' is already used"))
            }
            var alternatives: [[PatternNode]] = []
            for pattern in rule.patterns {
                do {
                    let nodes = try PatternSyntax.parse(pattern)
                    let unknown = Self.classNames(in: nodes).filter { !isKnownClass($0, rule.language) }
                    if let name = unknown.first {
                        problems.append(DataFileProblem(rule.location, "rule \(rule.id): unknown class {\(name)} in '\(pattern)'"))
                        continue
                    }
                    if Self.canMatchNothing(nodes) {
                        problems.append(DataFileProblem(rule.location, "rule \(rule.id): '\(pattern)' can match no token at all"))
                        continue
                    }
                    alternatives.append(nodes)
                } catch let error as PatternSyntaxError {
                    problems.append(DataFileProblem(rule.location, "rule \(rule.id): column \(error.column) of '\(pattern)': \(error.message)"))
                } catch {
                    problems.append(DataFileProblem(rule.location, "rule \(rule.id): \(error)"))
                }
            }
            compiler.language = rule.language
            parsedPatterns.append(alternatives)
            // Each pattern ends in an accepting state of its own, which tells which matched.
            let heads = alternatives.enumerated().map { k, nodes in
                compiler.compile(nodes, then: compiler.emit(.accept(rule: Int32(index), pattern: Int32(k))))
            }
            patternStarts.append(heads)
            starts.append(compiler.either(heads) ?? compiler.emit(.accept(rule: Int32(index), pattern: 0)))
        }
        let states = compiler.states
        guard problems.isEmpty else { throw DataFileError(problems: problems) }
        // What each pattern needs, choosing among the alternatives' clauses the one of the
        // words least often seen in the language samples, so that ordinary text starts few
        // patterns (the words are all resolved by now).
        var sampleCounts: [Int32: Int] = [:]
        for (language, sample) in samples {
            for token in tokenizer.tokenize(normalizer.normalize(String(decoding: sample, as: UTF8.self)), language: language).tokens {
                for symbol in byForm[token.folded] ?? [] { sampleCounts[symbol, default: 0] += 1 }
            }
        }
        let requirements = zip(rules, parsedPatterns).map { rule, alternatives in
            alternatives.map { nodes in
                Self.requiredSymbols(nodes, cost: { sampleCounts[$0] ?? 0 }) { compiler.resolve($0, rule.language) }
            }
        }
        return PatternSet(
            rules: rules, states: states, starts: starts, symbolsByForm: byForm,
            symbolsByCollapsedForm: byCollapsedForm, symbolsByMisspelling: misspelt, negation: negation,
            references: referenceSymbols, requirements: requirements, patternStarts: patternStarts,
            symbolCost: { sampleCounts[$0] ?? 0 })
    }

    static func classNames(in nodes: [PatternNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .wordClass(let name): [name]
            case .alternatives(let sequences): sequences.flatMap(classNames(in:))
            case .repeated(let inner, _, _): classNames(in: [inner])
            case .word, .any, .clauseEnd: []
            }
        }
    }

    /// Whether the sequence can match zero tokens (then it would match everywhere).
    static func canMatchNothing(_ nodes: [PatternNode]) -> Bool {
        nodes.allSatisfy { node in
            switch node {
            case .word, .wordClass, .any: false
            case .clauseEnd: true
            case .alternatives(let sequences): sequences.contains(where: canMatchNothing)
            case .repeated(let inner, let min, _): min == 0 || canMatchNothing([inner])
            }
        }
    }

    /// What any match of `nodes` needs: clauses of symbols, each clause a set of which at
    /// least one must be carried by some token of the text (word and class tests need
    /// their symbol; of alternatives, each needs one of its clauses, so the union of one
    /// clause of each is needed: the cheapest by `cost`, the summed commonness of a clause's
    /// symbols). Optional parts, gaps and clause ends need nothing.
    static func requiredSymbols(
        _ nodes: [PatternNode], cost: (Int32) -> Int, _ resolve: (PatternNode) -> [Int32]
    ) -> [[Int32]] {
        var clauses: [[Int32]] = []
        for node in nodes {
            switch node {
            case .word, .wordClass:
                clauses += resolve(node).map { [$0] }
            case .any, .clauseEnd:
                break
            case .alternatives(let sequences):
                var union: [Int32] = []
                for sequence in sequences {
                    // Fewest common words first; of equally rare clauses, the smallest.
                    let cheapest = requiredSymbols(sequence, cost: cost, resolve).min { a, b in
                        (a.reduce(0) { $0 + cost($1) }, a.count) < (b.reduce(0) { $0 + cost($1) }, b.count)
                    }
                    guard let cheapest else { union = []; break }
                    union += cheapest
                }
                if !union.isEmpty { clauses.append(Array(Set(union)).sorted()) }
            case .repeated(let inner, let min, _):
                if min > 0 { clauses += requiredSymbols([inner], cost: cost, resolve) }
            }
        }
        return clauses
    }

    /// Thompson's construction, compiling backwards from the state that follows.
    struct Compiler {
        /// The language of the rule being compiled.
        var language: Language
        var states: [PatternSet.State] = []
        /// The symbols of a word (one per token it reads as) or of a class, in a language.
        let resolve: (PatternNode, Language) -> [Int32]

        init(language: Language, resolve: @escaping (PatternNode, Language) -> [Int32]) {
            self.language = language
            self.resolve = resolve
        }

        mutating func emit(_ state: PatternSet.State) -> Int32 {
            states.append(state)
            return Int32(states.count - 1)
        }

        /// The start state of an automaton for `nodes` that continues to `next`.
        mutating func compile(_ nodes: [PatternNode], then next: Int32) -> Int32 {
            var target = next
            for node in nodes.reversed() { target = compile(node, then: target) }
            return target
        }

        mutating func compile(_ node: PatternNode, then next: Int32) -> Int32 {
            switch node {
            case .any:
                return emit(.test(symbol: -1, next: next))
            case .clauseEnd:
                return emit(.clauseEnd(next: next))
            case .word, .wordClass:
                var target = next
                for symbol in resolve(node, language).reversed() { target = emit(.test(symbol: symbol, next: target)) }
                return target
            case .alternatives(let sequences):
                return either(sequences.map { compile($0, then: next) }) ?? next
            case .repeated(let inner, let min, let max):
                var target = optionalChain(inner, count: max - min, then: next)
                for _ in 0..<min { target = compile(inner, then: target) }
                return target
            }
        }

        /// A state that goes on to any of `heads` (a chain of splits); nil when there is none.
        mutating func either(_ heads: [Int32]) -> Int32? {
            guard var joined = heads.last else { return nil }
            for head in heads.dropLast().reversed() { joined = emit(.split(head, joined)) }
            return joined
        }

        /// `count` optional copies of `inner`, each skippable straight to `next`:
        /// X{0,2} → (X (X)?)?.
        private mutating func optionalChain(_ inner: PatternNode, count: Int, then next: Int32) -> Int32 {
            var target = next
            for _ in 0..<count {
                let body = compile(inner, then: target)
                target = emit(.split(body, next))
            }
            return target
        }
    }
}
