import Foundation
import PropertyBased
import StreekDocument
import StreekNotebook
import Testing

/// The sidecar's own JSON writer must give exactly JSONEncoder's bytes (pretty-printed, sorted keys,
/// slashes unescaped) and read back as the same sidecar: on every notebook of this repository and on
/// generated strings and numbers (synthetic, made here for the test).
@Suite("sidecar JSON")
struct SidecarJSONTests {
    private static func reference(_ sidecar: Sidecar) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(sidecar)) + [0x0A]
    }

    private static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test(arguments: ["verzorgingsgebieden", "handleiding", "voorbeeld"])
    func theRepositorysNotebooksAreWrittenAsJSONEncoderWritesThem(_ name: String) throws {
        let renderer = NotebookRenderer(projectRoot: Self.repository)
        let output = try renderer.render(Self.repository.appendingPathComponent("Notebooks/\(name).md"), parameters: [:])
        let written = try #require(output.files.first { $0.path == "\(name).json" }).contents
        let sidecar = try Sidecar.decode(Data(written))
        #expect(written == (try Self.reference(sidecar)))
        #expect(sidecar.blocks.contains { $0.kind == .chart } || name != "handleiding", "the handleiding has charts")
    }

    /// Strings with every control character, quotes, backslashes, slashes, Latin-1 and other scalars.
    private static let text = Gen<UnicodeScalar>.unicodeScalar(in: "\u{0}"..."\u{2FFF}").map { Character($0) }.string(of: 0...12)
    /// Finite doubles of every magnitude and sign, subnormals and −0 included (any bit pattern).
    private static let number = Gen<UInt64>.value(in: 0...UInt64.max).map { Double(bitPattern: $0) }.filter { $0.isFinite }

    @Test func generatedTextsAndNumbersAreWrittenAsJSONEncoderWritesThem() async throws {
        let fixture = try RenderFixture()
        let base = try fixture.sidecar(notebook: """
            # Proef

            Vestiging: `= t.vestiging[Hoogeveen]`.

            ```streek table
            t = load "m.csv"
            ```
            """, data: ["m.csv": "# source: synthetic, generated for this test\ngemeente,vestiging\nHoogeveen,1993\n"])
        await propertyCheck(count: 200, input: Self.text.array(of: 4), Self.number.array(of: 3), Gen.bool.array(of: 3)) { texts, numbers, flags in
            var sidecar = base
            sidecar.blocks[0].caption = flags[0] ? texts[0] : nil
            sidecar.blocks[0].anchor = flags[1] ? nil : texts[1]
            sidecar.blocks[0].rows = [SidecarRow(values: [.text(texts[2]), .number(numbers[0])], texts: [texts[3], ""])]
            sidecar.blocks[0].notes = flags[2] ? [] : [texts[0], texts[3]]
            sidecar.figures[0].value = .number(numbers[1])
            sidecar.figures[0].format = flags[0] ? nil : NumberStyle(decimals: Int(numbers[2].magnitude.truncatingRemainder(dividingBy: 11)), percent: flags[1])
            sidecar.figures[0].section = flags[2] ? texts[1] : nil
            sidecar.dataFiles[0].sha256 = flags[1] ? nil : texts[2]
            let written = try sidecar.encoded()
            #expect(written == (try Self.reference(sidecar)))
            #expect(try Sidecar.decode(Data(written)) == sidecar)
        }
    }
}
