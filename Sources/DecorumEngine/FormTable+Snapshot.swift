import DecorumText

extension FormTable: SnapshotCodable {
    /// The table of forms and the distinct id lists: equal lists are stored once, and the
    /// table's values point at them (a hundred thousand misspellings share a few thousand).
    func encode(to writer: inout SnapshotWriter) {
        let (distinct, remap) = SnapshotSharedLists.distinct(lists)
        // Each used slot's value is an index into `lists`, as `init(_:)` made it.
        let values = zip(table.starts, table.values).map { start, list in start >= 0 ? remap[Int(list)] : 0 }
        writer.write(
            ByteStringTable(arena: table.arena, starts: table.starts, lengths: table.lengths, values: values, mask: table.mask),
            "FormTable.table")
        writer.write(distinct, "FormTable.lists")
    }

    /// Reads the table and the lists back; an error unless every form's list exists.
    init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        table = try reader.read("FormTable.table")
        lists = try reader.read("FormTable.lists")
        // A decoded table's free slots hold 0: every value must name a list, unless no
        // slot is used.
        let (lowest, highest) = (table.values.min() ?? 0, table.values.max() ?? 0)
        try reader.check(
            lowest >= 0 && highest < lists.count || table.starts.allSatisfy { $0 < 0 }, at: start,
            expected: "FormTable forms pointing into its \(lists.count) lists", found: "lists \(lowest)…\(highest)")
    }
}
