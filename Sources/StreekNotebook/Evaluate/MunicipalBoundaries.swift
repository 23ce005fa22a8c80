import StreekCore
import StreekGraphics

/// The municipalities a map can draw: the boundaries of one municipal division (CBS 2023) from
/// `Data/geografie/gemeentegrenzen_2023_rd.csv`, read once per run.
struct MunicipalBoundaries: Sendable {
    static let file = "geografie/gemeentegrenzen_2023_rd.csv"
    /// The division the boundaries describe: data of older years is aligned to it through the merger table.
    static let divisionYear = 2023

    let shapes: [MapShape]
    let sources: [String]
    private let byCode: [String: Int]
    private let byName: [String: Int]

    init(table: Table) throws {
        let codes = try table.column("code").texts, names = try table.column("naam").texts
        let boundaries = try table.column("grens").texts
        var shapes: [MapShape] = []
        shapes.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            guard let code = codes[row], let name = names[row], let boundary = boundaries[row] else {
                throw DataError("Data/\(Self.file): row \(row + 1) has an empty cell")
            }
            do {
                shapes.append(MapShape(id: code, name: name, rings: try RingText.parse(Substring(boundary))))
            } catch {
                throw DataError("Data/\(Self.file): the boundary of \(code) \(name) cannot be read: \(error)")
            }
        }
        self.shapes = shapes
        sources = table.metadata.sources
        byCode = Dictionary(shapes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        byName = Dictionary(shapes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func load(_ data: DataLoader) throws -> MunicipalBoundaries {
        try data.derived(from: file) { try MunicipalBoundaries(table: $0) }
    }

    func shape(code: String) -> MapShape? { byCode[code].map { shapes[$0] } }
    func shape(named name: String) -> MapShape? { byName[name].map { shapes[$0] } }
    var names: [String] { shapes.map(\.name) }
}
