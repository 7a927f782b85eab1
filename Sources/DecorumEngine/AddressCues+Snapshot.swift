import DecorumText

extension AddressCues: SnapshotCodable {
    /// The cue, modifier and object phrases of each language, and the longest of each.
    package func encode(to writer: inout SnapshotWriter) {
        writer.write(cues, "AddressCues.cues")
        writer.write(modifiers, "AddressCues.modifiers")
        writer.write(objects, "AddressCues.objects")
        writer.write(maxCueWords, "AddressCues.maxCueWords")
        writer.write(maxModifierWords, "AddressCues.maxModifierWords")
    }

    /// Reads the phrases back.
    package init(from reader: inout SnapshotReader) throws {
        cues = try reader.read("AddressCues.cues")
        modifiers = try reader.read("AddressCues.modifiers")
        objects = try reader.read("AddressCues.objects")
        maxCueWords = try reader.read("AddressCues.maxCueWords")
        maxModifierWords = try reader.read("AddressCues.maxModifierWords")
        lookup = Lookup(cues: cues, modifiers: modifiers, objects: objects)
    }
}
