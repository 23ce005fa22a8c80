import Testing
@testable import StreekGraphics

@Suite("SVG writer")
struct SVGWriterTests {
    @Test func numbersHaveFixedPrecisionAndNoNegativeZero() {
        #expect(SVGWriter.number(12.5) == "12.5")
        #expect(SVGWriter.number(3) == "3")
        #expect(SVGWriter.number(-0.001) == "0")
        #expect(SVGWriter.number(-0.256) == "-0.26")
        #expect(SVGWriter.number(1.005, decimals: 1) == "1")
        #expect(SVGWriter.number(.nan) == "0")
    }

    @Test func textAndAttributesAreEscaped() {
        var svg = SVGWriter()
        svg.element("text", [("x", "1"), ("data-name", "a\"b")], text: "<Emmen & co>")
        #expect(svg.text == "<text x=\"1\" data-name=\"a&quot;b\">&lt;Emmen &amp; co&gt;</text>")
    }
}
