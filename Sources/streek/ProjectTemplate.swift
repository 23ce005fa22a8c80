/// The files `streek init` writes: the folders a project needs, the CSV conventions, one small data file
/// with real published figures and its source, and a first notebook that renders from it.
enum ProjectTemplate {
    /// Paths relative to the project folder; a path ending in `/` is an empty folder.
    static let files: [(path: String, contents: String)] = [
        ("Notebooks/eerste-rapport.md", notebook),
        ("Data/README.md", dataReadme),
        ("Data/verhuismutaties.csv", exampleData),
        ("Rendered/", ""),
        (".gitignore", gitignore),
    ]

    /// Every path `init` creates at the top of the project folder; none may exist yet.
    static var topLevelNames: [String] {
        var names: [String] = []
        for file in files {
            let name = String(file.path.prefix { $0 != "/" })
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Five rows per year of `Data/migratie/verhuismutaties.csv` in the Streek repository, with the source
    /// line of that file; a test checks that every row still matches it.
    static let exampleData = """
        # source: OIS Groningen, Quick scan Verzorgingsgebieden van de Drentse steden (2018), tabel 'Verhuismutaties in 2011 en 2016 naar en van de Drentse gemeenten', §3.1; onderliggende bron CBS Statline
        # grain: finest
        # title: Vestiging en vertrek van personen in de vijf Drentse steden (verhuizingen over de gemeentegrens)
        # note: Een deel van de rijen uit de bron: alleen de vijf steden. Verhuizingen binnen een gemeente tellen niet mee.
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

        """

    static let notebook = """
        # Verhuizingen in de Drentse steden

        ```streek setup
        param jaar = 2016
        years jaar: 2011, 2016
        numbers nl
        ```

        Dit is een eerste notebook. Tekst schrijft u gewoon in Markdown; de tabel hieronder en elk getal
        tussen backticks met een isgelijkteken rekent Streek bij elke `streek render` opnieuw uit uit de
        gegevens in `Data/`.

        In `= $jaar` vestigden zich `= mutaties.vestiging[Assen]` mensen in Assen en vertrokken er
        `= mutaties.vertrek[Assen]`; het saldo was `= mutaties.saldo[Assen] as signed`. De stad met het
        grootste vertrekoverschot was `= laagste.gemeente`.

        ```streek table
        mutaties = load "verhuismutaties.csv"
          | filter jaar == $jaar
          | derive saldo = vestiging - vertrek
          | select gemeente, vestiging, vertrek, saldo
          | sort saldo desc
        caption "Vestiging en vertrek in de vijf steden, {$jaar}"
        columns gemeente "Gemeente", vestiging "Vestiging", vertrek "Vertrek", saldo "Saldo"
        format saldo signed
        ```

        ```streek
        laagste = mutaties | sort saldo | top 1
        ```

        Een ander jaar: `streek render --param jaar=2011`, of elk jaar apart met `streek render --all-years`.
        Alle werkwoorden staan in `streek verbs`; de handleiding van Streek legt ze uit met voorbeelden.

        """

    static let dataReadme = """
        # Data

        De gegevens van dit project, als CSV-bestanden. Een notebook leest ze met
        `load "map/bestand.csv"`, relatief aan deze map.

        ## Zo ziet een bestand eruit

        ```text
        # source: OIS Groningen, Quick scan Verzorgingsgebieden van de Drentse steden (2018), tabel …; onderliggende bron CBS Statline
        # grain: finest
        # title: Vestiging en vertrek van personen in de vijf Drentse steden
        # note: Verhuizingen binnen een gemeente tellen niet mee.
        gemeente,jaar,vestiging,vertrek
        Hoogeveen,2011,1304,1463
        ```

        ## Afspraken

        - UTF-8, komma als scheidingsteken, punt als decimaalteken, geen scheiding van duizendtallen, één
          kopregel. Een veld met een komma erin staat tussen `"…"`.
        - Vóór de kopregel staan regels `# sleutel: waarde`:
          - `# source:` de bron, zo precies dat een ander het getal terugvindt (publicatie, tabel,
            paragraaf, onderliggende bron). Streek zet die bron onder elke tabel die uit het bestand komt.
          - `# grain:` `finest` als het bestand het fijnste niveau bevat dat de bron publiceert, of
            `published aggregate` als de bron alleen een samenvatting geeft (een aandeel, een kengetal).
          - `# title:` wat er in het bestand staat.
          - `# note:` een opmerking; mag vaker voorkomen.
        - Eén waarneming per rij (lang formaat): een kolom `jaar` in plaats van een kolom per jaar, zodat
          een nieuw jaar er als rijen bij komt.
        - Sla alleen op wat de bron publiceert. Totalen, saldi en aandelen die uit de opgeslagen getallen
          volgen, rekent het notebook uit.
        - Een leeg veld betekent 'ontbreekt' (niet gepubliceerd), nooit nul.
        - Kolomnamen in kleine letters, woorden gescheiden door `_`.

        ## Bestanden

        | bestand | wat | bron |
        |---|---|---|
        | `verhuismutaties.csv` | vestiging en vertrek in de vijf Drentse steden, 2011 en 2016 | quick scan *Verzorgingsgebieden van de Drentse steden* (OIS Groningen, 2018), §3.1; CBS Statline |

        """

    static let gitignore = """
        # PDF's zijn groot en ontstaan opnieuw met `streek render --pdf`; de Markdown en HTML in Rendered/
        # horen wel in git, zodat een nieuwe render als verschil te zien is.
        Rendered/*.pdf
        .DS_Store

        """
}
