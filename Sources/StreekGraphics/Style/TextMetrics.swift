/// Estimated widths of text in a Helvetica/Arial-like sans-serif, so labels can be given room without a
/// font engine. Generous on purpose: a label that is estimated too wide only wastes a little space.
public enum TextMetrics {
    public static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += em(scalar) }
        return ems * fontSize
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", ".", ",", ":", ";", "'", "!", "|", "i", "j", "l", "I": return 0.29
        case "f", "t", "r", "(", ")", "[", "]", "-", "/": return 0.37
        case "m", "w", "M", "W", "%", "@": return 0.86
        case "A"..."Z": return 0.7
        case "0"..."9", "+", "\u{2212}", "=": return 0.57
        case "a"..."z": return 0.56
        default: return scalar.value > 0x2000 ? 0.6 : 0.62
        }
    }

    /// `text` shortened with an ellipsis to fit `width`.
    public static func truncated(_ text: String, toFit width: Double, fontSize: Double) -> String {
        guard self.width(text, fontSize: fontSize) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty, self.width(String(characters) + "…", fontSize: fontSize) > width { characters.removeLast() }
        return String(characters) + "…"
    }
}
