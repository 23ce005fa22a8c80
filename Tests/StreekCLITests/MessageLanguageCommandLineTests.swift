import Foundation
import StreekTestSupport
import Testing

/// The command line speaks Dutch, English with `--lang en` or for a notebook that says `numbers en`;
/// `--lang` wins over the notebook.
@Suite("message language on the command line", .serialized)
struct MessageLanguageCommandLineTests {
    let project: ScratchProject

    init() throws {
        project = try ScratchProject(prefix: "streek-lang")
        try project.write("# source: test\ngemeente,jaar,n\nAssen,2016,1\n", to: "Data/d.csv")
        try project.write("# Kapot\n\n```streek\nt = load \"d.csv\"\n  | fliter jaar == 2016\n```\n", to: "Notebooks/nl.md")
        try project.write("# Broken\n\n```streek setup\nnumbers en\n```\n\n```streek\nt = load \"d.csv\"\n  | sort jar\n```\n",
                          to: "Notebooks/en.md")
        try project.write("# Goed\n\n```streek table\nt = load \"d.csv\"\n```\n", to: "Notebooks/goed.md")
    }

    @Test func dutchByDefaultEnglishForANotebookThatSaysSo() throws {
        let result = try project.streek("render")
        #expect(result.status != 0)
        #expect(result.err.contains("Notebooks/nl.md:5:5: fout: onbekend werkwoord 'fliter'; bedoelt u 'filter'?\n"))
        #expect(result.err.contains("Notebooks/en.md:9:10: error: unknown column 'jar'; did you mean 'jaar'?\n"))
        #expect(result.out == "gerenderd: Notebooks/goed.md → Rendered/goed.{md,html,json}\n")
    }

    @Test func theFlagWins() throws {
        let english = try project.streek("render", "--lang", "en", "Notebooks/nl.md", "Notebooks/goed.md")
        #expect(english.err == "Notebooks/nl.md:5:5: error: unknown verb 'fliter'; did you mean 'filter'?\n")
        #expect(english.out == "rendered Notebooks/goed.md → Rendered/goed.{md,html,json}\n")
        let dutch = try project.streek("check", "--lang", "nl", "Notebooks/en.md")
        #expect(dutch.err == "Notebooks/en.md:9:10: fout: onbekende kolom 'jar'; bedoelt u 'jaar'?\n")
        try project.write("veranderd\n", to: "Rendered/goed.md")
        let stale = try project.streek("check", "--lang", "en", "Notebooks/goed.md")
        #expect(stale.err == "stale: Rendered/goed.md (run: streek render Notebooks/goed.md)\n")
        #expect(try project.streek("check", "Notebooks/goed.md").err == "verouderd: Rendered/goed.md (voer uit: streek render Notebooks/goed.md)\n")
    }

    @Test func optionErrorsFollowTheFlag() throws {
        #expect(try project.streek("render", "--param", "jaar").err.contains("--param verwacht naam=waarde, niet 'jaar'"))
        #expect(try project.streek("render", "--lang", "en", "--param", "jaar").err.contains("--param expects name=value, got 'jaar'"))
        #expect(try project.streek("render", "--lang", "de").status != 0)
    }

    @Test func initRefusesInEitherLanguage() throws {
        let dutch = try project.streek("init", ".")
        #expect(dutch.status != 0)
        #expect(dutch.err == "streek init: . bevat al Notebooks, Data; er is niets geschreven. Kies een lege of nieuwe map.\n")
        let english = try project.streek("init", ".", "--lang", "en")
        #expect(english.err == "streek init: . already holds Notebooks, Data; nothing was written. Choose an empty or new folder.\n")
    }
}
