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
package struct ByteStringTable: Sendable {
    /// The keys' bytes, one key after another.
    package let arena: [UInt8]
    /// Per slot, the key's start in `arena`; -1 when the slot is empty.
    package let starts: [Int32]
    /// Per slot, the key's length in bytes.
    package let lengths: [Int32]
    /// Per slot, the key's value.
    package let values: [Int32]
    /// The slot count less one (a power of two less one).
    package let mask: Int

    /// A table holding `pairs`; a later pair with the same key replaces an earlier one.
    package init<S: Sequence>(_ pairs: S) where S.Element == ([UInt8], Int32) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        var arena: [UInt8] = []
        var starts = [Int32](repeating: -1, count: capacity)
        var lengths = [Int32](repeating: 0, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, value) in list {
            var slot = key.withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash($0)) & mask }
            while starts[slot] >= 0 {
                let start = Int(starts[slot])
                if Int(lengths[slot]) == key.count && arena[start..<(start + key.count)].elementsEqual(key) { break }
                slot = (slot + 1) & mask
            }
            if starts[slot] < 0 {
                starts[slot] = Int32(arena.count)
                lengths[slot] = Int32(key.count)
                arena += key
            }
            values[slot] = value
        }
        (self.arena, self.starts, self.lengths, self.values, self.mask) = (arena, starts, lengths, values, mask)
    }

    /// A table made of its key arena and slots as they are (as a decoded snapshot holds
    /// them): `mask + 1` slots of each array, a power of two, each used slot's key inside
    /// `arena`.
    package init(arena: [UInt8], starts: [Int32], lengths: [Int32], values: [Int32], mask: Int) {
        (self.arena, self.starts, self.lengths, self.values, self.mask) = (arena, starts, lengths, values, mask)
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The value of the key made of `bytes`, if the table holds it.
    package func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        return arena.withUnsafeBufferPointer { arena in
            while starts[slot] >= 0 {
                let length = Int(lengths[slot])
                if length == bytes.count {
                    let start = Int(starts[slot])
                    if length == 0 || memcmp(arena.baseAddress! + start, bytes.baseAddress!, length) == 0 { return values[slot] }
                }
                slot = (slot + 1) & mask
            }
            return nil
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
