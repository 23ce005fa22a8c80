import Foundation
import StreekCore

/// What `streek data FILE` prints: how Streek reads a data file (encoding, separator, decimal mark,
/// title and footer lines), its columns with type and missing values per sign, the first rows, and
/// the `load` line that pins what was detected.
public enum DataOverview {
    public static func describe(_ url: URL, projectRoot: URL, rows: Int = 5) throws -> String {
        let dataFolder = projectRoot.appendingPathComponent("Data").standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        let relative = path.hasPrefix(dataFolder) ? String(path.dropFirst(dataFolder.count)) : path
        let display = path.hasPrefix(dataFolder) ? "Data/" + relative : path
        let imported = try CSVImport.read(contentsOf: url, origin: display)
        let table = imported.table, report = imported.report
        var lines = [display, ""]
        func field(_ label: String, _ value: String) { lines.append(label.padding(toLength: 17, withPad: " ", startingAt: 0) + value) }

        var encoding = report.encoding.rawValue
        if report.hadByteOrderMark { encoding += " (met BOM)" }
        if report.encoding == .windows1252 { encoding += " (omgezet naar UTF-8)" }
        field("codering", encoding)
        field("scheidingsteken", CSVDialect.spelling(report.dialect.separator) + (report.trailingSeparator ? ", ook aan het eind van elke regel" : ""))
        let decimalReason = ["uit de load-regel", "uit de cellen", "geen cel met decimalen; gebruikelijk bij dit scheidingsteken"][report.decimalMarkSource.rawValue]
        field("decimaalteken", CSVDialect.spelling(report.dialect.decimalMark) + " (\(decimalReason))")
        field("duizendtallen", report.dialect.thousandsSeparator.map(CSVDialect.spelling) ?? "geen")
        field("regeleinde", report.lineEnding)
        field("kopregel", "regel \(report.headerLine)")
        for title in report.titleLines { field("titelregel", title) }
        for footer in report.footerLines { field("voetregel", footer) }
        field("bron", table.metadata.sources.isEmpty ? "niet opgegeven (de tabel toont 'Bron: niet opgegeven')" : table.metadata.sources.joined(separator: "; "))
        for renamed in report.renamedHeaders { field("kolomnaam", "'\(renamed.from)' → \(renamed.to)") }

        lines += ["", "\(table.columnNames.count) kolommen, \(table.rowCount) rijen:"]
        let derived = Dictionary(report.periodColumns.flatMap { period in period.derived.map { ($0, period.column) } }, uniquingKeysWith: { a, _ in a })
        let nameWidth = (table.columnNames.map { DirectiveName.spelling($0).count }.max() ?? 0) + 2
        for column in table.columns {
            let missing = (0..<column.count).filter { column[$0].isMissing }.count
            var text = "  " + DirectiveName.spelling(column.name).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            text += (column.isNumeric ? "getal" : "tekst").padding(toLength: 7, withPad: " ", startingAt: 0)
            text += "ontbrekend \(missing)"
            if let flags = column.missingFlags {
                let empty = missing - flags.byRow.count
                text += " (" + (flags.counts.map { "\($0.symbol) \($0.count)" } + (empty > 0 ? ["leeg \(empty)"] : [])).joined(separator: ", ") + ")"
            }
            if let source = derived[column.name] { text += "; uit \(DirectiveName.spelling(source))" }
            if let period = report.periodColumns.first(where: { $0.column == column.name }) {
                text += "; periodecodes → " + period.derived.joined(separator: ", ")
            }
            if let region = report.regionColumns.first(where: { $0.column == column.name }) {
                text += "; regiocodes (" + region.levels.map(\.rawValue).joined(separator: ", ") + ")"
                if region.levels == [.gemeente] { text += ", naam erbij met: geo \(DirectiveName.spelling(column.name))" }
            }
            lines.append(text)
        }
        lines += ["", "eerste rijen:"]
        lines.append("  " + table.columnNames.joined(separator: " | "))
        for row in 0..<min(rows, table.rowCount) {
            lines.append("  " + table.columns.map { $0.missingFlag(row) ?? ($0[row].isMissing ? "" : $0[row].description) }.joined(separator: " | "))
        }
        for warning in report.warnings { lines += ["", "waarschuwing: \(warning.origin):\(warning.line):\(warning.column): \(warning.message.nl)"] }
        lines += ["", "load-regel:", "  tabel = " + loadLine(relative, report)]
        return lines.joined(separator: "\n")
    }

    /// The load line with everything detected written out, so a later export cannot change how it reads.
    static func loadLine(_ path: String, _ report: ImportReport) -> String {
        var line = "load \"\(path)\""
        let dialect = report.dialect
        if dialect.separator != UInt8(ascii: ",") { line += " separator " + CSVDialect.spelling(dialect.separator) }
        if dialect.decimalMark != UInt8(ascii: ".") { line += " decimal " + CSVDialect.spelling(dialect.decimalMark) }
        let usualThousands = dialect.decimalMark == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
        if dialect.thousandsSeparator != usualThousands { line += " thousands " + (dialect.thousandsSeparator.map(CSVDialect.spelling) ?? "none") }
        if report.encoding == .windows1252 { line += " encoding \"windows-1252\"" }
        return line
    }
}
