import DecorumText

/// Every pattern rule of every language, compiled into one token automaton.
///
/// Patterns compile (Thompson's construction) into a nondeterministic automaton whose
/// transitions test one token against a word or a word class. Matching simulates all
/// its states at once over the tokens (and the composite tokens that stand for several
/// pieces, such as `k i l l`), keeping for each state the earliest start: no
/// backtracking, whatever the text. A match never crosses a sentence end (`.`, `!`, `?`,
/// `;`, a line break).
///
/// - Complexity: O(n · s) for n tokens and s automaton states: linear in the text.
public struct PatternSet: Sendable {
    /// One match of a rule.
    public struct Match: Sendable, Hashable {
        /// The rule's index in `rules`.
        public var rule: Int
        /// The normalized scalars the match covers (half-open).
        public var scalars: Range<Int>
        /// Which of the rule's patterns matched (an index into `PatternRule.patterns`).
        public var pattern: Int = 0
        /// Whether a gap of the match consumed a negation word.
        var negatedInGap = false
    }

    enum State: Sendable, Hashable {
        /// Consume one token carrying `symbol` (any token when `symbol` is -1), go to `next`.
        case test(symbol: Int32, next: Int32)
        /// Go on to `next` only at the end of a clause, without consuming.
        case clauseEnd(next: Int32)
        /// Go on to both states without consuming.
        case split(Int32, Int32)
        /// A match of rule `rule` ends here.
        case accept(rule: Int32, pattern: Int32)
    }

    /// The rules, in load order.
    public let rules: [PatternRule]
    let states: [State]
    /// The start state of each rule.
    let starts: [Int32]
    /// Folded word form → the symbols it carries (its own word symbol and its classes).
    let symbolsByForm: FormTable
    /// Repeat-collapsed word form → symbols, for tokens such as `kiiiill`.
    let symbolsByCollapsedForm: FormTable
    /// Pattern words misspelt by one letter (see `misspellings(of:)`) → their symbols.
    let symbolsByMisspelling: FormTable
    /// A reference class, by symbols: a token carrying `pronoun` also carries `symbol` when
    /// a token carrying `antecedent` stands in an earlier sentence.
    struct Reference: Sendable, Hashable {
        var symbol: Int32
        var pronoun: Int32
        var antecedent: Int32
    }

    /// The reference classes of every language.
    let references: [Reference]
    /// Per pattern, the symbol clauses a text needs for it to match (see
    /// `PatternSetBuilder.requiredSymbols`); a pattern whose clauses the text does not meet
    /// is not run. Flattened: pattern p's clauses are `patternClauseStarts[p]..<[p + 1]`,
    /// clause c's symbols `clauseSymbols[clauseSymbolStarts[c]..<[c + 1]]`.
    let hasRequirements: Bool
    let patternClauseStarts: [Int32]
    let clauseSymbolStarts: [Int32]
    let clauseSymbols: [Int32]
    /// One more than the largest symbol any clause names.
    let requiredSymbolCount: Int
    /// Per pattern, an anchor: its clause least often met (by `symbolCost`, then fewest
    /// symbols). Patterns by anchor symbol, flattened (symbol s anchors
    /// `anchoredPatterns[anchorStarts[s]..<[s + 1]]`), and the patterns that need no symbol.
    let anchorStarts: [Int32]
    let anchoredPatterns: [Int32]
    let unanchoredPatterns: [Int32]
    /// The language of each rule, for choosing the rules of a text's scope without reading
    /// the rules themselves.
    let ruleLanguages: [Language]
    /// The `NEGATION` class symbol of each language, if defined.
    let negation: [Language: Int32]
    /// The same symbols, as a set.
    let negationSymbols: Set<Int32>

