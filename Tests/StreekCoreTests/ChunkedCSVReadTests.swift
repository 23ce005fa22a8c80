import Testing
@testable import StreekCore

/// The CSV reader cutting a file into pieces read at the same time (`CSVChunkedRead`) against the
/// same reader in one sequence, on seeded random files with quotes (separators, doubled quotes and
/// line ends inside them), CRLF, a BOM, metadata lines, blank lines, padding, missing values and
/// signs, decimal commas, stray texts in number columns and malformed records: the same table down
/// to its text codes and buffers, the same report, or the same error at the same place.
@Suite struct ChunkedCSVReadTests {
    typealias Random = EngineDifferentialTests.Random

    static let seeds: [UInt64] = Array(1...120)

    /// A random file of the kinds `load` meets.
    static func file(seed: UInt64) -> [UInt8] {
        var random = Random(state: seed &* 7919)
        let separator = random.chance(30) ? ";" : ","
        let decimal = separator == ";" && random.chance(70) ? "," : "."
        let newline = random.chance(30) ? "\r\n" : "\n"
        let words = ["Assen", "'s-Hertogenbosch", "Súdwest-Fryslân", "a \"b\" c", "Noord\nHolland", "x, y; z", "", " Emmen ", "GM0106"]
        func text() -> String {
            let word = words[random.below(words.count)]
            let needsQuotes = word.contains("\"") || word.contains("\n") || word.contains(separator) || word.hasPrefix(" ")
            guard needsQuotes || random.chance(15) else { return word }
            return "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        func number(whole: Bool) -> String {
            switch random.below(20) {
            case 0: return ""
            case 1: return "."
            case 2: return "x"
            default:
                let value = random.below(200_000) - 20_000
                return whole ? String(value) : String(value / 100) + decimal + String(format2(abs(value) % 100))
            }
        }
        func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var lines: [String] = []
        if random.chance(50) { lines.append("# source: synthetic test file \(seed)") }
        if random.chance(20) { lines.append("# title: Proef") }
        if random.chance(3) { lines.append("# sorce: typo") }
        let textFirst = random.chance(5)  // a column whose first cell is a text, the rest numbers
        lines.append(["plaats", "jaar", "aantal", "aandeel", "naam"].joined(separator: separator))
        let rows = [3, 40, 150, 400][random.below(4)]
        let broken = random.chance(20) ? random.below(rows) : -1  // one malformed record in some files
        let stray = random.chance(10) ? random.below(rows) : -1  // a text in a number column
        for row in 0..<rows {
            if random.chance(3) { lines.append("") }
            var cells = [text(), row == 0 && textFirst ? "begin" : String(2011 + random.below(10)),
                         number(whole: true), number(whole: false), text()]
            if random.chance(5) { cells[2] = " " + cells[2] + " " }
            if row == stray { cells[2 + random.below(2)] = "onbekend" }
            if row == broken {
                switch random.below(4) {
                case 0: cells.append("extra")
                case 1: cells.removeLast()
                case 2: cells[0] = "stray\"quote"
                default: cells[4] = "\"closed\" then text"
                }
            }
            lines.append(cells.joined(separator: separator))
        }
        if random.chance(3) { lines.append("\"unterminated" + separator + "1") }
        var bytes = Array(lines.joined(separator: newline).utf8)
        if random.chance(70) { bytes += Array(newline.utf8) }
        if random.chance(20) { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        return bytes
    }

    static func read(_ bytes: [UInt8], _ chunking: CSVChunking) -> Result<ImportedTable, CSVError> {
        do {
            return .success(try bytes.withUnsafeBufferPointer { try CSVImport.parse($0, origin: "Data/t.csv", options: .detected, chunking: chunking) })
        } catch let error as CSVError {
            return .failure(error)
        } catch {
            return .failure(CSVError(origin: "unexpected", line: 0, column: 0, message: Message(verbatim: "\(error)")))
        }
    }

    /// Everything a reading decides, buffers included (a table's `==` compares cell values only).
    static func fingerprint(_ imported: ImportedTable) -> String {
        var report = imported.report
        report.piecesReadInParallel = 0
        var lines = ["\(report)", "\(imported.table.metadata)"]
        for column in imported.table.columns {
            switch column.storage {
            case .texts(let cells): lines.append("\(column.name) texts \(cells.codes) \(cells.table.strings)")
            case .numbers(let cells):
                switch cells.buffer {
                case .integers(let values): lines.append("\(column.name) integers \(values) \(cells.validity)")
                case .decimals(let values): lines.append("\(column.name) decimals \(values.map(\.bitPattern)) \(cells.validity)")
                }
            }
            lines.append("flags \(column.missingFlags.map { $0.byRow.sorted { $0.key < $1.key } } ?? [])")
        }
        return lines.joined(separator: "\n")
    }

    @Test func theRandomFilesAreMostlyReadable() {
        let readable = Self.seeds.filter { (try? Self.read(Self.file(seed: $0), .sequential).get()) != nil }
        #expect(readable.count > Self.seeds.count / 2 && readable.count < Self.seeds.count, "\(readable.count) readable")
    }

    @Test(arguments: seeds) func piecesReadTheSameAsOneSequence(seed: UInt64) {
        let bytes = Self.file(seed: seed)
        let sequential = Self.read(bytes, .sequential)
        var random = Random(state: seed)
        for _ in 0..<4 {
            let chunking = CSVChunking(chunks: [2, 3, 5, 9][random.below(4)], minimumBytes: 0, prefixBytes: [0, 1, 40, 300][random.below(4)])
            let chunked = Self.read(bytes, chunking)
            switch (sequential, chunked) {
            case let (.success(one), .success(pieces)):
                let (a, b) = (Self.fingerprint(one).split(separator: "\n"), Self.fingerprint(pieces).split(separator: "\n"))
                let first = zip(a, b).first { $0 != $1 }
                #expect(a == b, "seed \(seed), \(chunking): first difference \(String(describing: first))")
            case let (.failure(one), .failure(pieces)):
                #expect(one == pieces, "seed \(seed), \(chunking)")
            default:
                Issue.record("seed \(seed), \(chunking): \(sequential) against \(chunked)")
            }
        }
    }

    @Test func aCleanFileIsReadInPiecesThatAllJoin() throws {
        let bytes = Array(("plaats,jaar,aantal\n" + (0..<2000).map { "GM\($0 % 50),\(2011 + $0 % 10),\($0)\n" }.joined()).utf8)
        let imported = try Self.read(bytes, CSVChunking(chunks: 4, minimumBytes: 0, prefixBytes: 100)).get()
        #expect(imported.report.piecesReadInParallel == 4)
        #expect(imported.table.rowCount == 2000)
        #expect(try Self.fingerprint(Self.read(bytes, .sequential).get()) == Self.fingerprint(imported))
    }

    @Test func aQuotedLineEndAtTheCutIsReadAgainInSequence() throws {
        // Every record is one long quoted cell spanning many lines, so most cuts fall inside a quote.
        let cell = "\"" + Array(repeating: "regel", count: 40).joined(separator: "\n") + "\""
        let bytes = Array(("tekst,n\n" + (0..<30).map { "\(cell),\($0)\n" }.joined()).utf8)
        let imported = try Self.read(bytes, CSVChunking(chunks: 6, minimumBytes: 0, prefixBytes: 0)).get()
        #expect(imported.report.piecesReadInParallel < 6)
        #expect(imported.table.rowCount == 30)
        #expect(try Self.fingerprint(Self.read(bytes, .sequential).get()) == Self.fingerprint(imported))
    }

    @Test func aPieceThatStartsInsideAQuoteAndStillParsesDoesNotJoin() throws {
        // Read from a line inside a quoted cell, every line parses too (`1,2` and `",N` + `",`), but
        // into other cells: only the check that each piece starts where the one before ended keeps
        // them out.
        let bytes = Array(("t,n\n" + (1...300).map { "\",\n1,2\n\",\($0)\n" }.joined()).utf8)
        let sequential = try Self.read(bytes, .sequential).get()
        #expect(sequential.table.rowCount == 300)
        for chunks in [2, 3, 7, 16] {
            let pieces = try Self.read(bytes, CSVChunking(chunks: chunks, minimumBytes: 0, prefixBytes: 0)).get()
            #expect(Self.fingerprint(pieces) == Self.fingerprint(sequential), "\(chunks) pieces")
        }
    }

    @Test func anErrorLateInTheFileIsReportedWhereOneSequenceReportsIt() {
        let rows = (0..<3000).map { $0 == 2500 ? "GM1,2011,5,extra\n" : "GM\($0 % 7),2011,\($0)\n" }.joined()
        let bytes = Array(("# source: test\nplaats,jaar,aantal\n" + rows).utf8)
        guard case .failure(let chunked) = Self.read(bytes, CSVChunking(chunks: 4, minimumBytes: 0, prefixBytes: 0)),
              case .failure(let sequential) = Self.read(bytes, .sequential) else { Issue.record("expected an error"); return }
        #expect(chunked == sequential)
        #expect("\(chunked.line):\(chunked.column)" == "2503:12")
    }

    @Test func bitmapsAppendLikeBitByBit() {
        var random = Random(state: 5)
        for _ in 0..<200 {
            let first = (0..<random.below(150)).map { _ in random.chance(60) }
            let second = (0..<random.below(150)).map { _ in random.chance(60) }
            var appended = Bitmap(), joined = Bitmap(), later = Bitmap()
            for bit in first { appended.append(bit); joined.append(bit) }
            for bit in second { appended.append(bit); later.append(bit) }
            joined.append(contentsOf: later)
            #expect(joined == appended)
        }
    }
}

extension ChunkedCSVReadTests {
    /// The overlapping loads give the bytes a byte-by-byte packing gives, for every length.
    @Test func bytePackingMatchesByteByByte() {
        var random = Random(state: 11)
        for count in 0...20 {
            for _ in 0..<20 {
                let bytes = (0..<count).map { _ in UInt8(random.below(256)) }
                var low: UInt64 = 0, high: UInt64 = 0
                for (index, byte) in bytes.prefix(16).enumerated() {
                    if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
                }
                let packed = bytes.withUnsafeBufferPointer { BytePacking.words($0) }
                #expect(packed.low == low && packed.high == high, "\(bytes)")
            }
        }
    }
}
