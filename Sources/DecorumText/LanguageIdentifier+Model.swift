extension LanguageIdentifier {
    /// An identifier made of a learnt model's parts as they are (as a decoded snapshot holds
    /// them): the languages in model order, `slotMask + 1` n-gram keys (a power of two, 0
    /// for an empty slot), `modelLanguages.count` log-probabilities per slot, one
    /// unseen-gram log-probability per language, and the threshold.
    package init(modelLanguages: [Language], gramKeys: [UInt64], gramLogs: [Float], slotMask: Int, unseen: [Float], threshold: Double) {
        self.modelLanguages = modelLanguages
        self.gramKeys = gramKeys
        self.gramLogs = gramLogs
        self.slotMask = slotMask
        self.unseen = unseen
        self.threshold = threshold
    }
}