    init(
        rules: [PatternRule], states: [State], starts: [Int32], symbolsByForm: [[UInt8]: [Int32]],
        symbolsByCollapsedForm: [[UInt8]: [Int32]], symbolsByMisspelling: [[UInt8]: [Int32]] = [:],
        negation: [Language: Int32], references: [Reference] = [], requirements: [[[[Int32]]]] = [], patternStarts: [[Int32]] = [],
        symbolCost: (Int32) -> Int = { _ in 0 }
    ) {
        self.references = references
        // Requirements, flattened: pattern → its clauses → each clause's symbols.
        var clauseStarts: [Int32] = [0], symbolStarts: [Int32] = [0], clauseSymbols: [Int32] = []
        var maxSymbol: Int32 = -1
        for clausesOfRule in requirements {
            for clauses in clausesOfRule {
                for clause in clauses {
                    clauseSymbols += clause
                    maxSymbol = max(maxSymbol, clause.max() ?? -1)
                    symbolStarts.append(Int32(clauseSymbols.count))
                }
                clauseStarts.append(Int32(symbolStarts.count - 1))
            }
        }
        self.hasRequirements = !requirements.isEmpty
        self.patternClauseStarts = clauseStarts
        self.clauseSymbolStarts = symbolStarts
        self.clauseSymbols = clauseSymbols
        self.requiredSymbolCount = Int(maxSymbol) + 1
        var anchors = [[Int32]](repeating: [], count: Int(maxSymbol) + 1)
        var unanchored: [Int32] = []
        for pattern in 0..<(clauseStarts.count - 1) {
            let clauses = Int(clauseStarts[pattern])..<Int(clauseStarts[pattern + 1])
            // The clause a text holds least often: its symbols' summed cost, then their number.
            func weight(_ clause: Int) -> (Int, Int32) {
                let symbols = Int(symbolStarts[clause])..<Int(symbolStarts[clause + 1])
                return (symbols.reduce(0) { $0 + symbolCost(clauseSymbols[$1]) }, symbolStarts[clause + 1] - symbolStarts[clause])
            }
            guard let anchor = clauses.min(by: { weight($0) < weight($1) }) else {
                unanchored.append(Int32(pattern))
                continue
            }
            for k in Int(symbolStarts[anchor])..<Int(symbolStarts[anchor + 1]) where anchors[Int(clauseSymbols[k])].last != Int32(pattern) {
                anchors[Int(clauseSymbols[k])].append(Int32(pattern))
            }
        }
        var anchorStarts: [Int32] = [0]
        for list in anchors { anchorStarts.append(anchorStarts.last! + Int32(list.count)) }
        self.anchorStarts = anchorStarts
        self.anchoredPatterns = anchors.flatMap { $0 }
        self.unanchoredPatterns = unanchored
        self.ruleLanguages = rules.map(\.language)
        self.symbolsByMisspelling = FormTable(symbolsByMisspelling)
        self.rules = rules
        self.states = states
        self.starts = starts
        self.symbolsByForm = FormTable(symbolsByForm)
        self.symbolsByCollapsedForm = FormTable(symbolsByCollapsedForm)
        self.negation = negation
        self.negationSymbols = Set(negation.values)
        // The tests a match can begin with, by symbol, so that a pattern is started only
        // where a token can take its first step (most tokens start nothing).
        let heads = patternStarts.isEmpty ? starts.map { [$0] } : patternStarts
        var patternRule: [Int32] = []
        var firstTests: [Int32: [(pattern: Int32, state: Int32)]] = [:]
        var firstAnyTests: [(pattern: Int32, state: Int32)] = []
        var positional: [Int32] = []
        for (rule, ruleHeads) in heads.enumerated() {
            var needsPosition = false
            var tests: [(symbol: Int32, pattern: Int32, state: Int32)] = []
            for head in ruleHeads {
                let pattern = Int32(patternRule.count)
                patternRule.append(Int32(rule))
                var stack = [head], seen = Set<Int32>()
                while let s = stack.popLast() {
                    guard seen.insert(s).inserted else { continue }
                    switch states[Int(s)] {
                    case .split(let a, let b): stack += [a, b]
                    case .test(let symbol, _): tests.append((symbol, pattern, s))
                    case .clauseEnd, .accept: needsPosition = true
                    }
                }
            }
            // A rule whose start can pass a clause end is started the slow way, state by state.
            if needsPosition { positional.append(Int32(rule)); continue }
            for test in tests {
                if test.symbol < 0 { firstAnyTests.append((test.pattern, test.state)) } else { firstTests[test.symbol, default: []].append((test.pattern, test.state)) }
            }
        }
        var dense = [[(pattern: Int32, state: Int32)]](repeating: [], count: Int(firstTests.keys.max() ?? -1) + 1)
        for (symbol, tests) in firstTests { dense[Int(symbol)] = tests }
        self.firstTests = dense
        self.firstAnyTests = firstAnyTests
        self.positionalRules = positional
        self.patternRule = patternRule
    }

    /// The rule of each pattern, patterns numbered across rules in order.
    let patternRule: [Int32]

    /// First tests of the patterns' start states, indexed by symbol (symbols past the end
    /// start nothing).
    let firstTests: [[(pattern: Int32, state: Int32)]]
    /// First tests that take any token.
    let firstAnyTests: [(pattern: Int32, state: Int32)]
    /// Rules whose start states depend on the position (a leading `$`).
    let positionalRules: [Int32]

