import Foundation
import StreekCore

/// Reads CSV tables from the project's data, each file once per run. A directive may only read files
/// under Data/: absolute paths, `..` and symbolic links that lead out are refused (see `ConfinedFolder`).
///
/// Loaders made by `recordingReads()` share the tables read so far and also note, per render, which
/// files it read and the digest of their bytes (the render's inputs for the cache and `streek watch`).
final class DataLoader: @unchecked Sendable {
    /// Data/ on disk (for `forget`), or a folder name only when the data is held in memory.
    let directory: URL
    let source: any DataSource
    private let store: Store
    private let reads: ReadLog?

    convenience init(directory: URL) {
        self.init(source: DataFolder(directory), directory: directory)
    }

    init(source: any DataSource, directory: URL = URL(fileURLWithPath: "/Data")) {
        self.directory = directory.standardizedFileURL
        self.source = source
        store = Store()
        reads = nil
    }

    private init(sharing other: DataLoader) {
        directory = other.directory
        source = other.source
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
    func load(_ relativePath: String, options: LoadOptions = .detected) throws -> (table: Table, warnings: [Message]) {
        store.lock.lock()
        defer { store.lock.unlock() }
        let key = Store.Key(path: relativePath, options: options)
        if let loaded = store.tables[key] {
            reads?.note(relativePath, loaded.digest)
            return (loaded.table, loaded.warnings)
        }
        let display = "Data/" + relativePath
        // Read once, then hash and parse the same bytes: the digest describes exactly what was used.
        // The import checks the encoding itself (a Windows-1252 file is converted, a file that mixes
        // UTF-8 with other bytes is an error at the first bad byte).
        let bytes = try self.bytes(of: relativePath)
        let hashing = ConcurrentDigest(of: bytes)
        do {
            let imported = try CSVImport.parse(bytes, origin: display, options: options)
            var table = imported.table
            var warnings = imported.report.warnings.map {
                Message(nl: "\($0.origin):\($0.line):\($0.column): waarschuwing: \($0.message.nl)",
                        en: "\($0.origin):\($0.line):\($0.column): warning: \($0.message.en)")
            }
            if table.metadata.sources.isEmpty {
                table.metadata.sources = [Self.sourceNotGiven]
                warnings.append(Message(
                    nl: "\(display): waarschuwing: het bestand noemt geen bron (een regel '# source: …' of een StatLine-regel 'Bron:'); de tabellen tonen 'Bron: \(Self.sourceNotGiven)'",
                    en: "\(display): warning: the file names no source (a '# source: …' line or a StatLine 'Bron:' line); its tables show 'Bron: \(Self.sourceNotGiven)'"))
            }
            let digest = hashing.wait()
            store.tables[key] = (table, warnings, digest)
            reads?.note(relativePath, digest)
            return (table, warnings)
        } catch let error as CSVError {
            throw DataError(Message(nl: "kan gegevensbestand niet lezen: \(error.text(in: .nl))",
                                    en: "cannot read data file: \(error.text(in: .en))"))
        } catch let error as TableError {
            throw DataError(Message(nl: "kan gegevensbestand '\(display)' niet lezen: \(error.text(in: .nl))",
                                    en: "cannot read data file '\(display)': \(error.text(in: .en))"))
        }
    }

    /// Shown as the source of a table whose file names none, so the gap is visible in the report.
    static let sourceNotGiven = "niet opgegeven"

    /// The bytes of a data file, with the path checked (`ConfinedFolder`) and a plain message when it
    /// cannot be read.
    private func bytes(of relativePath: String) throws -> [UInt8] {
        if let problem = ConfinedFolder.problem(with: relativePath) {
            throw DataError(Message(
                nl: "gegevensbestand '\(relativePath)' \(problem.nl): directieven lezen alleen bestanden onder Data/, met een naam als \"migratie/verhuismutaties.csv\"",
                en: "data file '\(relativePath)' \(problem.en): directives read only files under Data/, named like \"migratie/verhuismutaties.csv\""))
        }
        do {
            guard let found = try source.contents(of: relativePath) else {
                var message = Message(nl: "gegevensbestand '\(relativePath)' niet gevonden in Data/",
                                      en: "data file '\(relativePath)' not found in Data/")
                if let guess = Suggestion.closest(to: relativePath, among: source.csvFiles()) { message += Message.didYouMean(guess) }
                throw DataError(message)
            }
            return found
        } catch let error as FileSystemError {
            throw DataError(Message(nl: "kan gegevensbestand niet lezen: \(error.text(in: .nl))",
                                    en: "cannot read data file \(error.text(in: .en))"))
        }
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
        let bytes = try self.bytes(of: relativePath)
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
        let found = ConfinedFolder.problem(with: relativePath) == nil && ((try? source.contents(of: relativePath)) ?? nil) != nil
        if !found { reads?.note(relativePath, nil) }
        return found
    }
}

extension DataLoader {
    /// What this run read, shared by every render's loader.
    private final class Store: @unchecked Sendable {
        struct Key: Hashable { var path: String; var options: LoadOptions }
        let lock = NSLock()
        var tables: [Key: (table: Table, warnings: [Message], digest: ContentDigest)] = [:]
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
struct DataError: Error, BilingualDescription {
    var message: Message
    init(_ message: Message) { self.message = message }
    func description(in language: Language) -> String { message.text(in: language) }
}
