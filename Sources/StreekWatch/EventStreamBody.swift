import FlyingFox
import FlyingSocks

/// The body of a `text/event-stream` response: `first`, then each event of the stream as one chunk as
/// soon as it is yielded. The response ends when the stream does.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let first: [ServerSentEvent]
    let events: AsyncStream<ServerSentEvent>

    func makeAsyncIterator() -> Iterator {
        Iterator(pending: first, events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var pending: [ServerSentEvent]
        var events: AsyncStream<ServerSentEvent>.AsyncIterator
        private var buffer: [UInt8] = []

        init(pending: [ServerSentEvent], events: AsyncStream<ServerSentEvent>.AsyncIterator) {
            self.pending = pending
            self.events = events
        }

        mutating func next() async throws -> UInt8? {
            if buffer.isEmpty { buffer = try await nextBuffer(suggested: 4096) ?? [] }
            return buffer.isEmpty ? nil : buffer.removeFirst()
        }

        /// One whole event per call, so that the chunked encoder sends it at once.
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !buffer.isEmpty {
                defer { buffer = [] }
                return buffer
            }
            if !pending.isEmpty { return pending.removeFirst().bytes }
            return await events.next()?.bytes
        }
    }
}