    /// The rule with this id, if any.
    public func rule(id: String) -> PatternRule? {
        rules.first { $0.id == id }
    }

    /// An empty set: no rule.
    public static let empty = PatternSet(rules: [], states: [], starts: [], symbolsByForm: [:], symbolsByCollapsedForm: [:], negation: [:])

    /// The one-letter misspellings of a pattern word that still read as it: two neighbouring
    /// letters swapped (the last two of a three-letter word, `tdo`; any two in longer words,
    /// `klil`, `mrot`), or one letter left out (words of five or more: `murdr`, `killd`).
    /// Letters typed twice are undone by the tokenizer's repeat-collapsed forms, not here.
    static func misspellings(of word: [UInt8]) -> [[UInt8]] {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        var result: [[UInt8]] = []
        for k in (word.count == 3 ? 1 : 0)..<(word.count - 1) where word[k] != word[k + 1] {
            var swapped = word
            swapped.swapAt(k, k + 1)
            result.append(swapped)
        }
        if word.count >= 5 {
            for k in word.indices where k == 0 || word[k] != word[k - 1] {
                var shorter = word
                shorter.remove(at: k)
                result.append(shorter)
            }
        }
        return result
    }

    /// The matches in `text` of the rules that apply to `scope`, negated ones left out,
    /// in order of their end.
    public func matches(in text: TokenizedText, scope: LanguageScope) -> [Match] {
        let tokens = text.tokens
        guard !rules.isEmpty, !tokens.isEmpty else { return [] }
        // Whether a rule applies depends on its language only: four answers, not one per rule.
        var applicableLanguages: UInt8 = 0  // a bit per language, by `ordinal`
        for language in Language.allCases where PatternRule.applies(language: language, to: scope) {
            applicableLanguages |= 1 << language.ordinal
        }
        guard applicableLanguages != 0 else { return [] }
        func applicable(_ rule: Int32) -> Bool { applicableLanguages & (1 << ruleLanguages[Int(rule)].ordinal) != 0 }
        // Every token's symbols, then only the patterns whose needed words the text holds
        // are run: most texts hold none, and end here before any layout or thread is made.
        var tokenSymbols: [[Int32]] = []
        tokenSymbols.reserveCapacity(tokens.count)
        for i in tokens.indices { tokenSymbols.append(symbols(of: tokens, i)) }
        var compositeSteps: [(first: Int, step: Step)] = []
        for k in text.composites.indices {
            guard let (first, next) = Lexicon.tokenSpan(of: text.composites[k], in: tokens) else { continue }
            compositeSteps.append((first, Step(symbols: symbols(of: text.composites, k), end: text.composites[k].range.upperBound, next: next)))
        }
        // Words run together (`hangall`, `stabthose`): a token no rule knows whose two
        // halves are both words the rules know is also read as those two words.
        var tokenSplits: [(token: Int, cut: Int, left: [Int32], right: [Int32])] = []
        for i in tokens.indices where tokenSymbols[i].isEmpty {
            for (cut, left, right) in splits(of: tokens, i) { tokenSplits.append((i, cut, left, right)) }
        }
        // The patterns to run: a bit per pattern, and the list of those set.
        var isActive = PatternBits(count: patternRule.count)
        // The reference classes that can give their symbol in this text.
        var possibleReferences = references
        if !hasRequirements {
            for (pattern, rule) in patternRule.enumerated() where applicable(rule) { isActive.insert(pattern) }
        } else {
            // The symbols the text's tokens, composites and run-together halves carry: those
            // the clauses name, and the reference classes' pronouns and antecedents.
            var bitCount = requiredSymbolCount
            for reference in references { bitCount = max(bitCount, Int(max(reference.pronoun, reference.antecedent)) + 1) }
            var present = SymbolBits(count: bitCount)
            for symbols in tokenSymbols { present.insert(symbols) }
            for (_, step) in compositeSteps { present.insert(step.symbols) }
            // A reference symbol can only be given where its pronoun and antecedent both
            // stand (on tokens or composites: run-together halves give no reference).
            possibleReferences = []
            for reference in references where present[reference.pronoun] && present[reference.antecedent] {
                present.insert(reference.symbol)
                possibleReferences.append(reference)
            }
            for split in tokenSplits {
                present.insert(split.left)
                present.insert(split.right)
            }
            // A pattern is active when every clause it needs has a symbol present. Only the
            // patterns anchored on a present symbol (and those that need nothing) are looked
            // at: a text sees a few dozen of the patterns, not all of them.
            func consider(_ pattern: Int) {
                guard !isActive[pattern], applicable(patternRule[pattern]), clausesMet(of: pattern, by: present) else { return }
                isActive.insert(pattern)
            }
            for pattern in unanchoredPatterns { consider(Int(pattern)) }
            present.forEachMember { symbol in
                for k in Int(anchorStarts[symbol])..<Int(anchorStarts[symbol + 1]) { consider(Int(anchoredPatterns[k])) }
            }
        }
        guard !isActive.members.isEmpty else { return [] }
        let layout = TextLayout(text)
        // A match stays inside one sentence: of a text of several sentences, only the
        // patterns whose clauses one sentence meets are run.
        if hasRequirements, let lastSentence = layout.sentence.last, lastSentence > 0 {
            var perSentence = [SymbolBits](repeating: SymbolBits(count: requiredSymbolCount), count: lastSentence + 1)
            for i in tokens.indices { perSentence[layout.sentence[i]].insert(tokenSymbols[i]) }
            // A composite is read from its first token (and must end in that token's sentence).
            for (first, step) in compositeSteps {
                perSentence[layout.sentence[first]].insert(step.symbols)
                perSentence[layout.sentence[step.next - 1]].insert(step.symbols)
            }
            for split in tokenSplits {
                perSentence[layout.sentence[split.token]].insert(split.left)
                perSentence[layout.sentence[split.token]].insert(split.right)
            }
            for reference in possibleReferences {
                for k in perSentence.indices { perSentence[k].insert(reference.symbol) }
            }
            var inOneSentence = PatternBits(count: patternRule.count)
            for pattern in isActive.members where perSentence.contains(where: { clausesMet(of: pattern, by: $0) }) {
                inOneSentence.insert(pattern)
            }
            guard !inOneSentence.members.isEmpty else { return [] }
            isActive = inOneSentence
        }
        // The steps from each position: token i itself, or a composite that starts there, or
        // the left half of a run-together token; `steps` holds position i's steps, its
        // token's own first, at `stepStarts[i]..<stepStarts[i + 1]` (one buffer for the text).
        // A run-together token's right half is read through a position inside the token
        // (numbered after the last token).
        var splitToken: [Int] = []
        var splitSteps: [Step] = []
        var steps: [Step] = []
        steps.reserveCapacity(tokens.count + compositeSteps.count + tokenSplits.count)
        var stepStarts: [Int] = []
        stepStarts.reserveCapacity(tokens.count + 1)
        // Composites by first token, in the order they came; `tokenSplits` is in token order.
        let compositeOrder = compositeSteps.indices.sorted { (compositeSteps[$0].first, $0) < (compositeSteps[$1].first, $1) }
        var nextComposite = 0
        for i in tokens.indices {
            stepStarts.append(steps.count)
            steps.append(Step(symbols: tokenSymbols[i], end: tokens[i].range.upperBound, next: i + 1))
            while nextComposite < compositeOrder.count, compositeSteps[compositeOrder[nextComposite]].first == i {
                steps.append(compositeSteps[compositeOrder[nextComposite]].step)
                nextComposite += 1
            }
        }
        stepStarts.append(steps.count)
        addReferences(possibleReferences, to: &steps, starts: stepStarts, layout: layout)
        if !tokenSplits.isEmpty {
            var withSplits: [Step] = []
            withSplits.reserveCapacity(steps.count + tokenSplits.count)
            var nextSplit = 0
            for i in tokens.indices {
                let first = withSplits.count
                withSplits += steps[stepStarts[i]..<stepStarts[i + 1]]
                while nextSplit < tokenSplits.count, tokenSplits[nextSplit].token == i {
                    let (_, cut, left, right) = tokenSplits[nextSplit]
                    withSplits.append(Step(symbols: left, end: tokens[i].range.lowerBound + cut, next: tokens.count + 1 + splitToken.count, lastToken: i))
                    splitSteps.append(Step(symbols: right, end: tokens[i].range.upperBound, next: i + 1))
                    splitToken.append(i)
                    nextSplit += 1
                }
                stepStarts[i] = first
            }
            stepStarts[tokens.count] = withSplits.count
            steps = withSplits
        }
        var isRuleActive = [Bool](repeating: false, count: rules.count)
        for pattern in isActive.members { isRuleActive[Int(patternRule[pattern])] = true }
        // threads[p]: state → (first token, start scalar), kept for the earliest start.
        var run = Run(positions: tokens.count + 1 + splitToken.count)
        for position in 0..<tokens.count {
            let here = Thread(firstToken: position, start: tokens[position].range.lowerBound, end: tokens[position].range.lowerBound)
            for rule in positionalRules where isRuleActive[Int(rule)] {
                add(starts[Int(rule)], here, at: position, layout: layout, run: &run)
            }
            let stepsHere = steps[stepStarts[position]..<stepStarts[position + 1]]
            continueThreads(at: position, over: stepsHere, layout: layout, run: &run)
            // New matches starting here: only the rules whose first test this token passes.
            for step in stepsHere {
                for symbol in step.symbols where Int(symbol) < firstTests.count {
                    for first in firstTests[Int(symbol)] where isActive[Int(first.pattern)] {
                        guard case .test(_, let next) = states[Int(first.state)] else { continue }
                        advance(here, over: step, testing: symbol, to: next, layout: layout, run: &run)
                    }
                }
                for first in firstAnyTests where isActive[Int(first.pattern)] {
                    guard case .test(_, let next) = states[Int(first.state)] else { continue }
                    advance(here, over: step, testing: -1, to: next, layout: layout, run: &run)
                }
            }
            // Threads that stepped into the middle of a run-together token go on from there.
            for (k, token) in splitToken.enumerated() where token == position {
                continueThreads(at: tokens.count + 1 + k, over: splitSteps[k...k], layout: layout, run: &run)
            }
        }
        // For each rule and end, the earliest start that no negation cancels (and, among
        // patterns matching from there, the first of the rule).
        var earliest: [Int: [Int: Match]] = [:]
        for match in run.found where !isNegated(match, text: text, layout: layout) {
            let end = match.scalars.upperBound
            if let known = earliest[match.rule]?[end],
               (known.scalars.lowerBound, known.pattern) <= (match.scalars.lowerBound, match.pattern) { continue }
            earliest[match.rule, default: [:]][end] = Match(rule: match.rule, scalars: match.scalars, pattern: match.pattern)
        }
        return earliest.values.flatMap(\.values)
            .sorted { ($0.scalars.upperBound, $0.rule) < ($1.scalars.upperBound, $1.rule) }
    }

