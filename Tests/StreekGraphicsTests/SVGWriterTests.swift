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

    /// The straightforward escape, character by character (what `escape` did before it walked bytes).
    private func referenceEscape(_ text: String) -> String {
        text.map { character -> String in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(character)
            }
        }.joined()
    }

    @Test func escapingBytesGivesWhatEscapingCharactersGave() {
        let pieces = ["a", "&", "<", ">", "\"", "'", "é", "’s-Hertogenbosch", "'s-Gravenhage", "Súdwest-Fryslân", "🇳🇱", "\r\n", " ", "1.234", ""]
        var state: UInt64 = 11 // a linear congruential sequence: the same strings in every run
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<2_000 {
            let text = (0..<Int(next() % 8)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
            #expect(SVGWriter.escape(text) == referenceEscape(text), "\(text)")
        }
        #expect(SVGWriter.escape("Emmen") == "Emmen")
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() {
        // One Character ("\"" + U+0301) that a character walk left alone, ending an attribute value early.
        #expect(SVGWriter.escape("a\"\u{301} b") == "a&quot;\u{301} b")
        #expect(SVGWriter.escape("<\u{338}") == "&lt;\u{338}")
    }
}
