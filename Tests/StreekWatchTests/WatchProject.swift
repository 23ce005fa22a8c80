import Foundation

/// A throwaway project with two notebooks reading one data file each (real figures from the quick
/// scan: OIS Groningen 2018, §3.1).
struct WatchProject {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("streek-watch-\(UUID().uuidString)")
        try write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Verhuismutaties, §3.1
            gemeente,jaar,vestiging,vertrek
            Hoogeveen,2016,1993,2427
            Emmen,2016,3057,3001

            """, to: "Data/verhuismutaties.csv")
        try write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), top-15-tabellen, §3.1
            herkomst,bestemming,periode,personen
            De Wolden,Hoogeveen,2011-2016,966
            Hoogeveen,De Wolden,2011-2016,1138

            """, to: "Data/verhuisstromen.csv")
        try write("""
            # Mutaties

            Hoogeveen: `= t.vestiging[Hoogeveen]`.

            ```streek table
            t = load "verhuismutaties.csv"
            ```

            """, to: "Notebooks/mutaties.md")
        try write("""
            # Stromen

            ```streek table
            s = load "verhuisstromen.csv"
            ```

            """, to: "Notebooks/stromen.md")
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func replace(_ old: String, with new: String, in path: String) throws {
        guard let text = read(path), text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
        try write(text.replacingOccurrences(of: old, with: new), to: path)
    }
}
