import Foundation

/// The `streek` executable built next to this test bundle, run in a project folder.
enum StreekProcess {
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("streek")
    }

    static func process(_ arguments: [String], in root: URL) -> (Process, out: Pipe, err: Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        return (process, out, err)
    }

    /// Runs to the end; returns exit status, standard output and standard error.
    static func run(_ arguments: [String], in root: URL) throws -> (status: Int32, out: String, err: String) {
        let (process, out, err) = process(arguments, in: root)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
