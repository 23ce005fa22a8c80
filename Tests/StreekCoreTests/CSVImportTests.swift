import Foundation
import Testing
@testable import StreekCore

/// Files as CBS StatLine, cbsodata and OData v4 export them, and the errors a bad cell gives.
@Suite struct CSVImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func fixture(_ name: String, _ options: LoadOptions = .detected) throws -> ImportedTable {
        try CSVImport.read(contentsOf: Self.fixtures.appendingPathComponent(name), options: options, origin: "Data/\(name)")
    }

    func parse(_ text: String, _ options: LoadOptions = .detected) throws -> ImportedTable {
        try CSVImport.parse(Array(text.utf8), origin: "Data/t.csv", options: options)
    }

    /// The error in English (`--lang en`), or nil; `dutchError` gives the default Dutch text.
    func error(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return error.text(in: .en) }
    }

    func dutchError(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return String(describing: error) }
    }

    @Test func oldStatLineExportWithTitleAndFooter() throws {
        let imported = try fixture("statline_oud.csv")
        let table = imported.table, report = imported.report
        #expect(report.dialect.separator == UInt8(ascii: ";"))
        #expect(report.dialect.decimalMark == UInt8(ascii: ","))
        #expect(report.dialect.thousandsSeparator == UInt8(ascii: "."))
        #expect(report.decimalMarkSource == .cells)
        #expect(report.trailingSeparator)
        #expect(report.lineEnding == "CRLF")
        #expect(report.headerLine == 2)
        #expect(report.titleLines == ["Verhuismutaties; Drentse gemeenten, 2011 en 2016"])
        #expect(table.metadata.title == "Verhuismutaties; Drentse gemeenten, 2011 en 2016")
        #expect(table.metadata.sources == ["CBS"])
        #expect(table.metadata.notes == ["© Centraal Bureau voor de Statistiek, Den Haag/Heerlen"])
        #expect(table.columnNames == ["Regio's", "Perioden", "Vestiging (aantal)", "Vertrek (aantal)", "Mutaties per 1 000 inwoners"])
        #expect(table.rowCount == 12)
        #expect(try table.column("Vestiging (aantal)").numbers().prefix(3) == [1304, 1993, 2478])
        #expect(try table.column("Vertrek (aantal)").numbers()[11] == 1189)
        let rate = try table.column("Mutaties per 1 000 inwoners")
        #expect(try rate.numbers().prefix(4) == [nil, 80, nil, 56])
        #expect(rate.missingFlag(0) == "." && rate.missingFlag(2) == "x" && rate.missingFlag(4) == "-" && rate.missingFlag(1) == nil)
        #expect(rate.missingFlags?.counts.map { "\($0.symbol)\($0.count)" } == ["-1", ".4", "x1"])
        #expect(try table.column("Perioden").numbers() == [2011, 2016, 2011, 2016, 2011, 2016, 2011, 2016, 2011, 2016, 2011, 2016])
    }

    @Test func cbsodataExportWithPaddedCodesAndPeriodCodes() throws {
        let imported = try fixture("cbsodata_verhuismutaties.csv")
        let table = imported.table
        #expect(imported.report.dialect.separator == UInt8(ascii: ","))
        #expect(try table.column("RegioS").texts == ["GM0118", "GM0118", "GM0114", "GM0114", "GM0119", "GM0119"])
        #expect(table.columnNames == ["ID", "RegioS", "Perioden", "jaar", "Vestiging_1", "Vertrek_2"])
        #expect(try table.column("Perioden").texts.first == "2011JJ00")
        #expect(try table.column("jaar").numbers() == [2011, 2016, 2011, 2016, 2011, 2016])
        #expect(imported.report.regionColumns.map(\.column) == ["RegioS"])
        #expect(imported.report.regionColumns.first?.levels == [.gemeente])
        // Without a source line the loader shows "Bron: niet opgegeven"; the reader itself leaves it empty.
        #expect(table.metadata.sources.isEmpty)
    }

    @Test func odataV4LongForm() throws {
        let table = try fixture("odata4_verhuismutaties.csv").table
        #expect(table.rowCount == 9)
        #expect(try table.column("Value").numbers().prefix(2) == [1304, 1463])
        #expect(try table.column("Value").numbers()[8] == nil)
        #expect(try table.column("ValueAttribute").texts.last == "Missing")
        #expect(try table.column("RegioS").texts.last == "NL01")
        #expect(try table.column("jaar").numbers().last == 2016)
    }

    @Test func latin1FileIsConvertedAndDeclaringUTF8NamesTheByte() throws {
        let imported = try fixture("latin1_gemeenten.tsv")
        #expect(imported.report.encoding == .windows1252)
        #expect(imported.report.dialect.separator == UInt8(ascii: "\t"))
        #expect(try imported.table.column("gemeente").texts == ["Súdwest-Fryslân", "Noardeast-Fryslân"])
        var options = LoadOptions()
        options.encoding = .utf8
        #expect(error { try fixture("latin1_gemeenten.tsv", options) } == "Data/latin1_gemeenten.tsv:2:2: byte 0xFA is not valid UTF-8; the load line says encoding \"utf-8\"; a file from Excel or an older StatLine download needs encoding \"windows-1252\"")
    }

    @Test func mixedUTF8AndLatin1IsAnError() {
        let bytes = Array("naam,n\nFryslân,1\n".utf8) + [0x4D, 0xE9, 0x2C, 0x32, 0x0A]
        #expect(error { try CSVImport.parse(bytes, origin: "Data/m.csv") } == "Data/m.csv:3:2: byte 0xE9 is not valid UTF-8; the file mixes UTF-8 with other bytes; save it as UTF-8, or add encoding \"windows-1252\" to the load line if it is Windows-1252/Latin-1")
    }

    @Test func strayTextCellIsAnErrorAtItsPlace() throws {
        #expect(error { try fixture("stray_text.csv") } == "Data/stray_text.csv:7:18: column 'vertrek' holds numbers, but this cell reads 'N.B.' (1 cell of 5 not a number); if it means missing, add missing \"N.B.\" to the load line; if the column is text, add text vertrek")
        #expect(dutchError { try fixture("stray_text.csv") } == "Data/stray_text.csv:7:18: kolom 'vertrek' bevat getallen, maar in deze cel staat 'N.B.' (1 cel van 5 geen getal); betekent dat ontbrekend, zet dan missing \"N.B.\" in de load-regel; is de kolom tekst, zet dan text vertrek erin")
        var missing = LoadOptions()
        missing.missingSymbols = ["N.B."]
        let table = try fixture("stray_text.csv", missing).table
        #expect(try table.column("vertrek").numbers()[4] == nil)
        #expect(try table.column("vertrek").missingFlag(4) == "N.B.")
        var text = LoadOptions()
        text.textColumns = ["vertrek"]
        let imported = try fixture("stray_text.csv", text)
        #expect(try imported.table.column("vertrek").texts[4] == "N.B.")
        #expect(imported.report.warnings.map { $0.description(in: .en) } == ["Data/stray_text.csv:7:18: column 'vertrek' is read as text as the load line asks, though most cells are numbers; 1 cell of 5 not a number, the first 'N.B.'"])
        #expect(imported.report.warnings.map(\.description) == ["Data/stray_text.csv:7:18: kolom 'vertrek' wordt als tekst gelezen, zoals de load-regel vraagt, hoewel de meeste cellen getallen zijn; 1 cel van 5 geen getal, de eerste 'N.B.'"])
    }

    @Test func declaredNumberColumnRejectsAnyText() throws {
        var options = LoadOptions()
        options.numberColumns = ["n"]
        #expect(error { try parse("k,n\na,1\nb,x1\nc,y\n", options) } == "Data/t.csv:3:3: column 'n' holds numbers, but this cell reads 'x1' (2 cells of 3 not a number); if it means missing, add missing \"x1\" to the load line; if the column is text, add text n")
        #expect(try parse("k,n\na,1\nb,x1\nc,y\n").table.column("n").isNumeric == false)
    }

    @Test func ambiguousAndConflictingDecimalMarksAreErrors() throws {
        #expect(error { try parse("a;b\nx;1.304\ny;2\n") } == "Data/t.csv:2:3: '1.304' reads as 1304 with a thousands separator or as a decimal number, and no other cell settles it; add decimal \",\" or decimal \".\" to the load line")
        #expect(error { try parse("a;b\nx;1,5\ny;2.25\n") } == "Data/t.csv:3:3: '2.25' and '1,5' (line 2) use different decimal marks; add decimal \",\" or decimal \".\" to the load line")
        #expect(dutchError { try parse("a;b\nx;1,5\ny;2.25\n") } == "Data/t.csv:3:3: '2.25' en '1,5' (regel 2) gebruiken een ander decimaalteken; zet decimal \",\" of decimal \".\" in de load-regel")
        var comma = LoadOptions()
        comma.decimalMark = UInt8(ascii: ",")
        #expect(try parse("a;b\nx;1.304\ny;2\n", comma).table.column("b").numbers() == [1304, 2])
        var point = LoadOptions()
        point.decimalMark = UInt8(ascii: ".")
        #expect(try parse("a;b\nx;1.304\ny;2\n", point).table.column("b").numbers() == [1.304, 2])
        // One decisive cell settles the others: 108,5 makes 1.304 a thousand.
        #expect(try parse("a;b\nx;1.304\ny;108,5\n").table.column("b").numbers() == [1304, 108.5])
        #expect(try parse("a,b\nx,\"1,304.5\"\ny,2\n").table.column("b").numbers() == [1304.5, 2])
        // A comma-separated file writes decimals with a point: 13.125 is no thousand there.
        #expect(try parse("a,b\nx,13.125\n").table.column("b").numbers() == [13.125])
        #expect(error { try parse("a\tb\nx\t13.125\n") } == "Data/t.csv:2:3: '13.125' reads as 13125 with a thousands separator or as a decimal number, and no other cell settles it; add decimal \",\" or decimal \".\" to the load line")
    }

    @Test func paddedFieldsAreTrimmedAndTrailingSeparatorsDropped() throws {
        let table = try parse("\u{FEFF}code ; n ;\r\n\"GM0118    \" ;  12 ;\r\n  GM0014;3;\r\n").table
        #expect(table.columnNames == ["code", "n"])
        #expect(try table.column("code").texts == ["GM0118", "GM0014"])
        #expect(try table.column("n").numbers() == [12, 3])
    }

    @Test func snakeCaseHeadersAndTheirClashes() throws {
        var options = LoadOptions()
        options.snakeCaseNames = true
        let table = try parse("\"Regio's\";\"Totale bevolking (aantal)\";TotaleBevolking_1;Geïmmigreerd\nA;1;2;3\n", options).table
        #expect(table.columnNames == ["regios", "totale_bevolking_aantal", "totale_bevolking_1", "geimmigreerd"])
        #expect(error { try parse("\"Totale bevolking\";totale_bevolking\n1;2\n", options) } == "Data/t.csv:1:20: duplicate column name 'totale_bevolking' ('Totale bevolking' and 'totale_bevolking' both become 'totale_bevolking')")
    }

    @Test func periodCodesAndLabels() {
        #expect(PeriodCode("2016JJ00") == PeriodCode(year: 2016))
        #expect(PeriodCode("2016KW03") == PeriodCode(year: 2016, quarter: 3))
        #expect(PeriodCode("2016MM11") == PeriodCode(year: 2016, quarter: 4, month: 11))
        #expect(PeriodCode("2017*") == PeriodCode(year: 2017, provisional: "*"))
        #expect(PeriodCode("2016 3e kwartaal") == PeriodCode(year: 2016, quarter: 3))
        #expect(PeriodCode("2016 november") == PeriodCode(year: 2016, quarter: 4, month: 11))
        #expect(PeriodCode("2016KW05") == nil && PeriodCode("2016MM13") == nil && PeriodCode("Hoogeveen") == nil)
    }

    @Test func quarterAndMonthColumnsAppearWhenThePeriodsHaveThem() throws {
        let table = try parse("Perioden,n\n2016JJ00,1\n2016KW03,2\n2016MM11,3\n").table
        #expect(table.columnNames == ["Perioden", "jaar", "kwartaal", "maand", "n"])
        #expect(try table.column("kwartaal").numbers() == [nil, 3, 4])
        #expect(try table.column("maand").numbers() == [nil, nil, 11])
    }

    @Test func regionCodes() {
        #expect(RegionCode("GM0118")?.level == .gemeente)
        #expect(RegionCode("PV22")?.level == .provincie)
        #expect(RegionCode("NL01")?.level == .land)
        #expect(RegionCode("GM118") == nil && RegionCode("XX0118") == nil)
    }

    @Test func headerNames() {
        #expect(HeaderNames.snakeCase("Vestiging in de gemeente (aantal)") == "vestiging_in_de_gemeente_aantal")
        #expect(HeaderNames.snakeCase("2016") == "_2016")
    }
}

