import StreekCore

/// Figures transcribed from the seed report (OIS Groningen, "Verzorgingsgebieden van de
/// Drentse steden", 2018), used so tests check real, hand-verifiable numbers.
enum SeedFixtures {
    /// Verhuismutaties per Drentse gemeente, 2011 and 2016 (seed, table "Verhuismutaties in
    /// 2011 en 2016 naar en van de Drentse gemeenten", p. 9). Noordenveld's 2016 figures are
    /// really 2015 (footnote in the source). Saldo and totals are left out: they are derived.
    static let migrationCSV = """
    # source: OIS Groningen, Verzorgingsgebieden van de Drentse steden (2018), tabel verhuismutaties, p. 9
    # grain: finest
    # title: Verhuismutaties naar en van de Drentse gemeenten
    # note: Noordenveld 2016 = 2015
    gemeente,jaar,vestiging,vertrek
    Hoogeveen,2011,1304,1463
    Hoogeveen,2016,1993,2427
    Emmen,2011,2478,2833
    Emmen,2016,3057,3001
    Meppel,2011,1055,1117
    Meppel,2016,1596,1365
    Assen,2011,2295,2389
    Assen,2016,3261,3043
    Coevorden,2011,1181,1494
    Coevorden,2016,1436,1677
    Aa en Hunze,2011,1017,997
    Aa en Hunze,2016,1378,1189
    Borger-Odoorn,2011,982,1045
    Borger-Odoorn,2016,1354,1298
    Midden-Drenthe,2011,1092,1055
    Midden-Drenthe,2016,1724,2243
    Noordenveld,2011,1276,1119
    Noordenveld,2016,1494,1524
    Tynaarlo,2011,1488,1479
    Tynaarlo,2016,2084,1586
    Westerveld,2011,696,875
    Westerveld,2016,1334,1271
    De Wolden,2011,897,734
    De Wolden,2016,1073,998

    """

    static func migration() throws -> Table {
        try CSVReader.parse(migrationCSV, origin: "seed-migration.csv")
    }

    /// Top 15 partners of Hoogeveen, persons moved 2011–2016 (seed, "Top 15 aantallen
    /// verhuisde personen van en naar Hoogeveen"): partner, to Hoogeveen, from Hoogeveen.
    static let hoogeveenPartners: [(partner: String, toHoogeveen: Double, fromHoogeveen: Double)] = [
        ("De Wolden", 966, 1138), ("Groningen", 618, 957), ("Midden-Drenthe", 607, 496),
        ("Coevorden", 587, 457), ("Emmen", 502, 484), ("Assen", 377, 383),
        ("Hardenberg", 407, 312), ("Meppel", 281, 351), ("Zwolle", 245, 336),
        ("Westerveld", 193, 153), ("Vlagtwedde", 294, 37), ("Steenwijkerland", 185, 127),
        ("Leeuwarden", 128, 151), ("Noordenveld", 94, 84), ("Aa en Hunze", 79, 85),
    ]

    /// The same flows as a long origin→destination table (herkomst, bestemming, personen),
    /// with one Hoogeveen→Hoogeveen row to check that moves within the place are ignored.
    static func hoogeveenFlows() throws -> Table {
        var origins: [String?] = [], destinations: [String?] = [], persons: [Double?] = []
        for flow in hoogeveenPartners {
            origins += [flow.partner, "Hoogeveen"]
            destinations += ["Hoogeveen", flow.partner]
            persons += [flow.toHoogeveen, flow.fromHoogeveen]
        }
        origins.append("Hoogeveen"); destinations.append("Hoogeveen"); persons.append(5000)
        return try Table(columns: [
            Column("herkomst", texts: origins),
            Column("bestemming", texts: destinations),
            Column("personen", numbers: persons),
        ])
    }
}

extension Table {
    /// Test helper: the value of `column` in the first row where `keyColumn` equals `key`.
    func value(_ column: String, where keyColumn: String, is key: Value) -> Value? {
        guard let keys = try? self.column(keyColumn), let row = (0..<rowCount).first(where: { keys[$0] == key })
        else { return nil }
        return self[row, column]
    }
}
