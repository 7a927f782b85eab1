import DecorumText

/// A value that a compiled-data snapshot holds: `encode(to:)` appends its bytes, and
/// `init(from:)` reads them back, throwing `SnapshotError` on bytes it cannot read.
///
/// The format is little-endian and has no padding. Integers keep their width (`Int` is 8
/// bytes); a count or a length is a `UInt32`; a string is its UTF-8 length and bytes; an
/// array is its count and its elements; a dictionary or a set is its count and its entries
/// in the order of their keys' encodings, so that one value always gives the same bytes.
package protocol SnapshotCodable {
    /// Appends the value's bytes to `writer`.
    func encode(to writer: inout SnapshotWriter)
    /// Reads a value written by `encode(to:)`.
    /// - Throws: `SnapshotError` naming the offset and what was expected there.
    init(from reader: inout SnapshotReader) throws

    /// Appends an array of values: its count, then each element (`SnapshotScalar`s copy
    /// their elements in one block).
    static func encodeArray(_ array: [Self], to writer: inout SnapshotWriter)
    /// Reads an array written by `encodeArray(_:to:)`.
    /// - Throws: `SnapshotError` naming the offset and what was expected there.
    static func decodeArray(from reader: inout SnapshotReader) throws -> [Self]
}

extension SnapshotCodable {
    /// The count, then each element.
    package static func encodeArray(_ array: [Self], to writer: inout SnapshotWriter) {
        writer.appendCount(array.count)
        for element in array { element.encode(to: &writer) }
    }

    /// The count, then each element.
    package static func decodeArray(from reader: inout SnapshotReader) throws -> [Self] {
        let count = try reader.readCount(of: Self.self, minimumSize: 1)
        var array: [Self] = []
        array.reserveCapacity(count)
        for index in 0..<count {
            do { array.append(try Self(from: &reader)) } catch var error as SnapshotError {
                error.path.insert("[\(index)]", at: 0)
                throw error
            }
        }
        return array
    }
}

/// A fixed-size value stored as its little-endian bytes: arrays of them are copied in one
/// block (`memcpy`), not element by element.
package protocol SnapshotScalar: SnapshotCodable, BitwiseCopyable {
    /// The same value with its bytes in reverse order (for big-endian machines).
    var snapshotByteSwapped: Self { get }
}

extension SnapshotScalar {
    /// The value's bytes, least significant first.
    package func encode(to writer: inout SnapshotWriter) { writer.appendScalar(self) }
    /// Reads the value's bytes, least significant first.
    package init(from reader: inout SnapshotReader) throws { self = try reader.readScalar(Self.self) }
    /// The count, then the elements' bytes in one block.
    package static func encodeArray(_ array: [Self], to writer: inout SnapshotWriter) { writer.appendScalars(array) }
    /// The count, then the elements' bytes copied in one block.
    package static func decodeArray(from reader: inout SnapshotReader) throws -> [Self] { try reader.readScalars(Self.self) }
}

extension UInt8: SnapshotScalar { package var snapshotByteSwapped: UInt8 { self } }
extension Int32: SnapshotScalar { package var snapshotByteSwapped: Int32 { byteSwapped } }
extension UInt32: SnapshotScalar { package var snapshotByteSwapped: UInt32 { byteSwapped } }
extension Int64: SnapshotScalar { package var snapshotByteSwapped: Int64 { byteSwapped } }
extension UInt64: SnapshotScalar { package var snapshotByteSwapped: UInt64 { byteSwapped } }
extension Float: SnapshotScalar { package var snapshotByteSwapped: Float { Float(bitPattern: bitPattern.byteSwapped) } }
extension Double: SnapshotScalar { package var snapshotByteSwapped: Double { Double(bitPattern: bitPattern.byteSwapped) } }

extension Int: SnapshotCodable {
    /// Eight bytes, whatever the machine's word size.
    package func encode(to writer: inout SnapshotWriter) { writer.appendScalar(Int64(self)) }
    /// Eight bytes; an error when the value does not fit the machine's `Int`.
    package init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        let value = try reader.readScalar(Int64.self)
        guard let exact = Int(exactly: value) else {
            throw SnapshotError(offset: offset, expected: "an Int", found: "\(value)")
        }
        self = exact
    }
}

extension Bool: SnapshotCodable {
    /// One byte, 0 or 1.
    package func encode(to writer: inout SnapshotWriter) { writer.appendScalar(UInt8(self ? 1 : 0)) }
    /// One byte; an error unless it is 0 or 1.
    package init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        switch try reader.readScalar(UInt8.self) {
        case 0: self = false
        case 1: self = true
        case let byte: throw SnapshotError(offset: offset, expected: "a Bool (0 or 1)", found: "\(byte)")
        }
    }
}

extension String: SnapshotCodable {
    /// The UTF-8 length, then the bytes.
    package func encode(to writer: inout SnapshotWriter) {
        var copy = self
        copy.withUTF8 { writer.appendBytes($0) }
    }

