import Foundation
import Testing
@testable import StreekNotebook

/// `trimmingSpaces()` replaces Foundation's `trimmingCharacters(in: .whitespaces)` on the render path; it
/// must trim exactly the same characters.
@Suite("Trimming spaces like Foundation")
struct SpaceTrimmingTests {
    @Test func trimsWhatFoundationTrims() {
        let pieces = [" ", "\t", "\u{A0}", "\u{3000}", "\u{2003}", "\u{202F}", "\n", "\r", "\r\n", "\u{200B}", "\u{301}",
                      "a", "`", "~", ">", "é", "🇳🇱", "x y", "\u{85}", "\u{1680}", "\u{FEFF}", ""]
        var state: UInt64 = 7
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var bits = state
            for _ in 0..<Int(bits % 7) {
                bits /= 7
                text += pieces[Int(bits % UInt64(pieces.count))]
                bits /= UInt64(pieces.count)
            }
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let sub = Substring(text)
            #expect(sub.trimmingSpaces() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Every scalar: in Foundation's whitespace set exactly when `isSpaceOrTab`.
    @Test func theSameCharactersAsFoundationsWhitespaceSet() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isSpaceOrTab != CharacterSet.whitespaces.contains(scalar) {
                Issue.record("U+\(String(value, radix: 16)): \(scalar.isSpaceOrTab) here, \(CharacterSet.whitespaces.contains(scalar)) in Foundation")
            }
        }
    }

    @Test func ordinaryCases() {
        #expect("  ```  ".trimmingSpaces() == "```")
        #expect("\t= saldo \u{A0}".trimmingSpaces() == "= saldo")
        #expect("   ".trimmingSpaces() == "")
        #expect("".trimmingSpaces() == "")
        #expect("a\n".trimmingSpaces() == "a\n")
    }
}
