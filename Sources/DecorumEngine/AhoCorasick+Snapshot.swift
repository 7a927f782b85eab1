import DecorumText

extension AhoCorasick: SnapshotCodable {
    /// The dense transition table, the flattened outputs and the pattern lengths.
    func encode(to writer: inout SnapshotWriter) {
        writer.write(transitions, "AhoCorasick.transitions")
        writer.write(outputStarts, "AhoCorasick.outputStarts")
        writer.write(outputs, "AhoCorasick.outputs")
        writer.write(patternLengths, "AhoCorasick.patternLengths")
    }

    /// Reads the automaton back; an error unless it has 256 transitions per state, each to a
    /// state, and outputs for each state that name its patterns.
    init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        transitions = try reader.read("AhoCorasick.transitions")
        outputStarts = try reader.read("AhoCorasick.outputStarts")
        outputs = try reader.read("AhoCorasick.outputs")
        patternLengths = try reader.read("AhoCorasick.patternLengths")
        let states = outputStarts.count - 1
        let startsOrdered = outputStarts.first == 0 && outputStarts.last.map { Int($0) == outputs.count } == true
            && zip(outputStarts, outputStarts.dropFirst()).allSatisfy { $0 <= $1 }
        try reader.check(
            states > 0 && transitions.count == states * 256 && transitions.allSatisfy { $0 >= 0 && Int($0) < states }
                && startsOrdered && outputs.allSatisfy { $0 >= 0 && Int($0) < patternLengths.count },
            at: start,
            expected: "an AhoCorasick automaton with 256 transitions to its states per state and outputs naming its patterns",
            found: "\(transitions.count) transitions, \(outputStarts.count) output starts, \(outputs.count) outputs")
    }
}
