import Foundation
import StreekCore

/// Reads CSV tables from the project's Data/ folder, each file once per run. A directive may only read
/// files under Data/: absolute paths and `..` are refused.
final class DataLoader: @unchecked Sendable {
    let directory: URL
    private struct Key: Hashable { var path: String; var options: LoadOptions }
    private var cache: [Key: (table: Table, warnings: [String])] = [:]
    private let lock = NSLock()
    /// Values built from a data file (the map boundaries), also once per run.
    private var derived: [String: any Sendable] = [:]
    private let derivedLock = NSLock()

    init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    func table(at relativePath: String, options: LoadOptions = .detected) throws -> Table {
        try load(relativePath, options: options).table
    }

    /// The table and the warnings its file gave (`Data/x.csv:8:3: warning: …`), read once per run.
    func load(_ relativePath: String, options: LoadOptions = .detected) throws -> (table: Table, warnings: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let key = Key(path: relativePath, options: options)
        if let loaded = cache[key] { return loaded }
        let url = try confinedURL(relativePath)
        let display = "Data/" + relativePath
        do {
            let imported = try CSVImport.read(contentsOf: url, options: options, origin: display)
            var table = imported.table
            var warnings = imported.report.warnings.map { "\($0.origin):\($0.line):\($0.column): warning: \($0.message)" }
            if table.metadata.sources.isEmpty {
                table.metadata.sources = [Self.sourceNotGiven]
                warnings.append("\(display): warning: the file names no source (a '# source: …' line or a StatLine 'Bron:' line); its tables show 'Bron: \(Self.sourceNotGiven)'")
            }
            cache[key] = (table, warnings)
            return (table, warnings)
        } catch let error as CSVError {
            throw DataError("cannot read data file: \(error.origin):\(error.line):\(error.column): \(error.message)")
        } catch let error as TableError {
            throw DataError("cannot read data file '\(display)': \(error)")
        } catch {
            throw DataError("cannot read data file '\(display)': \(error.localizedDescription)")
        }
    }

    /// Shown as the source of a table whose file names none, so the gap is visible in the report.
    static let sourceNotGiven = "niet opgegeven"

    /// The file under Data/ that `relativePath` names; absolute paths and `..` are refused.
    private func confinedURL(_ relativePath: String) throws -> URL {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        if relativePath.hasPrefix("/") || relativePath.hasPrefix("~") {
            throw DataError("data file '\(relativePath)' must be a path inside Data/ such as \"migratie/verhuismutaties.csv\", not an absolute path")
        }
        if components.contains("..") {
            throw DataError("data file '\(relativePath)' may not use '..': directives read only files under Data/")
        }
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            var message = "data file '\(relativePath)' not found in Data/"
            if let guess = Suggestion.closest(to: relativePath, among: dataFiles()) { message += "; did you mean '\(guess)'?" }
            throw DataError(message)
        }
        return url
    }

    /// `build` applied to the bytes of the file at `relativePath` (for a file with its own fast reader,
    /// such as the map boundaries), computed once per run and shared by every notebook.
    func derived<T: Sendable>(from relativePath: String, _ build: ([UInt8]) throws -> T) throws -> T {
        derivedLock.lock()
        defer { derivedLock.unlock() }
        if let value = derived[relativePath] as? T { return value }
        let url = try confinedURL(relativePath)
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw DataError("cannot read data file 'Data/\(relativePath)': \(error.localizedDescription)")
        }
        let value = try build(bytes)
        derived[relativePath] = value
        return value
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(relativePath).path)
    }

    /// Every CSV under Data/, as paths relative to it, for "did you mean" suggestions.
    private func dataFiles() -> [String] {
        let folder = directory.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        let prefix = folder.path + "/"
        return enumerator.compactMap { ($0 as? URL)?.standardizedFileURL.path }
            .filter { $0.hasSuffix(".csv") && $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .sorted()
    }
}

/// A problem with a data file, reported at the directive line that loads it.
struct DataError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
