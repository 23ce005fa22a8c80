/// The version of streek. Part of every render's cache key: a new version renders everything anew.
public enum StreekVersion {
    public static let current = "0.2.0"
}
