import DecorumText

/// Writes a snapshot of compiled data: values appended as little-endian bytes (see
/// `SnapshotCodable`), then sealed behind a `SnapshotHeader`.
///
/// Each top-level field is written with a label (`"Lexicon.entries"`) through
/// `write(_:_:)`; the writer keeps the bytes each label took, for the build tool's size
/// report and for the tests that check every stored property is written.
package struct SnapshotWriter {
    /// The payload written so far.
    package private(set) var bytes: [UInt8] = []
    /// Bytes written under each label (nested labels count inside their parent's too).
    package private(set) var labelSizes: [String: Int] = [:]

    /// An empty writer.
    package init() {}

    /// Appends `value` as the field `label` (`Type.property`).
    package mutating func write<T: SnapshotCodable>(_ value: T, _ label: StaticString) {
        let start = bytes.count
        value.encode(to: &self)
        labelSizes["\(label)", default: 0] += bytes.count - start
    }

    /// Appends `value` as the field `label` in a section of its own: its length (`UInt64`),
    /// then its bytes, so that a reader can hand it to another thread
    /// (`SnapshotReader.section(_:)`).
    package mutating func writeSection<T: SnapshotCodable>(_ value: T, _ label: StaticString) {
        var inside = SnapshotWriter()
        inside.write(value, label)
        appendScalar(UInt64(inside.bytes.count))
        bytes += inside.bytes
        labelSizes.merge(inside.labelSizes, uniquingKeysWith: +)
    }

    /// Appends a count or a length as a `UInt32`.
    package mutating func appendCount(_ count: Int) {
        // Counts come from data compiled at build time; four billion entries is no lexicon.
        precondition(count >= 0 && count <= Int(UInt32.max), "snapshot count \(count) does not fit in a UInt32")
        appendScalar(UInt32(count))
    }

    /// Appends a scalar's bytes, least significant first.
    package mutating func appendScalar<T: SnapshotScalar>(_ value: T) {
        #if _endian(big)
        var value = value.snapshotByteSwapped
        #else
        var value = value
        #endif
        withUnsafeBytes(of: &value) { bytes.append(contentsOf: $0) }
    }

    /// Appends an array of scalars: its count, then its elements' bytes in one block.
    package mutating func appendScalars<T: SnapshotScalar>(_ values: [T]) {
        appendCount(values.count)
        #if _endian(big)
        values.map(\.snapshotByteSwapped).withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #endif
    }

    /// Appends a byte string: its length, then the bytes.
    package mutating func appendBytes(_ raw: UnsafeBufferPointer<UInt8>) {
        appendCount(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// `values` ordered by the bytes that `key` of each encodes to, so that a dictionary or
    /// a set, whose order varies from run to run, always gives the same bytes.
    package static func sortedByEncoding<C: Collection, K: SnapshotCodable>(_ values: C, key: (C.Element) -> K) -> [C.Element] {
        var scratch = SnapshotWriter()
        let keyed = values.map { value -> ([UInt8], C.Element) in
            scratch.bytes.removeAll(keepingCapacity: true)
            key(value).encode(to: &scratch)
            return (scratch.bytes, value)
        }
        return keyed.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// The snapshot: a header naming the format, `sourceHash` (the hash of the files the data
    /// was compiled from) and the payload's length and checksum, then the payload.
    package func sealed(sourceHash: UInt64) -> [UInt8] {
        var header = SnapshotWriter()
        header.bytes.append(contentsOf: SnapshotHeader.magic)
        header.appendScalar(SnapshotHeader.version)
        header.appendScalar(sourceHash)
        header.appendScalar(UInt64(bytes.count))
        header.appendScalar(bytes.withUnsafeBytes(SnapshotHeader.checksum))
        return header.bytes + bytes
    }
}
