import StreekCore
import StreekGraphics

/// The municipalities a map can draw: the boundaries of one municipal division (CBS 2023) from
/// `Data/geografie/gemeentegrenzen_2023_rd.csv`, read once per run.
///
/// The file has a fixed layout (`code,naam,grens` after `#` metadata lines; a name with a comma in
/// double quotes), so it is read with a byte scanner of its own: the general CSV reader would turn its
/// 170 KB of coordinates into strings first, which cost a third of a national map's render time.
struct MunicipalBoundaries: Sendable {
    static let file = "geografie/gemeentegrenzen_2023_rd.csv"
    /// The division the boundaries describe: data of older years is aligned to it through the merger table.
    static let divisionYear = 2023

    let shapes: [MapShape]
    let sources: [String]
    private let byCode: [String: Int]
    private let byName: [String: Int]

    init(bytes: [UInt8]) throws {
        var shapes: [MapShape] = [], sources: [String] = []
        var sawHeader = false
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if line.isEmpty { continue }
            if line.first == UInt8(ascii: "#") {
                let text = String(decoding: line, as: UTF8.self)
                if text.hasPrefix("# source:") { sources.append(text.dropFirst(9).trimmingCharacters(in: .whitespaces)) }
                continue
            }
            guard sawHeader else {
                guard String(decoding: line, as: UTF8.self) == "code,naam,grens" else {
                    throw Self.error(lineNumber, Message(nl: "kopregel code,naam,grens verwacht",
                                                         en: "expected the header code,naam,grens"))
                }
                sawHeader = true
                continue
            }
            shapes.append(try Self.shape(line, lineNumber))
        }
        self.shapes = shapes
        self.sources = sources
        byCode = Dictionary(shapes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        byName = Dictionary(shapes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `GM0106,Assen,238460 560630 -1900 740 …` or `GM0820,"Nuenen, Gerwen en Nederwetten",…`
    private static func shape(_ line: ArraySlice<UInt8>, _ lineNumber: Int) throws -> MapShape {
        guard let firstComma = line.firstIndex(of: UInt8(ascii: ",")) else { throw error(lineNumber, Message(nl: "code,naam,grens verwacht",
                                                                                                             en: "expected code,naam,grens")) }
        let code = String(decoding: line[line.startIndex..<firstComma], as: UTF8.self)
        var nameStart = firstComma + 1, nameEnd: Int, ringsStart: Int
        if nameStart < line.endIndex, line[nameStart] == UInt8(ascii: "\"") {
            nameStart += 1
            guard let quote = line[nameStart...].firstIndex(of: UInt8(ascii: "\"")), quote + 1 < line.endIndex,
                  line[quote + 1] == UInt8(ascii: ",") else { throw error(lineNumber, Message(nl: "aanhalingsteken in de naam wordt niet afgesloten",
                                                                                              en: "unclosed quote in the name")) }
            nameEnd = quote
            ringsStart = quote + 2
        } else {
            guard let comma = line[nameStart...].firstIndex(of: UInt8(ascii: ",")) else { throw error(lineNumber, Message(nl: "code,naam,grens verwacht",
                                                                                                                          en: "expected code,naam,grens")) }
            nameEnd = comma
            ringsStart = comma + 1
        }
        let name = String(decoding: line[nameStart..<nameEnd], as: UTF8.self)
        do {
            let rings = try RingText.parse(bytes: line[ringsStart...])
            return MapShape(id: code, name: name, rings: rings)
        } catch {
            throw Self.error(lineNumber, Message(nl: "de grens van \(code) \(name) is niet te lezen: \(error.text(in: .nl))",
                                                 en: "the boundary of \(code) \(name) cannot be read: \(error.text(in: .en))"))
        }
    }

    private static func error(_ line: Int, _ message: Message) -> DataError {
        DataError(Message(nl: "kan gegevensbestand niet lezen: Data/\(file):\(line): \(message.nl)",
                          en: "cannot read data file: Data/\(file):\(line): \(message.en)"))
    }

    static func load(_ data: DataLoader) throws -> MunicipalBoundaries {
        try data.derived(from: file) { try MunicipalBoundaries(bytes: $0) }
    }

    func shape(code: String) -> MapShape? { byCode[code].map { shapes[$0] } }
    func shape(named name: String) -> MapShape? { byName[name].map { shapes[$0] } }
    var names: [String] { shapes.map(\.name) }
}
