import ArgumentParser
import Foundation
import StreekCore
import StreekNotebook
import StreekOptions

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render notebooks to Markdown and HTML (and PDF with --pdf).",
        discussion: """
            Each notebook is parsed, its directives run and its live figures filled in; the result is \
            written to <out>/<name>.md and <out>/<name>.html. A notebook with an error is reported as \
            file:line:col and leaves no output behind; the other notebooks still render.

            With --pdf the HTML page is also printed to <out>/<name>.pdf (A4, numbered pages) by headless \
            Chromium, which must be installed (Debian/Ubuntu: apt-get install chromium; or point \
            STREEK_CHROMIUM at a Chromium or Chrome). With SOURCE_DATE_EPOCH set, the PDF carries that date; \
            otherwise it carries none, so printing twice gives the same file.

            A notebook is skipped when nothing it depends on changed since its last render into the same \
            folder: its bytes, every data file it read, the parameters and the streek version (keys in \
            <out>/.streek-cache/, ignored by git). --force (and --pdf) render anyway.

            Examples:
              streek render
              streek render Notebooks/handleiding.md
              streek render Notebooks/verzorgingsgebieden.md --param jaar=2011 --out /tmp/2011
              streek render --all-years
              streek render Notebooks/profiel.md --all
              streek render --force
              streek render Notebooks/verzorgingsgebieden.md --pdf
            """
    )

    @OptionGroup var options: RenderOptions

    @Option(help: "Folder for the rendered files (default: Rendered/ in the project).")
    var out: String?

    @Flag(help: "Render even when the notebook, the data it read, the parameters and streek are unchanged.")
    var force = false

    @Flag(help: "Also print each rendered page to <out>/<name>.pdf with headless Chromium.")
    var pdf = false

    func run() throws {
        var printer: PDFPrinter?
        if pdf {
            do {
                printer = try PDFPrinter.locate()
            } catch {
                printError(error, in: options.messages.general)
                throw ExitCode.failure
            }
        }
        let renderer = NotebookRenderer(projectRoot: options.projectRoot)
        let folder = options.outputFolder(out)
        let protected = try options.protectedSources()
        let cache = RenderCache(outputFolder: folder, projectRoot: options.projectRoot, version: StreekBuild.identity)
        var failures = 0
        for job in try options.jobs(renderer: renderer) {
            let source = renderer.displayPath(of: job.notebook)
            let target = renderer.displayPath(of: folder.appendingPathComponent(job.baseName))
            // With --pdf every page is printed, so every notebook is rendered.
            if !force, !pdf, let current = cache.currentRender(job.cacheJob(renderer)) {
                // The language the key file recorded: parsing every skipped notebook again for it would
                // cost more than the whole check.
                let language = options.messages.flag ?? current.language ?? options.messages.forNotebook(job.notebook, renderer)
                print(Message(nl: "ongewijzigd: \(source) → \(target).{md,html,json}",
                              en: "unchanged \(source) → \(target).{md,html,json}").text(in: language))
                continue
            }
            do {
                let rendered = try renderer.render(job.notebook, parameters: job.parameters, baseName: job.baseName)
                let language = options.messages.flag ?? rendered.evaluated.numberFormat.language
                // The render's key goes in the same set as its files (one lock, one pass). A key that cannot
                // be written costs a render next time, nothing more: then the files are written without it.
                let keys = cache.keyFiles(for: rendered, job: job.cacheJob(renderer))
                do {
                    try OutputWriter.write(rendered.files + keys, into: folder, protecting: protected)
                } catch {
                    try OutputWriter.write(rendered.files, into: folder, protecting: protected)
                }
                rendered.evaluated.warnings.forEach { printError($0, in: language) }
                for leftover in OutputWriter.leftoverFigures(in: folder, baseName: job.baseName, keeping: rendered.files) {
                    try FileManager.default.removeItem(at: leftover)
                }
                let figures = rendered.files.filter { $0.path.hasSuffix(".svg") }.count
                let figureFiles = figures == 0 ? Message(verbatim: "")
                    : Message(nl: " en \(figures) \(figures == 1 ? "figuurbestand" : "figuurbestanden") in \(job.baseName)/",
                              en: " and \(figures) figure file\(figures == 1 ? "" : "s") in \(job.baseName)/")
                print((Message(nl: "gerenderd: \(source) → \(target).{md,html,json}", en: "rendered \(source) → \(target).{md,html,json}")
                       + figureFiles).text(in: language))
                if let printer {
                    try printer.print(html: folder.appendingPathComponent(job.baseName + ".html"),
                                      to: folder.appendingPathComponent(job.baseName + ".pdf"))
                    print(Message(nl: "afgedrukt: \(target).html → \(target).pdf",
                                  en: "printed \(target).html → \(target).pdf").text(in: language))
                }
            } catch {
                failures += 1
                printError(error, in: options.messages.forNotebook(job.notebook, renderer))
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
