import ArgumentParser
import Foundation
import StreekCore
import StreekOptions

/// The `streek-preview` executable that serves `streek watch`.
enum PreviewProgram {
    struct Missing: Error {
        var expected: URL
        var message: Message {
            Message(
                nl: """
                    streek watch heeft het programma streek-preview nodig, maar dat staat niet naast streek \
                    (gezocht: \(expected.path)). Het ontstaat bij het bouwen (swift build -c release) naast \
                    streek in .build/release/; kopieer beide bestanden, streek en streek-preview, naar dezelfde map.
                    """,
                en: """
                    streek watch needs the program streek-preview, which is not next to streek \
                    (looked for: \(expected.path)). The build (swift build -c release) makes it next to \
                    streek in .build/release/; copy both files, streek and streek-preview, into the same folder.
                    """)
        }
    }

    struct CannotStart: Error {
        var program: URL
        var reason: String
        var message: Message {
            Message(nl: "streek watch kan \(program.path) niet starten: \(reason). Controleer of het bestand uitvoerbaar is (chmod +x).",
                    en: "streek watch cannot start \(program.path): \(reason). Check that the file is executable (chmod +x).")
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
