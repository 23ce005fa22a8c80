#if canImport(Glibc)
import Glibc
#endif

/// Buffers of many megabytes (a national table's bytes, its columns, the flow grid) backed by 2 MB
/// pages where the kernel offers them on request (Linux transparent huge pages in `madvise` mode):
/// one page fault per 2 MB instead of one per 4 KB, which is a good part of the time such a buffer
/// costs to fill. Elsewhere, and for small buffers, these are plain arrays.
public enum LargeBuffer {
    /// Below this a buffer gains nothing (the pages must cover at least one aligned 2 MB stretch).
    static let threshold = 4 << 20

    /// An empty array with room for `capacity` elements, its memory advised before it is touched.
    public static func array<Element>(capacity: Int, of _: Element.Type = Element.self) -> [Element] {
        [Element](unsafeUninitializedCapacity: capacity) { buffer, count in
            advise(UnsafeMutableRawBufferPointer(buffer))
            count = 0
        }
    }

    /// `count` copies of `value` (zeros, mostly), the memory advised before it is written.
    public static func array<Element>(repeating value: Element, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: value)
            initialized = count
        }
    }

    /// Asks for 2 MB pages for the aligned interior of fresh, untouched memory.
    public static func advise(_ memory: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard memory.count >= threshold, let base = memory.baseAddress else { return }
        let huge = 2 << 20
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + memory.count) & ~(huge - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