    /// Whether every clause that `pattern` needs has a symbol in `present`.
    private func clausesMet(of pattern: Int, by present: SymbolBits) -> Bool {
        for c in Int(patternClauseStarts[pattern])..<Int(patternClauseStarts[pattern + 1]) {
            var met = false
            for k in Int(clauseSymbolStarts[c])..<Int(clauseSymbolStarts[c + 1]) where present[clauseSymbols[k]] {
                met = true
                break
            }
            guard met else { return false }
        }
        return true
    }

    /// Gives each token that reads as a reference class's pronoun that class's symbol too,
    /// when a token of its antecedent class stands in an earlier sentence. `references` are
    /// those whose pronoun and antecedent the text holds (in the order of `self.references`):
    /// the others cannot give their symbol.
    /// Position i's steps are `steps[starts[i]..<starts[i + 1]]`, its token's own first.
    private func addReferences(_ references: [Reference], to steps: inout [Step], starts: [Int], layout: TextLayout) {
        for reference in references {
            var antecedentSentence: Int? = nil
            for i in 0..<(starts.count - 1) {
                let own = starts[i]
                if let sentence = antecedentSentence, layout.sentence[i] > sentence, steps[own].symbols.contains(reference.pronoun) {
                    steps[own].symbols.append(reference.symbol)
                }
                if antecedentSentence == nil, steps[own..<starts[i + 1]].contains(where: { $0.symbols.contains(reference.antecedent) }) {
                    antecedentSentence = layout.sentence[i]
                }
            }
        }
    }

