import StreekCore
import Testing
@testable import StreekNotebook

@Suite("Parsing notebooks")
struct NotebookParserTests {
    private func parse(_ text: String) throws -> Notebook {
        try NotebookParser.parse(SourceText(text), path: "Notebooks/x.md")
    }

    @Test func findsDirectivesWithTheirPositionsAndKinds() throws {
        let notebook = try parse("# T\n\n```streek table\nt = load \"a.csv\"\n  | top 3\n```\n\n```swift\nlet x = 1\n```\n\n~~~streek\nu = from t\n~~~\n")
        #expect(notebook.directives.count == 2)
        #expect(notebook.directives[0].kind == .table)
        #expect(notebook.directives[0].position == SourcePosition(line: 3, column: 1))
        #expect(notebook.directives[0].lines.map(\.text) == ["t = load \"a.csv\"", "  | top 3"])
        #expect(notebook.directives[0].lines[1].position == SourcePosition(line: 5, column: 1))
        #expect(notebook.directives[1].kind == .silent)
        #expect(notebook.directives[1].position.line == 12)
    }

    @Test func ordinaryCodeAndNestedFencesAreNotDirectives() throws {
        let notebook = try parse("````markdown\n```streek table\nt = load \"a.csv\"\n```\n````\n")
        #expect(notebook.directives.isEmpty)
    }

    @Test func unterminatedDirectiveFenceIsAnErrorAtTheFence() throws {
        #expect(throws: NotebookError.self) { try parse("Tekst\n\n```streek\nt = load \"a.csv\"\n") }
        do {
            _ = try parse("Tekst\n\n```streek\nt = load \"a.csv\"\n")
        } catch let error as NotebookError {
            #expect(error.description(in: .en).hasPrefix("Notebooks/x.md:3:1: error: directive fence ``` is never closed"))
            #expect(error.description.hasPrefix("Notebooks/x.md:3:1: fout: het directief met ``` wordt nooit afgesloten"))
        }
    }

    @Test func directiveAtEndOfFileWithoutNewline() throws {
        let notebook = try parse("Tekst\n\n```streek\nt = load \"a.csv\"\n```")
        #expect(notebook.directives.count == 1)
        #expect(notebook.directives[0].replacedBytes.upperBound == notebook.source.bytes.count)
    }

    @Test func crlfLineEndings() throws {
        let notebook = try parse("Tekst `= a.b[c]`\r\n\r\n```streek table\r\nt = load \"a.csv\"\r\n```\r\n")
        #expect(notebook.directives[0].position == SourcePosition(line: 3, column: 1))
        #expect(notebook.directives[0].lines.map(\.text) == ["t = load \"a.csv\""])
        #expect(notebook.figures.map(\.expression) == ["a.b[c]"])
        #expect(notebook.source.lineEnding == "\r\n")
    }

    @Test func byteOrderMarkDoesNotShiftColumns() throws {
        let notebook = try NotebookParser.parse(SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Zie `= t.x[A]`.\n".utf8)), path: "x.md")
        #expect(notebook.figures.count == 1)
        #expect(notebook.figures[0].position == SourcePosition(line: 1, column: 8)) // the mark is not a column
        let figureBytes = notebook.source.bytes[notebook.figures[0].replacedBytes]
        #expect(String(decoding: figureBytes, as: UTF8.self) == "`= t.x[A]`")
    }

    @Test func emptyFile() throws {
        let notebook = try parse("")
        #expect(notebook.directives.isEmpty && notebook.figures.isEmpty)
    }

    @Test func liveFiguresAreCodeSpansStartingWithEquals() throws {
        let notebook = try parse("Een `code` en `= a.b[Aa en Hunze]` en ``= c.d `x` `` en \\`= niet`.\n\n# Kop `= e`\n")
        #expect(notebook.figures.map(\.expression) == ["a.b[Aa en Hunze]", "c.d `x`", "e"])
        #expect(notebook.figures[0].position == SourcePosition(line: 1, column: 18))
        #expect(notebook.figures[2].position.line == 3)
    }

    @Test func equalsSignsAloneAreCodeNotFigures() throws {
        let notebook = try parse("Vergelijk met `==`, `=` of `=>`, maar `=x` en `= y` zijn getallen.\n")
        #expect(notebook.figures.map(\.expression) == ["x", "y"])
    }

    @Test func figuresInsideCodeBlocksAreLeftAlone() throws {
        let notebook = try parse("```text\nZie `= a.b[c]`\n```\n\n    `= d.e`\n")
        #expect(notebook.figures.isEmpty)
    }

    @Test func directiveInsideBlockQuoteKeepsItsContainer() throws {
        let notebook = try parse("> Citaat\n>\n> ```streek text\n> text \"hallo\"\n> ```\n")
        #expect(notebook.directives.count == 1)
        #expect(notebook.directives[0].containerPrefix == "> ")
        #expect(notebook.directives[0].lines.first?.position == SourcePosition(line: 4, column: 3))
    }

    @Test func unknownDirectiveKindSuggestsTheRightOne() {
        #expect(throws: NotebookError.self) { try parse("```streek tabel\nt = load \"a.csv\"\n```\n") }
        do {
            _ = try parse("```streek tabel\nt = load \"a.csv\"\n```\n")
        } catch {
            #expect(error.text(in: .en).contains("did you mean 'streek table'?"))
            #expect(error.text(in: .en).hasPrefix("Notebooks/x.md:1:1: error:"))
            #expect("\(error)".hasPrefix("Notebooks/x.md:1:1: fout: onbekende soort directief 'streek tabel'"))
            #expect("\(error)".hasSuffix("bedoelt u 'streek table'?"))
        }
    }
}
