import DecorumText

extension AhoCorasick: SnapshotCodable {
    /// The dense transition table, the outputs (equal ones stored once) and the pattern lengths.
    func encode(to writer: inout SnapshotWriter) {
        writer.write(transitions, "AhoCorasick.transitions")
        writer.write(SnapshotSharedLists(outputs), "AhoCorasick.outputs")
        writer.write(patternLengths, "AhoCorasick.patternLengths")
    }

    /// Reads the automaton back; an error unless it has 256 transitions per state, each to a
    /// state, and outputs for each state.
    init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        transitions = try reader.read("AhoCorasick.transitions")
        outputs = try (reader.read("AhoCorasick.outputs") as SnapshotSharedLists).lists
        patternLengths = try reader.read("AhoCorasick.patternLengths")
        let states = outputs.count
        try reader.check(
            states > 0 && transitions.count == states * 256 && transitions.allSatisfy { $0 >= 0 && Int($0) < states }, at: start,
            expected: "an AhoCorasick automaton with 256 transitions to its states per state",
            found: "\(transitions.count) transitions for \(states) states")
    }
}
