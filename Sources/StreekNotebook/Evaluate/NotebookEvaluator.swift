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

    public init(data source: any DataSource) {
        data = DataLoader(source: source)
    }

    public func evaluate(_ notebook: Notebook, parameters overrides: [String: String] = [:]) throws -> EvaluatedNotebook {
        try evaluate(notebook, parameters: overrides, data: data)
    }

    /// Evaluates with a given loader, e.g. one from `data.recordingReads()` that notes the files read.
    func evaluate(_ notebook: Notebook, parameters overrides: [String: String], data: DataLoader) throws -> EvaluatedNotebook {
        let located = { (error: LocatedError) in NotebookError(file: notebook.path, position: error.position, message: error.message) }
        do {
            // Every directive is parsed, so that all syntax errors are reported at once.
            var parseErrors = ErrorCollector()
            let parsed = try notebook.directives.map { directive in try parseErrors.attempt { try DirectiveParser.parse(directive) } }
            try parseErrors.throwIfAny(file: notebook.path)
            let programs = parsed.compactMap { $0 }
            let setup = programs.map(\.setup).reduce(into: Setup()) { merged, next in
                merged.parameters += next.parameters
                merged.dataYears = next.dataYears ?? merged.dataYears
                merged.variants += next.variants
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
            // A failing directive is recorded and the next one still runs; errors that only follow from it
            // (its names unbound) are left out. The notebook fails with every error found.
            var errors = ErrorCollector()
            var blocks: [PlacedBlock] = []
            for (program, block) in zip(programs, notebook.directives) {
                let content = try errors.attempt(binding: program.pipelines.compactMap(\.name)) {
                    try run.output(of: program, kind: block.kind, index: blocks.count, at: block.position)
                } ?? nil
                blocks.append(PlacedBlock(
                    span: SourceSpan(bytes: block.replacedBytes, line: block.position.line, column: block.position.column),
                    containerPrefix: block.containerPrefix, content: content))
            }
            let figures = try notebook.figures.compactMap { figure in try errors.attempt { try run.figure(figure) } }
            try errors.throwIfAny(file: notebook.path)
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
        for parameter in setup.parameters {
            if resolved.contains(where: { $0.name == parameter.name }) {
                throw LocatedError(Message(nl: "parameter '\(parameter.name)' wordt twee keer gedeclareerd; houd één 'param \(parameter.name) = …'",
                                           en: "parameter '\(parameter.name)' is declared twice; keep one 'param \(parameter.name) = …'"), at: parameter.position)
            }
            var value = parameter.value
            if let override = overrides[parameter.name] {
                if case .number = parameter.value {
                    guard let number = Double(override), number.isFinite else {
                        throw LocatedError(Message(nl: "--param \(parameter.name)=\(override): '\(parameter.name)' is een getal (standaard \(parameter.value.keyText))",
                                                   en: "--param \(parameter.name)=\(override): '\(parameter.name)' is a number (default \(parameter.value.keyText))"), at: parameter.position)
                    }
                    value = .number(number)
                } else {
                    value = .text(override)
                }
            }
            if overrides[parameter.name] != nil, let axis = setup.variants.first(where: { $0.parameter == parameter.name }),
               !axis.values.contains(where: { Operators.equal($0, value) }) {
                let listed = axis.values.map(\.keyText)
                var message = Message(nl: "--param \(parameter.name)=\(value.keyText) is geen van de varianten die het notebook noemt (\(listed.joined(separator: ", ")))",
                                      en: "--param \(parameter.name)=\(value.keyText) is not one of the variants the notebook declares (\(listed.joined(separator: ", ")))")
                if let guess = Suggestion.closest(to: value.keyText, among: listed) { message += Message.didYouMean(guess) }
                throw LocatedError(message, at: axis.position)
            }
            resolved.append((parameter.name, value))
        }
        for axis in setup.variants where !resolved.contains(where: { $0.name == axis.parameter }) {
            throw LocatedError(Message(nl: "variants \(axis.parameter): declareer ook de parameter, met zijn standaardwaarde: param \(axis.parameter) = …",
                                       en: "variants \(axis.parameter): declare the parameter too, with its default: param \(axis.parameter) = …"), at: axis.position)
        }
        for name in overrides.keys.sorted() where !resolved.contains(where: { $0.name == name }) {
            var message = Message(nl: "--param \(name): het notebook declareert geen parameter '\(name)'",
                                  en: "--param \(name): the notebook declares no parameter '\(name)'")
            if let guess = Suggestion.closest(to: name, among: resolved.map(\.name)) { message += Message.didYouMean(guess) }
            else if !resolved.isEmpty { message += Message(nl: " (het declareert: \(resolved.map(\.name).joined(separator: ", ")))",
                                                           en: " (it declares: \(resolved.map(\.name).joined(separator: ", ")))") }
            throw LocatedError(message, at: SourcePosition(line: 1, column: 1))
        }
        return resolved
    }
}
