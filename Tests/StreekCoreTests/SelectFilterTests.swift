import Testing
@testable import StreekCore

@Suite struct SelectFilterTests {
    @Test func filteredKeepsOrderAndMetadata() throws {
        let table = try SeedFixtures.migration()
        let years = try table.numbers("jaar")
        let only2016 = table.filtered { years[$0] == 2016 }
        #expect(only2016.rowCount == 12)
        #expect(only2016[0, "gemeente"] == .text("Hoogeveen"))
        #expect(only2016[11, "gemeente"] == .text("De Wolden"))
        #expect(only2016.metadata == table.metadata)
    }

    @Test func rowsAndTop() throws {
        let table = try SeedFixtures.migration()
        #expect(try table.rows([3, 0]).column("vestiging").values == .numbers([3057, 1304]))
        #expect(table.top(2).rowCount == 2)
        #expect(table.top(100).rowCount == 24)
        #expect(table.top(-1).rowCount == 0)
    }

    @Test func selectingDroppingRenaming() throws {
        let table = try SeedFixtures.migration()
        #expect(try table.selecting(["vertrek", "gemeente"]).columnNames == ["vertrek", "gemeente"])
        #expect(try table.dropping(["jaar"]).columnNames == ["gemeente", "vestiging", "vertrek"])
        #expect(throws: TableError.unknownColumn("jar", suggestion: "jaar")) { try table.dropping(["jar"]) }
        let renamed = try table.renaming([(from: "gemeente", to: "naam")])
        #expect(renamed.columnNames.first == "naam")
        #expect(throws: TableError.duplicateColumn("jaar")) { try table.renaming([(from: "vertrek", to: "jaar")]) }
    }

    @Test func settingReplacesOrAppends() throws {
        let table = try SeedFixtures.migration().top(2)
        let replaced = try table.setting(Column("jaar", numbers: [1, 2]))
        #expect(replaced.columnNames == table.columnNames)
        #expect(try replaced.column("jaar").values == .numbers([1, 2]))
        let appended = try table.setting(Column("extra", texts: ["a", nil]))
        #expect(appended.columnNames.last == "extra")
        #expect(throws: TableError.self) { try table.setting(Column("x", numbers: [1])) }
    }
}
