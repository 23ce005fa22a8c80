import Foundation
import Testing

/// `streek render --pdf` on the real quick scan, read back with poppler's `pdftotext`: nothing of a table
/// may be cut off at the page edge (pdftotext drops text outside the page), and every page is numbered.
/// Needs Chromium and poppler-utils; `.ci/run` installs both and sets STREEK_REQUIRE_PDF so a missing
/// tool fails the run instead of skipping the test.
@Suite("streek render --pdf", .serialized)
struct PDFTests {
    static let toolsPresent = ProgramRun.installed("pdftotext") != nil
        && (ProgramRun.installed("chromium") != nil || ProgramRun.installed("chromium-browser") != nil
            || ProgramRun.installed("google-chrome") != nil)
    static let required = ProcessInfo.processInfo.environment["STREEK_REQUIRE_PDF"] == "1"

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streek-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test(.enabled(if: toolsPresent || required)) func quickScanPrintsWithEveryTableWholeAndNumberedPages() throws {
        let pdf = try printQuickScan()
        let markdown = try String(contentsOf: folder.appendingPathComponent("verzorgingsgebieden.md"), encoding: .utf8)
        let pages = try pageTexts(of: pdf)
        #expect(pages.count > 5)

        // Every page carries "n / total" in its bottom margin.
        for (index, page) in pages.enumerated() {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let numbered = lines.contains("\(index + 1) / \(pages.count)")
            #expect(numbered, "page \(index + 1) has no page number")
        }

        let tables = PipeTable.all(in: markdown)
        #expect(tables.count > 20)
        let everything = squeezed(pages.joined())
        for table in tables {
            for header in table.headers {
                let printed = everything.contains(squeezed(header))
                #expect(printed, "header '\(header)' is not printed")
            }
        }

        // The widest table: every header on the page where its caption is, and every row's figures whole
        // and in order (a column cut off at the page edge loses its header and its cells).
        let widest = try #require(tables.max { $0.headers.count < $1.headers.count })
        #expect(widest.headers.contains("Saldo 2016"))
        let caption = try #require(widest.caption)
        let page = try #require(pages.first { squeezed($0).contains(squeezed(caption)) }, "caption '\(caption)' is not printed")
        for header in widest.headers {
            let onPage = squeezed(page).contains(squeezed(header))
            #expect(onPage, "header '\(header)' is not on the table's page")
        }
        for row in widest.rows {
            let whole = everything.contains(squeezed(row.dropFirst().joined()))
            #expect(whole, "row '\(row.joined(separator: " | "))' is not printed whole")
        }
    }

    /// The quick scan's file overview is too wide for a portrait page and too long for one page: it gets
    /// landscape pages, and its header is repeated on each.
    @Test(.enabled(if: toolsPresent || required)) func aLongWideTableGoesLandscapeAndRepeatsItsHeader() throws {
        let pdf = try printQuickScan()
        let pages = try pageTexts(of: pdf)
        let withHeader = pages.indices.filter { squeezed(pages[$0]).contains(squeezed("Berekend in dit notebook")) }
        #expect(withHeader.count >= 2, "the overview's header is on pages \(withHeader.map { $0 + 1 })")
        let info = try ProgramRun.run(try #require(ProgramRun.installed("pdfinfo")), ["-f", "1", "-l", "\(pages.count)", pdf.path], in: folder)
        // pdfinfo: "Page   22 size:  841.92 x 594.96 pts (A4)".
        var landscapePages: Set<Int> = []
        for line in info.out.split(separator: "\n") where line.hasPrefix("Page") && line.contains("841.92 x 594.96") {
            if let number = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) { landscapePages.insert(number - 1) }
        }
        for page in withHeader {
            #expect(landscapePages.contains(page), "page \(page + 1) is not landscape")
        }
        #expect(landscapePages.count < pages.count / 2)
    }

