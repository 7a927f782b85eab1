#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a snapshot, which `SnapshotReader`s (one per thread) share: a copy of an
/// array, or memory filled by the caller, such as the embedded snapshot decoded from its
/// base64.
///
/// Fresh memory costs a page fault per 4 KiB page the first time it is written, which on a
/// virtual machine made touching the 7 MB snapshot cost as much as decoding it; large
/// buffers are therefore mapped asking the kernel for transparent huge pages (2 MiB) where
/// it offers them, a third of the cost.
package final class SnapshotBuffer: @unchecked Sendable {
    /// The bytes (immutable once the buffer is made), valid while the buffer lives.
    package let bytes: UnsafeRawBufferPointer
    private let memory: UnsafeMutableRawPointer
    private let allocated: Int
    private let mapped: Bool

    /// A buffer of at most `capacity` bytes that `fill` writes; `fill` returns how many it
    /// wrote (at most `capacity`).
    package init(capacity: Int, fill: (UnsafeMutableRawBufferPointer) throws -> Int) rethrows {
        let size = max(capacity, 1)
        var memory: UnsafeMutableRawPointer?
        #if os(Linux)
        // Below a huge page the kernel would not use one anyway.
        if size >= 2 << 20, let mapping = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           mapping != MAP_FAILED {
            _ = madvise(mapping, size, MADV_HUGEPAGE)
            memory = mapping
        }
        #endif
        self.mapped = memory != nil
        self.memory = memory ?? UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        self.allocated = size
        let count: Int
        do { count = try fill(UnsafeMutableRawBufferPointer(start: self.memory, count: capacity)) } catch {
            Self.release(self.memory, size, mapped: mapped)
            throw error
        }
        bytes = UnsafeRawBufferPointer(start: self.memory, count: min(max(count, 0), capacity))
    }

    /// A buffer holding a copy of `array`.
    package convenience init(copying array: [UInt8]) {
        self.init(capacity: array.count) { buffer in
            array.withUnsafeBytes { buffer.copyMemory(from: $0) }
            return array.count
        }
    }

    /// A copy of the bytes, as an array.
    package var array: [UInt8] { Array(bytes) }

    deinit { Self.release(memory, allocated, mapped: mapped) }

    private static func release(_ memory: UnsafeMutableRawPointer, _ size: Int, mapped: Bool) {
        #if os(Linux)
        if mapped {
            munmap(memory, size)
            return
        }
        #endif
        memory.deallocate()
    }
}
