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

    @Test func textPassesThrough() {
        #expect(dutch.format(.text("Aa en Hunze")) == "Aa en Hunze")
    }
}
