/// The first 16 bytes of a short text as two little-endian words (zero-padded), read with a few
/// overlapping loads instead of a byte loop or a `memcpy` into a word (whose small stores the
/// following load must wait for).
enum BytePacking {
    @inline(__always)
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64) {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return (0, 0) }
        if count >= 8 {
            let low = base.loadUnaligned(as: UInt64.self)
            guard count > 8 else { return (low, 0) }
            let rest = min(count, 16) - 8
            return (low, upTo8(base + 8, rest))
        }
        return (upTo8(base, count), 0)
    }

    /// `count` (1…8) bytes from `base` as one zero-padded word.
    @inline(__always)
    private static func upTo8(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        switch count {
        case 8: return base.loadUnaligned(as: UInt64.self)
        case 4...7:
            // Two overlapping 4-byte loads: the overlap holds the same bytes in both.
            let first = UInt64(base.loadUnaligned(as: UInt32.self))
            let last = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return first | last << (8 * UInt64(count - 4))
        case 2...3:
            let first = UInt64(base.loadUnaligned(as: UInt16.self))
            let last = UInt64(base.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self))
            return first | last << (8 * UInt64(count - 2))
        default:
            return UInt64(base.load(as: UInt8.self))
        }
    }
}
