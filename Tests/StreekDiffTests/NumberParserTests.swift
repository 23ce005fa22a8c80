import Testing
@testable import StreekDiff

@Suite struct NumberParserTests {
    let dutch = NumberParser(convention: .nl)
    let english = NumberParser(convention: .en)

    @Test func readsDutchNumbers() {
        #expect(dutch.parseNumber("1.304") == ParsedNumber(value: 1304, usesGrouping: true))
        #expect(dutch.parseNumber("108,5") == ParsedNumber(value: 108.5, fractionDigits: 1))
        #expect(dutch.parseNumber("\u{2212}434") == ParsedNumber(value: -434))
        #expect(dutch.parseNumber("57%") == ParsedNumber(value: 57, isPercent: true))
        #expect(dutch.parseNumber("1.234.567,25")?.value == 1_234_567.25)
        #expect(dutch.parseNumber("2016") == ParsedNumber(value: 2016))
    }

    @Test func readsEnglishNumbers() {
        #expect(english.parseNumber("1,304") == ParsedNumber(value: 1304, usesGrouping: true))
        #expect(english.parseNumber("108.5") == ParsedNumber(value: 108.5, fractionDigits: 1))
        #expect(english.parseNumber("-434") == ParsedNumber(value: -434))
        #expect(english.parseNumber("57%")?.isPercent == true)
    }

    @Test func rejectsTextAndMalformedGrouping() {
        for text in ["Hoogeveen", "A28", "2011-2016", "1.30", "1,2,3", "", "%", "12,", "−", "1.304,5,6"] {
            #expect(dutch.parseNumber(text) == nil, "\(text)")
        }
        // In English "1.304" is a decimal, in Dutch it is thousands.
        #expect(english.parseNumber("1.304")?.value == 1.304)
        #expect(english.parseNumber("1,30") == nil)
    }

    @Test func classifiesMissingValuesPerConvention() {
        #expect(dutch.parseValue("n.n.b.").isMissing)
        #expect(english.parseValue("n/a").isMissing)
        #expect(english.parseValue("n.n.b.").meaning == .text)
        #expect(dutch.parseValue(" 12 ").text == "12")
    }

    @Test func formatsNumbersBackInEachConvention() {
        let number = ParsedNumber(value: -1304.5, fractionDigits: 1, usesGrouping: true)
        #expect(NumberConvention.nl.format(number) == "\u{2212}1.304,5")
        #expect(NumberConvention.en.format(number) == "-1,304.5")
        #expect(NumberConvention.nl.format(ParsedNumber(value: 689, usesGrouping: true), signed: true) == "+689")
        #expect(NumberConvention.nl.format(ParsedNumber(value: 2016)) == "2016")
        #expect(NumberConvention.nl.format(ParsedNumber(value: 0, fractionDigits: 1), signed: true) == "0,0")
        #expect(NumberConvention.en.format(ParsedNumber(value: 0.05, fractionDigits: 2, isPercent: true)) == "0.05%")
    }

    @Test(arguments: ["1.304", "108,5", "\u{2212}434", "57%", "15.761", "0,25", "1.000.000"])
    func dutchTextSurvivesARoundTrip(_ text: String) throws {
        let number = try #require(dutch.parseNumber(text))
        #expect(NumberConvention.nl.format(number) == text)
    }

    @Test func equalQuantitiesMatchAcrossConventions() {
        let dutchValue = dutch.parseValue("1.304"), englishValue = english.parseValue("1,304")
        #expect(dutchValue.isEquivalent(to: englishValue))
        #expect(!dutch.parseValue("57%").isEquivalent(to: dutch.parseValue("57")))
        #expect(!dutch.parseValue("n.n.b.").isEquivalent(to: dutch.parseValue("0")))
    }
}