    /// The UTF-8 length, then the bytes (invalid UTF-8 is repaired, as `String(decoding:)` does).
    package init(from reader: inout SnapshotReader) throws {
        self = try reader.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    /// The count, then the elements (in one block for `SnapshotScalar`s).
    package func encode(to writer: inout SnapshotWriter) { Element.encodeArray(self, to: &writer) }
    /// The count, then the elements.
    package init(from reader: inout SnapshotReader) throws { self = try Element.decodeArray(from: &reader) }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
    /// A byte (0: nil, 1: a value), then the value.
    package func encode(to writer: inout SnapshotWriter) {
        (self != nil).encode(to: &writer)
        self?.encode(to: &writer)
    }

    /// A byte (0: nil, 1: a value), then the value.
    package init(from reader: inout SnapshotReader) throws {
        self = try Bool(from: &reader) ? try Wrapped(from: &reader) : nil
    }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable, Value: SnapshotCodable {
    /// The count, then each key and value, in the order of the keys' encodings.
    package func encode(to writer: inout SnapshotWriter) {
        writer.appendCount(count)
        for (key, value) in SnapshotWriter.sortedByEncoding(self, key: \.key) {
            key.encode(to: &writer)
            value.encode(to: &writer)
        }
    }

    /// The count, then each key and value; an error when a key comes twice.
    package init(from reader: inout SnapshotReader) throws {
        let count = try reader.readCount(of: Key.self, minimumSize: 1)
        self.init(minimumCapacity: count)
        for _ in 0..<count {
            let offset = reader.offset
            let key = try Key(from: &reader)
            guard updateValue(try Value(from: &reader), forKey: key) == nil else {
                throw SnapshotError(offset: offset, expected: "a key not seen before", found: "a repeated key")
            }
        }
    }
}

extension Set: SnapshotCodable where Element: SnapshotCodable {
    /// The count, then each element, in the order of their encodings.
    package func encode(to writer: inout SnapshotWriter) {
        writer.appendCount(count)
        for element in SnapshotWriter.sortedByEncoding(self, key: { $0 }) { element.encode(to: &writer) }
    }

    /// The count, then each element; an error when an element comes twice.
    package init(from reader: inout SnapshotReader) throws {
        let count = try reader.readCount(of: Element.self, minimumSize: 1)
        self.init(minimumCapacity: count)
        for _ in 0..<count {
            let offset = reader.offset
            guard insert(try Element(from: &reader)).inserted else {
                throw SnapshotError(offset: offset, expected: "an element not seen before", found: "a repeated element")
            }
        }
    }
}

/// A `CaseIterable` enumeration stored as one byte: the index of its case in `allCases`.
package protocol SnapshotEnum: SnapshotCodable, CaseIterable, Equatable {}

extension SnapshotEnum {
    /// The case's index in `allCases`, one byte.
    package func encode(to writer: inout SnapshotWriter) {
        let index = Self.allCases.firstIndex(of: self).map { Self.allCases.distance(from: Self.allCases.startIndex, to: $0) } ?? 0
        writer.appendScalar(UInt8(index))
    }

    /// One byte; an error unless it is the index of a case.
    package init(from reader: inout SnapshotReader) throws {
        let offset = reader.offset
        let index = Int(try reader.readScalar(UInt8.self))
        guard index < Self.allCases.count else {
            throw SnapshotError(offset: offset, expected: "a \(Self.self) (0–\(Self.allCases.count - 1))", found: "\(index)")
        }
        self = Self.allCases[Self.allCases.index(Self.allCases.startIndex, offsetBy: index)]
    }
}

extension Language: SnapshotEnum {}

/// An array of pairs, stored as the array of first elements and the array of second ones
/// (a tuple cannot conform to a protocol; two arrays of scalars copy in bulk).
package struct SnapshotPairs<First: SnapshotCodable, Second: SnapshotCodable>: SnapshotCodable {
    /// The pairs, in order.
    package var pairs: [(First, Second)]

    /// The pairs `pairs`.
    package init(_ pairs: [(First, Second)]) { self.pairs = pairs }

    /// The first elements, then the second ones.
    package func encode(to writer: inout SnapshotWriter) {
        pairs.map(\.0).encode(to: &writer)
        pairs.map(\.1).encode(to: &writer)
    }

    /// The first elements, then the second ones; an error unless there are as many of each.
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        let firsts = try [First](from: &reader)
        let seconds = try [Second](from: &reader)
        try reader.check(
            firsts.count == seconds.count, at: start, expected: "as many second elements as first ones",
            found: "\(firsts.count) and \(seconds.count)")
        pairs = Array(zip(firsts, seconds))
    }
}

/// Lists of `Int32`s with each distinct list stored once: the distinct lists in order of
/// first appearance, then for each list the index of its equal among them. Decoded equal
/// lists share one buffer (copy on write), so that a hundred thousand lists of a few
/// thousand kinds cost a few thousand allocations.
package struct SnapshotSharedLists: SnapshotCodable {
    /// The lists, in order.
    package var lists: [[Int32]]

    /// The lists `lists`.
    package init(_ lists: [[Int32]]) { self.lists = lists }

    /// The distinct lists, then each list's index among them.
    package func encode(to writer: inout SnapshotWriter) {
        let (distinct, indices) = Self.distinct(lists)
        distinct.encode(to: &writer)
        indices.encode(to: &writer)
    }

    /// The distinct lists of `lists` in order of first appearance, and each list's index
    /// among them.
    package static func distinct(_ lists: [[Int32]]) -> (distinct: [[Int32]], indices: [Int32]) {
        var indexOf: [[Int32]: Int32] = [:]
        var distinct: [[Int32]] = []
        let indices = lists.map { list in
            if let known = indexOf[list] { return known }
            indexOf[list] = Int32(distinct.count)
            distinct.append(list)
            return Int32(distinct.count - 1)
        }
        return (distinct, indices)
    }

    /// The distinct lists, then each list's index among them; an error unless every index
    /// names one of them.
    package init(from reader: inout SnapshotReader) throws {
        let start = reader.offset
        let distinct = try [[Int32]](from: &reader)
        let indices = try [Int32](from: &reader)
        var lists: [[Int32]] = []
        lists.reserveCapacity(indices.count)
        for index in indices {
            guard index >= 0 && Int(index) < distinct.count else {
                throw SnapshotError(offset: start, expected: "indices into the \(distinct.count) distinct lists", found: "index \(index)")
            }
            lists.append(distinct[Int(index)])
        }
        self.lists = lists
    }
}
