import Foundation
import Testing
@testable import StreekCore

@Suite struct CSVReaderTests {
    @Test func readsMetadataHeaderAndTypedColumns() throws {
        let table = try SeedFixtures.migration()
        #expect(table.metadata.sources == ["OIS Groningen, Verzorgingsgebieden van de Drentse steden (2018), tabel verhuismutaties, p. 9"])
        #expect(table.metadata.grain == "finest")
        #expect(table.metadata.title == "Verhuismutaties naar en van de Drentse gemeenten")
        #expect(table.metadata.notes == ["Noordenveld 2016 = 2015"])
        #expect(try table.column("jaar").isNumeric)
        #expect(try !table.column("gemeente").isNumeric)
    }

    @Test func emptyCellIsMissingNotZero() throws {
        let table = try CSVReader.parse("a,b\nx,\ny,0\n", origin: "t.csv")
        #expect(try table.column("b").values == .numbers([nil, 0]))
    }

    @Test func bomAndCRLFAreAccepted() throws {
        let table = try CSVReader.parse("\u{FEFF}# source: s\r\n# grain: finest\r\nnaam,n\r\nAssen,1\r\n\"De Wolden\",2\r\n", origin: "t.csv")
        #expect(table.columnNames == ["naam", "n"])
        #expect(try table.column("naam").values == .texts(["Assen", "De Wolden"]))
        #expect(try table.column("n").values == .numbers([1, 2]))
        #expect(table.metadata.sources == ["s"])
    }

    @Test func quotedFieldsKeepCommasQuotesAndNewlines() throws {
        let table = try CSVReader.parse("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\n", origin: "t.csv")
        #expect(try table.column("a").values == .texts(["x, y", "two\nlines"]))
        #expect(try table.column("b").values == .texts(["he said \"hi\"", "z"]))
    }

    @Test func textColumnWhenAnyCellIsNotANumber() throws {
        let table = try CSVReader.parse("code,n\n0106,1\nGM0014,nan\n", origin: "t.csv")
        #expect(try table.column("code").values == .texts(["0106", "GM0014"]))
        #expect(try table.column("n").values == .texts(["1", "nan"]))
    }

