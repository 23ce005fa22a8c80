import Foundation

/// Temporary files of renders in progress, removed if the process is stopped with SIGINT, SIGTERM or
/// SIGHUP before they are renamed into place. The signal handler may only use async-signal-safe calls,
/// so the paths live in a fixed table of C strings that the handler walks with unlink(2).
enum TemporaryFiles {
    private static let capacity = 256
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Records `path` for removal on a signal; returns its slot (nil when the table is full, which only
    /// costs the clean-up on a signal, never correctness).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
        slots[slot] = strdup(path)
        return slot
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = slots[slot]
        slots[slot] = nil
        free(path)
    }

    private static func hasDefaultAction(_ signalNumber: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signalNumber, nil, &current) == 0 else { return false }
        #if os(Linux)
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 0
        #else
        return unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) == 0
        #endif
    }

    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        // A parent may have started us with these signals blocked (threads of a dispatch pool block
        // them, and spawned children inherit the mask); a render must still stop, and clean up, on them.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        // A program that handles or ignores a signal itself (`streek watch` stops cleanly on Ctrl-C) keeps it.
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] where hasDefaultAction(signalNumber) {
            signal(signalNumber) { received in
                for slot in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[slot] { unlink(path) }
                }
                // Die of the same signal, so the caller sees the usual exit status.
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