    /// Moves every thread waiting at `position` over each of `steps` its state's test
    /// passes, earliest start first (so that the earliest start wins a state), and clears
    /// the position.
    private func continueThreads(
        at position: Int, over steps: ArraySlice<Step>, layout: TextLayout,
        run: inout Run
    ) {
        guard !run.threads[position].isEmpty else { return }
        // Steps only lead forward: no thread is added here while the position's are moved on.
        var waiting = ThreadSet()
        swap(&waiting, &run.threads[position])
        waiting.forEachInStartOrder { state, thread in
            guard case .test(let symbol, let next) = states[Int(state)] else { return }
            for step in steps where symbol < 0 || step.symbols.contains(symbol) {
                advance(thread, over: step, testing: symbol, to: next, layout: layout, run: &run)
            }
        }
        waiting.removeAll()
        run.spares.append(waiting)
    }

    /// Moves `thread` over one step that passed the test of `symbol` (-1: any token), to
    /// state `next`, unless the step leaves the sentence the thread began in.
    private func advance(
        _ thread: Thread, over step: Step, testing symbol: Int32, to next: Int32, layout: TextLayout,
        run: inout Run
    ) {
        guard layout.sentence[step.lastToken ?? (step.next - 1)] == layout.sentence[thread.firstToken] else { return }
        let negated = thread.negatedInGap || (symbol < 0 && step.symbols.contains(where: negationSymbols.contains))
        add(next, Thread(firstToken: thread.firstToken, start: thread.start, end: step.end, negatedInGap: negated),
            at: step.next, layout: layout, run: &run)
    }

