import Foundation
import StreekCore
import StreekDocument

/// Evaluate stage: runs every directive of a parsed notebook in document order against StreekCore, then
/// every live figure. Setup blocks are read first, so parameters are known everywhere.
public struct NotebookEvaluator {
    let data: DataLoader

    /// `dataDirectory` is the project's Data/ folder; tables read from it are cached across notebooks.
    public init(dataDirectory: URL) {
        data = DataLoader(directory: dataDirectory)
    }

    public func evaluate(_ notebook: Notebook, parameters overrides: [String: String] = [:]) throws -> EvaluatedNotebook {
        try evaluate(notebook, parameters: overrides, data: data)
    }

    /// Evaluates with a given loader, e.g. one from `data.recordingReads()` that notes the files read.
    func evaluate(_ notebook: Notebook, parameters overrides: [String: String], data: DataLoader) throws -> EvaluatedNotebook {
        let located = { (error: LocatedError) in NotebookError(file: notebook.path, position: error.position, message: error.message) }
        do {
            let programs = try notebook.directives.map { try DirectiveParser.parse($0) }
            let setup = programs.map(\.setup).reduce(into: Setup()) { merged, next in
                merged.parameters += next.parameters
                merged.dataYears = next.dataYears ?? merged.dataYears
                merged.numberFormat = next.numberFormat ?? merged.numberFormat
                merged.contents = next.contents ?? merged.contents
            }
            let parameters = try resolveParameters(setup, overrides: overrides, path: notebook.path)
            let format = NumberFormat(setup.numberFormat ?? .nl)
            let context = EvaluationContext(parameters: Dictionary(parameters, uniquingKeysWith: { $1 }), numberFormat: format, data: data)
            let dataYear = setup.dataYears.flatMap { years in parameters.first { $0.name == years.parameter }?.value }
            var run = DirectiveRunner(context: context, dataYear: dataYear)

            // Directives run top to bottom; live figures afterwards, so prose may cite a table shown further
            // down (an introduction summarising the results). Names are bound once, so this is unambiguous.
            var blocks: [PlacedBlock] = []
            for (program, block) in zip(programs, notebook.directives) {
                let content = try run.output(of: program, kind: block.kind, index: blocks.count)
                blocks.append(PlacedBlock(
                    span: SourceSpan(bytes: block.replacedBytes, line: block.position.line, column: block.position.column),
                    containerPrefix: block.containerPrefix, content: content))
            }
            let figures = try notebook.figures.map { try run.figure($0) }
            let navigation = try NavigationBuilder(notebook: notebook, blocks: blocks, figures: figures, format: format)
                .build(contents: setup.contents)
            let document = Document(
                path: notebook.path, source: String(decoding: notebook.source.bytes, as: UTF8.self),
                language: format.language, parameters: parameters.map { Document.Parameter(name: $0.name, value: $0.value) },
                blocks: blocks, figures: figures, navigation: navigation)
            var evaluated = EvaluatedNotebook(
                notebook: notebook, numberFormat: format, parameters: parameters, dataYears: setup.dataYears,
                document: document,
                tables: context.bindings.mapValues(\.table), keyColumns: context.bindings.mapValues(\.keys))
            evaluated.warnings = context.warnings
            return evaluated
        } catch let error as LocatedError {
            throw located(error)
        }
    }

    /// Declared parameters with `--param name=value` applied; a value must have the type of its default.
    private func resolveParameters(_ setup: Setup, overrides: [String: String], path: String) throws -> [(name: String, value: Value)] {
        var resolved: [(name: String, value: Value)] = []
        for parameter in setup.parameters where !resolved.contains(where: { $0.name == parameter.name }) {
            var value = parameter.value
            if let override = overrides[parameter.name] {
                if case .number = parameter.value {
                    guard let number = Double(override) else {
                        throw LocatedError("--param \(parameter.name)=\(override): '\(parameter.name)' is a number (default \(parameter.value.keyText))", at: parameter.position)
                    }
                    value = .number(number)
                } else {
                    value = .text(override)
                }
            }
            resolved.append((parameter.name, value))
        }
        for name in overrides.keys.sorted() where !resolved.contains(where: { $0.name == name }) {
            var message = "--param \(name): the notebook declares no parameter '\(name)'"
            if let guess = Suggestion.closest(to: name, among: resolved.map(\.name)) { message += "; did you mean '\(guess)'?" }
            else if !resolved.isEmpty { message += " (it declares: \(resolved.map(\.name).joined(separator: ", ")))" }
            throw LocatedError(message, at: SourcePosition(line: 1, column: 1))
        }
        return resolved
    }
}
