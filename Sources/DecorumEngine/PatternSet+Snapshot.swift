import DecorumText

extension PatternSet: SnapshotCodable {
    /// The rules, the automaton's states and every table, as they are.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(rules, "PatternSet.rules")
        writer.write(states, "PatternSet.states")
        writer.write(starts, "PatternSet.starts")
        writer.write(symbolsByForm, "PatternSet.symbolsByForm")
        writer.write(symbolsByCollapsedForm, "PatternSet.symbolsByCollapsedForm")
        writer.write(symbolsByMisspelling, "PatternSet.symbolsByMisspelling")
        writer.write(references, "PatternSet.references")
        writer.write(hasRequirements, "PatternSet.hasRequirements")
        writer.write(patternClauseStarts, "PatternSet.patternClauseStarts")
        writer.write(clauseSymbolStarts, "PatternSet.clauseSymbolStarts")
        writer.write(clauseSymbols, "PatternSet.clauseSymbols")
        writer.write(requiredSymbolCount, "PatternSet.requiredSymbolCount")
        writer.write(anchorStarts, "PatternSet.anchorStarts")
        writer.write(anchoredPatterns, "PatternSet.anchoredPatterns")
        writer.write(unanchoredPatterns, "PatternSet.unanchoredPatterns")
        writer.write(ruleLanguages, "PatternSet.ruleLanguages")
        writer.write(negation, "PatternSet.negation")
        writer.write(negationSymbols, "PatternSet.negationSymbols")
        writer.write(patternRule, "PatternSet.patternRule")
        writer.write(firstTests.map(SnapshotPairs.init), "PatternSet.firstTests")
        writer.write(SnapshotPairs(firstAnyTests), "PatternSet.firstAnyTests")
        writer.write(positionalRules, "PatternSet.positionalRules")
    }

    /// Reads the rules, states and tables back; an error unless every state, start and
    /// first test points at a state, and every pattern at a rule.
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        rules = try reader.read("PatternSet.rules")
        states = try reader.read("PatternSet.states")
        starts = try reader.read("PatternSet.starts")
        symbolsByForm = try reader.read("PatternSet.symbolsByForm")
        symbolsByCollapsedForm = try reader.read("PatternSet.symbolsByCollapsedForm")
        symbolsByMisspelling = try reader.read("PatternSet.symbolsByMisspelling")
        references = try reader.read("PatternSet.references")
        hasRequirements = try reader.read("PatternSet.hasRequirements")
        patternClauseStarts = try reader.read("PatternSet.patternClauseStarts")
        clauseSymbolStarts = try reader.read("PatternSet.clauseSymbolStarts")
        clauseSymbols = try reader.read("PatternSet.clauseSymbols")
        requiredSymbolCount = try reader.read("PatternSet.requiredSymbolCount")
        anchorStarts = try reader.read("PatternSet.anchorStarts")
        anchoredPatterns = try reader.read("PatternSet.anchoredPatterns")
        unanchoredPatterns = try reader.read("PatternSet.unanchoredPatterns")
        ruleLanguages = try reader.read("PatternSet.ruleLanguages")
        negation = try reader.read("PatternSet.negation")
        negationSymbols = try reader.read("PatternSet.negationSymbols")
        patternRule = try reader.read("PatternSet.patternRule")
        firstTests = try (reader.read("PatternSet.firstTests") as [SnapshotPairs<Int32, Int32>]).map {
            $0.pairs.map { (pattern: $0.0, state: $0.1) }
        }
        firstAnyTests = try (reader.read("PatternSet.firstAnyTests") as SnapshotPairs<Int32, Int32>).pairs.map { (pattern: $0.0, state: $0.1) }
        positionalRules = try reader.read("PatternSet.positionalRules")
        let stateCount = Int32(states.count)
        func isState(_ s: Int32) -> Bool { s >= 0 && s < stateCount }
        let statesClosed = states.allSatisfy { state in
            switch state {
            case .test(_, let next), .clauseEnd(let next): isState(next)
            case .split(let a, let b): isState(a) && isState(b)
            case .accept(let rule, _): rule >= 0 && Int(rule) < rules.count
            }
        }
        let tests = firstTests.joined() + firstAnyTests
        try reader.check(
            statesClosed && starts.allSatisfy(isState) && tests.allSatisfy { isState($0.state) && patternRule.indices.contains(Int($0.pattern)) }
                && patternRule.allSatisfy { rules.indices.contains(Int($0)) } && positionalRules.allSatisfy { rules.indices.contains(Int($0)) }
                && ruleLanguages.count == rules.count && anchorStarts.count == requiredSymbolCount + 1
                && anchorStarts.first == 0 && anchorStarts.last.map { Int($0) == anchoredPatterns.count } == true
                && zip(anchorStarts, anchorStarts.dropFirst()).allSatisfy { $0 <= $1 }
                && (anchoredPatterns + unanchoredPatterns).allSatisfy { patternRule.indices.contains(Int($0)) },
            at: start, expected: "a PatternSet whose states, starts and first tests point at its \(states.count) states, its patterns and anchors at its \(rules.count) rules and patterns",
            found: "an index outside them")
    }
}

