import Foundation
import PropertyBased
import StreekDiff
import StreekDocument
import Testing

/// Properties of the sidecar diff over generated data (synthetic values, made here for the test):
/// a render diffed with itself is empty, and changing one data value reports exactly what derives from it.
@Suite("diff properties")
struct SidecarDiffPropertyTests {
    private let notebook = """
        # Gegenereerd

        Samen `= sum(t.a)`; de eerste gemeente heeft c = `= t.c[G1]`.

        ```streek table
        t = load "gegenereerd.csv" | derive c = a + b | select gemeente, a, b, c
        ```
        """

    /// `gemeente,a,b` with G1…Gn; b follows from a and a seed so the table is not trivially regular.
    private func csv(_ values: [Int], seed: Int) -> String {
        "gemeente,a,b\n" + values.enumerated().map { "G\($0 + 1),\($1),\(($1 * 7 + seed) % 1000)" }.joined(separator: "\n") + "\n"
    }

    @Test func aRenderDiffedWithItselfIsEmpty() async throws {
        let fixture = try RenderFixture()
        await propertyCheck(count: 20, input: Gen.int(in: -5000...5000).array(of: 1...25), Gen.int(in: 0...999)) { values, seed in
            let sidecar = try #require(try? fixture.sidecar(notebook: notebook, data: ["gegenereerd.csv": csv(values, seed: seed)]))
            let diff = RenderFixture.diff(sidecar, sidecar)
            #expect(diff.isEqual)
            #expect(RenderedDiff.report(diff, format: .text).hasPrefix("Geen verschillen"))
        }
    }

    @Test func changingOneValueReportsExactlyWhatDerivesFromIt() async throws {
        let fixture = try RenderFixture()
        await propertyCheck(count: 20, input: Gen.int(in: -5000...5000).array(of: 1...25), Gen.int(in: 0...999), Gen.int(in: 1...400)) { values, seed, delta in
            let row = (values.count * 7 + seed) % values.count
            var changed = values
            changed[row] += delta
            let old = try #require(try? fixture.sidecar(notebook: notebook, data: ["gegenereerd.csv": csv(values, seed: seed)]))
            // b is computed from the old a, so only a (and c = a + b) change in that row.
            let newCSV = csv(values, seed: seed).replacingOccurrences(of: "\nG\(row + 1),\(values[row]),", with: "\nG\(row + 1),\(changed[row]),")
            let new = try #require(try? fixture.sidecar(notebook: notebook, data: ["gegenereerd.csv": newCSV]))
            let diff = RenderFixture.diff(old, new)
            let cells = diff.blockChanges.flatMap { change -> [String] in
                guard case .changed(let block) = change else { return [] }
                return block.cellChanges.map { "\($0.row)/\($0.column)/\($0.change.difference ?? .nan)" }
            }
            #expect(cells == ["G\(row + 1)/a/\(Double(delta))", "G\(row + 1)/c/\(Double(delta))"])
            let figures = diff.figureChanges.map(\.figure.expression)
            #expect(figures == (row == 0 ? ["sum(t.a)", "t.c[G1]"] : ["sum(t.a)"]))
            #expect(diff.inputChanges.map(\.path) == ["Data/gegenereerd.csv"])
        }
    }
}
