import Dispatch

/// The SHA-256 of a data file computed on another core while this one parses the same bytes: a large
/// file (the national flow table) would otherwise pay for the digest on top of the parse. A small file
/// is hashed at once: that takes microseconds, while starting the worker threads costs a short render
/// more than its whole digest.
final class ConcurrentDigest: @unchecked Sendable {
    /// Files below this size (1 MiB, about a millisecond of hashing) are hashed on the calling thread.
    static let concurrentFrom = 1 << 20

    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals; read only after `wait()` has seen the signal.
    private var digest: ContentDigest?

    init(of bytes: [UInt8]) {
        if bytes.count < Self.concurrentFrom {
            digest = ContentDigest(of: bytes)
            done.signal()
            return
        }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            digest = ContentDigest(of: bytes)
            done.signal()
        }
    }

    /// Waits for the digest (when parsing failed nobody asks; the worker then just finishes on its own).
    func wait() -> ContentDigest {
        done.wait()
        return digest!
    }
}