    struct Step {
        var symbols: [Int32]
        var end: Int
        var next: Int
        /// The token the step ends in, when `next` is a position inside it.
        var lastToken: Int? = nil
    }

    /// The ways to read `tokens[index]`, a token no rule knows, as two words that rules know:
    /// (the cut, in scalars from the token's start; the left word's symbols; the right
    /// word's). Only tokens of seven letters or more read as plain lowercase ASCII, each part
    /// two or more.
    func splits(of tokens: [Token], _ index: Int) -> [(Int, [Int32], [Int32])] {
        let form = tokens[index].folded
        guard form.count >= 7, !tokens[index].isNumeric, form.count == tokens[index].range.count,
              form.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        var result: [(Int, [Int32], [Int32])] = []
        for cut in 2...(form.count - 2) {
            guard let left = symbolsByForm.ids(form, 0..<cut), let right = symbolsByForm.ids(form, cut..<form.count) else { continue }
            result.append((cut, left, right))
        }
        return result
    }

    /// The threads at one position: at most one per state, the first to arrive. A few
    /// threads are kept in a plain array; past `linearLimit`, an open-addressing index over
    /// the states (multiplicative hash, no hasher) keeps membership O(1).
    struct ThreadSet {
        private var states: [Int32] = []
        private var threads: [Thread] = []
        /// Per slot, 1 + the index in `states` of the state there; 0 when empty.
        private var slots: [Int32] = []
        private var latestStart = -1
        private var arrivedOutOfOrder = false
        private static let linearLimit = 8

        /// Removes every thread, keeping the buffers for the next ones.
        mutating func removeAll() {
            states.removeAll(keepingCapacity: true)
            threads.removeAll(keepingCapacity: true)
            slots = []
            latestStart = -1
            arrivedOutOfOrder = false
        }

        /// Adds a thread in `state` unless one is there already.
        mutating func insert(_ state: Int32, _ thread: Thread) -> Bool {
            if states.count < Self.linearLimit {
                guard !states.contains(state) else { return false }
                if states.isEmpty {
                    // Room for the linear part at once, not grown a thread at a time.
                    states.reserveCapacity(Self.linearLimit)
                    threads.reserveCapacity(Self.linearLimit)
                }
            } else {
                if slots.isEmpty { rebuild(capacity: 64) }
                var slot = Self.slot(state, slots.count)
                while slots[slot] != 0 {
                    if states[Int(slots[slot]) - 1] == state { return false }
                    slot = (slot + 1) & (slots.count - 1)
                }
                slots[slot] = Int32(states.count + 1)
                if (states.count + 1) * 2 > slots.count {
                    states.append(state)
                    threads.append(thread)
                    rebuild(capacity: slots.count * 2)
                    return noteArrival(thread)
                }
            }
            states.append(state)
            threads.append(thread)
            return noteArrival(thread)
        }

        private mutating func noteArrival(_ thread: Thread) -> Bool {
            if thread.firstToken < latestStart { arrivedOutOfOrder = true }
            latestStart = max(latestStart, thread.firstToken)
            return true
        }

        @inline(__always) private static func slot(_ state: Int32, _ capacity: Int) -> Int {
            Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: state)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (capacity - 1)
        }

        private mutating func rebuild(capacity: Int) {
            slots = [Int32](repeating: 0, count: capacity)
            for (index, state) in states.enumerated() {
                var slot = Self.slot(state, capacity)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(index + 1)
            }
        }

        /// Whether the set holds no thread.
        var isEmpty: Bool { states.isEmpty }

