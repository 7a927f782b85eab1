import DecorumText

extension FormTable: SnapshotCodable {
    /// The table of forms and the distinct id lists: equal lists are stored once, and the
    /// table's values point at them (a hundred thousand misspellings share a few thousand).
    func encode(to writer: inout SnapshotWriter) {
        var indexOf: [[Int32]: Int32] = [:]
        var distinct: [[Int32]] = []
        let remap = lists.map { list in
            if let known = indexOf[list] { return known }
            indexOf[list] = Int32(distinct.count)
            distinct.append(list)
            return Int32(distinct.count - 1)
        }
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
        var outside: Int32? = nil
        for slot in table.slots where slot.start >= 0 && !(0..<Int32(lists.count)).contains(slot.value) {
            outside = slot.value
            break
        }
        try reader.check(
            outside == nil, at: start, expected: "FormTable forms pointing into its \(lists.count) lists",
            found: "list \(outside ?? 0)")
    }
}
