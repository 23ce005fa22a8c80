import Foundation
import Testing
import StreekCore
@testable import StreekNotebook

@Suite("Number formatting")
struct NumberFormatTests {
    let dutch = NumberFormat(.nl)
    let english = NumberFormat(.en)

    @Test func dutchStatisticalConventions() {
        #expect(dutch.format(Double(1304)) == "1.304")
        #expect(dutch.format(Double(15761)) == "15.761")
        #expect(dutch.format(Double(1_234_567)) == "1.234.567")
        #expect(dutch.format(Double(108.5)) == "108,5")
        #expect(dutch.format(Double(-434)) == "\u{2212}434")
        #expect(dutch.format(Double(-1304)) == "\u{2212}1.304")
        #expect(dutch.format(Double(57), style: NumberStyle(percent: true)) == "57%")
        #expect(dutch.format(Double(0.25), style: NumberStyle(decimals: 2)) == "0,25")
        #expect(dutch.format(Double(999)) == "999")
    }

    @Test func englishConventions() {
        #expect(english.format(Double(1304)) == "1,304")
        #expect(english.format(Double(108.5)) == "108.5")
        #expect(english.format(Double(-434)) == "-434")
        #expect(english.format(.missing) == "n/a")
    }

    @Test func missingIsNeverZero() {
        #expect(dutch.format(.missing) == "n.n.b.")
        #expect(dutch.format(.missing, style: NumberStyle(percent: true)) == "n.n.b.")
        #expect(dutch.format(Value.number(0)) == "0")
    }

    @Test func roundingIsHalfAwayFromZeroAndNeverShowsMinusZero() {
        #expect(dutch.format(Double(2.5), style: NumberStyle(decimals: 0)) == "3")
        #expect(dutch.format(Double(-2.5), style: NumberStyle(decimals: 0)) == "\u{2212}3")
        #expect(dutch.format(Double(0.05), style: NumberStyle(decimals: 1)) == "0,1")
        #expect(dutch.format(Double(-0.04), style: NumberStyle(decimals: 1)) == "0,0")
        #expect(dutch.format(Double(30.7), style: NumberStyle(decimals: 0, percent: true)) == "31%")
    }

    @Test func signedShowsPlusForGainsOnly() {
        let signed = NumberStyle(signed: true)
        #expect(dutch.format(Double(689), style: signed) == "+689")
        #expect(dutch.format(Double(-519), style: signed) == "\u{2212}519")
        #expect(dutch.format(Double(0), style: signed) == "0")
    }

    @Test func plainDropsThousandsSeparatorForYears() {
        #expect(dutch.format(Double(2016), style: NumberStyle(grouping: false)) == "2016")
        #expect(YearColumns.defaultStyle(for: "jaar") == NumberStyle(grouping: false))
        #expect(YearColumns.defaultStyle(for: "vestiging") == .automatic)
    }

    @Test func enumerations() {
        #expect(dutch.enumeration(["Assen"]) == "Assen")
        #expect(dutch.enumeration(["Assen", "Emmen"]) == "Assen en Emmen")
        #expect(dutch.enumeration(["Assen", "Emmen", "Meppel"]) == "Assen, Emmen en Meppel")
        #expect(english.enumeration(["Assen", "Emmen", "Meppel"]) == "Assen, Emmen and Meppel")
        #expect(dutch.enumeration([]) == "")
    }

    /// The digits come from an integer conversion below 2^63 and from printf above it; both must agree
    /// with printf's "%.0f" at every magnitude, from 1 to beyond 10^19.
    @Test func digitsAgreeWithPrintfAtEveryMagnitude() {
        for step in 0...1950 {
            let whole = pow(10, Double(step) / 100).rounded(.toNearestOrAwayFromZero)
            let expected = String(format: "%.0f", whole)
            let shown = english.format(whole, style: NumberStyle(decimals: 0, grouping: false))
            #expect(shown == expected, "\(whole)")
        }
        #expect(english.format(9.3e18, style: NumberStyle(grouping: false)) == String(format: "%.0f", 9.3e18))
        #expect(english.format(Double(Int64.max), style: NumberStyle(grouping: false)) == "9223372036854775808")
    }

    /// The formatter builds its text in one pass over bytes; it must say exactly what the straightforward
    /// string version (`reference`) says, for every style, sign, language and magnitude in the sweep.
    @Test func onePassFormattingMatchesTheStraightforwardVersion() {
        let mantissas: [Double] = [1, 1.5, 2.345, 9.995, 12.5, 0.05, 99_999.5, 123_456.789, 0.0004]
        let styles = [NumberStyle.automatic, NumberStyle(decimals: 0), NumberStyle(decimals: 2, percent: true),
                      NumberStyle(decimals: 5, signed: true), NumberStyle(decimals: 10), NumberStyle(grouping: false),
                      NumberStyle(decimals: 1, signed: true, grouping: false)]
        for format in [dutch, english] {
            for exponent in -6...17 {
                for mantissa in mantissas {
                    for number in [mantissa * pow(10, Double(exponent)), -mantissa * pow(10, Double(exponent)), 0, -0.0] {
                        for style in styles {
                            #expect(format.format(number, style: style) == reference(format, number, style), "\(number) \(style)")
                        }
                    }
                }
            }
        }
    }

    private func reference(_ format: NumberFormat, _ number: Double, _ style: NumberStyle) -> String {
        let (thousands, decimal, minus) = format.language == .nl ? (".", ",", "\u{2212}") : (",", ".", "-")
        var decimals = min(style.decimals ?? (number == number.rounded() ? 0 : 1), NumberStyle.maximumDecimals)
        var scale = pow(10, Double(decimals))
        if !(abs(number) * scale).isFinite { (decimals, scale) = (0, 1) }
        let rounded = (abs(number) * scale).rounded(.toNearestOrAwayFromZero)
        let digits = String(format: "%.0f", rounded)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        var integer = String(padded.dropLast(decimals))
        if style.grouping {
            var groups: [Substring] = []
            var end = integer.endIndex
            while end > integer.startIndex {
                let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
                groups.insert(integer[start..<end], at: 0)
                end = start
            }
            integer = groups.joined(separator: thousands)
        }
        var text = integer + (decimals > 0 ? decimal + padded.suffix(decimals) : "") + (style.percent ? "%" : "")
        if number < 0, rounded != 0 { text = minus + text } else if style.signed, rounded != 0 { text = "+" + text }
        return text
    }

    @Test func textPassesThrough() {
        #expect(dutch.format(.text("Aa en Hunze")) == "Aa en Hunze")
    }
}
