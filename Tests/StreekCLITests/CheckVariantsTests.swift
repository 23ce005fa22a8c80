import Foundation
import StreekTestSupport
import Testing

/// `streek check` means "Rendered/ is what a render would produce now", for the year and variant
/// renders it holds as well as for the default ones.
@Suite("streek check with years and variants", .serialized)
struct CheckVariantsTests {
    let project: ScratchProject

    init() throws {
        project = try ScratchProject(prefix: "streek-cli")
        try project.write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Verhuismutaties, §3.1
            gemeente,jaar,vestiging,vertrek
            Hoogeveen,2011,1304,1463
            Hoogeveen,2016,1993,2427
            Emmen,2011,2478,2833
            Emmen,2016,3057,3001

            """, to: "Data/verhuismutaties.csv")
        try project.write("""
            # Profiel van `= $stad`

            ```streek setup
            param jaar = 2016
            param stad = "Hoogeveen"
            years jaar: 2011, 2016
            variants stad: "Hoogeveen", "Emmen"
            ```

            Vestiging: `= t.vestiging[$stad]`.

            ```streek
            t = load "verhuismutaties.csv" | filter jaar == $jaar
            ```

            """, to: "Notebooks/profiel.md")
    }

    private func streek(_ arguments: String...) throws -> ProgramRun {
        try ProgramRun.run(ProgramRun.streek, arguments, in: project.root)
    }

    @Test func checkCoversTheVariantFilesInRendered() throws {
        #expect(try streek("render").status == 0)
        #expect(try streek("render", "--all").status == 0)
        #expect(project.exists("Rendered/profiel-2011-emmen.md"))
        #expect(try streek("check").status == 0)

        // Emmen 2011 appears only in one variant's pages (every sidecar names the data file's SHA-256,
        // so all of those are stale); the default render (Hoogeveen 2016) reads the same numbers as before.
        try project.replace("Emmen,2011,2478,2833", with: "Emmen,2011,2479,2833", in: "Data/verhuismutaties.csv")
        let check = try streek("check")
        #expect(check.status != 0)
        #expect(check.err.contains("verouderd: Rendered/profiel-2011-emmen.md (voer uit: streek render Notebooks/profiel.md --all)"))
        #expect(check.err.contains("verouderd: Rendered/profiel-2011-emmen.html"))
        #expect(check.err.contains("verouderd: Rendered/profiel.json (voer uit: streek render Notebooks/profiel.md)"))
        for page in ["profiel.md", "profiel.html", "profiel-2016-emmen.md", "profiel-2011-hoogeveen.md"] {
            #expect(!check.err.contains("Rendered/\(page)"))
        }

        #expect(try streek("render").status == 0)
        #expect(try streek("render", "--all").status == 0)
        #expect(try streek("check").status == 0)
    }

    @Test func aVariantFileWithoutItsPartnersIsIncomplete() throws {
        #expect(try streek("render", "--all-years").status == 0)
        #expect(try streek("render").status == 0)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Rendered/profiel-2011.html"))
        let check = try streek("check")
        #expect(check.status != 0)
        #expect(check.err.contains("ontbreekt: Rendered/profiel-2011.html"))
    }

    @Test func variantsNeverRenderedAreNotMissingUnlessAllIsAsked() throws {
        #expect(try streek("render").status == 0)
        #expect(try streek("check").status == 0)
        let all = try streek("check", "--all")
        #expect(all.status != 0)
        #expect(all.err.contains("ontbreekt: Rendered/profiel-2011-emmen.md"))
    }

    @Test func yearRendersWithAParameterAreCheckedWithThatParameter() throws {
        #expect(try streek("render", "--all-years", "--param", "stad=Emmen", "--out", "emmen").status == 0)
        #expect(try streek("render", "--param", "stad=Emmen", "--out", "emmen").status == 0)
        let check = try streek("check", "--param", "stad=Emmen", "--out", "emmen")
        #expect(check.status == 0, "\(check.err)")
        try project.replace("Emmen,2011,2478,2833", with: "Emmen,2011,2479,2833", in: "Data/verhuismutaties.csv")
        let stale = try streek("check", "--param", "stad=Emmen", "--out", "emmen")
        #expect(stale.status != 0)
        #expect(stale.err.contains("verouderd: emmen/profiel-2011.md"))
        #expect(!stale.err.contains("emmen/profiel-2016.md"))
    }
}
