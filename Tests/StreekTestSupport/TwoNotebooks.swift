import Foundation

/// A scratch project with two notebooks reading one data file each (real figures from the quick
/// scan: OIS Groningen 2018, §3.1).
extension ScratchProject {
    public static func twoNotebooks(prefix: String) throws -> ScratchProject {
        let project = try ScratchProject(prefix: prefix)
        try project.write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Verhuismutaties, §3.1
            gemeente,jaar,vestiging,vertrek
            Hoogeveen,2016,1993,2427
            Emmen,2016,3057,3001

            """, to: "Data/verhuismutaties.csv")
        try project.write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), top-15-tabellen, §3.1
            herkomst,bestemming,periode,personen
            De Wolden,Hoogeveen,2011-2016,966
            Hoogeveen,De Wolden,2011-2016,1138

            """, to: "Data/verhuisstromen.csv")
        try project.write("""
            # Mutaties

            Hoogeveen: `= t.vestiging[Hoogeveen]`.

            ```streek table
            t = load "verhuismutaties.csv"
            ```

            """, to: "Notebooks/mutaties.md")
        try project.write("""
            # Stromen

            Van De Wolden naar Hoogeveen: `= s.personen[De Wolden, Hoogeveen]`.

            ```streek table
            s = load "verhuisstromen.csv" | key herkomst, bestemming
            ```

            """, to: "Notebooks/stromen.md")
        return project
    }
}
