import DecorumText

extension Lexicon: SnapshotCodable {
    /// The entries and every table, as they are; the word forms, which `words` and
    /// `wordsByLength` share, once each (in byte order), the two tables as indices into them.
    package func encode(to writer: inout SnapshotWriter) {
        let forms = Set(words.keys).union(wordsByLength.values.joined().map(\.0)).sorted { $0.lexicographicallyPrecedes($1) }
        let index = Dictionary(uniqueKeysWithValues: forms.enumerated().map { ($1, Int32($0)) })
        writer.write(entries, "Lexicon.entries")
        writer.write(forms, "Lexicon.wordForms")
        // Every form is in `index`: the forms are taken from these two tables.
        writer.write(SnapshotPairs(words.map { (index[$0.key]!, $0.value) }.sorted { $0.0 < $1.0 }), "Lexicon.words")
        writer.write(wordsByLength.mapValues { SnapshotPairs($0.map { (index[$0.0]!, $0.1) }) }, "Lexicon.wordsByLength")
        writer.write(SnapshotSharedLists(terminals), "Lexicon.terminals")
        writer.write(compounds, "Lexicon.compounds")
        writer.write(collapsedCompounds, "Lexicon.collapsedCompounds")
        writer.write(compoundEntries, "Lexicon.compoundEntries")
        writer.write(foldedTable, "Lexicon.foldedTable")
        writer.write(exactTable, "Lexicon.exactTable")
        writer.write(collapsedTable, "Lexicon.collapsedTable")
        writer.write(allowedTable, "Lexicon.allowedTable")
        writer.write(edges, "Lexicon.edges")
        writer.write(maxPhraseLength, "Lexicon.maxPhraseLength")
        writer.write(address, "Lexicon.address")
        writer.write(reviewed, "Lexicon.reviewed")
    }

    /// Reads the entries and the tables back; an error unless every compound pattern
    /// belongs to an entry.
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        entries = try reader.read("Lexicon.entries")
        let forms: [[UInt8]] = try reader.read("Lexicon.wordForms")
        let wordPairs: SnapshotPairs<Int32, Int32> = try reader.read("Lexicon.words")
        let byLength: [Int: SnapshotPairs<Int32, Int32>] = try reader.read("Lexicon.wordsByLength")
        let formRange = 0..<Int32(forms.count)
        let outside = (wordPairs.pairs + byLength.values.flatMap(\.pairs)).first { !formRange.contains($0.0) }?.0
        try reader.check(
            outside == nil, at: start, expected: "word forms among the \(forms.count) of the lexicon", found: "form \(outside ?? 0)")
        var words: [[UInt8]: Int32] = [:]
        words.reserveCapacity(wordPairs.pairs.count)
        for (form, id) in wordPairs.pairs { words[forms[Int(form)]] = id }
        try reader.check(
            words.count == wordPairs.pairs.count, at: start, expected: "each word form once in the lexicon's words",
            found: "\(wordPairs.pairs.count - words.count) repeated")
        self.words = words
        wordsByLength = byLength.mapValues { $0.pairs.map { (forms[Int($0.0)], $0.1) } }
        terminals = try (reader.read("Lexicon.terminals") as SnapshotSharedLists).lists
        compounds = try reader.read("Lexicon.compounds")
        collapsedCompounds = try reader.read("Lexicon.collapsedCompounds")
        compoundEntries = try reader.read("Lexicon.compoundEntries")
        foldedTable = try reader.read("Lexicon.foldedTable")
        exactTable = try reader.read("Lexicon.exactTable")
        collapsedTable = try reader.read("Lexicon.collapsedTable")
        allowedTable = try reader.read("Lexicon.allowedTable")
        edges = try reader.read("Lexicon.edges")
        maxPhraseLength = try reader.read("Lexicon.maxPhraseLength")
        address = try reader.read("Lexicon.address")
        reviewed = try reader.read("Lexicon.reviewed")
        try reader.check(
            compoundEntries.count == compounds.patternLengths.count && compoundEntries.allSatisfy { entries.indices.contains(Int($0)) },
            at: start, expected: "a Lexicon whose compound patterns each name one of its \(entries.count) entries",
            found: "\(compoundEntries.count) entries for \(compounds.patternLengths.count) patterns")
    }
}

extension LexiconEntry: SnapshotCodable {
    /// Every field of the entry.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(id, "LexiconEntry.id")
        writer.write(term, "LexiconEntry.term")
        writer.write(language, "LexiconEntry.language")
        writer.write(category, "LexiconEntry.category")
        writer.write(severity, "LexiconEntry.severity")
        writer.write(scope, "LexiconEntry.scope")
        writer.write(compound.rawValue, "LexiconEntry.compound")
        writer.write(accentsMatter, "LexiconEntry.accentsMatter")
        writer.write(addressed, "LexiconEntry.addressed")
        writer.write(forms, "LexiconEntry.forms")
        writer.write(location, "LexiconEntry.location")
    }

    /// Reads every field back.
    package init(from reader: inout SnapshotReader) throws {
        self.init(
            id: try reader.read("LexiconEntry.id"),
            term: try reader.read("LexiconEntry.term"),
            language: try reader.read("LexiconEntry.language"),
            category: try reader.read("LexiconEntry.category"),
            severity: try reader.read("LexiconEntry.severity"),
            scope: try reader.read("LexiconEntry.scope"),
            compound: CompoundMatch(rawValue: try reader.read("LexiconEntry.compound")),
            accentsMatter: try reader.read("LexiconEntry.accentsMatter"),
            addressed: try reader.read("LexiconEntry.addressed"),
            forms: try reader.read("LexiconEntry.forms"),
            location: try reader.read("LexiconEntry.location"))
    }
}

extension LexiconEntry.Scope: SnapshotCodable {
    /// One byte: 0 language, 1 common, 2 bound.
    package func encode(to writer: inout SnapshotWriter) {
        switch self {
        case .language: writer.appendScalar(UInt8(0))
        case .common: writer.appendScalar(UInt8(1))
        case .bound: writer.appendScalar(UInt8(2))
        }
    }

    /// One byte; an error unless it is 0, 1 or 2.
    package init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        switch try reader.readScalar(UInt8.self) {
        case 0: self = .language
        case 1: self = .common
        case 2: self = .bound
        case let byte: throw SnapshotError(offset: offset, expected: "a scope (0 language, 1 common, 2 bound)", found: "\(byte)")
        }
    }
}
