import StreekDocument

extension DiffWording {
    /// The report in Dutch, the default.
    static let dutch = DiffWording(
        language: .nl,
        title: { "Verschillen: \($0) → \($1)" },
        noDifferences: "Geen verschillen.",
        noDifferencesBetween: { "Geen verschillen tussen \($0) en \($1)." },
        summaryHeading: "Samenvatting",
        oldSide: { "Oud: \($0)" },
        newSide: { "Nieuw: \($0)" },
        differenceHeading: "Verschil",
        added: "Toegevoegd",
        removed: "Verwijderd",
        changed: "Gewijzigd",
        settingsSection: "Instellingen",
        inputsSection: "Invoerbestanden",
        onlyInOldRender: { "Alleen in de oude render: \($0)" },
        onlyInNewRender: { "Alleen in de nieuwe render: \($0)" },
        tableSection: { "Tabel \($0)" },
        tableOnlyIn: { "Tabel alleen in \($0): \($1)" },
        figuresUnder: { $0.map { "Getallen onder “\($0)”" } ?? "Getallen vóór de eerste kop" },
        proseUnder: { $0.map { "Tekst onder “\($0)”" } ?? "Tekst vóór de eerste kop" },
        blockKind: { kind in
            switch kind {
            case .table: "Tabel"
            case .chart: "Grafiek"
            case .map: "Kaart"
            case .text: "Tekst"
            }
        },
        line: { "regel \($0)" },
        atLine: { "op regel \($0)" },
        setting: { setting in
            switch setting {
            case .notebook: "notebook"
            case .numbers: "getalnotatie"
            case .parameter(let name): name
            }
        },
        textField: { field in
            switch field {
            case .caption: "bijschrift"
            case .emptyMessage: "melding zonder rijen"
            case .sources: "bron"
            case .notes: "noot"
            case .paragraph(let number): "alinea \(number)"
            case .text: "tekst"
            case .columnLabel(let id): "kop van kolom \(id)"
            }
        },
        block: "blok",
        table: "tabel",
        column: "kolom",
        caption: "bijschrift",
        note: "noot",
        sentence: "zin",
        heading: "kop",
        row: { "rij \($0)" },
        was: { "was: \($0)" },
        shape: { count, written, columns in "\(count == 1 ? "1 rij" : "\(written) rijen"); kolommen: \(columns)" },
        noRows: "geen rijen",
        newColumn: { "\($0) (nieuw)" },
        removedColumn: { "\($0) (verwijderd)" },
        foldedRows: { "… \($0) ongewijzigde rijen …" },
        counts: { counts in
            "Blokken gewijzigd: \(counts.blocks)" + (counts.onlyOnOneSide.map { ", aan één kant: \($0)" } ?? "")
                + "; rijen toegevoegd: \(counts.rowsAdded), verwijderd: \(counts.rowsRemoved); waarden gewijzigd: \(counts.values); "
                + "getallen gewijzigd: \(counts.figures)."
        },
        hiddenBelowThreshold: { "Veranderingen onder de drempel, niet getoond: \($0)." },
        largestChanges: "Grootste relatieve veranderingen:",
        sidecarAdded: { "\($0): zijbestand toegevoegd" },
        sidecarDeleted: { "\($0): zijbestand verwijderd" },
        cannotRead: { "kan '\($0)' niet lezen: \($1)" },
        reason: { reason in
            switch reason {
            case .noSuchFile: "bestand bestaat niet"
            case .isDirectory: "is een map"
            case .permissionDenied: "geen leesrecht"
            case .notUTF8: "geen UTF-8-tekst"
            case .notARevision(let revision): "'\(revision)' is geen git-revisie"
            case .cannotRunGit(let detail): "kan git niet starten: \(detail)"
            case .other(let message): message
            case .sidecar(.notASidecar(let detail)): "geen zijbestand van streek: \(detail)"
            case .sidecar(.unsupportedVersion(let version)):
                "zijbestand met schemaversie \(version) wordt niet ondersteund (deze streek leest versie \(Sidecar.currentVersion)); render opnieuw met deze streek"
            }
        },
        notRendered: { "'\($0)' is geen render van streek: regel 1 moet de kopregel '\($1)' zijn" },
        needTwoRenders: "geef twee renders om te vergelijken, of één met --rev REV",
        atMostTwoRenders: "geef hoogstens twee renders om te vergelijken",
        gitDriverArguments: "--git-driver verwacht de 7 argumenten die git aan een diff-programma geeft",
        badThreshold: { "--threshold verwacht een getal (10) of een relatieve verandering (5%), niet '\($0)'" },
    )
}
