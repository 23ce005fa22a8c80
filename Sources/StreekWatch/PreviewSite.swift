import Foundation
import StreekNotebook

/// The pages the preview serves, kept in memory: per notebook, the files of its last good render and
/// the problem of its last render if that failed. Requests are answered from here only, never from disk.
actor PreviewSite {
    struct Page: Sendable {
        var files: [String: [UInt8]] = [:]
        var problem: RenderProblem?
        var rendered: Bool { !files.isEmpty }
    }

    /// Pages by output name, in the order the notebooks were given.
    private(set) var names: [String]
    private var pages: [String: Page] = [:]

    init(names: [String]) {
        self.names = names
    }

    func page(_ name: String) -> Page? { pages[name] }

    /// Records a render; true when what the page shows changed.
    func succeeded(_ name: String, files: [OutputFile]) -> Bool {
        let new = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
        let old = pages[name, default: Page()]
        pages[name] = Page(files: new, problem: nil)
        return old.files != new || old.problem != nil
    }

    /// Records a failed render over the last good one; true when what the page shows changed.
    func failed(_ name: String, problem: RenderProblem) -> Bool {
        let old = pages[name, default: Page()]
        pages[name, default: Page()].problem = problem
        return old.problem != problem
    }

    struct Response: Sendable, Equatable {
        var status: Int
        var contentType: String
        var body: [UInt8]
        /// For a redirect.
        var location: String? = nil
    }

    /// The answer to `GET path`: the index, a page with the reload script (and the error, if any), or one
    /// of the other files of a render (`x.md`, figures).
    func response(for path: String) -> Response {
        let path = path.removingPercentEncoding ?? path
        if path == "/" || path.isEmpty {
            if names.count == 1, let only = names.first { return redirect(to: "/\(only).html") }
            return Response(status: 200, contentType: "text/html; charset=utf-8", body: Array(index().utf8))
        }
        let relative = String(path.drop { $0 == "/" })
        for name in names where relative == "\(name).html" {
            let page = pages[name, default: Page()]
            if let html = page.files[relative] {
                let shown = PageDecoration.decorate(String(decoding: html, as: UTF8.self), page: name, problem: page.problem)
                return Response(status: 200, contentType: "text/html; charset=utf-8", body: Array(shown.utf8))
            }
            let problem = page.problem ?? RenderProblem(message: "wordt gerenderd …")
            return Response(status: 200, contentType: "text/html; charset=utf-8",
                            body: Array(PageDecoration.errorPage(page: name, problem: problem).utf8))
        }
        for page in pages.values {
            if let file = page.files[relative] {
                return Response(status: 200, contentType: Self.contentType(of: relative), body: file)
            }
        }
        return Response(status: 404, contentType: "text/plain; charset=utf-8", body: Array("Niet gevonden: \(path)\n".utf8))
    }

    private func redirect(to location: String) -> Response {
        Response(status: 302, contentType: "text/plain; charset=utf-8", body: [], location: location)
    }

    private func index() -> String {
        let items = names.map { name -> String in
            let state = pages[name]?.problem == nil ? "" : " — <strong>renderfout</strong>"
            let escaped = PageDecoration.escape(name)
            return "<li><a href=\"/\(escaped).html\">\(escaped)</a>\(state)</li>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><title>streek watch</title></head>
            <body style="font:1.0625rem/1.55 Georgia,serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
            <h1>Notebooks</h1>
            <ul>
            \(items)
            </ul>
            \(PageDecoration.script(page: ""))</body>
            </html>

            """
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
