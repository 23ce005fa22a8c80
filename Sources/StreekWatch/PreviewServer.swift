import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of the preview (FlyingFox), on 127.0.0.1 only: pages from `PreviewSite`, reload events
/// from `ReloadChannel`. Requests naming another host are refused, so a web page elsewhere cannot read
/// the preview through DNS rebinding.
final class PreviewServer: Sendable {
    private let server: HTTPServer
    private let site: PreviewSite
    private let channel: ReloadChannel
    private let session: String

    /// `port` 0: any free port.
    init(port: UInt16, site: PreviewSite, channel: ReloadChannel, session: String) throws {
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 15, logger: .disabled)
        self.site = site
        self.channel = channel
        self.session = session
    }

    /// Starts listening; returns the port it listens on.
    func start() async throws -> UInt16 {
        await server.appendRoute(HTTPRoute(methods: [.GET], path: PageDecoration.eventsPath)) { [self] request in
            guard Self.isLocal(request) else { return Self.forbidden }
            return await self.events()
        }
        await server.appendRoute("GET *") { [self] request in
            guard Self.isLocal(request) else { return Self.forbidden }
            return await self.page(request.path)
        }
        let server = self.server
        // Listening, or the reason it cannot (a port in use): whichever comes first.
        let (outcomes, report) = AsyncStream<Result<Void, any Error>>.makeStream()
        Task {
            do { try await server.run() } catch { report.yield(.failure(error)) }
            report.finish()
        }
        let waiting = Task {
            do {
                try await server.waitUntilListening(timeout: 10)
                report.yield(.success(()))
            } catch {
                report.yield(.failure(error))
            }
        }
        var first = outcomes.makeAsyncIterator()
        let outcome = await first.next()
        waiting.cancel()
        try outcome?.get()
        guard case .ip4(_, let port) = await server.listeningAddress else {
            throw SocketError.unsupportedAddress
        }
        return port
    }

    /// Ends the event streams (their responses finish), then closes the server.
    func stop() async {
        await channel.close()
        await server.stop(timeout: 0.25)
    }

    private func events() async -> HTTPResponse {
        let stream = await channel.subscribe()
        let greeting = ServerSentEvent(name: "hello", data: session, retry: 500)
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: .ok, headers: headers,
                            body: HTTPBodySequence(from: EventStreamBody(first: [greeting], events: stream), suggestedBufferSize: 4096))
    }

    private func page(_ path: String) async -> HTTPResponse {
        let response = await site.response(for: path)
        var headers = HTTPHeaders()
        headers[.contentType] = response.contentType
        headers[.cacheControl] = "no-store"
        if let location = response.location { headers[.location] = location }
        return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)),
                            headers: headers, body: Data(response.body))
    }

    /// True unless the request names a host other than this machine's loopback.
    static func isLocal(_ request: HTTPRequest) -> Bool {
        guard let host = request.headers[.host] else { return true }
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.prefix { $0 != ":" })
        return ["127.0.0.1", "localhost", "[::1]"].contains(name.lowercased())
    }

    private static var forbidden: HTTPResponse {
        HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                     body: Data("Alleen voor 127.0.0.1.\n".utf8))
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 404: "Not Found"
        default: "Status"
        }
    }
}
