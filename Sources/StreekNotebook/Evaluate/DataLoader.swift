import Foundation
import StreekCore

/// Reads CSV tables from the project's Data/ folder, each file once per run. A directive may only read
/// files under Data/: absolute paths and `..` are refused.
final class DataLoader: @unchecked Sendable {
    let directory: URL
    private var cache: [String: Table] = [:]
    private let lock = NSLock()
    /// Values built from a data file (the map boundaries), also once per run.
    private var derived: [String: any Sendable] = [:]
    private let derivedLock = NSLock()

    init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    func table(at relativePath: String) throws -> Table {
        lock.lock()
        defer { lock.unlock() }
        if let table = cache[relativePath] { return table }
        let url = try confinedURL(relativePath)
        do {
            let table = try CSVReader.read(contentsOf: url)
            cache[relativePath] = table
            return table
        } catch let error as CSVError {
            throw DataError("cannot read data file: Data/\(relativePath):\(error.line):\(error.column): \(error.message)")
        } catch {
            throw DataError("cannot read data file 'Data/\(relativePath)': \(error.localizedDescription)")
        }
    }

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