extension PatternSet.State: SnapshotCodable {
    /// A tag byte (0 test, 1 clause end, 2 split, 3 accept), then two `Int32`s.
    func encode(to writer: inout SnapshotWriter) {
        let (tag, a, b): (UInt8, Int32, Int32) = switch self {
        case .test(let symbol, let next): (0, symbol, next)
        case .clauseEnd(let next): (1, next, 0)
        case .split(let first, let second): (2, first, second)
        case .accept(let rule, let pattern): (3, rule, pattern)
        }
        writer.appendScalar(tag)
        writer.appendScalar(a)
        writer.appendScalar(b)
    }

    /// A tag byte and two `Int32`s; an error unless the tag is 0–3.
    init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        let tag = try reader.readScalar(UInt8.self)
        let a = try reader.readScalar(Int32.self), b = try reader.readScalar(Int32.self)
        switch tag {
        case 0: self = .test(symbol: a, next: b)
        case 1: self = .clauseEnd(next: a)
        case 2: self = .split(a, b)
        case 3: self = .accept(rule: a, pattern: b)
        default: throw SnapshotError(offset: offset, expected: "a state (0 test, 1 clause end, 2 split, 3 accept)", found: "\(tag)")
        }
    }
}

extension PatternSet.Reference: SnapshotCodable {
    /// The three symbols.
    func encode(to writer: inout SnapshotWriter) {
        writer.write(symbol, "Reference.symbol")
        writer.write(pronoun, "Reference.pronoun")
        writer.write(antecedent, "Reference.antecedent")
    }

    /// Reads the three symbols back.
    init(from reader: inout SnapshotReader) throws {
        self.init(
            symbol: try reader.read("Reference.symbol"), pronoun: try reader.read("Reference.pronoun"),
            antecedent: try reader.read("Reference.antecedent"))
    }
}

extension PatternRule: SnapshotCodable {
    /// Every field of the rule.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(id, "PatternRule.id")
        writer.write(language, "PatternRule.language")
        writer.write(action, "PatternRule.action")
        writer.write(target, "PatternRule.target")
        writer.write(negatable, "PatternRule.negatable")
        writer.write(patterns, "PatternRule.patterns")
        writer.write(writtenPatterns, "PatternRule.writtenPatterns")
        writer.write(catches, "PatternRule.catches")
        writer.write(passes, "PatternRule.passes")
        writer.write(location, "PatternRule.location")
    }

    /// Reads every field back.
    package init(from reader: inout SnapshotReader) throws {
        self.init(
            id: try reader.read("PatternRule.id"),
            language: try reader.read("PatternRule.language"),
            action: try reader.read("PatternRule.action"),
            target: try reader.read("PatternRule.target"),
            negatable: try reader.read("PatternRule.negatable"),
            patterns: try reader.read("PatternRule.patterns"),
            writtenPatterns: try reader.read("PatternRule.writtenPatterns"),
            catches: try reader.read("PatternRule.catches"),
            passes: try reader.read("PatternRule.passes"),
            location: try reader.read("PatternRule.location"))
    }
}

extension PatternRule.Action: SnapshotCodable {
    /// A tag byte (0 flag, 1 suppress), then the category and severity, or the categories.
    package func encode(to writer: inout SnapshotWriter) {
        switch self {
        case .flag(let category, let severity):
            writer.appendScalar(UInt8(0))
            category.encode(to: &writer)
            severity.encode(to: &writer)
        case .suppress(let categories):
            writer.appendScalar(UInt8(1))
            categories.encode(to: &writer)
        }
    }

    /// A tag byte and what it says; an error unless the tag is 0 or 1.
    package init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        switch try reader.readScalar(UInt8.self) {
        case 0: self = .flag(try Category(from: &reader), try Severity(from: &reader))
        case 1: self = .suppress(try Set(from: &reader))
        case let tag: throw SnapshotError(offset: offset, expected: "a rule action (0 flag, 1 suppress)", found: "\(tag)")
        }
    }
}