        /// Calls `body` with each state and its thread, earliest start first. Threads arrive
        /// in that order unless a step jumped over tokens (a composite, a run-together word);
        /// only then are they sorted.
        func forEachInStartOrder(_ body: (Int32, Thread) -> Void) {
            guard arrivedOutOfOrder else {
                for k in states.indices { body(states[k], threads[k]) }
                return
            }
            for (state, thread) in zip(states, threads).sorted(by: { ($0.1.firstToken, $0.0) < ($1.1.firstToken, $1.0) }) {
                body(state, thread)
            }
        }
    }

    struct Thread {
        var firstToken: Int
        var start: Int
        var end: Int
        /// Whether a gap (`_`) consumed a negation word (`I would never hurt you`).
        var negatedInGap = false
    }

    /// Adds `state` and everything reachable from it without consuming, keeping an
    /// existing thread (an earlier start) in place; records accepting states.
    private func add(
        _ state: Int32, _ thread: Thread, at position: Int, layout: TextLayout,
        run: inout Run
    ) {
        // Positions past the last token are inside run-together tokens: never a clause end.
        let atClauseEnd = position == layout.clause.count
            || (position > 0 && position < layout.clause.count && layout.clause[position] != layout.clause[position - 1])
        run.stack.removeAll(keepingCapacity: true)
        run.stack.append(state)
        while let s = run.stack.popLast() {
            // Every path to an accepting state counts, so that one pattern of a rule whose
            // gap swallowed a negation does not hide another that matched without one.
            if case .accept(let rule, let pattern) = states[Int(s)] {
                guard thread.end > thread.start else { continue }
                let match = Match(rule: Int(rule), scalars: thread.start..<thread.end, pattern: Int(pattern), negatedInGap: thread.negatedInGap)
                if run.seen.insert(match).inserted { run.found.append(match) }
                continue
            }
            if run.threads[position].isEmpty, let spare = run.spares.popLast() { run.threads[position] = spare }
            guard run.threads[position].insert(s, thread) else { continue }
            switch states[Int(s)] {
            case .split(let a, let b): run.stack.append(b); run.stack.append(a)
            case .clauseEnd(let next): if atClauseEnd { run.stack.append(next) }
            case .accept, .test: break
            }
        }
    }

    /// What a text's run of the patterns keeps: the threads waiting at each position, the
    /// matches found (each once, in the order found), and a stack reused by `add`.
    struct Run {
        var threads: [ThreadSet]
        var found: [Match] = []
        var seen = Set<Match>()
        var stack: [Int32] = []
        /// Emptied thread sets whose buffers a position that gets its first thread reuses.
        var spares: [ThreadSet] = []

        /// A run with no thread yet at any of `positions` positions.
        init(positions: Int) {
            threads = [ThreadSet](repeating: ThreadSet(), count: positions)
            spares.reserveCapacity(16)
        }
    }

    /// The symbols `tokens[index]` carries through any of its readings. The token is read in
    /// place: passed alone, it was copied (a retain and a release for each of its forms).
    func symbols(of tokens: [Token], _ index: Int) -> [Int32] {
        // Most tokens have one reading: its list as the table holds it, nothing copied.
        let own = symbolsByForm[tokens[index].folded]
        let isNumeric = tokens[index].isNumeric
        if tokens[index].alternatives.isEmpty && tokens[index].collapsed.isEmpty {
            if let own { return own }
            guard !isNumeric, tokens[index].folded.count >= 3 else { return [] }
            return symbolsByMisspelling[tokens[index].folded] ?? []
        }
        var result: [Int32] = own ?? []
        if !isNumeric {
            for form in tokens[index].alternatives { if let s = symbolsByForm[form] { result += s } }
            for form in tokens[index].collapsed { if let s = symbolsByCollapsedForm[form] { result += s } }
        }
        if result.isEmpty, !isNumeric, tokens[index].folded.count >= 3, let s = symbolsByMisspelling[tokens[index].folded] {
            result += s  // a misspelt pattern word (`klil`, `murdr`, `tdo`)
        }
        return result
    }

    /// Whether a negation cancels a match of a `negatable` rule: a `NEGATION` word that a
    /// gap of the match consumed, or the token just before the match within its clause
    /// (`not someone should shoot you`). Negation words that the pattern spells out
    /// (`nobody wants you`) do not count, nor a question tag's (`isn't it typical of…`).
    private func isNegated(_ match: Match, text: TokenizedText, layout: TextLayout) -> Bool {
        let rule = rules[match.rule]
        guard rule.negatable else { return false }
        return match.negatedInGap || negationPrecedes(match.scalars, language: rule.language, in: text, layout: layout)
    }

    /// Whether the token just before `scalars`, in the same clause, is a `NEGATION` word of
    /// `language`.
    private func negationPrecedes(_ scalars: Range<Int>, language: Language, in text: TokenizedText, layout: TextLayout) -> Bool {
        guard let negation = negation[language] else { return false }
        let first = Lexicon.firstIndex(text.tokens) { $0.range.lowerBound >= scalars.lowerBound }
        guard first > 0, first < text.tokens.count, layout.clause[first - 1] == layout.clause[first] else { return false }
        return symbols(of: text.tokens, first - 1).contains(negation)
    }

    /// Whether a `NEGATION` word of `language` stands just before `scalars` in its clause
    /// ("nunca te voy a matar"): fixed threat phrases of the lexicons are cancelled by it as
    /// `negatable` rules are. `layout` is `TextLayout(text)`, made once per text by the
    /// caller (making it per match would cost the text's length for every match).
    func isNegated(_ scalars: Range<Int>, language: Language, in text: TokenizedText, layout: TextLayout) -> Bool {
        negation[language] != nil && negationPrecedes(scalars, language: language, in: text, layout: layout)
    }
}

