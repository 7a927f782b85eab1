import DecorumText
import Dispatch

/// The snapshot of the built-in data that the build embedded (`EmbeddedData.snapshot`,
/// written by `decorum-embed`): base64 in string literals, decoded here without Foundation.
enum EmbeddedSnapshot {
    /// The snapshot's bytes.
    /// - Throws: `SnapshotError` if a chunk is not base64 (a broken build).
    static func bytes() throws -> SnapshotBuffer {
        try decode(EmbeddedData.snapshot)
    }

    /// The bytes that `chunks` (each base64, only the last one padded) stand for.
    /// - Throws: `SnapshotError` naming the chunk and characters that are not base64.
    static func decode(_ chunks: [StaticString]) throws -> SnapshotBuffer {
        try decode(chunks.map { UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount) })
    }

    /// The bytes that `chunks` (each base64 text, only the last one padded) stand for,
    /// decoded in two halves at once when there are two cores.
    /// - Throws: `SnapshotError` naming the chunk and characters that are not base64.
    static func decode(_ chunks: [UnsafeBufferPointer<UInt8>]) throws -> SnapshotBuffer {
        // Where each chunk's bytes go: a group of four characters is three bytes, but for
        // the padded last group of the last chunk.
        let starts = chunks.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count / 4 * 3) }
        let capacity = starts[chunks.count]
        let halves = [0..<(chunks.count / 2), (chunks.count / 2)..<chunks.count]
        let outcome = Outcome()
        let buffer = tables.withUnsafeBufferPointer { tables in
            SnapshotBuffer(capacity: capacity) { raw in
                let output = raw.bindMemory(to: UInt8.self)
                let target = Target(chunks: chunks, output: output, tables: tables)
                DispatchQueue.concurrentPerform(iterations: halves.count) { half in
                    for index in halves[half] {
                        var end = starts[index]
                        let isLast = index == target.chunks.count - 1
                        if let error = decode(target.chunks[index], isLast: isLast, target.tables, into: target.output, at: &end) {
                            let failure = SnapshotError(
                                offset: end, expected: "base64", found: error, path: ["EmbeddedData.snapshot", "[\(index)]"])
                            if half == 0 { outcome.firstHalf = failure } else { outcome.secondHalf = failure }
                            return
                        }
                        if isLast { outcome.end = end }
                    }
                }
                return outcome.end
            }
        }
        if let failure = outcome.firstHalf ?? outcome.secondHalf { throw failure }
        return buffer
    }

    /// What the halves read (the chunks, the tables) and where they write: disjoint ranges
    /// of one buffer.
    private struct Target: @unchecked Sendable {
        var chunks: [UnsafeBufferPointer<UInt8>]
        var output: UnsafeMutableBufferPointer<UInt8>
        var tables: UnsafeBufferPointer<UInt32>
    }

    /// What the halves found, each property written by one half only and read once both
    /// are done: the first chunk of each half that is not base64, and where the bytes end
    /// (the half with the last chunk knows).
    private final class Outcome: @unchecked Sendable {
        var firstHalf: SnapshotError?
        var secondHalf: SnapshotError?
        var end = 0
    }

    /// Decodes one chunk into `output` from `count` on; what is wrong with it, or nil.
    ///
    /// Each group but the chunk's last is stored as a 4-byte word whose fourth byte the next
    /// group overwrites; the last group is stored byte by byte, so that nothing is written
    /// past the chunk's bytes (the next chunk may be decoded at the same time).
    private static func decode(
        _ text: UnsafeBufferPointer<UInt8>, isLast: Bool, _ tables: UnsafeBufferPointer<UInt32>,
        into output: UnsafeMutableBufferPointer<UInt8>, at count: inout Int
    ) -> String? {
        guard text.count % 4 == 0 else { return "\(text.count) characters, not groups of four" }
        guard !text.isEmpty else { return nil }
        func group(_ k: Int) -> String { "'\(String(decoding: text[k..<(k + 4)], as: UTF8.self))' at character \(k)" }
        let out = UnsafeMutableRawPointer(output.baseAddress!)
        let last = text.count - 4
        var k = 0
        while k < last {
            let word = tables[Int(text[k])] | tables[256 + Int(text[k + 1])] | tables[512 + Int(text[k + 2])]
                | tables[768 + Int(text[k + 3])]
            guard word < invalid else { return group(k) }
            out.storeBytes(of: word.littleEndian, toByteOffset: count, as: UInt32.self)
            count += 3
            k += 4
        }
        // The last group; `=` pads the last group of the last chunk: one or two bytes.
        let (c, d) = (text[last + 2], text[last + 3])
        let padding = isLast && d == 0x3D ? (c == 0x3D ? 2 : 1) : 0
        let word = tables[Int(text[last])] | tables[256 + Int(text[last + 1])]
            | (padding == 2 ? 0 : tables[512 + Int(c)]) | (padding >= 1 ? 0 : tables[768 + Int(d)])
        guard word < invalid else { return group(last) }
        for byte in 0..<(3 - padding) { output[count + byte] = UInt8(truncatingIfNeeded: word >> (8 * UInt32(byte))) }
        count += 3 - padding
        return nil
    }

    /// Set in a table entry for a byte that is not a base64 digit.
    private static let invalid: UInt32 = 1 << 24

    /// For each of the four places in a group, each byte's base64 value already shifted to
    /// where its bits land in the group's three bytes (little-endian), or `invalid`.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: invalid, count: 1024)
        for (value, digit) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            let v = UInt32(value), d = Int(digit)
            tables[d] = v << 2
            tables[256 + d] = v >> 4 | (v & 0x0F) << 12
            tables[512 + d] = (v >> 2) << 8 | (v & 0x03) << 22
            tables[768 + d] = v << 16
        }
        return tables
    }()
}
