import StreekDocument

/// Every word `streek diff` writes, in one language: report headings and labels, the summary, and the
/// error messages. The typed diff holds no words; the reports pick a `DiffWording` and a `NumberFormat`
/// of the same language at the edge. One instance per language (`DiffWording+Dutch.swift`,
/// `DiffWording+English.swift`), so a translation is one file.
public struct DiffWording: Sendable {
    public typealias Phrase<T> = @Sendable (T) -> String
    public typealias Phrase2<T, U> = @Sendable (T, U) -> String

    public let language: NumberFormat.Language
    /// Numbers in a report are written in the report's language.
    var numberFormat: NumberFormat { NumberFormat(language) }

    // The report as a whole.
    /// `Verschillen: a.md → b.md` (names already written for the format).
    let title: Phrase2<String, String>
    let noDifferences: String
    /// The whole text report when two renders are equal.
    let noDifferencesBetween: Phrase2<String, String>
    let summaryHeading: String
    /// HTML column heads: `Oud: a.md`, `Nieuw: b.md`, `Verschil`.
    let oldSide: Phrase<String>
    let newSide: Phrase<String>
    let differenceHeading: String
    /// Markdown bullets start with a verb: `Gewijzigd jaar: 2011 → 2016`.
    let added: String
    let removed: String
    let changed: String

    // Sections.
    let settingsSection: String
    let inputsSection: String
    let onlyInOldRender: Phrase<String>
    let onlyInNewRender: Phrase<String>
    /// A table of a render without sidecar: `Tabel “Pendel” (#pendel)`, `Tabel alleen in b.md: …`.
    let tableSection: Phrase<String>
    let tableOnlyIn: Phrase2<String, String>
    /// Live figures or sentences under a heading (nil: before the first heading).
    let figuresUnder: Phrase<String?>
    let proseUnder: Phrase<String?>
    let blockKind: Phrase<SidecarBlock.Kind>
    /// `regel 12`, `op regel 12`.
    let line: Phrase<Int>
    let atLine: Phrase<Int>

    // Labels of entries.
    let setting: Phrase<HeaderChange.Setting>
    let textField: Phrase<BlockDiff.TextField>
    let block: String
    let table: String
    let column: String
    let caption: String
    let note: String
    let sentence: String
    let heading: String
    let row: Phrase<String>
    /// A reworded sentence around a changed figure: `was: Assen telde 68.000 inwoners.`
    let was: Phrase<String>
    /// `3 rijen; kolommen: Gemeente | Inwoners`, from the count, the count as written and the columns.
    let shape: @Sendable (Int, String, String) -> String
    let noRows: String
    let newColumn: Phrase<String>
    let removedColumn: Phrase<String>
    let foldedRows: Phrase<String>

    // The summary (counts already written in the report's number format).
    let counts: @Sendable (DiffCounts) -> String
    let hiddenBelowThreshold: Phrase<String>
    let largestChanges: String
    /// The git diff driver on a sidecar that exists on one side only.
    let sidecarAdded: Phrase<String>
    let sidecarDeleted: Phrase<String>

    // Errors.
    let cannotRead: Phrase2<String, String>
    let reason: Phrase<RenderedDocumentError.Reason>
    let notRendered: Phrase2<String, String>
    public let needTwoRenders: String
    public let atMostTwoRenders: String
    public let gitDriverArguments: String
    public let badThreshold: Phrase<String>

    /// The wording of a language.
    public static func of(_ language: NumberFormat.Language) -> DiffWording {
        switch language {
        case .nl: .dutch
        case .en: .english
        }
    }
}

/// The counts of a summary line, each already written as a number.
struct DiffCounts: Sendable {
    var blocks: String
    /// Blocks present in only one render; nil when there are none.
    var onlyOnOneSide: String?
    var rowsAdded: String
    var rowsRemoved: String
    var values: String
    var figures: String
}