    @Test(.enabled(if: toolsPresent || required)) func printingTwiceGivesTheSameFile() throws {
        #expect(try ProgramRun.run(ProgramRun.streek, ["init", "p"], in: folder).status == 0)
        let project = folder.appendingPathComponent("p")
        let pdf = project.appendingPathComponent("Rendered/eerste-rapport.pdf")
        #expect(try ProgramRun.run(ProgramRun.streek, ["render", "--pdf"], in: project).status == 0)
        let first = try Data(contentsOf: pdf)
        #expect(first.starts(with: Data("%PDF".utf8)))
        Thread.sleep(forTimeInterval: 1.1)  // Chromium's own time stamps have whole seconds.
        #expect(try ProgramRun.run(ProgramRun.streek, ["render", "--pdf"], in: project).status == 0)
        #expect(try Data(contentsOf: pdf) == first)

        let dated = try ProgramRun.run(ProgramRun.streek, ["render", "--pdf"], in: project,
                                       environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(dated.status == 0)
        let info = try ProgramRun.run(try #require(ProgramRun.installed("pdfinfo")), [pdf.path], in: folder)
        #expect(info.out.contains("2023"), "\(info.out)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Rendered").path)
        #expect(leftovers.filter { $0 != ".streek-cache" }.sorted() == ["eerste-rapport.html", "eerste-rapport.json", "eerste-rapport.md", "eerste-rapport.pdf"])
    }

    /// Without a browser, `--pdf` says how to get one, fails, and writes nothing.
    @Test func withoutChromiumPDFExplainsAndWritesNothing() throws {
        #expect(try ProgramRun.run(ProgramRun.streek, ["init", "p"], in: folder).status == 0)
        let project = folder.appendingPathComponent("p")
        let result = try ProgramRun.run(ProgramRun.streek, ["render", "--pdf"], in: project,
                                        environment: ["PATH": "/nonexistent", "STREEK_CHROMIUM": ""])
        #expect(result.status != 0)
        #expect(result.err.contains("Chromium is niet gevonden"))
        #expect(result.err.contains("apt-get install chromium"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Rendered").path).isEmpty)

        let chosen = try ProgramRun.run(ProgramRun.streek, ["render", "--pdf"], in: project,
                                        environment: ["STREEK_CHROMIUM": "/nonexistent/chromium"])
        #expect(chosen.status != 0)
        #expect(chosen.err.contains("STREEK_CHROMIUM=/nonexistent/chromium is geen programma"))
    }

    /// Renders the repository's quick scan with `--pdf` into this test's folder; returns the PDF.
    private func printQuickScan() throws -> URL {
        let repository = ProgramRun.repository
        let render = try ProgramRun.run(ProgramRun.streek, [
            "render", repository.appendingPathComponent("Notebooks/verzorgingsgebieden.md").path,
            "--project", repository.path, "--out", folder.path, "--pdf",
        ], in: folder)
        try #require(render.status == 0, "\(render.err)")
        return folder.appendingPathComponent("verzorgingsgebieden.pdf")
    }

    /// The text of each page, as pdftotext reads it (pages end with a form feed).
    private func pageTexts(of pdf: URL) throws -> [String] {
        let pdftotext = try #require(ProgramRun.installed("pdftotext"))
        let text = try ProgramRun.run(pdftotext, [pdf.path, "-"], in: folder)
        try #require(text.status == 0, "\(text.err)")
        var pages = text.out.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// Without any white space, so that a header wrapped at a space or after a hyphen still matches.
    private func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }
}

/// A pipe table of a rendered Markdown file: caption, headers and cells with Markdown escapes undone.
struct PipeTable {
    var caption: String?
    var headers: [String]
    var rows: [[String]]

    /// Tables folded into `<details>` (the numbers behind a map) are left out: print shows the map itself.
    static func all(in markdown: String) -> [PipeTable] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var folded = Array(repeating: false, count: lines.count)
        var inside = false
        for (number, line) in lines.enumerated() {
            if line.hasPrefix("<details") { inside = true }
            if line.hasPrefix("</details>") { inside = false }
            folded[number] = inside
        }
        var tables: [PipeTable] = []
        var index = 1
        while index < lines.count {
            guard !folded[index], lines[index].hasPrefix("| :--") || lines[index].hasPrefix("| --:"), lines[index - 1].hasPrefix("| ") else {
                index += 1
                continue
            }
            // `**Caption**`, a blank line, then the table.
            let above = index >= 3 ? lines[index - 3] : ""
            let caption = above.hasPrefix("**") && above.hasSuffix("**") ? String(above.dropFirst(2).dropLast(2)) : nil
            var table = PipeTable(caption: caption, headers: cells(lines[index - 1]), rows: [])
            index += 1
            while index < lines.count, lines[index].hasPrefix("| ") {
                table.rows.append(cells(lines[index]))
                index += 1
            }
            tables.append(table)
        }
        return tables
    }

    private static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for character in line.dropFirst(2).dropLast(2) {
            if escaped { current.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == "|" { cells.append(current.trimmingCharacters(in: .whitespaces)); current = "" }
            else { current.append(character) }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        // A total row is bold cell by cell.
        return cells.map { $0.count > 4 && $0.hasPrefix("**") && $0.hasSuffix("**") ? String($0.dropFirst(2).dropLast(2)) : $0 }
    }
}
