import ArgumentParser
import Foundation
import StreekNotebook

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render notebooks to Markdown and HTML.",
        discussion: """
            Each notebook is parsed, its directives run and its live figures filled in; the result is \
            written to <out>/<name>.md and <out>/<name>.html. A notebook with an error is reported as \
            file:line:col and leaves no output behind; the other notebooks still render.

            Examples:
              streek render
              streek render Notebooks/handleiding.md
              streek render Notebooks/verzorgingsgebieden.md --param jaar=2011 --out /tmp/2011
              streek render --all-years
            """
    )

    @OptionGroup var options: RenderOptions

    @Option(help: "Folder for the rendered files (default: Rendered/ in the project).")
    var out: String?

    func run() throws {
        let renderer = NotebookRenderer(projectRoot: options.projectRoot)
        let folder = options.outputFolder(out)
        let protected = try options.protectedSources()
        var failures = 0
        for job in try options.jobs(renderer: renderer) {
            do {
                let rendered = try renderer.render(job.notebook, parameters: job.parameters, baseName: job.baseName)
                try OutputWriter.write(rendered.files, into: folder, protecting: protected)
                let figures = rendered.files.count - 2
                print("rendered \(renderer.displayPath(of: job.notebook)) → \(renderer.displayPath(of: folder.appendingPathComponent(job.baseName))).{md,html}"
                      + (figures > 0 ? " and \(figures) figure file\(figures == 1 ? "" : "s") in \(job.baseName)/" : ""))
            } catch {
                failures += 1
                printError(String(describing: error))
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
