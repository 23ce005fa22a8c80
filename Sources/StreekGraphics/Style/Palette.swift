/// Colours for series: Okabe and Ito's colour-blind-safe set, ordered so that the first colours also differ
/// in lightness (blue, orange, green, …) and stay apart when printed in grey. Lines add a dash pattern and
/// a marker shape per series, so even a grey print tells them apart.
public enum Palette {
    public static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
    public static let dashes = ["", "7 3", "2 3", "9 3 2 3"]

    public static let ink = "#1d1d1f"
    public static let muted = "#5f6368"
    public static let grid = "#e3e6e8"
    public static let reference = "#8a8f94"

    public static func color(_ index: Int) -> String { series[index % series.count] }
    public static func dash(_ index: Int) -> String { dashes[index % dashes.count] }
}
