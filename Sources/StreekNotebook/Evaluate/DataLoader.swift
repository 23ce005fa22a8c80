import Foundation
import StreekCore

/// Reads CSV tables from the project's Data/ folder, each file once per run. A directive may only read
/// files under Data/: absolute paths and `..` are refused.
///
/// Loaders made by `recordingReads()` share the tables read so far and also note, per render, which
/// files it read and the digest of their bytes (the render's inputs for the cache and `streek watch`).
final class DataLoader: @unchecked Sendable {
    let directory: URL
    private let store: Store
    private let reads: ReadLog?

    init(directory: URL) {
        self.directory = directory.standardizedFileURL
        store = Store()
        reads = nil
    }

    private init(sharing other: DataLoader) {
        directory = other.directory
        store = other.store
        reads = ReadLog()
    }

    /// A loader for one render: same tables, its own record of the files read.
    func recordingReads() -> DataLoader { DataLoader(sharing: self) }

    /// The files read through this loader (paths relative to Data/), each with the digest of its bytes,
    /// or nil for a file that was looked for and absent. Sorted by path.
    var filesRead: [(path: String, digest: ContentDigest?)] { reads?.entries ?? [] }

    func table(at relativePath: String, options: LoadOptions = .detected) throws -> Table {
        try load(relativePath, options: options).table
    }

    /// The table and the warnings its file gave (`Data/x.csv:8:3: warning: …`), read once per run.
    func load(_ relativePath: String, options: LoadOptions = .detected) throws -> (table: Table, warnings: [String]) {
        store.lock.lock()
        defer { store.lock.unlock() }
        let key = Store.Key(path: relativePath, options: options)
        if let loaded = store.tables[key] {
            reads?.note(relativePath, loaded.digest)
            return (loaded.table, loaded.warnings)
        }
        let url = try confinedURL(relativePath)
        let display = "Data/" + relativePath
        do {
            // Read once, then hash and parse the same bytes: the digest describes exactly what was used.
            let bytes = Array(try Data(contentsOf: url))
            let imported = try CSVImport.parse(bytes, origin: display, options: options)
            var table = imported.table
            var warnings = imported.report.warnings.map { "\($0.origin):\($0.line):\($0.column): warning: \($0.message)" }
            if table.metadata.sources.isEmpty {
                table.metadata.sources = [Self.sourceNotGiven]
                warnings.append("\(display): warning: the file names no source (a '# source: …' line or a StatLine 'Bron:' line); its tables show 'Bron: \(Self.sourceNotGiven)'")
            }
            let digest = ContentDigest(of: bytes)
            store.tables[key] = (table, warnings, digest)
            reads?.note(relativePath, digest)
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
        store.derivedLock.lock()
        defer { store.derivedLock.unlock() }
        if let known = store.derived[relativePath], let value = known.value as? T {
            reads?.note(relativePath, known.digest)
            return value
        }
        let url = try confinedURL(relativePath)
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw DataError("cannot read data file 'Data/\(relativePath)': \(error.localizedDescription)")
        }
        let value = try build(bytes)
        let digest = ContentDigest(of: bytes)
        store.derived[relativePath] = (value, digest)
        reads?.note(relativePath, digest)
        return value
    }

    /// Drops what was read from these files (absolute paths), so that the next read sees them anew.
    func forget(_ paths: Set<String>) {
        let named = { (relativePath: String) in paths.contains(self.directory.appendingPathComponent(relativePath).standardizedFileURL.path) }
        store.lock.lock()
        store.tables = store.tables.filter { !named($0.key.path) }
        store.lock.unlock()
        store.derivedLock.lock()
        store.derived = store.derived.filter { !named($0.key) }
        store.derivedLock.unlock()
    }

    /// Whether an optional file is there. An absent file is recorded as an input: adding it changes the
    /// render. A present one is recorded when it is read.
    func exists(_ relativePath: String) -> Bool {
        let found = FileManager.default.fileExists(atPath: directory.appendingPathComponent(relativePath).path)
        if !found { reads?.note(relativePath, nil) }
        return found
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

extension DataLoader {
    /// What this run read, shared by every render's loader.
    private final class Store: @unchecked Sendable {
        struct Key: Hashable { var path: String; var options: LoadOptions }
        let lock = NSLock()
        var tables: [Key: (table: Table, warnings: [String], digest: ContentDigest)] = [:]
        /// Values built from a data file (the map boundaries).
        let derivedLock = NSLock()
        var derived: [String: (value: any Sendable, digest: ContentDigest)] = [:]
    }

    /// The files one render read.
    private final class ReadLog: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: ContentDigest?] = [:]

        func note(_ path: String, _ digest: ContentDigest?) {
            lock.lock()
            defer { lock.unlock() }
            files[path] = digest
        }

        var entries: [(path: String, digest: ContentDigest?)] {
            lock.lock()
            defer { lock.unlock() }
            return files.keys.sorted().map { ($0, files[$0]!) }
        }
    }
}

/// A problem with a data file, reported at the directive line that loads it.
struct DataError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
