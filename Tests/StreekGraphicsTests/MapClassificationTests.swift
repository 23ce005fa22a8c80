import Testing
@testable import StreekGraphics

@Suite("Map classification")
struct MapClassificationTests {
    let values: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

    @Test func quantileEdgesInterpolateBetweenOrderStatistics() {
        let fractions = values.map { $0 + 0.5 }
        let classes = MapClasses.classify(fractions, method: .quantiles(4))
        // Type 7: positions 2.25, 4.5, 6.75 between the sorted values 1,5…10,5.
        #expect(classes.cuts == [3.75, 6, 8.25])
        #expect(classes.lowest == 1.5 && classes.highest == 10.5)
        #expect([1.5, 3.75, 5.99, 6, 10.5].map(classes.index) == [0, 1, 1, 2, 3])
    }

    @Test func wholeNumberDataGetsWholeNumberCutsWithoutMovingAnyValue() {
        let classes = MapClasses.classify(values, method: .quantiles(4))
        // 3.25, 5.5 and 7.75 rounded up: every whole number stays in the class it had.
        #expect(classes.cuts == [4, 6, 8])
        #expect(values.map(classes.index) == [0, 0, 0, 1, 1, 2, 2, 3, 3, 3])
    }

    @Test func quantilesOfTiedValuesCollapseIntoFewerClasses() {
        let classes = MapClasses.classify([5, 5, 5, 5, 5, 9], method: .quantiles(3))
        // Type-7 cuts at 5 and 5 coincide with the minimum: one class holds all the fives, never an empty class.
        #expect(classes.cuts == [])
        #expect(classes.count == 1)
    }

    @Test func equalIntervalsSplitTheRange() {
        let classes = MapClasses.classify([0, 3, 101], method: .equalIntervals(4))
        // 25.25, 50.5 and 75.75, rounded up for whole-number data.
        #expect(classes.cuts == [26, 51, 76])
        #expect(classes.index(of: 100) == 3)
    }

    @Test func explicitBreaksAreOpenEndedAndIgnoreTheData() {
        let a = MapClasses.classify([1, 2], method: .breaks([100, 50, 250, 50]))
        let b = MapClasses.classify([900, 3000], method: .breaks([50, 100, 250]))
        #expect(a == b)
        #expect(a.cuts == [50, 100, 250] && a.lowest == nil && a.highest == nil)
        #expect([-5, 49.9, 50, 249, 250, 1e9].map(a.index) == [0, 0, 1, 2, 3, 3])
        let labels = MapText.dutch(title: "", description: "", number: { String(Int($0)) }).classLabels(a)
        #expect(labels == ["minder dan 50", "50 tot 100", "100 tot 250", "250 of meer"])
    }

    @Test func closedClassesNameTheDataRange() {
        let classes = MapClasses.classify(values.map { $0 * 1.5 }, method: .equalIntervals(3))
        let labels = MapText.dutch(title: "", description: "", number: { SVGWriter.number($0, decimals: 1) }).classLabels(classes)
        #expect(labels == ["1.5 tot 6", "6 tot 10.5", "10.5 tot en met 15"])
    }

    @Test func divergingPaletteIsSymmetricAroundZero() {
        let classes = MapClasses.classify([-300, 20, 400], method: .breaks([-100, 0, 100]))
        let colours = MapPalette.diverging.colours(for: classes)
        #expect(colours == ["#ca0020", "#f4a582", "#92c5de", "#0571b0"])
        // A class around zero is neutral; an unequal split keeps the intensity per step from the centre.
        let straddling = MapClasses(cuts: [-50, 50, 150], lowest: nil, highest: nil)
        #expect(MapPalette.diverging.colours(for: straddling) == ["#f4a582", "#f7f7f7", "#92c5de", "#0571b0"])
    }

    @Test func computedClassesForADivergingMapCutAtZero() {
        let classes = MapClasses.classify([-40, -10, 5, 30, 90], method: .equalIntervals(2), centre: 0)
        #expect(classes.cuts == [0, 25])
        #expect([-40, -0.5, 0, 24, 25, 90].map(classes.index) == [0, 0, 1, 1, 2, 2])
        #expect(MapPalette.diverging.colours(for: classes) == ["#f4a582", "#92c5de", "#0571b0"])
    }
}
