#if canImport(Glibc)
import Glibc
#endif

/// An immutable hash table from 64-bit keys to `Int32` values, with open addressing and a
/// multiplicative hash: lookups neither allocate nor run a general-purpose hasher. For the
/// hot loops (n-gram scores, word ids), where `Dictionary`'s per-lookup hashing dominated.
package struct IntegerTable: Sendable {
    /// Per slot, the key (when the slot is used).
    package let keys: [UInt64]
    /// Per slot, the key's value (when the slot is used).
    package let values: [Int32]
    /// Per slot, whether a key is there.
    package let used: [Bool]
    /// The slot count less one (a power of two less one).
    package let mask: Int

    /// A table holding `pairs`; a later pair with the same key replaces an earlier one.
    package init<S: Sequence>(_ pairs: S) where S.Element == (UInt64, Int32) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        var used = [Bool](repeating: false, count: capacity)
        let mask = capacity - 1
        for (key, value) in list {
            var slot = Self.slot(key, mask)
            while used[slot] && keys[slot] != key { slot = (slot + 1) & mask }
            (keys[slot], values[slot], used[slot]) = (key, value, true)
        }
        (self.keys, self.values, self.used, self.mask) = (keys, values, used, mask)
    }

    /// A table made of its slots as they are (as a decoded snapshot holds them): `mask + 1`
    /// slots of each array, a power of two.
    package init(keys: [UInt64], values: [Int32], used: [Bool], mask: Int) {
        (self.keys, self.values, self.used, self.mask) = (keys, values, used, mask)
    }

    /// The first slot to probe for `key` in a table of `mask + 1` slots (a multiplicative
    /// hash); the language identifier's n-gram table probes the same way.
    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The value of `key`, if the table holds it.
    @inline(__always) package subscript(key: UInt64) -> Int32? {
        var slot = Self.slot(key, mask)
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// An immutable hash table from byte strings to `Int32` values (FNV-1a, open addressing).
/// Keys live in one byte arena; a lookup takes any contiguous bytes and allocates nothing.
/// A slot holds everything a probe reads (key start, length, value and the upper bits of
/// the key's hash), so that a lookup touches one slot and, on a likely hit only, the arena.
package struct ByteStringTable: Sendable {
    /// One slot of the table; `start` is -1 when the slot is empty.
    package struct Slot: Sendable {
        package var start: Int32
        package var length: Int32
        package var value: Int32
        /// The hash's upper 32 bits: keys that differ there are told apart without a compare.
        package var tag: UInt32

        /// An empty slot.
        package static let empty = Slot(start: -1, length: 0, value: 0, tag: 0)

        /// A slot holding the key at `start` (`length` bytes) of the arena, with its value
        /// and its hash's upper half.
        package init(start: Int32, length: Int32, value: Int32, tag: UInt32) {
            (self.start, self.length, self.value, self.tag) = (start, length, value, tag)
        }
    }

    /// The keys, one after the other.
    package let arena: [UInt8]
    /// The slots, a power of two of them.
    package let slots: [Slot]
    /// The number of slots less one.
    package let mask: Int
    /// One bit per hash value's upper bits, set for every key: a lookup of a key not in the
    /// table (most lookups) usually ends at this small array, not in the slots.
    private let filter: [UInt64]
    private let filterMask: Int

    /// A table holding `pairs`; a later pair with the same key replaces an earlier one.
    package init<S: Sequence>(_ pairs: S) where S.Element == ([UInt8], Int32) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        var arena: [UInt8] = []
        var slots = [Slot](repeating: .empty, count: capacity)
        let mask = capacity - 1
        for (key, value) in list {
            let hash = key.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].start >= 0 {
                let start = Int(slots[slot].start)
                if Int(slots[slot].length) == key.count && arena[start..<(start + key.count)].elementsEqual(key) { break }
                slot = (slot + 1) & mask
            }
            if slots[slot].start < 0 {
                slots[slot] = Slot(start: Int32(arena.count), length: Int32(key.count), value: 0, tag: UInt32(truncatingIfNeeded: hash >> 32))
                arena += key
            }
            slots[slot].value = value
        }
        self.init(arena: arena, slots: slots, mask: mask)
    }

    /// A table made of its key arena and slots as they are (as a decoded snapshot holds
    /// them): `mask + 1` slots, a power of two, each used slot's key inside `arena` and its
    /// tag the upper half of the key's `hash`. The filter is made from the tags.
    package init(arena: [UInt8], slots: [Slot], mask: Int) {
        (self.arena, self.slots, self.mask) = (arena, slots, mask)
        // About 16 bits per key (at most half the slots are used): a few percent of
        // absent keys pass.
        var bits = 512
        while bits < (slots.count / 2) * 16 { bits <<= 1 }
        var filter = [UInt64](repeating: 0, count: bits / 64)
        for slot in slots where slot.start >= 0 {
            let bit = Int(slot.tag) & (bits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        (self.filter, self.filterMask) = (filter, bits - 1)
    }

    /// FNV-1a of `bytes`, its upper bits folded down: the low bits pick the slot, the upper
    /// half is the slot's tag.
    @inline(__always) package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The value of the key made of `bytes`, if the table holds it.
    package func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let bit = Int(tag) & filterMask
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let here = slots[slot]
                    if here.start < 0 { return nil }
                    if here.tag == tag && Int(here.length) == bytes.count
                        && (bytes.count == 0 || memcmp(arena.baseAddress! + Int(here.start), bytes.baseAddress!, bytes.count) == 0) {
                        return here.value
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The value of `key`, if the table holds it.
    @inline(__always) package subscript(key: [UInt8]) -> Int32? {
        key.withUnsafeBufferPointer { value($0) }
    }

    /// The value of the key `bytes[range]`, if the table holds it.
    @inline(__always) package func value(_ bytes: [UInt8], _ range: Range<Int>) -> Int32? {
        bytes.withUnsafeBufferPointer { value(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
