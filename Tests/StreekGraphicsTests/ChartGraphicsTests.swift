import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StreekGraphics

@Suite("Chart graphics: ticks, layout helpers, SVG")
struct ChartGraphicsTests {
    @Test func ticksAreOneTwoFiveStepsCoveringTheData() {
        let counts = NiceTicks(covering: 0, 3261)
        #expect(counts.values == [0, 500, 1000, 1500, 2000, 2500, 3000, 3500])
        #expect(counts.decimals == 0)
        let saldi = NiceTicks(covering: -519, 498)
        #expect(saldi.step == 200)
        #expect(saldi.lower == -600 && saldi.upper == 600)
        let small = NiceTicks(covering: 0, 0.37)
        #expect(small.values == [0, 0.1, 0.2, 0.3, 0.4])
        #expect(small.decimals == 1)
        #expect(NiceTicks(covering: 5, 5).values.first == 0)
        #expect(NiceTicks(covering: 0, 0).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        // Extreme input gives the ends instead of a crash.
        #expect(NiceTicks(covering: -1e308, 1e308).values == [-1e308, 1e308])
        #expect(NiceTicks(covering: 1e30, 1e30 + 1e15).values.count == 2)
    }

    @Test func hugeCoordinatesAreClampedNotACrash() {
        #expect(SVGWriter.number(1e300) == "1000000000000")
        #expect(SVGWriter.number(-1e300) == "-1000000000000")
    }

    @Test func linearScaleMapsBothDirections() {
        let scale = LinearScale(domain: 0, 100, range: 200, 0)
        #expect(scale(25) == 150)
        #expect(LinearScale(domain: 3, 3, range: 0, 10)(3) == 5)
    }

    @Test func labelsAreSpreadApartInOrder() {
        let placed = ChartCanvas.spread([100, 102, 50, 101], gap: 10, within: 0...200)
        #expect(placed == [100, 120, 50, 110])
        let clamped = ChartCanvas.spread([195, 196], gap: 10, within: 0...200)
        #expect(clamped == [190, 200])
    }

    private func spec(_ mark: ChartSpec.Mark, panels: [ChartPanel], series: [String] = ["a"]) -> ChartSpec {
        ChartSpec(mark: mark, orientation: .horizontal, stacking: .grouped, categories: ["Assen", "Emmen & Co"],
                  seriesNames: series, panels: panels, title: "Titel <1>", description: "Beschrijving", idPrefix: "f")
    }

    private let labels = ChartLabels(value: { String(Int($0)) }, tick: { value, _ in String(Int(value)) }, missing: "n.n.b.")

    @Test func svgIsWellFormedAccessibleAndDeterministic() throws {
        for mark in [ChartSpec.Mark.bar, .line, .dot] {
            let chart = spec(mark, panels: [ChartPanel(title: nil, values: [[12, nil], [-3, 40]])], series: ["2011", "2016"])
            let svg = ChartSVG.render(chart, labels: labels)
            #expect(svg == ChartSVG.render(chart, labels: labels))
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("<title id=\"f-titel\">Titel &lt;1&gt;</title>"))
            #expect(svg.contains("Emmen &amp; Co"))
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(mark) SVG is not well-formed: \(String(describing: parser.parserError))")
        }
    }

    @Test func aMissingBarIsLabelledNotDrawnAsZero() {
        let svg = ChartSVG.render(spec(.bar, panels: [ChartPanel(title: nil, values: [[12, nil]])]), labels: labels)
        #expect(svg.contains(">n.n.b.</text>"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 1)
    }

    @Test func aMissingPointBreaksTheLine() {
        var chart = spec(.line, panels: [ChartPanel(title: nil, values: [[1, nil, 3, 4]])])
        chart.categories = ["2011", "2012", "2013", "2014"]
        let svg = ChartSVG.render(chart, labels: labels)
        let path = svg.components(separatedBy: "<path d=\"")[1].prefix { $0 != "\"" }
        #expect(path.filter { $0 == "M" }.count == 2)
    }
}
