import Testing
@testable import StreekDiff

@Suite struct ProseChangeTests {
    @Test func reportsChangedFiguresWithTheirSentence() throws {
        let result = try diff(
            "## Migratie\n\nNaar Hoogeveen verhuisden 1.304 mensen. Het saldo was −434 en dat bleef zo.\n",
            "## Migratie\n\nNaar Hoogeveen verhuisden 1.993 mensen. Het saldo was −434 en dat bleef zo.\n")
        #expect(result.proseChanges.count == 1)
        guard case .figuresChanged(let old, let new, let figures) = try #require(result.proseChanges.first) else {
            Issue.record("expected changed figures")
            return
        }
        #expect(old.text == "Naar Hoogeveen verhuisden 1.304 mensen.")
        #expect(new.text == "Naar Hoogeveen verhuisden 1.993 mensen.")
        #expect(new.context == "Migratie")
        #expect(figures.map(\.index) == [0])
        #expect(figures.first?.change.difference?.value == 689)
    }

    @Test func onlyTheFiguresThatChangedAreListed() throws {
        let result = try diff(
            "In 2016 was het saldo −434 (57%).\n",
            "In 2016 was het saldo 162 (57%).\n")
        guard case .figuresChanged(_, _, let figures) = try #require(result.proseChanges.first) else {
            Issue.record("expected changed figures")
            return
        }
        #expect(figures.map(\.index) == [1])
        #expect(figures.first.map { ValueWording(oldConvention: .nl, newConvention: .nl, reportConvention: .nl).summary($0.change) } == "−434 → 162 (+596)")
    }

    @Test func aRewordedSentenceIsRemovedAndAdded() throws {
        let result = try diff(
            "Eerste zin. Hoogeveen groeit hard. Laatste zin.\n",
            "Eerste zin. Hoogeveen groeit nauwelijks. Laatste zin.\n")
        #expect(result.proseChanges.map(summary) == ["- Hoogeveen groeit hard.", "+ Hoogeveen groeit nauwelijks."])
    }

    @Test func insertedSentencesDoNotDisturbTheAlignment() throws {
        let result = try diff(
            "# Scan\n\nA is 1. B is 2. C is 3.\n",
            "# Scan\n\nA is 1. Nieuw is 9. B is 2. C is 4.\n")
        #expect(result.proseChanges.count == 2)
        guard case .added(let added) = result.proseChanges[0],
              case .figuresChanged(_, let changed, _) = result.proseChanges[1] else {
            Issue.record("expected an added sentence, then a changed figure")
            return
        }
        #expect(added.text == "Nieuw is 9.")
        #expect(changed.text == "C is 4.")
    }

    @Test func headingsAreComparedToo() throws {
        let result = try diff("## Ontwikkeling 2011\n\nTekst.\n", "## Ontwikkeling 2016\n\nTekst.\n")
        guard case .figuresChanged(_, let new, _) = try #require(result.proseChanges.first) else {
            Issue.record("expected a changed heading")
            return
        }
        #expect(new.kind == .heading(level: 2))
        #expect(TextReport(usesColor: false).render(result).contains(
            "Tekst onder “Ontwikkeling 2016”\n  ~ kop: Ontwikkeling 2016\n      2011 → 2016 (+5)\n"))
        #expect(result.proseChanges.count == 1, "the unchanged sentence under it is not reported")
    }

    @Test func alignmentFollowsTheLongestCommonSubsequence() {
        let steps = LongestCommonSubsequence.align(Array("abcd"), Array("axcdy"))
        #expect(steps == [
            .matched(old: 0, new: 0), .removed(old: 1), .inserted(new: 1),
            .matched(old: 2, new: 2), .matched(old: 3, new: 3), .inserted(new: 4),
        ])
        #expect(LongestCommonSubsequence.align([Int](), [1]) == [.inserted(new: 0)])
    }
}

/// `- text`, `+ text` or `~ old => new`, for compact expectations.
func summary(_ change: ProseChange) -> String {
    switch change {
    case .removed(let sentence): "- \(sentence.text)"
    case .added(let sentence): "+ \(sentence.text)"
    case .figuresChanged(let old, let new, _): "~ \(old.text) => \(new.text)"
    }
}
