import Foundation
import StreekCore

/// Writes the files of one render so that nothing escapes, nothing is half-written and sets never mix:
///
/// - every path is checked to stay inside the output folder (`ConfinedFolder`), and no file may land on a
///   protected source (a notebook, a data file) or in a protected folder;
/// - each file is first written to a temporary file created exclusively (`O_EXCL | O_NOFOLLOW`, random
///   name) next to its target, removed on failure and on SIGINT/SIGTERM;
/// - under an exclusive lock on the output folder, the temporaries are renamed over their targets; if one
///   rename fails, the targets already replaced get their previous contents back, so the folder holds the
///   previous complete set.
public enum OutputWriter {
    /// Writes every file of one render into `folder` (paths in `files` are relative to it).
    public static func write(_ files: [OutputFile], into folder: URL) throws {
        try write(files, into: folder, protecting: [])
    }

    /// As `write(_:into:)`, refusing when `folder` is or lies inside a protected folder, or a file would
    /// replace a protected file (the notebooks and data a render reads).
    public static func write(_ files: [OutputFile], into folder: URL, protecting protected: [URL]) throws {
        try refuseProtected(folder: folder, files: files, protected: protected)
        try createFolder(folder)
        let confined = ConfinedFolder(folder)
        let targets = try files.map { try confined.url(for: $0.path) }
        if Set(targets.map(\.path)).count != targets.count {
            throw FileSystemError(path: folder.path, reason: .other(Message(nl: "één render noemt hetzelfde uitvoerbestand twee keer",
                                                                            en: "one render names the same output file twice")))
        }
        var staged: [StagedFile] = []
        defer { for file in staged { file.discard() } }
        for (file, target) in zip(files, targets) {
            try createFolder(target.deletingLastPathComponent())
            _ = try confined.url(for: file.path) // a subfolder just created may not be a link out of the folder
            staged.append(try StagedFile(contents: file.contents, target: target))
        }
        let lock = try FolderLock(confined.folder)
        try replace(staged)
        withExtendedLifetime(lock) {}
    }

    /// Renames every staged file over its target; on a failure, restores what was replaced so far.
    private static func replace(_ staged: [StagedFile]) throws {
        var backups: [(target: URL, backup: StagedFile?)] = []
        defer { for entry in backups { entry.backup?.discard() } }
        for file in staged {
            let backup = StagedFile.backup(of: file.target)
            if rename(file.temporary.path, file.target.path) != 0 {
                let error = FileSystemError(path: file.target.path, errno: errno)
                backup?.discard()
                for entry in backups.reversed() {
                    if let previous = entry.backup { rename(previous.temporary.path, entry.target.path) } else { unlink(entry.target.path) }
                }
                throw error
            }
            file.markRenamed()
            backups.append((file.target, backup))
        }
    }

    private static func refuseProtected(folder: URL, files: [OutputFile], protected: [URL]) throws {
        let resolvedFolder = ConfinedFolder.resolved(folder)
        for source in protected.map(ConfinedFolder.resolved) {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder)
            if exists, isFolder.boolValue, ConfinedFolder.isInside(resolvedFolder, source) {
                throw FileSystemError(path: folder.path, reason: .other(Message(
                    nl: "Streek schrijft geen gerenderde bestanden in \(source.lastPathComponent)/, dat bronnen bevat; kies een andere map voor --out",
                    en: "refusing to write rendered files into \(source.lastPathComponent)/, which holds sources; choose another --out folder")))
            }
            for file in files where ConfinedFolder.resolved(resolvedFolder.appendingPathComponent(file.path)).path == source.path {
                throw FileSystemError(path: source.path, reason: .other(Message(
                    nl: "Streek overschrijft geen bronbestand met gerenderde uitvoer; kies een andere map voor --out",
                    en: "refusing to overwrite a source file with rendered output; choose another --out folder")))
            }
        }
    }

    private static func createFolder(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            throw FileSystemError(path: url.path, reason: exists && !isFolder.boolValue ? .notAFolder : .other(Message(nl: "kan deze map niet maken",
                                                                                                                       en: "cannot create this folder")))
        }
    }
}

extension OutputWriter {
    /// Figure files (`<baseName>/*.svg`) in `folder` that this render no longer produces: a chart or map
    /// that was renamed or removed. The figure folder belongs to its notebook's render, so they are stale.
    public static func leftoverFigures(in folder: URL, baseName: String, keeping files: [OutputFile]) -> [URL] {
        let figures = folder.appendingPathComponent(baseName, isDirectory: true)
        let kept = Set(files.map(\.path))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: figures.path)) ?? []
        return names.filter { $0.hasSuffix(".svg") && !kept.contains(baseName + "/" + $0) }.sorted()
            .map { figures.appendingPathComponent($0) }
    }
}
