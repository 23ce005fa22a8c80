import FuzzSupport
import StreekDiff

/// One input = two rendered files, split at the first NUL byte (or in the middle): both are read, compared
/// and reported (text, md or html by turns). A `RenderedDocumentError` is fine; a trap is a finding.
func fuzzDiff(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = bytes.firstIndex(of: 0) ?? size / 2
    let old = String(decoding: bytes[..<split], as: UTF8.self)
    let new = String(decoding: bytes[min(split + 1, size)...], as: UTF8.self)
    guard let oldDocument = try? MarkdownReader.read(old, name: "old.md"),
          let newDocument = try? MarkdownReader.read(new, name: "new.md") else { return 0 }
    let diff = DocumentDiff(old: oldDocument, new: newDocument)
    // One report per input (chosen by its length), so every format is covered at a third of the cost.
    let formats = ReportFormat.allCases
    _ = RenderedDiff.report(diff, format: formats[size % formats.count], useColor: size % 2 == 0)
    return 0
}

@main
enum FuzzDiffMain {
    static func main() { runFuzzer { fuzzDiff($0, $1) } }
}
