import FuzzSupport
import StreekCore

/// One input = one CSV file. Any table or any `CSVError` is fine; a trap is a finding.
func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let table = try? CSVReader.parse(text, origin: "fuzz.csv") {
        // Touch what a directive would: every column's numbers or texts.
        for name in table.columnNames { _ = try? table.column(name).texts }
    }
    return 0
}

@main
enum FuzzCSVMain {
    static func main() { runFuzzer { fuzzCSV($0, $1) } }
}
