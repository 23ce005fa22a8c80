import StreekDocument

extension DiffWording {
    /// The report in English (`--lang en`, or the default when both renders used `numbers en`).
    static let english = DiffWording(
        language: .en,
        title: { "Differences: \($0) → \($1)" },
        noDifferences: "No differences.",
        noDifferencesBetween: { "No differences between \($0) and \($1)." },
        summaryHeading: "Summary",
        oldSide: { "Old: \($0)" },
        newSide: { "New: \($0)" },
        differenceHeading: "Difference",
        added: "Added",
        removed: "Removed",
        changed: "Changed",
        settingsSection: "Header",
        inputsSection: "Input files",
        onlyInOldRender: { "Only in the old render: \($0)" },
        onlyInNewRender: { "Only in the new render: \($0)" },
        tableSection: { "Table \($0)" },
        tableOnlyIn: { "Table only in \($0): \($1)" },
        figuresUnder: { $0.map { "Figures under “\($0)”" } ?? "Figures before the first heading" },
        proseUnder: { $0.map { "Prose under “\($0)”" } ?? "Prose before the first heading" },
        blockKind: { kind in
            switch kind {
            case .table: "Table"
            case .chart: "Chart"
            case .map: "Map"
            case .text: "Text"
            }
        },
        line: { "line \($0)" },
        atLine: { "at line \($0)" },
        setting: { setting in
            switch setting {
            case .notebook: "notebook"
            case .numbers: "numbers"
            case .parameter(let name): name
            }
        },
        textField: { field in
            switch field {
            case .caption: "caption"
            case .emptyMessage: "message when empty"
            case .sources: "source"
            case .notes: "note"
            case .paragraph(let number): "paragraph \(number)"
            case .text: "text"
            case .columnLabel(let id): "label of column \(id)"
            }
        },
        block: "block",
        table: "table",
        column: "column",
        caption: "caption",
        note: "note",
        sentence: "sentence",
        heading: "heading",
        row: { "row \($0)" },
        was: { "was: \($0)" },
        shape: { count, written, columns in "\(count == 1 ? "1 row" : "\(written) rows"); columns: \(columns)" },
        noRows: "no rows",
        newColumn: { "\($0) (new)" },
        removedColumn: { "\($0) (removed)" },
        foldedRows: { "… \($0) unchanged rows …" },
        counts: { counts in
            "Blocks changed: \(counts.blocks)" + (counts.onlyOnOneSide.map { ", only on one side: \($0)" } ?? "")
                + "; rows added: \(counts.rowsAdded), removed: \(counts.rowsRemoved); values changed: \(counts.values); "
                + "figures changed: \(counts.figures)."
        },
        hiddenBelowThreshold: { "Changes below the threshold, not shown: \($0)." },
        largestChanges: "Largest relative changes:",
        sidecarAdded: { "\($0): sidecar added" },
        sidecarDeleted: { "\($0): sidecar deleted" },
        cannotRead: { "cannot read '\($0)': \($1)" },
        reason: { reason in
            switch reason {
            case .noSuchFile: "no such file"
            case .isDirectory: "is a directory"
            case .permissionDenied: "permission denied"
            case .notUTF8: "not UTF-8 text"
            case .notARevision(let revision): "'\(revision)' is not a git revision"
            case .cannotRunGit(let detail): "cannot run git: \(detail)"
            case .other(let message): message
            case .sidecar(.notASidecar(let detail)): "not a streek sidecar: \(detail)"
            case .sidecar(.unsupportedVersion(let version)):
                "sidecar schema version \(version) is not supported (this streek reads version \(Sidecar.currentVersion)); re-render with this streek"
            }
        },
        notRendered: { "'\($0)' is not a streek-rendered file: line 1 must be the header '\($1)'" },
        needTwoRenders: "give two renders to compare, or one with --rev REV",
        atMostTwoRenders: "give at most two renders to compare",
        gitDriverArguments: "--git-driver expects the 7 arguments git passes to a diff driver",
        badThreshold: { "--threshold expects an amount (10) or a relative change (5%), not '\($0)'" },
    )
}
