import DecorumText

extension IntegerTable: SnapshotCodable {
    /// The capacity, then the used slots only (at most half of them are): their indices,
    /// keys and values.
    package func encode(to writer: inout SnapshotWriter) {
        let slots = used.indices.filter { used[$0] }
        writer.write(mask, "IntegerTable.mask")
        writer.write(slots.map { Int32($0) }, "IntegerTable.used")
        writer.write(slots.map { keys[$0] }, "IntegerTable.keys")
        writer.write(slots.map { values[$0] }, "IntegerTable.values")
    }

    /// Reads the used slots back into a table of the written capacity; an error unless the
    /// capacity is a power of two and the slots lie inside it, in increasing order.
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        let mask: Int = try reader.read("IntegerTable.mask")
        let slots: [Int32] = try reader.read("IntegerTable.used")
        let usedKeys: [UInt64] = try reader.read("IntegerTable.keys")
        let usedValues: [Int32] = try reader.read("IntegerTable.values")
        let capacity = try Self.checkSlots(slots, mask: mask, counts: [usedKeys.count, usedValues.count], in: reader, at: start)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        var used = [Bool](repeating: false, count: capacity)
        // `checkSlots` put every slot inside the capacity: the scatter needs no checks.
        keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in
                used.withUnsafeMutableBufferPointer { used in
                    for k in slots.indices {
                        let slot = Int(slots[k])
                        (keys[slot], values[slot], used[slot]) = (usedKeys[k], usedValues[k], true)
                    }
                }
            }
        }
        self.init(keys: keys, values: values, used: used, mask: mask)
    }

    /// The capacity `mask + 1`, after checking that it is a power of two holding `slots` in
    /// increasing order, and that each array of `counts` has one element per slot.
    static func checkSlots(_ slots: [Int32], mask: Int, counts: [Int], in reader: SnapshotReader, at start: Int) throws -> Int {
        let capacity = mask &+ 1
        var previous: Int32 = -1
        let ordered = slots.allSatisfy { slot in
            defer { previous = slot }
            return slot > previous && Int(slot) < capacity
        }
        try reader.check(
            capacity > 0 && capacity <= 1 << 31 && capacity & mask == 0 && ordered && counts.allSatisfy { $0 == slots.count },
            at: start, expected: "a hash table whose used slots lie, in increasing order, inside a power-of-two capacity, with one key and value each",
            found: "capacity \(capacity), \(slots.count) slots, \(counts.map(String.init).joined(separator: " and ")) keys and values")
        return capacity
    }
}

extension ByteStringTable: SnapshotCodable {
    /// The capacity, then the used slots only (at most half of them are) in slot order:
    /// their indices, their keys' lengths and their values, and their keys one after the
    /// other (the arena, laid out anew, so that each key starts where the one before ends).
    /// Tags and the filter are not written: they follow from the keys.
    package func encode(to writer: inout SnapshotWriter) {
        let used = slots.indices.filter { slots[$0].start >= 0 }
        var keys: [UInt8] = []
        for slot in used { keys += arena[Int(slots[slot].start)..<Int(slots[slot].start + slots[slot].length)] }
        writer.write(mask, "ByteStringTable.mask")
        writer.write(used.map { Int32($0) }, "ByteStringTable.slots")
        writer.write(used.map { slots[$0].length }, "ByteStringTable.lengths")
        writer.write(used.map { slots[$0].value }, "ByteStringTable.values")
        writer.write(keys, "ByteStringTable.arena")
    }

    /// Reads the used slots back into a table of the written capacity; an error unless the
    /// capacity is a power of two holding the slots in increasing order, and the keys'
    /// lengths add up to the arena's (lookups compare keys through pointers).
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        let mask: Int = try reader.read("ByteStringTable.mask")
        let used: [Int32] = try reader.read("ByteStringTable.slots")
        let usedLengths: [Int32] = try reader.read("ByteStringTable.lengths")
        let usedValues: [Int32] = try reader.read("ByteStringTable.values")
        let arena: [UInt8] = try reader.read("ByteStringTable.arena")
        let capacity = try IntegerTable.checkSlots(used, mask: mask, counts: [usedLengths.count, usedValues.count], in: reader, at: start)
        var slots = [Slot](repeating: .empty, count: capacity)
        // `checkSlots` put every slot inside the capacity: the scatter needs no checks but
        // that each key lies inside the arena.
        let filled = slots.withUnsafeMutableBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var keyStart: Int32 = 0
                for k in used.indices {
                    let (slot, length) = (Int(used[k]), usedLengths[k])
                    guard length >= 0, Int(keyStart) + Int(length) <= arena.count else { return -1 }
                    let key = UnsafeBufferPointer(rebasing: arena[Int(keyStart)..<Int(keyStart + length)])
                    let tag = UInt32(truncatingIfNeeded: ByteStringTable.hash(key) >> 32)
                    slots[slot] = Slot(start: keyStart, length: length, value: usedValues[k], tag: tag)
                    keyStart += length
                }
                return Int(keyStart)
            }
        }
        try reader.check(
            filled == arena.count, at: start, expected: "ByteStringTable keys filling its \(arena.count)-byte arena exactly",
            found: filled < 0 ? "a key past its end" : "keys of \(filled) bytes")
        self.init(arena: arena, slots: slots, mask: mask)
    }
}
