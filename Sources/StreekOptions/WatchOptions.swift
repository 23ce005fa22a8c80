import ArgumentParser
import Foundation

/// The options of `streek watch`. `streek` parses them (so that a mistake is reported at once and
/// `streek watch --help` works without the preview program), then hands the same arguments to
/// `streek-preview`, which parses them again with this same type.
public struct WatchOptions: ParsableArguments {
    public init() {}

    /// `streek watch` as both programs describe it.
    public static let configuration = CommandConfiguration(
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

    public static let preferredPort: UInt16 = 4848

    @OptionGroup public var render: RenderOptions

    @Option(help: "Folder for the rendered files (default: Rendered/ in the project).")
    public var out: String?

    @Option(help: "Port on 127.0.0.1 (default: \(preferredPort), or any free port when that one is taken).")
    public var port: UInt16?

    @Flag(help: "Keep the renders in memory; write nothing.")
    public var noWrite = false
}
