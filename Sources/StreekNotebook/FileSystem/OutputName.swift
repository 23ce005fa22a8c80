/// File names of a render's variants: `<notebook>-<value>` for each data year (`--all-years`). A value
/// comes from the notebook, so it is reduced to letters, digits, `-` and `_` before it becomes part of a
/// name: no path separator, `..` or control character can reach the file system.
public enum OutputName {
    /// `verzorgingsgebieden-2011`; other characters become `_`, so `/../x` gives `verzorgingsgebieden-____x`.
    /// Nil when the value has nothing usable in it.
    public static func variant(of baseName: String, value: String) -> String? {
        let cleaned = String(value.unicodeScalars.prefix(64).map { scalar -> Character in
            let allowed = (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                && scalar.properties.generalCategory != .control
            return allowed || scalar == "-" || scalar == "_" ? Character(scalar) : "_"
        })
        guard cleaned.contains(where: { $0 != "_" && $0 != "-" }) else { return nil }
        return baseName + "-" + cleaned
    }
}
