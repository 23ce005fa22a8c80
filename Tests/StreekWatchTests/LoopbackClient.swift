import FlyingFox
import FlyingSocks
import Foundation

/// HTTP on 127.0.0.1 only, through FlyingFox's client: whole pages, and event streams read as they come.
enum LoopbackClient {
    static func get(_ path: String, port: UInt16, host: String? = nil) async throws -> (status: Int, body: String) {
        var client = HTTPClient()
        let response = try await client.sendHTTPRequest(request(path, port: port, host: host), to: try .inet(ip4: "127.0.0.1", port: port))
        return (response.statusCode.code, String(decoding: try await response.bodyData, as: UTF8.self))
    }

    static func request(_ path: String, port: UInt16, host: String? = nil) -> HTTPRequest {
        HTTPRequest(method: .GET, version: .http11, path: path, query: [],
                    headers: [.host: host ?? "127.0.0.1:\(port)"], body: Data())
    }
}

/// The events of one `/_streek/events` connection, collected in the background.
final class EventLog: @unchecked Sendable {
    struct Event: Equatable {
        var name: String
        var data: String
    }

    private let lock = NSLock()
    private var received: [Event] = []
    private var finished = false

    /// Connects and starts collecting; returns once the server's greeting arrived.
    static func open(port: UInt16, path: String = "/_streek/events") async throws -> EventLog {
        let log = EventLog()
        // FlyingFox's client reads a whole body before it answers, so the stream is read off the socket:
        // the response head, then chunks (`size CRLF data CRLF`), each holding whole events.
        let socket = try await AsyncSocket.connected(to: try .inet(ip4: "127.0.0.1", port: port))
        try await socket.write(Data("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8))
        Task {
            var received: [UInt8] = [], body: [UInt8] = [], inBody = false
            while let bytes = try? await socket.read(atMost: 4096), !bytes.isEmpty {
                received += bytes
                if !inBody, let end = received.firstRange(of: Array("\r\n\r\n".utf8)) {
                    received.removeSubrange(..<end.upperBound)
                    inBody = true
                }
                while inBody, let line = received.firstRange(of: Array("\r\n".utf8)),
                      let size = Int(String(decoding: received[..<line.lowerBound], as: UTF8.self), radix: 16),
                      received.count >= line.upperBound + size + 2 {
                    body += received[line.upperBound..<(line.upperBound + size)]
                    received.removeSubrange(..<(line.upperBound + size + 2))
                }
                while let end = body.firstRange(of: Array("\n\n".utf8)) {
                    log.append(Self.parse(String(decoding: body[..<end.lowerBound], as: UTF8.self)))
                    body.removeSubrange(..<end.upperBound)
                }
            }
            try? socket.close()
            log.finish()
        }
        guard try await log.wait(within: .seconds(10), until: { $0.contains { $0.name == "hello" } }) else {
            throw CocoaError(.fileReadNoPermission)
        }
        return log
    }

    var events: [Event] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    var hasEnded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    /// Waits until `condition` holds for the events so far, at most `limit`; tells whether it did.
    func wait(within limit: Duration, until condition: ([Event]) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if condition(events) { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return condition(events)
    }

    /// Waits for the next `reload` after the ones seen so far.
    func nextReload(after count: Int, within limit: Duration) async throws -> String? {
        let reloads = { (events: [Event]) in events.filter { $0.name == "reload" } }
        guard try await wait(within: limit, until: { reloads($0).count > count }) else { return nil }
        return reloads(events)[count].data
    }

    var reloadCount: Int { events.filter { $0.name == "reload" }.count }

    private func append(_ event: Event?) {
        guard let event else { return }
        lock.lock()
        received.append(event)
        lock.unlock()
    }

    private func finish() {
        lock.lock()
        finished = true
        lock.unlock()
    }

    /// `event: reload\ndata: x` → (reload, x); a comment (heartbeat) → nil.
    static func parse(_ block: String) -> Event? {
        var name = "message", data: [String] = []
        for line in block.split(separator: "\n") {
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        return data.isEmpty && name == "message" ? nil : Event(name: name, data: data.joined(separator: "\n"))
    }
}
