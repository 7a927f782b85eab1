import DecorumText

/// Reads a snapshot written by `SnapshotWriter`: checks its header, then hands out values
/// in the order they were written. Every read is bounds-checked; bytes that cannot be what
/// is expected throw a `SnapshotError` naming the offset, never trap.
package struct SnapshotReader: Sendable {
    private let buffer: SnapshotBuffer
    private var bytes: UnsafeRawBufferPointer { buffer.bytes }
    /// The offset of the next byte to read, from the start of the snapshot (header included).
    package private(set) var offset: Int
    /// The offset where what this reader may read ends: the snapshot's end, or its section's.
    private var end: Int
    /// The hash of the source files the snapshot was compiled from (see
    /// `SnapshotHeader.sourceHash(of:)`).
    package private(set) var sourceHash: UInt64 = 0

    /// A reader of the payload of `sealed` (a whole snapshot, header first).
    /// - Throws: `SnapshotError` when the header is not a snapshot's of this format version,
    ///   or the payload is shorter or longer than the header says, or fails its checksum.
    package init(sealed: [UInt8]) throws {
        try self.init(sealed: SnapshotBuffer(copying: sealed))
    }

    /// A reader of the payload of the snapshot in `sealed` (header first).
    /// - Throws: `SnapshotError` when the header is not a snapshot's of this format version,
    ///   or the payload is shorter or longer than the header says, or fails its checksum.
    package init(sealed buffer: SnapshotBuffer) throws {
        self.buffer = buffer
        let sealed = buffer.bytes
        offset = 0
        end = sealed.count
        let magic = SnapshotHeader.magic
        guard sealed.count >= magic.count, sealed.prefix(magic.count).elementsEqual(magic) else {
            throw SnapshotError(offset: 0, expected: "the magic 'DCRMSNAP'", found: Self.describe(sealed.prefix(magic.count)))
        }
        offset = magic.count
        let versionOffset = offset
        let version = try readScalar(UInt32.self)
        guard version == SnapshotHeader.version else {
            throw SnapshotError(offset: versionOffset, expected: "format version \(SnapshotHeader.version)", found: "version \(version)")
        }
        sourceHash = try readScalar(UInt64.self)
        let lengthOffset = offset
        let length = try readScalar(UInt64.self)
        let checksum = try readScalar(UInt64.self)
        let remaining = UInt64(sealed.count - offset)
        guard length == remaining else {
            throw SnapshotError(
                offset: lengthOffset, expected: "\(length) bytes of payload (the header's length)",
                found: "\(remaining) bytes\(length > remaining ? ": the snapshot is truncated" : "")")
        }
        let actual = SnapshotHeader.checksum(UnsafeRawBufferPointer(rebasing: sealed[SnapshotHeader.size...]))
        guard actual == checksum else {
            throw SnapshotError(
                offset: SnapshotHeader.size, expected: "a payload with checksum \(Self.hex(checksum))",
                found: "checksum \(Self.hex(actual)): the snapshot is damaged")
        }
    }

    /// Reads the field `label` (`Type.property`); an error inside it names the field.
    package mutating func read<T: SnapshotCodable>(_ label: StaticString) throws -> T {
        do { return try T(from: &self) } catch var error as SnapshotError {
            error.path.insert("\(label)", at: 0)
            throw error
        }
    }

    /// Throws unless every byte of the payload (or of the section) has been read.
    package func finish() throws {
        guard offset == end else {
            throw SnapshotError(offset: offset, expected: "the end of the \(end == bytes.count ? "snapshot" : "section")", found: "\(end - offset) more bytes")
        }
    }

    /// Reads the section `label` that `SnapshotWriter.writeSection` wrote (a length, then the
    /// value), to be decoded on its own, and moves past it.
    package mutating func section(_ label: StaticString) throws -> SnapshotSection {
        let start = offset
        let length: UInt64
        do { length = try readScalar(UInt64.self) } catch var error as SnapshotError {
            error.path.insert("\(label)", at: 0)
            throw error
        }
        guard length <= UInt64(end - offset) else {
            throw SnapshotError(
                offset: start, expected: "a section of \(length) bytes", found: "\(end - offset) bytes: the snapshot is truncated",
                path: ["\(label)"])
        }
        var inside = self
        inside.end = offset + Int(length)
        offset = inside.end
        return SnapshotSection(label: label, reader: inside)
    }

    /// Throws an error at `offset` unless `condition` holds: for what the format cannot
    /// express (two arrays of one length, an index inside an array).
    package func check(_ condition: Bool, at offset: Int, expected: @autoclosure () -> String, found: @autoclosure () -> String) throws {
        guard condition else { throw SnapshotError(offset: offset, expected: expected(), found: found()) }
    }

    /// Reads one scalar, least significant byte first.
    package mutating func readScalar<T: SnapshotScalar>(_ type: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        try need(size, "\(size) bytes of a \(T.self)")
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        #if _endian(big)
        return value.snapshotByteSwapped
        #else
        return value
        #endif
    }

    /// Reads a count or a length (a `UInt32`), checking that `count` values of at least
    /// `minimumSize` bytes each fit in what is left.
    package mutating func readCount<T>(of type: T.Type, minimumSize: Int) throws -> Int {
        let start = offset
        let count = Int(try readScalar(UInt32.self))
        let left = end - offset
        guard count <= left / max(minimumSize, 1) else {
            throw SnapshotError(offset: start, expected: "a count of \(T.self) values that fits in the \(left) bytes left", found: "\(count)")
        }
        return count
    }

    /// Reads an array of scalars (a count, then the elements) with one copy.
    package mutating func readScalars<T: SnapshotScalar>(_ type: T.Type) throws -> [T] {
        let count = try readCount(of: T.self, minimumSize: MemoryLayout<T>.stride)
        guard count > 0 else { return [] }
        let size = count * MemoryLayout<T>.stride
        let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: bytes.baseAddress! + offset, byteCount: size)
            initialized = count
        }
        offset += size
        #if _endian(big)
        return array.map(\.snapshotByteSwapped)
        #else
        return array
        #endif
    }

    /// Reads a byte string (a length, then the bytes) and hands the bytes to `body`.
    package mutating func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        let count = try readCount(of: UInt8.self, minimumSize: 1)
        let result = try body(UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self)[offset..<(offset + count)]))
        offset += count
        return result
    }

    private func need(_ size: Int, _ what: @autoclosure () -> String) throws {
        guard end - offset >= size else {
            throw SnapshotError(offset: offset, expected: what(), found: "\(end - offset) bytes: the snapshot is truncated")
        }
    }

    private static func describe(_ bytes: Slice<UnsafeRawBufferPointer>) -> String {
        bytes.isEmpty ? "nothing" : bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined(separator: " ")
    }

    private static func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
}

