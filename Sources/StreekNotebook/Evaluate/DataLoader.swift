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

    func table(at relativePath: String) throws -> Table {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        if relativePath.hasPrefix("/") || relativePath.hasPrefix("~") {
            throw DataError("data file '\(relativePath)' must be a path inside Data/ such as \"migratie/verhuismutaties.csv\", not an absolute path")
        }
        if components.contains("..") {
            throw DataError("data file '\(relativePath)' may not use '..': directives read only files under Data/")
        }
        store.lock.lock()
        defer { store.lock.unlock() }
        if let loaded = store.tables[relativePath] {
            reads?.note(relativePath, loaded.digest)
            return loaded.table
        }
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            var message = "data file '\(relativePath)' not found in Data/"
            if let guess = Suggestion.closest(to: relativePath, among: dataFiles()) { message += "; did you mean '\(guess)'?" }
            throw DataError(message)
        }
        do {
            // Read once, then hash and parse the same bytes: the digest describes exactly what was used.
            let bytes = try Data(contentsOf: url)
            let loaded = (table: try CSVReader.read(bytes, origin: url.path), digest: ContentDigest(of: bytes))
            store.tables[relativePath] = loaded
            reads?.note(relativePath, loaded.digest)
            return loaded.table
        } catch let error as CSVError {
            throw DataError("cannot read data file: Data/\(relativePath):\(error.line):\(error.column): \(error.message)")
        } catch {
            throw DataError("cannot read data file 'Data/\(relativePath)': \(error.localizedDescription)")
        }
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
    /// Tables read in this run, shared by every render's loader.
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var tables: [String: (table: Table, digest: ContentDigest)] = [:]
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
