/// The frame around a rendered notebook: a self-contained page (inline CSS, no scripts, no web fonts, no
/// network) that reads well on screen and prints cleanly.
enum HTMLPage {
    static func wrap(body: String, title: String, language: String, generator: String) -> String {
        """
        <!DOCTYPE html>
        \(generator)
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="streek">
        <title>\(HTMLRenderer.escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static let css = """
    :root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #c8ccd0; --band: #f3f5f7; --accent: #0b5394; }
    html { font-size: 100%; }
    body { margin: 0; color: var(--ink); background: #fff; font: 1.0625rem/1.55 Georgia, "Times New Roman", serif; }
    main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
    h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; margin: 2em 0 0.6em; }
    h1 { font-size: 2rem; margin-top: 0; } h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; }
    h3 { font-size: 1.15rem; }
    a { color: var(--accent); }
    code, pre { font-family: "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; background: var(--band); border-radius: 3px; }
    code { padding: 0.1em 0.3em; } pre { padding: 0.8em 1em; overflow-x: auto; } pre code { padding: 0; background: none; }
    blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid var(--rule); color: var(--muted); }
    .figure { font-variant-numeric: tabular-nums; }
    figure.streek-table { margin: 1.6em 0; overflow-x: auto; break-inside: avoid; page-break-inside: avoid; }
    table { border-collapse: collapse; width: auto; min-width: 50%; font: 0.9rem/1.4 "Helvetica Neue", Arial, sans-serif; }
    caption, figcaption.caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.5em; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.95rem; }
    th, td { padding: 0.3em 0.75em; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); border-top: 1px solid var(--ink); }
    tbody tr:nth-child(even) { background: var(--band); }
    tbody tr:last-child td { border-bottom: 1px solid var(--ink); }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    figure.streek-chart { margin: 1.6em 0; break-inside: avoid; page-break-inside: avoid; }
    figure.streek-chart .chart { overflow-x: auto; }
    figure.streek-chart svg { display: block; width: 100%; min-width: 30rem; max-width: 42rem; height: auto; }
    figure.streek-chart details { margin: 0.5em 0 0; font: 0.85rem/1.4 "Helvetica Neue", Arial, sans-serif; }
    figure.streek-chart summary { cursor: pointer; color: var(--accent); }
    figure.streek-chart details table { margin-top: 0.5em; }
    p.source, p.note, p.empty { font: 0.82rem/1.4 "Helvetica Neue", Arial, sans-serif; color: var(--muted); margin: 0.5em 0 0; }
    p.empty { font-style: italic; }
    @media print {
      body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
      @page { margin: 2cm 1.8cm; }
      a { color: inherit; text-decoration: none; }
      h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
      tbody tr:nth-child(even) { background: none; }
      figure.streek-chart details { display: none; }
    }
    """
}
