import ArgumentParser
import Dispatch
import Foundation
import StreekCore
import StreekNotebook
import StreekWatch

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Preview notebooks in the browser; re-render and reload on every change.",
        discussion: """
            Renders the notebooks, serves them on http://127.0.0.1 (this machine only) and prints the \
            address. When a notebook or a data file it read changes, exactly the notebooks that read it \
            are rendered again and their open pages reload themselves. A render error appears at the top \
            of the page, with file:line:col and the line itself, over the last good render. Good renders \
            are written to Rendered/ as by `streek render`. Ctrl-C stops.

            Examples:
              streek watch
              streek watch Notebooks/verzorgingsgebieden.md --param jaar=2011 --port 8000
            """
    )

    static let preferredPort: UInt16 = 4848

    @OptionGroup var options: RenderOptions

    @Option(help: "Folder for the rendered files (default: Rendered/ in the project).")
    var out: String?

    @Option(help: "Port on 127.0.0.1 (default: \(preferredPort), or any free port when that one is taken).")
    var port: UInt16?

    @Flag(help: "Keep the renders in memory; write nothing.")
    var noWrite = false

    func run() throws {
        let renderer = NotebookRenderer(projectRoot: options.projectRoot)
        let language = options.messages.general
        let jobs = try options.jobs(renderer: renderer).map {
            PreviewJob(notebook: $0.notebook, baseName: $0.baseName, parameters: $0.parameters,
                       language: options.messages.forNotebook($0.notebook, renderer))
        }
        let session = WatchSession(.init(
            projectRoot: options.projectRoot, outputFolder: noWrite ? nil : options.outputFolder(out),
            version: StreekBuild.identity, jobs: jobs, ports: port.map { [$0] } ?? [Self.preferredPort, 0],
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
            let address = "127.0.0.1" + (port.map { ":\($0)" } ?? "")
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