/// A part of a snapshot that decodes on its own (on another thread, if the caller likes):
/// what `SnapshotWriter.writeSection` wrote.
package struct SnapshotSection: Sendable {
    /// The field the section holds (`Type.property`).
    let label: StaticString
    /// A reader of the section's bytes only.
    let reader: SnapshotReader

    /// The value the section holds, which must fill it.
    /// - Throws: `SnapshotError` naming the section, the offset and what was expected there.
    package func decode<T: SnapshotCodable>(_ type: T.Type) throws -> T {
        var reader = reader
        do {
            let value = try T(from: &reader)
            try reader.finish()
            return value
        } catch var error as SnapshotError {
            error.path.insert("\(label)", at: 0)
            throw error
        }
    }
}

/// A snapshot of compiled data that cannot be read: where, what was expected there and
/// what was found.
public struct SnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The byte offset from the start of the snapshot (header included).
    public var offset: Int
    /// What the format has at that place (`4 bytes of a UInt32`, `format version 1`).
    public var expected: String
    /// What the bytes were instead.
    public var found: String
    /// The fields being read, outermost first (`Lexicon.entries`, `[12]`, `LexiconEntry.term`).
    public var path: [String] = []

    /// An error at `offset`.
    public init(offset: Int, expected: String, found: String, path: [String] = []) {
        self.offset = offset
        self.expected = expected
        self.found = found
        self.path = path
    }

    /// `snapshot byte 1234 (Lexicon.entries[12] › LexiconEntry.term): expected …, found …`.
    public var description: String {
        var place = ""
        for part in path {
            if !place.isEmpty && !part.hasPrefix("[") { place += " › " }
            place += part
        }
        return "snapshot byte \(offset)\(place.isEmpty ? "" : " (\(place))"): expected \(expected), found \(found)"
    }
}
