import Testing
@testable import StreekCore

@Suite struct ValueTests {
    @Test func accessorsKeepMissingApartFromZero() {
        #expect(Value.number(0).number == 0)
        #expect(Value.number(0).isMissing == false)
        #expect(Value.missing.number == nil)
        #expect(Value.missing.isMissing)
        #expect(Value.text("Assen").text == "Assen")
        #expect(Value(nil as Double?) == .missing)
    }

    @Test func stableDescriptionDropsIntegralFraction() {
        #expect(Value.number(2011).description == "2011")
        #expect(Value.number(-434).description == "-434")
        #expect(Value.number(108.5).description == "108.5")
        #expect(Value.missing.description == "missing")
    }

    @Test func literalsBuildValues() {
        let year: Value = 2011, label: Value = "2011-2016", fraction: Value = 0.5
        #expect(year == .number(2011))
        #expect(label == .text("2011-2016"))
        #expect(fraction == .number(0.5))
    }
}

@Suite struct ColumnTests {
    @Test func valuesInitInfersNumericWhenAllPresentAreNumbers() {
        let column = Column("n", values: [.number(1), .missing, .number(3)])
        #expect(column.isNumeric)
        #expect(column.values == .numbers([1, nil, 3]))
        #expect(column[1] == .missing)
        #expect(column.count == 3)
    }

    @Test func mixedValuesBecomeTextWithStableNumbers() {
        let column = Column("mixed", values: [.number(2011), .text("n.v.t."), .missing])
        #expect(!column.isNumeric)
        #expect(column.values == .texts(["2011", "n.v.t.", nil]))
    }

    @Test func numbersOfTextColumnThrows() {
        #expect(throws: TableError.notNumeric("t")) { try Column("t", texts: ["a"]).numbers() }
    }
}

@Suite struct TableTests {
    @Test func rejectsDuplicateNamesAndUnequalLengths() {
        #expect(throws: TableError.duplicateColumn("a")) {
            try Table(columns: [Column("a", numbers: [1]), Column("a", numbers: [2])])
        }
        #expect(throws: TableError.self) {
            try Table(columns: [Column("a", numbers: [1, 2]), Column("b", numbers: [2])])
        }
    }

    @Test func unknownColumnSuggestsClosestName() throws {
        let table = try SeedFixtures.migration()
        #expect(throws: TableError.unknownColumn("vestigng", suggestion: "vestiging")) { try table.column("vestigng") }
        let error = TableError.unknownColumn("vestigng", suggestion: "vestiging")
        #expect(error.description(in: .en) == "unknown column 'vestigng'; did you mean 'vestiging'?")
        #expect(error.description == "onbekende kolom 'vestigng'; bedoelt u 'vestiging'?")
        #expect(throws: TableError.unknownColumn("inwoners", suggestion: nil)) { try table.column("inwoners") }
    }

    @Test func subscriptReadsCellsAndNilForUnknownColumn() throws {
        let table = try SeedFixtures.migration()
        #expect(table.rowCount == 24)
        #expect(table.columnNames == ["gemeente", "jaar", "vestiging", "vertrek"])
        #expect(table[0, "gemeente"] == .text("Hoogeveen"))
        #expect(table[1, "vestiging"] == .number(1993))
        #expect(table[0, "nope"] == nil)
    }
}

@Suite struct SuggestionTests {
    @Test func closestIsCaseInsensitiveAndRejectsFarNames() {
        #expect(Suggestion.closest(to: "hoogeven", among: ["Assen", "Hoogeveen", "Emmen"]) == "Hoogeveen")
        #expect(Suggestion.closest(to: "Zwolle", among: ["Assen", "Hoogeveen", "Emmen"]) == nil)
        #expect(Suggestion.closest(to: "x", among: []) == nil)
    }

    @Test func metadataSourcesMergeWithoutDuplicates() {
        let a = TableMetadata(title: "A", sources: ["s1", "s2"])
        let b = TableMetadata(title: "B", sources: ["s2", "s3"], grain: "finest")
        let merged = a.combined(with: b)
        #expect(merged.sources == ["s1", "s2", "s3"])
        #expect(merged.title == "A")
        #expect(merged.grain == "finest")
    }
}
