import StreekGraphics

/// What the preview adds to a rendered page: a script that reloads it when its render changes (keeping
/// the scroll position), and, after a failed render, the error over the last good render.
enum PageDecoration {
    static let eventsPath = "/_streek/events"

    static func decorate(_ html: String, page: String, problem: RenderProblem?) -> String {
        var html = html
        let script = script(page: page)
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: script, at: end.lowerBound)
        } else {
            html += script
        }
        // The error goes first in the body, so that it pushes the page down instead of covering its top.
        if let problem {
            if let body = html.range(of: "<body"), let close = html[body.upperBound...].firstIndex(of: ">") {
                html.insert(contentsOf: "\n" + overlay(problem), at: html.index(after: close))
            } else {
                html = overlay(problem) + html
            }
        }
        return html
    }

    /// A page for a notebook that has never rendered successfully in this session.
    static func errorPage(page: String, problem: RenderProblem) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8"><title>\(escape(page)) — renderfout</title></head>
        <body style="margin:0;font:1rem/1.5 system-ui,sans-serif">
        <p style="margin:8rem 2rem 0">Nog geen geslaagde render van <code>\(escape(page))</code>.</p>
        \(overlay(problem))\(script(page: page))</body>
        </html>

        """
    }

    static func overlay(_ problem: RenderProblem) -> String {
        """
        <aside id="streek-renderfout" role="alert" style="position:sticky;top:0;z-index:2147483647;\
        max-height:60vh;overflow:auto;margin:0;padding:0.75rem 1rem;background:#fff4f2;color:#5c0f06;\
        border-bottom:3px solid #b42318;box-shadow:0 2px 8px rgba(0,0,0,.25);font:0.95rem/1.4 system-ui,sans-serif">
        <strong>Renderfout</strong> — hieronder staat de laatste geslaagde render; \
        na het herstellen laadt de pagina vanzelf opnieuw.
        <pre style="margin:0.5rem 0 0;white-space:pre-wrap;font:0.9rem/1.4 ui-monospace,Menlo,Consolas,monospace">\
        \(escape(problem.text))</pre>
        </aside>

        """
    }

    /// Reloads the page when the server announces a new render of it (the index, `page` "", on any); reloads after the server was
    /// restarted (a new session greets with a new id); keeps the scroll position across reloads.
    static func script(page: String) -> String {
        let name = "\"" + page.unicodeScalars.map { scalar -> String in
            scalar.isASCII && scalar != "\"" && scalar != "\\" && scalar != "<" && scalar.value >= 0x20
                ? String(scalar) : "\\u{" + String(scalar.value, radix: 16) + "}"
        }.joined() + "\""
        return """
            <script>
            (function () {
              var page = \(name), key = "streek-scroll:" + page, session = null;
              var y = sessionStorage.getItem(key);
              if (y !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(y)); }
              function reload() { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); }
              var events = new EventSource("\(eventsPath)");
              events.addEventListener("hello", function (e) {
                if (session !== null && session !== e.data) { reload(); }
                session = e.data;
              });
              events.addEventListener("reload", function (e) { if (page === "" || e.data === page) { reload(); } });
            })();
            </script>

            """
    }

    static func escape(_ text: String) -> String { SVGWriter.escape(text) }
}
