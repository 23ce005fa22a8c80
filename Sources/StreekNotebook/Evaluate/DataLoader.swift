import Foundation
import StreekCore

/// Reads CSV tables from the project's data, each file once per run. A directive may only read files
/// under Data/: absolute paths, `..` and symbolic links that lead out are refused (see `ConfinedFolder`).
final class DataLoader: @unchecked Sendable {
    let source: any DataSource
    private var cache: [String: Table] = [:]
    private let lock = NSLock()
    /// Values built from a data file (the map boundaries), also once per run.
    private var derived: [String: any Sendable] = [:]
    private let derivedLock = NSLock()

    init(source: any DataSource) {
        self.source = source
    }

    func table(at relativePath: String) throws -> Table {
        lock.lock()
        defer { lock.unlock() }
        if let table = cache[relativePath] { return table }
        let bytes = try self.bytes(of: relativePath)
        if let invalid = UTF8Check.firstInvalidOffset(in: bytes) {
            let position = SourceText(bytes: bytes).position(ofOffset: invalid)
            throw DataError("cannot read data file: Data/\(relativePath):\(position.line):\(position.column): not valid UTF-8")
        }
        do {
            let table = try CSVReader.parse(String(decoding: bytes, as: UTF8.self), origin: "Data/" + relativePath)
            cache[relativePath] = table
            return table
        } catch let error as CSVError {
            throw DataError("cannot read data file: Data/\(relativePath):\(error.line):\(error.column): \(error.message)")
        }
    }

    /// `build` applied to the bytes of the file at `relativePath` (for a file with its own fast reader,
    /// such as the map boundaries), computed once per run and shared by every notebook.
    func derived<T: Sendable>(from relativePath: String, _ build: ([UInt8]) throws -> T) throws -> T {
        derivedLock.lock()
        defer { derivedLock.unlock() }
        if let value = derived[relativePath] as? T { return value }
        let value = try build(try bytes(of: relativePath))
        derived[relativePath] = value
        return value
    }

    func exists(_ relativePath: String) -> Bool {
        ConfinedFolder.problem(with: relativePath) == nil && ((try? source.contents(of: relativePath)) ?? nil) != nil
    }

    /// The bytes of a data file, with the path checked and a plain message when it cannot be read.
    private func bytes(of relativePath: String) throws -> [UInt8] {
        if let problem = ConfinedFolder.problem(with: relativePath) {
            throw DataError("data file '\(relativePath)' \(problem): directives read only files under Data/, named like \"migratie/verhuismutaties.csv\"")
        }
        do {
            guard let found = try source.contents(of: relativePath) else {
                var message = "data file '\(relativePath)' not found in Data/"
                if let guess = Suggestion.closest(to: relativePath, among: source.csvFiles()) { message += "; did you mean '\(guess)'?" }
                throw DataError(message)
            }
            return found
        } catch let error as FileSystemError {
            throw DataError("cannot read data file \(error)")
        }
    }
}

/// A problem with a data file, reported at the directive line that loads it.
struct DataError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
