import Testing
@testable import StreekDiff

/// The diff on hostile or huge input (issue 16): no trap on large numbers, near-linear alignment.
@Suite("Hardening: diff")
struct HardeningDiffTests {
    @Test func hugeNumbersAreFormattedWithoutATrap() {
        #expect(NumberConvention.nl.format(ParsedNumber(value: 1e300, fractionDigits: 2, usesGrouping: true)).hasPrefix("1.000.000.000"))
        let nearLimit = NumberConvention.nl.format(ParsedNumber(value: 1.7e308, fractionDigits: 2, usesGrouping: true))
        #expect(nearLimit.hasPrefix("169.999.999") && !nearLimit.contains(","), "no room for decimals at this size")
        #expect(NumberConvention.nl.format(ParsedNumber(value: 9.3e18)) == "9300000000000000000")
        #expect(NumberConvention.en.format(ParsedNumber(value: 1.5, fractionDigits: 400)) == "1.5000000000")
    }

    @Test func aDiffOfHugeFiguresRuns() throws {
        let digits = String(repeating: "9", count: 400)
        let result = try diff("Het is \(digits) banen.\n", "Het is 1\(digits) banen.\n")
        #expect(!result.isEqual)
        _ = RenderedDiff.report(result, format: .text)
    }

    @Test func identicalLongSequencesAlignInLinearTime() {
        let sequence = (0..<300_000).map { "zin \($0 % 1000)" }
        let steps = LongestCommonSubsequence.align(sequence, sequence)
        #expect(steps.count == sequence.count)
        #expect(steps.allSatisfy { if case .matched(let a, let b) = $0 { a == b } else { false } })
    }

    @Test func longSequencesWithChangesAlignAlongUniqueAnchors() {
        // 200,000 unique sentences, every 1,000th changed: far beyond the exact programme's reach.
        let old = (0..<200_000).map { "zin \($0)" }
        var new = old
        for index in stride(from: 500, to: new.count, by: 1_000) { new[index] = "gewijzigd \(index)" }
        let steps = LongestCommonSubsequence.align(old, new)
        let matched = steps.filter { if case .matched = $0 { true } else { false } }.count
        #expect(matched == old.count - 200)
        #expect(steps.count == old.count + 200)
        // A valid alignment: every index once, in order.
        var lastOld = -1, lastNew = -1
        for step in steps {
            switch step {
            case .matched(let a, let b): #expect(a > lastOld && b > lastNew); lastOld = a; lastNew = b
            case .removed(let a): #expect(a > lastOld); lastOld = a
            case .inserted(let b): #expect(b > lastNew); lastNew = b
            }
        }
    }

    @Test func smallStretchesStillGetTheExactAlignment() {
        let steps = LongestCommonSubsequence.align(Array("ABCBDAB"), Array("BDCABA"))
        #expect(steps.filter { if case .matched = $0 { true } else { false } }.count == 4)
    }

    @Test func aLongRunWithManyPeriodsSplitsInLinearTime() {
        let text = String(repeating: "a.", count: 200_000) + " Einde."
        #expect(SentenceSplitter.sentences(in: text).map(\.count) == [400_000, 6])
    }
}
