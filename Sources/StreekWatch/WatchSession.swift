import Foundation
import StreekCore
import StreekNotebook

/// `streek watch`: renders the notebooks, serves them on 127.0.0.1, polls the files each render read and,
/// when one changes, re-renders the notebooks that read it and tells their open pages to reload.
public actor WatchSession {
    public struct Configuration: Sendable {
        public var projectRoot: URL
        /// Where good renders are written, as by `streek render`; nil keeps them in memory only.
        public var outputFolder: URL?
        /// Part of the render cache key (`RenderCache.version`).
        public var version: String
        public var jobs: [PreviewJob]
        /// Ports to try in turn; 0: any free port.
        public var ports: [UInt16]
        public var pollInterval: Duration
        /// After a change, how long to wait for the writing to finish before rendering.
        public var settleInterval: Duration
        /// How often an idle event stream gets a heartbeat.
        public var heartbeatInterval: Duration
        /// One line per render or failure, for the terminal.
        public var log: @Sendable (String) -> Void

        public init(projectRoot: URL, outputFolder: URL?, version: String, jobs: [PreviewJob], ports: [UInt16] = [0],
                    pollInterval: Duration = .milliseconds(20), settleInterval: Duration = .milliseconds(5),
                    heartbeatInterval: Duration = .seconds(15),
                    log: @escaping @Sendable (String) -> Void = { _ in }) {
            self.projectRoot = projectRoot
            self.outputFolder = outputFolder
            self.version = version
            self.jobs = jobs
            self.ports = ports
            self.pollInterval = pollInterval
            self.settleInterval = settleInterval
            self.heartbeatInterval = heartbeatInterval
            self.log = log
        }
    }

    private let configuration: Configuration
    private let rebuilder: Rebuilder
    private let poller: ChangePoller
    private let site: PreviewSite
    private let channel = ReloadChannel()
    private var server: PreviewServer?
    private var loops: [Task<Void, Never>] = []

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        rebuilder = Rebuilder(projectRoot: configuration.projectRoot, outputFolder: configuration.outputFolder,
                              version: configuration.version, jobs: configuration.jobs)
        poller = ChangePoller(root: configuration.projectRoot)
        site = PreviewSite(names: configuration.jobs.map(\.baseName))
    }

    /// Renders every notebook, starts the server and the polling; returns the address to open.
    public func start() async throws -> URL {
        let session = UUID().uuidString
        var listening: (server: PreviewServer, port: UInt16)?
        var refusal: (any Error)?
        for port in configuration.ports where listening == nil {
            do {
                let server = try PreviewServer(port: port, site: site, channel: channel, session: session)
                listening = (server, try await server.start())
            } catch {
                refusal = error
            }
        }
        guard let (server, port) = listening else { throw refusal ?? WatchError.noPort }
        self.server = server
        await rebuild(configuration.jobs, after: [])
        let interval = configuration.pollInterval, heartbeat = configuration.heartbeatInterval
        loops = [
            Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    await self?.pollOnce()
                }
            },
            Task { [weak self, channel] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: heartbeat)
                    guard self != nil else { return }
                    await channel.send(.heartbeat)
                }
            },
        ]
        return URL(string: "http://127.0.0.1:\(port)/")!
    }

    /// Stops polling, ends the open event streams and closes the server.
    public func stop() async {
        for loop in loops { loop.cancel() }
        loops = []
        await server?.stop()
        server = nil
    }

    /// One look at the watched files; re-renders what they affect. (Called by the polling loop; tests
    /// and benchmarks may call it to avoid waiting for the next tick.)
    public func pollOnce() async {
        var changed = poller.poll()
        guard !changed.isEmpty else { return }
        // A file written in place is briefly empty or half written: wait until a look finds nothing new.
        for _ in 0..<20 {
            try? await Task.sleep(for: configuration.settleInterval)
            let more = poller.poll()
            if more.isEmpty { break }
            changed.formUnion(more)
        }
        await rebuild(rebuilder.jobs(affectedBy: changed), after: changed)
    }

    private func rebuild(_ jobs: [PreviewJob], after changed: Set<String>) async {
        guard !jobs.isEmpty else { return }
        for (job, outcome) in rebuilder.render(jobs, after: changed) {
            let changed: Bool
            switch outcome {
            case .rendered(let files, let duration, let cpu):
                changed = await site.succeeded(job.baseName, files: files)
                if changed {
                    let time = "\(Self.milliseconds(duration)) ms, \(Self.milliseconds(cpu)) ms CPU"
                    configuration.log(Message(nl: "gerenderd: \(job.baseName) (\(time))", en: "rendered \(job.baseName) (\(time))").text(in: job.language))
                }
            case .failed(let problem):
                changed = await site.failed(job.baseName, problem: problem)
                if changed { configuration.log(problem.text) }
            }
            if changed { await channel.send(.reload(job.baseName)) }
        }
        let adopted = poller.watch(files: rebuilder.watchedFiles, trees: rebuilder.watchedTrees)
        let missed = rebuilder.changedSinceRead(adopted)
        if !missed.isEmpty { await rebuild(rebuilder.jobs(affectedBy: missed), after: missed) }
    }

    static func milliseconds(_ duration: Duration) -> String {
        String(Int((Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000).rounded()))
    }
}

public struct WatchError: Error, CustomStringConvertible {
    public var description: String
    static let noPort = WatchError(description: "no port to listen on")
}
