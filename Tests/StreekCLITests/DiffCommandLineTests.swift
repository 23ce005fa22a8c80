import Foundation
import Testing

/// `streek diff` as a reviewer runs it: the report's language, its messages, and the handleiding's example.
@Suite("streek diff on the command line", .serialized)
struct DiffCommandLineTests {
    let project: CLIProject

    init() throws {
        project = try CLIProject()
        let initialised = try project.streek("init")
        #expect(initialised.status == 0, "\(initialised.err)")
        let rendered = try project.streek("render", "--all-years")
        #expect(rendered.status == 0, "\(rendered.err)")
    }

    private let old = "Rendered/eerste-rapport-2011.md", new = "Rendered/eerste-rapport-2016.md"

    /// The handleiding shows the diff of a new project's two data years; it must be what streek prints.
    @Test func theHandleidingsExampleIsRealOutput() throws {
        let handleiding = try String(contentsOf: ProgramRun.repository.appendingPathComponent("Notebooks/handleiding.md"), encoding: .utf8)
        let blocks = handleiding.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "\n```\n")[0] }
        let example = try #require(blocks.first { $0.hasPrefix("$ streek diff ") }, "no `$ streek diff` example in the handleiding")
        let command = String(example.prefix { $0 != "\n" })
        let arguments = command.dropFirst("$ streek ".count).split(separator: " ").map(String.init)
        #expect(arguments == ["diff", old, new])
        let result = try project.streek(arguments)
        #expect(result.status == 1)
        #expect(result.out == String(example.dropFirst(command.count + 1)) + "\n")
    }

    @Test func theReportIsDutchUnlessAskedForEnglish() throws {
        let dutch = try project.streek("diff", old, new, "--color", "never")
        #expect(dutch.out.contains("\nInstellingen\n  ~ jaar: 2011 → 2016\n"))
        #expect(dutch.out.contains("  ~ Hoogeveen, Vestiging: 1.304 → 1.993 (+689)\n"))
        let english = try project.streek("diff", old, new, "--color", "never", "--lang", "en")
        #expect(english.status == 1)
        #expect(english.out.contains("\nHeader\n  ~ jaar: 2011 → 2016\n"))
        #expect(english.out.contains("  ~ Hoogeveen, Vestiging: 1,304 → 1,993 (+689)\n"))
        let page = try project.streek("diff", old, new, "--format", "html", "--lang", "en")
        #expect(page.out.contains("<html lang=\"en\">") && page.out.contains("<h2>Summary</h2>"))
        let markdown = try project.streek("diff", old, new, "--format", "md")
        #expect(markdown.out.hasPrefix("# Verschillen: `\(old)` → `\(new)`\n"))
    }

    @Test func messagesFollowTheLanguage() throws {
        let dutch = try project.streek("diff", old, "bestaat-niet.md")
        #expect(dutch.status == 2)
        #expect(dutch.err == "streek diff: kan 'bestaat-niet.md' niet lezen: bestand bestaat niet\n")
        let english = try project.streek("diff", old, "bestaat-niet.md", "--lang", "en")
        #expect(english.status == 2)
        #expect(english.err == "streek diff: cannot read 'bestaat-niet.md': no such file\n")
        let threshold = try project.streek("diff", old, new, "--threshold", "veel")
        #expect(threshold.status == 2 && threshold.err.contains("--threshold verwacht een getal (10) of een relatieve verandering (5%), niet 'veel'"))
        let one = try project.streek("diff", old, "--lang", "en")
        #expect(one.status == 2 && one.err.contains("give two renders to compare, or one with --rev REV"))
        let language = try project.streek("diff", old, new, "--lang", "de")
        #expect(language.status == 2 && language.err.contains("--lang verwacht nl of en, niet 'de'"))
    }
}
