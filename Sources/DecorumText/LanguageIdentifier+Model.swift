extension LanguageIdentifier {
    /// An identifier made of a learnt model's parts as they are (as a decoded snapshot holds
    /// them): the languages in model order, the n-gram rows, `rows × languages`
    /// log-probabilities, one unseen-gram log-probability per language, and the threshold.
    package init(modelLanguages: [Language], rows: IntegerTable, logs: [Float], unseen: [Float], threshold: Double) {
        self.modelLanguages = modelLanguages
        self.rows = rows
        self.logs = logs
        self.unseen = unseen
        self.threshold = threshold
    }
}
