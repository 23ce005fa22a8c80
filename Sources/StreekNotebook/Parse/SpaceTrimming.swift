extension StringProtocol {
    /// The text without spaces and tabs at either end: what Foundation's `trimmingCharacters(in:
    /// .whitespaces)` gives (Unicode's space separators, the tab and the zero-width space), without its
    /// character sets, whose first use cost every render about a tenth of a millisecond.
    func trimmingSpaces() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// A tab, a space separator (general category Zs: the space, the no-break space, the ideographic
    /// space, …) or the zero-width space: Foundation's `CharacterSet.whitespaces`.
    var isSpaceOrTab: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return value == 0x200B || properties.generalCategory == .spaceSeparator
    }
}
