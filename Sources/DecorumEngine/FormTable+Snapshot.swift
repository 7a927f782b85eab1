import DecorumText

extension FormTable: SnapshotCodable {
    /// The table of forms and the distinct id lists: equal lists are stored once, and the
    /// table's values point at them (a hundred thousand misspellings share a few thousand).
    func encode(to writer: inout SnapshotWriter) {
        let (distinct, remap) = SnapshotSharedLists.distinct(lists)
        // Each used slot's value is an index into `lists`, as `init(_:)` made it.
        let slots = table.slots.map { slot in
            var remapped = slot
            if slot.start >= 0 { remapped.value = remap[Int(slot.value)] }
            return remapped
        }
        writer.write(ByteStringTable(arena: table.arena, slots: slots, mask: table.mask), "FormTable.table")
        writer.write(distinct, "FormTable.lists")
    }

    /// Reads the table and the lists back; an error unless every form's list exists.
    init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        table = try reader.read("FormTable.table")
        lists = try reader.read("FormTable.lists")
        // Every used slot's value must name a list.
        var (lowest, highest, used): (Int32, Int32, Bool) = (0, 0, false)
        for slot in table.slots where slot.start >= 0 {
            (lowest, highest) = used ? (min(lowest, slot.value), max(highest, slot.value)) : (slot.value, slot.value)
            used = true
        }
        try reader.check(
            !used || lowest >= 0 && highest < lists.count, at: start,
            expected: "FormTable forms pointing into its \(lists.count) lists", found: "lists \(lowest)…\(highest)")
    }
}
