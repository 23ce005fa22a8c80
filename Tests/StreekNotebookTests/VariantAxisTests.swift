import Testing
@testable import StreekNotebook

@Suite("Variant axes")
struct VariantAxisTests {
    @Test func fileNamesAreSanitised() {
        #expect(VariantAxis.fileComponent("../Emmen/x") == "emmen-x")
        #expect(VariantAxis.fileComponent("'s-Hertogenbosch") == "s-hertogenbosch")
        #expect(VariantAxis.fileComponent("Súdwest-Fryslân") == "súdwest-fryslân")
        #expect(VariantAxis.fileComponent(".hidden") == "hidden")
        #expect(VariantAxis.fileComponent("../..") == nil)
    }

    @Test func combinationsVaryTheLastAxisFastest() {
        let axes = [VariantAxis(parameter: "jaar", values: ["2011", "2016"], isDataYear: true),
                    VariantAxis(parameter: "stad", values: ["Assen", "Emmen"], isDataYear: false)]
        #expect(VariantAxis.combinations(axes).map { $0.map(\.value).joined(separator: "-") }
                == ["2011-Assen", "2011-Emmen", "2016-Assen", "2016-Emmen"])
        #expect(VariantAxis.combinations([]).count == 1)
    }

    @Test func variantsWithoutTheirParameterAreAnError() throws {
        let project = try TestProject()
        #expect(project.englishError("```streek setup\nvariants stad: \"Assen\"\n```\n")
                == "Notebooks/test.md:2:1: error: variants stad: declare the parameter too, with its default: param stad = …")
        #expect(project.englishError("```streek setup\nvariant stad: \"Assen\"\n```\n")?
            .hasSuffix("found 'variant'; did you mean 'variants'?") == true)
    }
}
