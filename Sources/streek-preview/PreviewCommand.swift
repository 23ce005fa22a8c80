import ArgumentParser
import Dispatch
import Foundation
import StreekCore
import StreekNotebook
import StreekOptions
import StreekWatch

/// `streek watch`, started by `streek` (which checked the options and replaced itself with this program).
@main
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "streek watch", abstract: WatchOptions.configuration.abstract,
        discussion: WatchOptions.configuration.discussion, version: StreekVersion.current)

    @OptionGroup var watch: WatchOptions
    private var options: RenderOptions { watch.render }

    func run() throws {
        let renderer = NotebookRenderer(projectRoot: options.projectRoot)
        let language = options.messages.general
        let jobs = try options.jobs(renderer: renderer).map {
            PreviewJob(notebook: $0.notebook, baseName: $0.baseName, parameters: $0.parameters,
                       language: options.messages.forNotebook($0.notebook, renderer))
        }
        let session = WatchSession(.init(
            projectRoot: options.projectRoot, outputFolder: watch.noWrite ? nil : options.outputFolder(watch.out),
            version: StreekBuild.identity, jobs: jobs, ports: watch.port.map { [$0] } ?? [WatchOptions.preferredPort, 0],
            log: { say($0) }))
        let stops = StopSignals()
        let finished = DispatchSemaphore(value: 0)
        let failure = Box<(any Error)?>(nil)
        Task {
            do {
                let url = try await session.start()
                say(Message(nl: "Voorbeeld op \(url) (Ctrl-C stopt)", en: "Preview on \(url) (Ctrl-C stops)").text(in: language))
                await stops.wait()
                await session.stop()
                say(Message(nl: "gestopt", en: "stopped").text(in: language))
            } catch {
                failure.value = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.value {
            let address = "127.0.0.1" + (watch.port.map { ":\($0)" } ?? "")
            throw ValidationError(Message(nl: "kan de voorbeeldserver op \(address) niet starten: \(error.text(in: .nl))",
                                          en: "cannot start the preview server on \(address): \(error.text(in: .en))").text(in: language))
        }
    }
}

/// Ctrl-C (SIGINT) and SIGTERM as something to wait for, so that the server closes its connections
/// before the process ends. A second one ends the process at once.
private final class StopSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Void>

    init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        self.stream = stream
        let queue = DispatchQueue(label: "streek.watch.signals")
        var received = 0
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                received += 1
                if received > 1 { exit(130) }
                continuation.yield()
            }
            source.resume()
            return source
        }
    }

    func wait() async {
        var iterator = stream.makeAsyncIterator()
        _ = await iterator.next()
    }
}

private final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// A line on standard output, written at once (the address must reach a script reading a pipe).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
