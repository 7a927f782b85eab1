import DecorumText

/// The header of a snapshot (36 bytes, little-endian): the magic `DCRMSNAP`, the format
/// version (`UInt32`), the hash of the source files (`UInt64`, see `sourceHash(of:)`), the
/// payload's length and its checksum (`UInt64` each).
package enum SnapshotHeader {
    /// The first eight bytes of every snapshot.
    package static let magic: [UInt8] = Array("DCRMSNAP".utf8)
    /// The format version; a reader refuses any other. Bump it whenever an encoding changes.
    package static let version: UInt32 = 1
    /// The header's size in bytes; the payload starts here.
    package static let size = 36

    /// A checksum of `bytes` against accidental damage (not against tampering): eight bytes
    /// at a time into four lanes (so that the multiplications overlap), each step a
    /// bijection of its lane, so that any one changed word is seen.
    package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        @inline(__always) func mix(_ state: inout UInt64, _ word: UInt64) {
            state = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 31
        }
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count), 1, 2, 3)
        var offset = 0
        while offset + 32 <= bytes.count {
            mix(&lanes.0, word(offset))
            mix(&lanes.1, word(offset + 8))
            mix(&lanes.2, word(offset + 16))
            mix(&lanes.3, word(offset + 24))
            offset += 32
        }
        while offset + 8 <= bytes.count {
            mix(&lanes.0, word(offset))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        var hash = lanes.0
        for lane in [tail, lanes.1, lanes.2, lanes.3] { mix(&hash, lane) }
        return hash
    }

    /// The FNV-1a hash of data files given as (path, bytes), in path order: each path, a
    /// zero byte, the content's length (8 bytes) and the content. A snapshot records the
    /// hash of the files it was compiled from, so that a stale one can be told.
    package static func sourceHash(of files: [(path: String, bytes: [UInt8])]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for file in files.sorted(by: { $0.path < $1.path }) {
            file.path.utf8.forEach(add)
            add(0)
            for shift in stride(from: 0, to: 64, by: 8) { add(UInt8(truncatingIfNeeded: UInt64(file.bytes.count) >> UInt64(shift))) }
            file.bytes.forEach(add)
        }
        return hash
    }
}
