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
    main p, main li { overflow-wrap: break-word; }
    figure.streek-table { margin: 1.6em 0; }
    figure.streek-table .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: auto; min-width: 50%; font: 0.9rem/1.4 "Helvetica Neue", Arial, sans-serif; }
    caption, figcaption.caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.5em; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.95rem; }
    figcaption .number { color: var(--accent); }
    tr.total td { font-weight: bold; border-top: 1px solid var(--ink); background: none; }
    tr.section th { text-align: left; font-weight: bold; padding-top: 0.8em; border-bottom: 1px solid var(--rule); background: none; }
    a.xref { white-space: nowrap; }
    nav.contents { margin: 1.5em 0 2.5em; padding: 0.9em 1.2em; background: var(--band); border-radius: 4px; font: 0.9rem/1.45 "Helvetica Neue", Arial, sans-serif; }
    nav.contents .contents-title { margin: 0 0 0.4em; font-weight: bold; }
    nav.contents ol { list-style: none; margin: 0; padding: 0; }
    nav.contents ol ol { padding-left: 1.1em; font-size: 0.95em; }
    nav.contents li { margin: 0.15em 0; }
    nav.contents a { text-decoration: none; }
    nav.contents a:hover { text-decoration: underline; }
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
    figure.streek-map { margin: 1.6em 0; break-inside: avoid; page-break-inside: avoid; }
    figure.streek-map > svg { display: block; max-width: 100%; height: auto; margin: 0.3em 0; }
    details.data { margin: 0.6em 0 0; font: 0.9rem/1.4 "Helvetica Neue", Arial, sans-serif; }
    details.data > summary { cursor: pointer; color: var(--accent); }
    @media screen and (max-width: 40rem) {
      main { padding: 1.5rem 1rem 3rem; }
      th.num { white-space: normal; }
      th, td { padding: 0.3em 0.5em; }
    }
    @media screen and (min-width: 78rem) {
      nav.contents { position: fixed; top: 0; left: 0; bottom: 0; width: 16rem; margin: 0; padding: 2.5rem 1.25rem;
        overflow-y: auto; border-radius: 0; border-right: 1px solid var(--rule); background: #f7f8fa; }
      main:has(nav.contents) { margin-left: max(19rem, calc((100vw - 46rem) / 2)); }
    }
    @page { size: A4; margin: 2cm 1.8cm 2.2cm;
      @bottom-center { content: counter(page) " / " counter(pages); font: 8.5pt "Helvetica Neue", Arial, sans-serif; color: #5f6368; } }
    @page wide { size: A4 landscape; }
    @media print {
      body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
      p { orphans: 3; widows: 3; }
      pre { white-space: pre-wrap; overflow: visible; break-inside: avoid; }
      figure { break-inside: avoid; page-break-inside: avoid; }
      figure.streek-table, figure.streek-table .scroll { overflow: visible; break-inside: auto; page-break-inside: auto; }
      nav.contents { background: none; padding: 0; font-size: 10pt; }
      figure.streek-table > figcaption { break-after: avoid; page-break-after: avoid; }
      figure.streek-table.keep { break-inside: avoid; page-break-inside: avoid; }
      table { font-size: 8.5pt; max-width: 100%; }
      thead { display: table-header-group; break-after: avoid; }
      tbody tr:nth-child(-n+2), tbody tr:nth-last-child(-n+2) { break-before: avoid; page-break-before: avoid; }
      tr, th, td { break-inside: avoid; page-break-inside: avoid; }
      th.num { white-space: normal; }
      th, td { padding: 0.25em 0.5em; }
      p.source, p.note { break-before: avoid; }
      tbody tr:nth-child(even) { background: none; }
      figure.streek-table.wide table { font-size: 7.5pt; }
      figure.streek-table.landscape { page: wide; }
      figure.streek-chart .chart { overflow: visible; }
      figure.streek-chart svg { min-width: 0; max-height: 22cm; }
      figure.streek-chart details, figure.streek-map details { display: none; }
      figure.streek-map > svg { max-height: 22cm; }
    }
    """
}