extension PatternRule {
    /// Whether a rule of `language` applies to a text in `scope` (as a default-scope lexicon
    /// entry does).
    static func applies(language: Language, to scope: LanguageScope) -> Bool {
        scope.primary == nil || scope.primary == language || scope.plausible.contains(language)
    }
}

/// A set of pattern numbers below `count`: a bit each for membership, and the members in
/// the order they were inserted, so that a text's few active patterns are listed without
/// reading a flag per pattern.
struct PatternBits {
    private var words: [UInt64]
    /// The members, in insertion order.
    private(set) var members: [Int] = []

    /// An empty set of numbers below `count`.
    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    /// Whether `pattern` is a member.
    @inline(__always) subscript(pattern: Int) -> Bool { words[pattern >> 6] & (1 << UInt64(pattern & 63)) != 0 }

    /// Adds `pattern` (nothing when it is a member already).
    mutating func insert(_ pattern: Int) {
        guard !self[pattern] else { return }
        words[pattern >> 6] |= 1 << UInt64(pattern & 63)
        members.append(pattern)
    }
}

/// A set of symbols below a bound, one bit each; symbols at or above the bound are ignored
/// (they name no clause).
struct SymbolBits {
    private var words: [UInt64]
    private let count: Int

    /// An empty set of symbols below `count`.
    init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
        self.count = count
    }

    /// Whether `symbol` is a member.
    @inline(__always) subscript(symbol: Int32) -> Bool {
        Int(symbol) < count && words[Int(symbol) >> 6] & (1 << (UInt64(symbol) & 63)) != 0
    }

    /// Adds `symbol` (nothing when it is at or above the bound).
    @inline(__always) mutating func insert(_ symbol: Int32) {
        guard Int(symbol) < count else { return }
        words[Int(symbol) >> 6] |= 1 << (UInt64(symbol) & 63)
    }

    /// Adds every symbol of `symbols`.
    mutating func insert(_ symbols: [Int32]) {
        for symbol in symbols { insert(symbol) }
    }

    /// Calls `body` with each member, in increasing order.
    func forEachMember(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                body(w << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }
}

/// Sentence and clause numbers of each token, from the punctuation between tokens.
struct TextLayout {
    /// The sentence of each token: a new one after `.`, `!`, `?`, `;`, `…` or a line break.
    var sentence: [Int]
    /// The clause of each token: a new one after a sentence end, `,`, `:` or a dash.
    var clause: [Int]

    /// Punctuation between the pieces of a composite token (`k.i.l.l`) separates letters,
    /// not sentences.
    init(_ text: TokenizedText) {
        let scalars = text.text.scalars
        // Left empty when there is no composite (most texts).
        var insideComposite = [Bool](repeating: false, count: text.composites.isEmpty ? 0 : scalars.count)
        for composite in text.composites {
            let first = Lexicon.firstIndex(text.tokens) { $0.range.lowerBound >= composite.range.lowerBound }
            let next = Lexicon.firstIndex(text.tokens) { $0.range.lowerBound >= composite.range.upperBound }
            guard next - first >= 2 else { continue }
            for k in text.tokens[first].range.lowerBound..<text.tokens[next - 1].range.upperBound { insideComposite[k] = true }
        }
        var sentence: [Int] = [], clause: [Int] = []
        sentence.reserveCapacity(text.tokens.count)
        clause.reserveCapacity(text.tokens.count)
        var s = 0, c = 0
        var previousEnd = 0
        for t in text.tokens.indices {
            let range = text.tokens[t].range
            if !sentence.isEmpty {
                for k in previousEnd..<max(previousEnd, range.lowerBound) where insideComposite.isEmpty || !insideComposite[k] {
                    switch scalars[k] {
                    case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x2026, 0xA1, 0xBF: s += 1; c += 1
                    case 0x2C, 0x3A, 0x2013, 0x2014: c += 1
                    default: break
                    }
                }
            }
            sentence.append(s)
            clause.append(c)
            previousEnd = range.upperBound
        }
        self.sentence = sentence
        self.clause = clause
    }
}
