import ArgumentParser
import Foundation
import StreekOptions

/// The `streek-preview` executable that serves `streek watch`.
enum PreviewProgram {
    struct Missing: Error, CustomStringConvertible {
        var expected: URL
        var description: String {
            """
            streek watch heeft het programma streek-preview nodig, maar dat staat niet naast streek \
            (gezocht: \(expected.path)). Het ontstaat bij het bouwen (swift build -c release) naast \
            streek in .build/release/; kopieer beide bestanden, streek en streek-preview, naar dezelfde map.
            """
        }
    }

    struct CannotStart: Error, CustomStringConvertible {
        var program: URL
        var reason: String
        var description: String {
            "streek watch kan \(program.path) niet starten: \(reason). Controleer of het bestand uitvoerbaar is (chmod +x)."
        }
    }

    /// `streek-preview` in the folder of this executable (symbolic links resolved).
    static func locate() throws -> URL {
        guard let folder = StreekBuild.executableFolder else {
            throw Missing(expected: URL(fileURLWithPath: StreekBuild.Executable.preview.rawValue))
        }
        let program = folder.appendingPathComponent(StreekBuild.Executable.preview.rawValue)
        guard FileManager.default.fileExists(atPath: program.path) else { throw Missing(expected: program) }
        return program
    }

    /// Replaces this process with `program` (same process id, so Ctrl-C and the exit status reach it
    /// directly); returns only by throwing.
    static func replaceProcess(with program: URL, arguments: [String]) throws -> Never {
        let argv = ([program.path] + arguments).map { strdup($0) } + [nil]
        execv(program.path, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        throw CannotStart(program: program, reason: reason)
    }
}
