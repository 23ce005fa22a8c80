import Foundation
import Testing
@testable import StreekNotebook

/// `ConfinedFolder.resolvedPath(below:)` walks only the relative part; it must resolve every path as
/// realpath(3) over the whole path does: plain files, folders, links inside and outside, missing parts.
@Suite("Confined paths: resolving below the folder")
struct ConfinedPathTests {
    @Test func resolvesAsRealpathOverTheWholePath() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("streek-paths-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("Data")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try manager.createDirectory(at: base.appendingPathComponent("buiten"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("a/b/c.csv"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("f.csv"))
        try Data("x".utf8).write(to: base.appendingPathComponent("buiten/geheim.csv"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("binnen").path, withDestinationPath: "a/b")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("naar-buiten").path, withDestinationPath: "../buiten")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("a/terug.csv").path, withDestinationPath: "../f.csv")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("kapot").path, withDestinationPath: "bestaat-niet")
        // The folder itself reached through a link: both ways resolve below the real folder.
        try manager.createSymbolicLink(atPath: base.appendingPathComponent("Link").path, withDestinationPath: "Data")
        defer { try? manager.removeItem(at: base) }

        let paths = ["f.csv", "a/b/c.csv", "a/b", "a/b/nieuw.csv", "a/nieuw/x.csv", "nieuw.csv", "binnen/c.csv",
                     "naar-buiten/geheim.csv", "naar-buiten/nieuw.csv", "a/terug.csv", "kapot", "kapot/x.csv",
                     "f.csv/x", "binnen"]
        for root in [folder, base.appendingPathComponent("Link")] {
            let confined = ConfinedFolder(root)
            for path in paths {
                let walked = confined.resolvedPath(below: path)
                let whole = ConfinedFolder.resolvedPath(ConfinedFolder.joined(confined.resolvedFolder.path, path))
                let asGiven = ConfinedFolder.resolvedPath(ConfinedFolder.joined(confined.folder.path, path))
                #expect(walked == whole, "\(root.lastPathComponent)/\(path)")
                #expect(walked == asGiven, "\(root.lastPathComponent)/\(path)")
            }
            #expect(throws: FileSystemError.self) { try confined.url(for: "naar-buiten/geheim.csv") }
            #expect(try confined.url(for: "binnen/c.csv").path.hasSuffix("binnen/c.csv"))
        }
    }
}
