import Testing
@testable import StreekDiff

@Suite struct TableDiffTests {
    let hoogeveen2011 = "| Hoogeveen | 1.304 | 1.993 | −434 |"
    let drenthe = "| Drenthe totaal | 15.761 | 21.784 | 162 |"

    @Test func identicalFilesAreEqual() throws {
        let body = "# Scan\n\nHoogeveen kreeg 1.304 vestigers.\n\n" + migrationTable([hoogeveen2011, drenthe])
        let result = try diff(body, body, oldParams: "year=2016")
        #expect(result.isEqual)
        #expect(result.tableChanges.isEmpty && result.proseChanges.isEmpty && result.headerChanges.isEmpty)
    }

    @Test func reportsTheChangedCellWithItsDifference() throws {
        let result = try diff(
            migrationTable(["| Hoogeveen | 1.304 | 1.993 | −434 |", drenthe]),
            migrationTable(["| Hoogeveen | 1.993 | 1.993 | −434 |", drenthe]))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        let cell = try #require(table.cellChanges.first)
        #expect(table.cellChanges.count == 1)
        #expect(cell.row == OccurrenceKey(text: "Hoogeveen"))
        #expect(cell.column == OccurrenceKey(text: "Vestiging 2011"))
        #expect(cell.change.difference?.value == 689)
        #expect(ValueWording(oldConvention: .nl, newConvention: .nl, reportConvention: .nl).summary(cell.change) == "1.304 → 1.993 (+689)")
        #expect(TextReport(usesColor: false).render(result).contains("Hoogeveen, Vestiging 2011: 1.304 → 1.993 (+689)"))
    }

    @Test func reportsAddedAndRemovedRowsInFileOrder() throws {
        let result = try diff(
            migrationTable([hoogeveen2011, "| Emmen | 2.000 | 2.100 | 5 |", drenthe]),
            migrationTable(["| Assen | 1 | 2 | 3 |", hoogeveen2011, drenthe, "| Meppel | 4 | 5 | 6 |"]))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        #expect(table.rowsRemoved.map(\.key.text) == ["Emmen"])
        #expect(table.rowsAdded.map(\.key.text) == ["Assen", "Meppel"])
        #expect(table.rowsAdded.first?.cells.map(\.value) == ["Assen", "1", "2", "3"])
        #expect(table.cellChanges.isEmpty, "rows that only moved are not changes")
    }

    @Test func repeatedRowKeysAreMatchedByOccurrence() throws {
        let result = try diff(
            migrationTable(["| Overig | 1 | 2 | 3 |", "| Overig | 10 | 20 | 30 |"]),
            migrationTable(["| Overig | 1 | 2 | 3 |", "| Overig | 10 | 25 | 30 |", "| Overig | 7 | 7 | 7 |"]))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        #expect(table.cellChanges.map(\.row) == [OccurrenceKey(text: "Overig", occurrence: 2)])
        #expect(table.cellChanges.first?.change.difference?.value == 5)
        #expect(table.rowsAdded.map(\.key) == [OccurrenceKey(text: "Overig", occurrence: 3)])
    }

    @Test func reportsAddedAndRemovedColumns() throws {
        let result = try diff(
            migrationTable([hoogeveen2011]),
            migrationTable(["| Hoogeveen | 1.304 | 1.993 | 2.000 |"], header: "| Gemeente | Vestiging 2011 | Vestiging 2016 | Vertrek 2016 |"))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        #expect(table.columnsAdded.map(\.text) == ["Vertrek 2016"])
        #expect(table.columnsRemoved.map(\.text) == ["Saldo 2016"])
        #expect(table.cellChanges.isEmpty)
    }

    @Test func aMissingValueThatGetsAFigureIsAChangeWithoutDifference() throws {
        let result = try diff(
            migrationTable(["| Meppel | n.n.b. | 12 | 3 |"]),
            migrationTable(["| Meppel | 12 | n.n.b. | 3 |"]))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        #expect(table.cellChanges.count == 2)
        #expect(table.cellChanges.allSatisfy { $0.change.difference == nil })
        let text = TextReport(usesColor: false).render(result)
        #expect(text.contains("Meppel, Vestiging 2011: n.n.b. → 12\n"))
        #expect(text.contains("Meppel, Vestiging 2016: 12 → n.n.b.\n"))
        #expect(!text.contains("+12"))
    }

    @Test func sameValuesInAnotherNumberFormatAreNotChanges() throws {
        let result = try diff(
            migrationTable(["| Hoogeveen | 1.304 | 108,5 | −434 |"]),
            migrationTable(["| Hoogeveen | 1,304 | 110.0 | -434 |"]), newNumbers: "en")
        #expect(result.headerChanges.contains(HeaderChange(setting: .numbers, old: "nl", new: "en")))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        #expect(table.cellChanges.map(\.column.text) == ["Vestiging 2016"])
        // Values and difference are written in the report's format, whichever file they come from.
        let change = table.cellChanges[0].change
        #expect(ValueWording(oldConvention: .nl, newConvention: .en, reportConvention: .en).summary(change) == "108.5 → 110.0 (+1.5)")
        #expect(ValueWording(oldConvention: .nl, newConvention: .en, reportConvention: .nl).summary(change) == "108,5 → 110,0 (+1,5)")
        // One file Dutch, one English: the report is Dutch unless asked.
        #expect(result.defaultLanguage == .nl)
        #expect(RenderedDiff.report(result, format: .text).contains("Hoogeveen, Vestiging 2016: 108,5 → 110,0 (+1,5)"))
    }

    @Test func tablesInOnlyOneFileAreReportedAsSuch() throws {
        let kept = migrationTable([hoogeveen2011])
        let dropped = migrationTable(["| Assen | 1 | 2 | 3 |"], anchor: "pendel", caption: "Pendel 2015")
        let added = migrationTable(["| Emmen | 1 | 2 | 3 |"], anchor: "winkels", caption: "Winkelbinding 2015")
        let result = try diff(kept + "\n" + dropped, added + "\n" + kept)
        #expect(result.tableChanges.count == 2)
        guard case .onlyInNew(let new) = result.tableChanges[0], case .onlyInOld(let old) = result.tableChanges[1] else {
            Issue.record("expected one table only in the new file, then one only in the old file")
            return
        }
        #expect(new.anchor == "winkels")
        #expect(old.anchor == "pendel")
    }

    @Test func tablesWithoutAnchorAreMatchedByCaption() throws {
        let result = try diff(
            migrationTable([hoogeveen2011], anchor: nil, caption: "Verhuizingen"),
            migrationTable(["| Hoogeveen | 1.304 | 2.000 | −434 |"], anchor: nil, caption: "Verhuizingen"))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected the tables to be matched by caption")
            return
        }
        #expect(table.cellChanges.first?.change.difference?.value == 7)
    }

    @Test func aChangedCaptionOfAnAnchoredTableIsReported() throws {
        let result = try diff(
            migrationTable([hoogeveen2011], caption: "Verhuismutaties 2011"),
            migrationTable([hoogeveen2011], caption: "Verhuismutaties 2016"))
        guard case .changed(let table) = try #require(result.tableChanges.first) else {
            Issue.record("expected a changed table")
            return
        }
        #expect(table.captionChanged)
        #expect(table.cellChanges.isEmpty)
    }
}
