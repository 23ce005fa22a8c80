import ArgumentParser

@main
struct Streek: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "streek",
        abstract: "Render reproducible regional-statistics reports from CommonMark notebooks.",
        discussion: """
            A notebook in Notebooks/ mixes narrative, `streek` directives (fenced code blocks that load tables \
            from Data/ and transform them) and live figures (`= tabel.kolom[rij]`). `streek render` writes \
            each notebook to Rendered/ as Markdown and as a self-contained HTML page.

            Examples:
              streek render                                   # every Notebooks/*.md
              streek render Notebooks/verzorgingsgebieden.md --param jaar=2011 --out /tmp/2011
              streek render --all-years                       # one file per supported data year
              streek check                                    # is Rendered/ up to date?
              streek diff /tmp/2011/verzorgingsgebieden.md Rendered/verzorgingsgebieden.md
              streek verbs                                    # the directive language's verbs
            """,
        subcommands: [RenderCommand.self, CheckCommand.self, DiffCommand.self, VerbsCommand.self]
    )
}
