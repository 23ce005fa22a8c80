import Testing
@testable import StreekNotebook

@Suite("Pipe tables in prose")
struct PipeTableTests {
    @Test func readsHeaderAlignmentsAndRows() {
        let table = PipeTable.parse(["| a | b | c |", "| :-- | --: | :-: |", "| 1 | 2 | 3 |", "| 4 |"])
        #expect(table == PipeTable(leadingLines: [], header: ["a", "b", "c"], alignments: [.left, .right, .center],
                                   rows: [["1", "2", "3"], ["4", "", ""]]))
    }

    @Test func outerPipesAreOptionalAndEscapedBarsStay() {
        let table = PipeTable.parse(["a | b", "--- | ---", "`x \\| y` | z"])
        #expect(table?.header == ["a", "b"])
        #expect(table?.alignments == [nil, nil])
        #expect(table?.rows == [["`x | y`", "z"]])
    }

    @Test func aTableMayFollowParagraphText() {
        let table = PipeTable.parse(["Zie hieronder.", "| a |", "| --- |"])
        #expect(table?.leadingLines == ["Zie hieronder."])
        #expect(table?.rows == [])
    }

    @Test func notATable() {
        #expect(PipeTable.parse(["a | b", "gewone tekst"]) == nil)
        #expect(PipeTable.parse(["| a | b |", "| --- |"]) == nil, "cell counts differ")
        #expect(PipeTable.parse(["alleen | een regel"]) == nil)
        #expect(PipeTable.parse(["a", "---"]) == nil, "a setext heading underline, not a table")
    }
}
