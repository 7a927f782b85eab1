import DecorumText

extension LanguageIdentifier: SnapshotCodable {
    /// The model as it is: languages, n-gram rows, log-probabilities, threshold.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(modelLanguages, "LanguageIdentifier.modelLanguages")
        writer.write(rows, "LanguageIdentifier.rows")
        writer.write(logs, "LanguageIdentifier.logs")
        writer.write(unseen, "LanguageIdentifier.unseen")
        writer.write(threshold, "LanguageIdentifier.threshold")
    }

    /// Reads the model back; an error unless every row lies inside the log-probabilities.
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        let modelLanguages: [Language] = try reader.read("LanguageIdentifier.modelLanguages")
        let rows: IntegerTable = try reader.read("LanguageIdentifier.rows")
        let logs: [Float] = try reader.read("LanguageIdentifier.logs")
        let unseen: [Float] = try reader.read("LanguageIdentifier.unseen")
        let threshold: Double = try reader.read("LanguageIdentifier.threshold")
        let languages = modelLanguages.count
        let rowCount = languages > 0 ? logs.count / languages : 0
        let outside = zip(rows.values, rows.used).first { $0.1 && !(0..<rowCount).contains(Int($0.0)) }?.0
        try reader.check(
            unseen.count == languages && languages > 0 && logs.count % languages == 0 && outside == nil, at: start,
            expected: "a LanguageIdentifier with one unseen probability per language and every row inside its log-probabilities",
            found: "\(languages) languages, \(unseen.count) unseen probabilities, \(logs.count) log-probabilities\(outside.map { ", row \($0)" } ?? "")")
        self.init(modelLanguages: modelLanguages, rows: rows, logs: logs, unseen: unseen, threshold: threshold)
    }
}
