import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StreekGraphics

@Suite("Choropleth maps")
struct ChoroplethMapTests {
    /// The project's real boundaries (Data/geografie), read without the notebook's CSV reader.
    static let shapes: [MapShape] = {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(contentsOf: root.appendingPathComponent("Data/geografie/gemeentegrenzen_2023_rd.csv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            // code,naam,grens; a name with a comma is quoted ("Nuenen, Gerwen en Nederwetten").
            let code = line.prefix(6), rest = line.dropFirst(7)
            let quoted = rest.hasPrefix("\"")
            let nameEnd = quoted ? rest.dropFirst().firstIndex(of: "\"")! : rest.firstIndex(of: ",")!
            let name = rest[rest.index(rest.startIndex, offsetBy: quoted ? 1 : 0)..<nameEnd]
            let rings = rest[rest.index(nameEnd, offsetBy: quoted ? 2 : 1)...]
            return MapShape(id: String(code), name: String(name), rings: try! RingText.parse(rings))
        }
    }()

    func text() -> MapText {
        MapText.dutch(title: "Kaart", description: "Een kaart", number: { SVGWriter.number($0, decimals: 0) })
    }

    @Test func theDivisionHas342Municipalities() {
        #expect(Self.shapes.count == 342)
        #expect(Self.shapes.contains { $0.id == "GM0106" && $0.name == "Assen" })
    }

    @Test func aNationalMapIsSmallDeterministicAndWellFormedXML() throws {
        let values = Dictionary(uniqueKeysWithValues: Self.shapes.enumerated().map { ($1.id, Double($0 % 17)) })
        let map = ChoroplethMap(frame: MapFrame(shapes: Self.shapes, extent: [], width: 560), panels: [.init(values: values)],
                                classes: MapClasses.classify(Array(values.values), method: .quantiles(5)),
                                text: text(), idPrefix: "k")
        let svg = map.svg()
        #expect(svg == map.svg())
        #expect(svg.utf8.count <= 150_000, "national map is \(svg.utf8.count) bytes")
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("role=\"img\"") && svg.contains("<title id=\"k-title\">Kaart</title>"))
    }

    @Test func missingValuesAreHatchedAndNamedNeverTheLowestClass() {
        let extent = ["GM0106", "GM0114", "GM0118"]
        let panel = ChoroplethMap.Panel(values: ["GM0106": 1, "GM0114": 5])
        let map = ChoroplethMap(frame: MapFrame(shapes: Self.shapes, extent: Set(extent), width: 560), panels: [panel],
                                classes: MapClasses.classify([1, 5], method: .breaks([3])), text: text(), idPrefix: "m")
        let svg = map.svg()
        #expect(svg.contains("<g fill=\"url(#m-geen-kaart)\"><path"))
        #expect(svg.contains("<title>Hoogeveen: geen gegevens</title>"))
        #expect(svg.contains(">geen gegevens</text>"))
        let lowest = MapPalette.sequential.colours(for: MapClasses(cuts: [3], lowest: nil, highest: nil))[0]
        #expect(!svg.contains("<g fill=\"\(lowest)\"><path d=\"M") || !svg.contains("Hoogeveen: 1"))
        // Without a missing area, the legend does not mention it.
        let complete = ChoroplethMap(frame: MapFrame(shapes: Self.shapes, extent: ["GM0106"], width: 560), panels: [.init(values: ["GM0106": 1])],
                                     classes: MapClasses.classify([1], method: .breaks([3])), text: text(), idPrefix: "c")
        #expect(!complete.svg().contains(">geen gegevens</text>"))
    }

    @Test func smallMultiplesShareClassesAndPaths() {
        let extent = ["GM0106", "GM0109", "GM0114", "GM0118", "GM0119"]
        let panels = extent.map { city in ChoroplethMap.Panel(title: city, values: [city: 10]) }
        let map = ChoroplethMap(frame: MapFrame(shapes: Self.shapes, extent: Set(extent), width: 280), panels: panels,
                                classes: MapClasses.classify([10], method: .breaks([5, 20])),
                                outlined: extent, labelled: extent, text: text(), idPrefix: "s")
        let svg = map.svg()
        #expect(svg.components(separatedBy: "<svg x=").count - 1 == 5)
        #expect(svg.components(separatedBy: ">Assen</text>").count - 1 == 5)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func pathsUseWholeTenthsOfAPixelAndRelativeSteps() {
        let square = MapShape(id: "x", name: "x", rings: [[MapPoint(x: 0, y: 0), MapPoint(x: 10, y: 0),
                                                            MapPoint(x: 10, y: 10), MapPoint(x: 0, y: 10)]])
        let viewport = MapViewport(extent: square.bounds, width: 100, margin: 0)
        #expect(viewport.pathData(square.rings) == "M0 1000l1000 0 0-1000-1000 0z")
    }
}