    @Test func unterminatedQuoteReportsLineAndColumn() {
        #expect(throws: CSVError(origin: "t.csv", line: 3, column: 3, message: Message(nl: "veld tussen aanhalingstekens wordt niet afgesloten", en: "unterminated quoted field"))) {
            try CSVReader.parse("a,b\n1,2\n3,\"open\n", origin: "t.csv")
        }
    }

    @Test func raggedRowReportsLineAndColumn() throws {
        do {
            _ = try CSVReader.parse("# source: s\na,b\n1,2\n3,4,5\n", origin: "t.csv")
            Issue.record("expected an error")
        } catch let error as CSVError {
            #expect(error.line == 4)
            #expect(error.column == 5)
            #expect(error.description(in: .en) == "t.csv:4:5: expected 2 fields, found 3")
            #expect(error.description == "t.csv:4:5: 2 velden verwacht, 3 gevonden")
        }
        #expect(throws: CSVError.self) { try CSVReader.parse("a,b\n1\n", origin: "t.csv") }
    }

    @Test func strayQuoteAndUnknownMetadataKeyAreErrors() throws {
        #expect(throws: CSVError(origin: "t.csv", line: 2, column: 3, message: Message(
            nl: "aanhalingsteken midden in een veld zonder aanhalingstekens (zet het hele veld tussen aanhalingstekens en verdubbel het teken)",
            en: "quote inside an unquoted field (quote the whole field and double the quote)"))) {
            try CSVReader.parse("a\nab\"c\n", origin: "t.csv")
        }
        do {
            _ = try CSVReader.parse("# sourse: s\na\n1\n", origin: "t.csv")
            Issue.record("expected an error")
        } catch let error as CSVError {
            #expect(error.line == 1)
            #expect(error.message.en == "unknown metadata key 'sourse'; did you mean 'source'?")
            #expect(error.message.nl == "onbekende sleutel 'sourse' in de metagegevens; bedoelt u 'source'?")
        }
    }

    @Test func duplicateOrEmptyHeaderIsAnError() {
        #expect(throws: CSVError.self) { try CSVReader.parse("a,a\n1,2\n", origin: "t.csv") }
        #expect(throws: CSVError.self) { try CSVReader.parse("a,\n1,2\n", origin: "t.csv") }
        #expect(throws: CSVError.self) { try CSVReader.parse("# source: s\n", origin: "t.csv") }
    }

    @Test func readsFromFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streek-csv-\(UUID().uuidString).csv")
        try "x,y\n1,a\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let table = try CSVReader.read(contentsOf: url)
        #expect(table.rowCount == 1)
        #expect(table[0, "y"] == .text("a"))
    }

    @Test func dialectNamesSeparatorDecimalMarkAndMissingSymbols() throws {
        let dialect = CSVDialect(separator: UInt8(ascii: ";"), decimalMark: UInt8(ascii: ","), missingSymbols: [".", "x"])
        let table = try CSVReader.parse("naam;aandeel;n\n\"Assen; stad\";108,5;.\nEmmen;x;3\n", origin: "t.csv", dialect: dialect)
        #expect(try table.column("naam").values == .texts(["Assen; stad", "Emmen"]))
        #expect(try table.column("aandeel").values == .numbers([108.5, nil]))
        #expect(try table.column("n").values == .numbers([nil, 3]))
        #expect(throws: CSVError(origin: "t.csv", line: 2, column: 5, message: Message(nl: "2 velden verwacht, 3 gevonden", en: "expected 2 fields, found 3"))) {
            try CSVReader.parse("a;b\n1;2;3\n", origin: "t.csv", dialect: dialect)
        }
    }

    @Test func wholeNumbersAreIntegersUntilADecimalTurnsUp() throws {
        let table = try CSVReader.parse("n,m\n1,3000000000\n2,-0\n2.5,4\n", origin: "t.csv")
        #expect(try table.column("n").values == .numbers([1, 2, 2.5]))
        let m = try table.column("m").numbers()
        #expect(m == [3_000_000_000, -0.0, 4])
        #expect(m[1]!.sign == .minus)  // −0 keeps its sign: it is not stored as the integer 0
    }

    @Test func invalidUTF8IsConvertedWhenSingleByteAndAnErrorWhenMixed() throws {
        // A file without any UTF-8 sequence is Windows-1252 (Latin-1): converted, with a warning in the report.
        let single = try CSVImport.parse(Array("a\n".utf8) + [0xC3, 0x28] + Array("\n".utf8), origin: "t.csv")
        #expect(try single.table.column("a").texts == ["Ã("])
        #expect(single.report.warnings.first?.message.en.hasPrefix("the file is not UTF-8; it is read as Windows-1252") == true)
        // A file that is UTF-8 elsewhere: the bad byte is an error at its place.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streek-utf8-\(UUID().uuidString).csv")
        FileManager.default.createFile(atPath: url.path, contents: Data(Array("a\né\n".utf8) + [0xC3, 0x28] + Array("\n".utf8)))
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: CSVError(origin: url.path, line: 3, column: 1, message: Message(
            nl: "byte 0xC3 is geen geldige UTF-8; het bestand mengt UTF-8 met andere bytes; sla het op als UTF-8, of zet encoding \"windows-1252\" in de load-regel als het Windows-1252/Latin-1 is",
            en: "byte 0xC3 is not valid UTF-8; the file mixes UTF-8 with other bytes; save it as UTF-8, or add encoding \"windows-1252\" to the load line if it is Windows-1252/Latin-1"))) { try CSVReader.read(contentsOf: url) }
    }
}
