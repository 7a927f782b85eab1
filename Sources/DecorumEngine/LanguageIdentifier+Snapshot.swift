import DecorumText

extension LanguageIdentifier: SnapshotCodable {
    /// The model as it is: languages, the n-gram slots and their log-probabilities,
    /// threshold.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(modelLanguages, "LanguageIdentifier.modelLanguages")
        writer.write(slotMask, "LanguageIdentifier.slotMask")
        writer.write(gramKeys, "LanguageIdentifier.gramKeys")
        writer.write(gramLogs, "LanguageIdentifier.gramLogs")
        writer.write(unseen, "LanguageIdentifier.unseen")
        writer.write(threshold, "LanguageIdentifier.threshold")
    }

    /// Reads the model back; an error unless the slots are a power of two with one
    /// log-probability per language each, and at least one slot is empty (a lookup of an
    /// unknown n-gram stops there).
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        let modelLanguages: [Language] = try reader.read("LanguageIdentifier.modelLanguages")
        let slotMask: Int = try reader.read("LanguageIdentifier.slotMask")
        let gramKeys: [UInt64] = try reader.read("LanguageIdentifier.gramKeys")
        let gramLogs: [Float] = try reader.read("LanguageIdentifier.gramLogs")
        let unseen: [Float] = try reader.read("LanguageIdentifier.unseen")
        let threshold: Double = try reader.read("LanguageIdentifier.threshold")
        let languages = modelLanguages.count
        let capacity = slotMask &+ 1
        try reader.check(
            languages > 0 && unseen.count == languages && capacity > 0 && capacity & slotMask == 0 && gramKeys.count == capacity
                && gramLogs.count == capacity * languages && gramKeys.contains(0),
            at: start,
            expected: "a LanguageIdentifier with one unseen probability per language, a power-of-two table with an empty slot and one log-probability per language and slot",
            found: "\(languages) languages, \(unseen.count) unseen probabilities, \(gramKeys.count) slots for mask \(slotMask), \(gramLogs.count) log-probabilities")
        self.init(modelLanguages: modelLanguages, gramKeys: gramKeys, gramLogs: gramLogs, slotMask: slotMask, unseen: unseen, threshold: threshold)
    }
}