/// Strange input gives a table or a located error, never a crash.
@Suite struct CSVImportRobustnessTests {
    @Test(arguments: [
        "", "\u{FEFF}", "\"a\"", "\"Titel\"\n\"Bron: CBS\"\n", ";;;\n", "a;b;\n;\n", "a;b\r1;2\r", "\"a\";\"b\";\n\"x\";\"1\";\n\"Bron: CBS\";;\n",
        "a,b\n\"1\n2\",3\n", "  \"a\"  ,  \"b\"  \n  \"1\"  ,  2  \n", "a\tb\n1,5\t2\n", "a;b\n.;x\n-;?\n", "Perioden\n2016KW9\n",
        "# source: s\n\"Titel\";;\n", "a;b\n1;2\n\"Voetnoot zonder bron\"\n\n\n",
    ])
    func noCrash(_ text: String) {
        do {
            _ = try CSVImport.parse(Array(text.utf8), origin: "t.csv")
        } catch let error as CSVError {
            #expect(error.line >= 1 && error.column >= 1)
        } catch {
            #expect(error is TableError)
        }
    }

    @Test func signsOnlyMakeANumericColumnOfMissingValues() throws {
        let table = try CSVImport.parse(Array("a;b\n.;x\n-;?\n".utf8), origin: "t.csv").table
        #expect(try table.column("a").numbers() == [nil, nil])
        #expect(try table.column("b").missingFlag(1) == "?")
    }

    @Test func aOneColumnFileHasNoTitleOrFooterLines() throws {
        let table = try CSVImport.parse(Array("naam\nAssen\nEmmen\n".utf8), origin: "t.csv").table
        #expect(try table.column("naam").texts == ["Assen", "Emmen"])
    }

    @Test func oldMacLineEndsAndAFootnoteWithoutSource() throws {
        let imported = try CSVImport.parse(Array("a;b\r1;2\r\"Voetnoot zonder bron\"\r".utf8), origin: "t.csv")
        #expect(try imported.table.column("b").numbers() == [2])
        #expect(imported.table.metadata.notes == ["Voetnoot zonder bron"])
        #expect(imported.table.metadata.sources.isEmpty)
    }
}
