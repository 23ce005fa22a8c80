// Whole-process benchmark: load an origin→destination CSV (default: the synthetic national
// table), compute balances and the top 15 partners per place and period, print checksums
// so the work cannot be optimised away and runs can be compared.
import Foundation
import StreekCore

let path = CommandLine.arguments.dropFirst().first ?? "Data/synthetic/flows_national.csv"
do {
    let matrix = try FlowMatrix.load(contentsOf: URL(fileURLWithPath: path), origin: "herkomst",
                                     destination: "bestemming", period: "jaar", count: "personen")
    let balances = matrix.balances()
    let top = matrix.topPartners(15)
    let saldo = try balances.column("saldo").numbers().compactMap { $0 }.reduce(0, +)
    let instroom = try balances.column("instroom").numbers().compactMap { $0 }.reduce(0, +)
    let topTotal = try top.column("totaal").numbers().compactMap { $0 }.reduce(0, +)
    print("places \(matrix.placeCount), periods \(matrix.periods.count)")
    print("balances \(balances.rowCount) rows, instroom \(Int(instroom)), saldo \(Int(saldo))")
    print("top 15 \(top.rowCount) rows, totaal \(Int(topTotal)), first \(top[0, "place"]!) → \(top[0, "partner"]!)")
} catch {
    FileHandle.standardError.write(Data("flows-bench: \(error)\n".utf8))
    exit(1)
}
