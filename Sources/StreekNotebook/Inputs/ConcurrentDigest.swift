import Dispatch

/// The SHA-256 of a data file computed on another core while this one parses the same bytes: a large
/// file (the national flow table) would otherwise pay for the digest on top of the parse.
final class ConcurrentDigest: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals; read only after `wait()` has seen the signal.
    private var digest: ContentDigest?

    init(of bytes: [UInt8]) {
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
