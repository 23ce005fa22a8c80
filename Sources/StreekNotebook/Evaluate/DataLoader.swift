import Foundation
import StreekCore

/// Reads CSV tables from the project's data, each file once per run. A directive may only read files
/// under Data/: absolute paths, `..` and symbolic links that lead out are refused (see `ConfinedFolder`).
final class DataLoader: @unchecked Sendable {
    let source: any DataSource
    private var cache: [String: Table] = [:]
    private let lock = NSLock()

    init(source: any DataSource) {
        self.source = source
    }

    func table(at relativePath: String) throws -> Table {
        if let problem = ConfinedFolder.problem(with: relativePath) {
            throw DataError("data file '\(relativePath)' \(problem): directives read only files under Data/, named like \"migratie/verhuismutaties.csv\"")
        }
        lock.lock()
        defer { lock.unlock() }
        if let table = cache[relativePath] { return table }
        let bytes: [UInt8]
        do {
            guard let found = try source.contents(of: relativePath) else {
                var message = "data file '\(relativePath)' not found in Data/"
                if let guess = Suggestion.closest(to: relativePath, among: source.csvFiles()) { message += "; did you mean '\(guess)'?" }
                throw DataError(message)
            }
            bytes = found
        } catch let error as FileSystemError {
            throw DataError("cannot read data file \(error)")
        }
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

    func exists(_ relativePath: String) -> Bool {
        ConfinedFolder.problem(with: relativePath) == nil && ((try? source.contents(of: relativePath)) ?? nil) != nil
    }
}

/// A problem with a data file, reported at the directive line that loads it.
struct DataError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
