import Foundation
import Testing
@testable import StreekNotebook

/// `FileBytes.read` reads into one buffer sized by the file; it must give exactly what Foundation reads,
/// at every size around its buffer and page boundaries, and the same errors as before.
@Suite("File reading: sized buffer")
struct FileBytesTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streek-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test(arguments: [0, 1, 2, 4095, 4096, 4097, 65535, 65536, 65537, 200_003])
    func readsWhatFoundationReads(size: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let url = folder.appendingPathComponent("f\(size).bin")
        try Data(bytes).write(to: url)
        let read = try FileBytes.read(url, displayPath: "f.bin")
        #expect(read == bytes)
        #expect(read == [UInt8](try Data(contentsOf: url)))
    }

    @Test func readsAFileWhoseSizeTheFileSystemDoesNotKnow() throws {
        // /proc files report size 0 but have contents: read on until the end.
        let url = URL(fileURLWithPath: "/proc/self/status")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let read = try FileBytes.read(url, displayPath: "status")
        #expect(read.count > 100)
        #expect(String(decoding: read, as: UTF8.self).hasPrefix("Name:"))
    }

    @Test func aMissingFileAndAFolderAreErrors() throws {
        #expect(throws: FileSystemError.self) { try FileBytes.read(folder.appendingPathComponent("absent.csv"), displayPath: "absent.csv") }
        do {
            _ = try FileBytes.read(folder, displayPath: "map")
            Issue.record("reading a folder succeeded")
        } catch let error as FileSystemError {
            #expect(error.reason == .isFolder)
        }
    }
}
