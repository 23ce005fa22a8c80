import Foundation
import StreekCore

/// Prints a rendered HTML page to PDF with headless Chromium, using the page's own print CSS (A4, page
/// numbers in the margin). The PDF is written next to the target under a temporary name and renamed
/// into place, so a failed print never leaves half a file.
struct PDFPrinter {
    let chromium: URL

    /// How long one page may take before Chromium is stopped.
    static let timeout: TimeInterval = 120

    /// The browser to use: `$STREEK_CHROMIUM`, else the first Chromium or Chrome on the PATH (or in the
    /// usual macOS place).
    /// Throws, with how to install Chromium, when there is none.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFPrinter {
        let manager = FileManager.default
        if let chosen = environment["STREEK_CHROMIUM"], !chosen.isEmpty {
            guard manager.isExecutableFile(atPath: chosen) else {
                throw Failure(Message(nl: "streek render --pdf: STREEK_CHROMIUM=\(chosen) is geen programma dat Streek kan starten",
                                      en: "streek render --pdf: STREEK_CHROMIUM=\(chosen) is not a program Streek can start"))
            }
            return PDFPrinter(chromium: URL(fileURLWithPath: chosen))
        }
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where manager.isExecutableFile(atPath: folder + "/" + name) {
                return PDFPrinter(chromium: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        for app in ["/Applications/Chromium.app/Contents/MacOS/Chromium",
                    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]
            where manager.isExecutableFile(atPath: app) {
            return PDFPrinter(chromium: URL(fileURLWithPath: app))
        }
        throw Failure(installAdvice)
    }

    /// Shown when no browser is found.
    static let installAdvice = Message(nl: """
        streek render --pdf: Chromium is niet gevonden; zonder Chromium kan Streek geen PDF maken.
          Debian/Ubuntu:  sudo apt-get install chromium
          macOS:          brew install --cask chromium
        Of wijs een Chromium of Chrome aan met STREEK_CHROMIUM=/pad/naar/chromium.
        """, en: """
        streek render --pdf: Chromium was not found; without Chromium Streek cannot make a PDF.
          Debian/Ubuntu:  sudo apt-get install chromium
          macOS:          brew install --cask chromium
        Or point STREEK_CHROMIUM=/path/to/chromium at a Chromium or Chrome.
        """)

    struct Failure: Error, BilingualDescription {
        var message: Message
        init(_ message: Message) { self.message = message }
        func description(in language: Language) -> String { message.text(in: language) }
    }

    func print(html: URL, to pdf: URL) throws {
        let manager = FileManager.default
        let folder = pdf.deletingLastPathComponent()
        let process = ProcessInfo.processInfo.processIdentifier
        let temporary = folder.appendingPathComponent(".\(pdf.lastPathComponent).streek-\(process).tmp")
        let profile = manager.temporaryDirectory.appendingPathComponent("streek-chromium-\(process)-\(UUID().uuidString)")
        defer {
            try? manager.removeItem(at: temporary)
            try? manager.removeItem(at: profile)
        }
        try run(arguments: arguments(html: html, output: temporary, profile: profile), profile: profile)
        guard var bytes = try? [UInt8](Data(contentsOf: temporary)), bytes.starts(with: Array("%PDF".utf8)) else {
            throw Failure(Message(nl: "\(pdf.path): Chromium heeft geen PDF geschreven", en: "\(pdf.path): Chromium wrote no PDF"))
        }
        PDFDates.normalize(&bytes, epoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init))
        try Data(bytes).write(to: temporary)
        if rename(temporary.path, pdf.path) != 0 {
            throw Failure(Message(nl: "\(pdf.path): kan de PDF niet op zijn plaats zetten", en: "\(pdf.path): cannot move the PDF into place"))
        }
    }

    private func arguments(html: URL, output: URL, profile: URL) -> [String] {
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
            "--user-data-dir=\(profile.path)",
            // The page's own margin boxes number the pages; Chromium's date/URL header and footer would
            // make every print different.
            "--no-pdf-header-footer",
            // PDF bookmarks from the headings.
            "--generate-pdf-document-outline",
            "--print-to-pdf=\(output.path)",
        ]
        // Chromium refuses to run as root inside its sandbox (containers, CI).
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        arguments.append(html.absoluteURL.absoluteString)
        return arguments
    }

    /// Runs Chromium with its messages going to a file in its throwaway profile folder, so that a hung
    /// browser can be stopped after `timeout` without a reader thread.
    private func run(arguments: [String], profile: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: profile, withIntermediateDirectories: true)
        let log = profile.appendingPathComponent("streek-stderr.txt")
        _ = manager.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        let process = Process()
        process.executableURL = chromium
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = logHandle
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(Message(nl: "kan \(chromium.path) niet starten: \(error.localizedDescription)",
                                  en: "cannot start \(chromium.path): \(error.localizedDescription)"))
        }
        let deadline = Date().addingTimeInterval(Self.timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(Message(nl: "\(chromium.path) gaf na \(Int(Self.timeout)) seconden nog geen PDF; afgebroken",
                                  en: "\(chromium.path) gave no PDF after \(Int(Self.timeout)) seconds; stopped"))
        }
        guard process.terminationStatus == 0 else {
            let messages = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lines = messages.split(separator: "\n").filter { !$0.contains("dbus") }.suffix(5).joined(separator: "\n")
            let tail = lines.isEmpty ? "" : ":\n" + lines
            throw Failure(Message(nl: "\(chromium.path) stopte met status \(process.terminationStatus)\(tail)",
                                  en: "\(chromium.path) stopped with status \(process.terminationStatus)\(tail)"))
        }
    }
}
