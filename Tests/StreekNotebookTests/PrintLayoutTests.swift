import Testing
@testable import StreekNotebook

/// How a table is laid out on A4 follows from its formatted cells.
@Suite("Print layout of tables")
struct PrintLayoutTests {
    @Test func aShortNarrowTableStaysTogetherInNormalType() {
        let layout = PrintLayout(headers: ["Gemeente", "Saldo"], numeric: [false, true], rows: [["Hoogeveen", "−434"]])
        #expect(layout.keepTogether && !layout.wide && !layout.landscape)
        #expect(layout.classes == " keep")
    }

    @Test func aLongTableMayBreakBetweenRows() {
        let rows = Array(repeating: ["Hoogeveen", "−434"], count: PrintLayout.keepTogetherRows + 1)
        #expect(!PrintLayout(headers: ["Gemeente", "Saldo"], numeric: [false, true], rows: rows).keepTogether)
    }

    @Test func headersAndTextCellsWrapAtSpacesNumbersDoNot() {
        // A text column whose longest word is "Gemeente" (8 + 2) and eight numbers of 9 characters under
        // headers that wrap to "inwoners" (9 + 2 each): 98 characters, within the portrait width of 100.
        let headers = ["Gemeente"] + Array(repeating: "Mutaties per duizend inwoners", count: 8)
        let row = ["Midden en Oost Drenthe"] + Array(repeating: "1.234.567", count: 8)
        let layout = PrintLayout(headers: headers, numeric: [false] + Array(repeating: true, count: 8), rows: [row])
        #expect(!layout.wide && !layout.landscape)
        // One more number of 10 characters: 110, set in smaller type but still portrait (up to 113).
        let wider = PrintLayout(headers: headers + ["Saldo"], numeric: [false] + Array(repeating: true, count: 9),
                                rows: [row + ["+1.234.567"]])
        #expect(wider.wide && !wider.landscape)
        #expect(wider.classes == " keep wide")
    }

    @Test func aTableThatCannotFitPortraitTurnsToLandscape() {
        let layout = PrintLayout(headers: ["Bestand", "Bron", "Berekend"], numeric: [false, false, false],
                                 rows: [["migratie/verhuispartners_buiten_onderzoeksgebied_genoemd.csv",
                                         "Statline", "totaal_saldo_en_rangorde_per_partner_met_top_vijftien"]])
        #expect(layout.wide && layout.landscape)
    }
}
