import Foundation
import Testing
import StreekDocument
@testable import StreekNotebook

/// The shortcuts of the 40-directive render give what the straightforward code gave: cell texts formatted
/// once per render (`TableTexts`) and Markdown's inline escape with its byte check.
@Suite("Render shortcuts: same output as the straightforward way")
struct RenderShortcutTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every notebook of the project and the benchmark notebooks with tables and maps.
    static let notebooks: [String] = {
        let folders = ["Notebooks", "Benchmarks/Render"]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".md") && $0 != "README.md" && $0 != "nationaal.md" }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    @Test func everyNotebookIsFound() {
        #expect(Self.notebooks.contains("Benchmarks/Render/veertig.md"))
        #expect(Self.notebooks.contains("Benchmarks/Render/kaart.md"))
    }

    @Test(arguments: notebooks)
    func tablesFormattedOnceRenderAsTablesFormattedEachTime(notebook: String) throws {
        let renderer = NotebookRenderer(projectRoot: Self.root)
        let output = try renderer.render(Self.root.appendingPathComponent(notebook))
        let document = output.evaluated.document
        let memo = TableTexts(document)
        #expect(MarkdownRenderer.render(document, figureFolder: "f", tableTexts: memo) == MarkdownRenderer.render(document, figureFolder: "f"))
        #expect(HTMLRenderer.render(document, tableTexts: memo) == HTMLRenderer.render(document))
        let inputs = output.inputs
        #expect(try SidecarFile.file(for: document, inputs: inputs, baseName: "b", tableTexts: memo)
                == SidecarFile.file(for: document, inputs: inputs, baseName: "b"))
        for case .table(let table)? in document.blocks.map(\.content) {
            #expect(memo.cells(of: table, format: document.numberFormat) == table.cellTexts(format: document.numberFormat))
        }
    }

    @Test func aTableTheMemoDoesNotKnowIsFormattedOnTheSpot() throws {
        let document = try TestProject().render("""
            ```streek table
            load "migratie/verhuismutaties.csv" | filter jaar == 2016 | select gemeente, vestiging | top 3 by vestiging
            ```
            """).evaluated.document
        guard case .table(var table)? = document.blocks.compactMap(\.content).first else { Issue.record("expected a table"); return }
        let memo = TableTexts(document)
        let english = NumberFormat(.en)
        #expect(memo.cells(of: table, format: english) == table.cellTexts(format: english))
        table.rows.removeLast()
        #expect(memo.cells(of: table, format: document.numberFormat) == table.cellTexts(format: document.numberFormat))
        #expect(TableTexts().cells(of: table, format: english) == table.cellTexts(format: english))
    }

    @Test func inlineEscapeLeavesPlainTextAndEscapesMarkup() {
        for plain in ["Hoogeveen", "1.234", "−12,5", "’s-Hertogenbosch", "Súdwest-Fryslân", "a b", ""] {
            #expect(MarkdownRenderer.escapeInline(plain) == plain)
        }
        #expect(MarkdownRenderer.escapeInline("a*b") == "a\\*b")
        #expect(MarkdownRenderer.escapeInline("[x]") == "\\[x\\]")
        #expect(MarkdownRenderer.escapeInline("<b>") == "\\<b>")
        #expect(MarkdownRenderer.escapeInline("`c`") == "\\`c\\`")
        #expect(MarkdownRenderer.escapeInline("a\\b") == "a\\\\b")
        #expect(MarkdownRenderer.escapeInline("snake_case") == "snake_case")
        #expect(MarkdownRenderer.escapeInline("_x_") == "\\_x\\_")
        #expect(MarkdownRenderer.escapeInline("een\ntwee\r\ndrie\rvier") == "een twee drie vier")
    }

    @Test func everyDataFileIsReadOnceAndAnAbsentOptionalFileIsStillAnInput() throws {
        let data = CountingData(DataFolder(Self.root.appendingPathComponent("Data")), hiding: "geografie/regio_codes.csv")
        let renderer = NotebookRenderer(projectRoot: Self.root, data: data)
        let output = try renderer.render(Self.root.appendingPathComponent("Benchmarks/Render/veertig.md"))
        let reads = data.reads
        #expect(reads["geografie/gemeentenamen_alias.csv"] == 1)
        #expect(reads.values.allSatisfy { $0 == 1 }, "\(reads.filter { $0.value > 1 })")
        #expect(output.inputs.contains { $0.path.hasSuffix("geografie/regio_codes.csv") && $0.digest == nil })
        #expect(output.inputs.contains { $0.path.hasSuffix("geografie/gemeentenamen_alias.csv") && $0.digest != nil })
    }
}

/// A data source that counts how often each file is read, and can hide one file.
private final class CountingData: DataSource, @unchecked Sendable {
    private let source: any DataSource
    private let hidden: String
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ source: any DataSource, hiding hidden: String) {
        self.source = source
        self.hidden = hidden
    }

    var reads: [String: Int] { lock.lock(); defer { lock.unlock() }; return counts }

    func contents(of relativePath: String) throws -> [UInt8]? {
        lock.lock()
        counts[relativePath, default: 0] += 1
        lock.unlock()
        return relativePath == hidden ? nil : try source.contents(of: relativePath)
    }

    func csvFiles() -> [String] { source.csvFiles().filter { $0 != hidden } }
}

