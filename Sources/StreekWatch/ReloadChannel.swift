import Foundation

/// Tells every open preview page what changed, as server-sent events: `reload` with the name of the
/// page whose render changed. Each page's script reloads itself when the name is its own.
actor ReloadChannel {
    private var listeners: [UUID: AsyncStream<ServerSentEvent>.Continuation] = [:]
    private var closed = false

    /// A stream of events for one connection; it ends when the channel closes or the client goes away.
    func subscribe() -> AsyncStream<ServerSentEvent> {
        let (stream, continuation) = AsyncStream<ServerSentEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    var listenerCount: Int { listeners.count }

    func send(_ event: ServerSentEvent) {
        for listener in listeners.values { listener.yield(event) }
    }

    /// Ends every stream, so that open connections finish their responses and the server can stop.
    func close() {
        closed = true
        for listener in listeners.values { listener.finish() }
        listeners.removeAll()
    }

    private func remove(_ id: UUID) {
        listeners[id] = nil
    }
}

/// One message of an event stream (text/event-stream).
struct ServerSentEvent: Sendable, Equatable {
    var name: String?
    var data: String?
    /// Milliseconds a disconnected browser waits before it reconnects.
    var retry: Int?

    static func reload(_ page: String) -> ServerSentEvent { ServerSentEvent(name: "reload", data: page) }

    /// A comment line: keeps proxies and idle timers from closing the connection and reveals a client
    /// that went away (the write fails).
    static let heartbeat = ServerSentEvent()

    var bytes: [UInt8] {
        var text = ""
        if let retry { text += "retry: \(retry)\n" }
        if let name { text += "event: \(name)\n" }
        if let data {
            for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        }
        if text.isEmpty { text = ":\n" }
        return Array((text + "\n").utf8)
    }
}
