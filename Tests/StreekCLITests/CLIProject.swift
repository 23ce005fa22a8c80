import Foundation
import StreekTestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `streek` executable run in a scratch project, as an author or CI runs it.
typealias CLIProject = ScratchProject

extension ScratchProject {
    init() throws {
        try self.init(prefix: "streek-cli")
    }

    /// Runs streek in the project folder to the end; returns exit status, standard output and standard error.
    func streek(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try streek(arguments)
    }

    func streek(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let run = try ProgramRun.run(ProgramRun.streek, arguments, in: root)
        return (run.status, run.out, run.err)
    }

    /// Starts streek and returns while it runs (for `streek watch`).
    func start(_ arguments: String...) throws -> RunningStreek {
        try RunningStreek(makeProcess(arguments))
    }

    private func makeProcess(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = ProgramRun.streek
        process.arguments = arguments
        process.currentDirectoryURL = root
        return process
    }
}

/// A streek process that keeps running; its output is collected as it comes.
final class RunningStreek: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var collected = Data()

    init(_ process: Process) throws {
        self.process = process
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            lock.lock()
            collected.append(data)
            lock.unlock()
        }
        try process.run()
    }

    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: collected, as: UTF8.self)
    }

    /// The first output line containing `text`, waiting at most `limit`; nil if none came.
    func line(containing text: String, within limit: Duration) async throws -> String? {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let line = output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        return output.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    /// Ctrl-C.
    func interrupt() { process.interrupt() }

    /// The exit status, waiting at most `limit`; nil if it still runs.
    func exitStatus(within limit: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + limit
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Ends this process (and only this one) if a test left it running.
    func terminateIfRunning() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// GET on this machine's loopback, through URLSession.
enum LoopbackGet {
    static func fetch(_ address: String) async throws -> String {
        guard let url = URL(string: address), url.host == "127.0.0.1" else { throw URLError(.badURL) }
        let (data, _) = try await URLSession.shared.data(from: url)
        return String(decoding: data, as: UTF8.self)
    }
}
