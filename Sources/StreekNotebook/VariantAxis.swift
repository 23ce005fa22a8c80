import Foundation
import StreekCore

/// One parameter a notebook renders several times over: the data year (`years jaar: 2011, 2016`) or a
/// declared variant (`variants stad: "Assen", "Emmen"`). `streek render --all` renders every combination.
public struct VariantAxis: Sendable, Equatable {
    public var parameter: String
    public var values: [String]
    public var isDataYear: Bool

    /// A value as it appears in a file name: lower case, letters and digits kept, every other run of
    /// characters one `-`, so that no value can add a folder, a `..` or a hidden file
    /// ("'s-Hertogenbosch" → "s-hertogenbosch", "../x" → "x"). Nil when nothing is left.
    public static func fileComponent(_ value: String) -> String? {
        var result = ""
        for character in value.lowercased() {
            if character.isLetter || character.isNumber { result.append(character) }
            else if !result.isEmpty, result.last != "-" { result.append("-") }
        }
        // A file name has room for about 255 bytes; the notebook's name and other axes need some too.
        result = String(result.prefix(64))
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    /// Every combination of the axes' values, in declaration order (the first axis varies slowest).
    public static func combinations(_ axes: [VariantAxis]) -> [[(parameter: String, value: String)]] {
        axes.reduce([[]]) { partial, axis in
            partial.flatMap { prefix in axis.values.map { prefix + [(axis.parameter, $0)] } }
        }
    }
}

extension NotebookRenderer {
    /// The axes a notebook declares in its setup blocks, the data year first; read without evaluating
    /// its directives.
    public func variantAxes(of notebookURL: URL) throws -> [VariantAxis] {
        var years: VariantAxis?
        var others: [VariantAxis] = []
        for setup in try setups(of: notebookURL) {
            if let dataYears = setup.dataYears {
                years = VariantAxis(parameter: dataYears.parameter, values: dataYears.years.map(\.keyText), isDataYear: true)
            }
            others += setup.variants.map { VariantAxis(parameter: $0.parameter, values: $0.values.map(\.keyText), isDataYear: false) }
        }
        return (years.map { [$0] } ?? []) + others
    }

    /// The language a notebook asks for (`numbers en` in a setup block), read without evaluating its
    /// directives; nil when it names none. The command line speaks it unless `--lang` says otherwise.
    public func declaredLanguage(of notebookURL: URL) throws -> Language? {
        try setups(of: notebookURL).compactMap(\.numberFormat).last
    }

    /// The notebook's `streek setup` blocks, parsed.
    private func setups(of notebookURL: URL) throws -> [Setup] {
        let path = displayPath(of: notebookURL)
        let notebook = try parse(try readNotebook(notebookURL, path: path), path: path)
        return try notebook.directives.filter { $0.kind == .setup }.map { block in
            do {
                return try DirectiveParser.parse(block).setup
            } catch let error as LocatedError {
                throw NotebookError(file: path, position: notebook.source.characterPosition(error.position), message: error.message)
            }
        }
    }
}
