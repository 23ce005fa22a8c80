import PropertyBased
@testable import StreekDocument
import Testing

/// The sidecar trims sentences by whole characters; the version that looks only at the ends must give
/// what the straightforward one (every character reversed twice) gives, on generated text with spaces,
/// tabs, line ends and combining marks (synthetic, made here for the test).
@Suite("sentence trimming")
struct TrimmedTests {
    private static func reference(_ text: String) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    private static let pieces: [String] = [" ", "\t", "\r", "\n", "\r\n", "a", "é", "e\u{301}", " \u{301}", "\u{301}", "€", "."]

    @Test func trimmingMatchesTheStraightforwardDefinition() async {
        await propertyCheck(count: 500, input: Gen<String?>.element(of: Self.pieces).map { $0! }.array(of: 0...10)) { parts in
            let text = parts.joined()
            #expect(text.trimmed == Self.reference(text), "\(Array(text.unicodeScalars))")
            #expect(text[...].trimmed == Self.reference(text))
        }
    }
}
