import StreekCore

extension EvaluationContext {
    /// Runs one pipeline (its source, then each verb) and returns the table with its key columns. Used for
    /// the pipelines of a directive and for a sub-pipeline inside a verb: `join (t | filter …) on k`.
    func run(_ pipeline: Pipeline) throws -> Binding {
        var table: Table
        var keys: [String]?
        switch pipeline.source {
        case .load(let path, let options):
            table = try located(at: pipeline.position) { try load(try text(of: path), options: options) }
        case .binding(let name):
            let binding = try binding(name, at: pipeline.position)
            table = binding.table
            keys = binding.keys
        }
        for step in pipeline.steps {
            do {
                table = try step.verb.apply(to: table, in: self)
            } catch let error as LocatedError {
                throw error
            } catch {
                throw LocatedError(Message(describing: error), at: step.position(of: error))
            }
            if let keyVerb = step.verb as? KeyVerb { keys = keyVerb.columns }
        }
        let validKeys = keys.map { $0.filter(table.columnNames.contains) }.flatMap { $0.isEmpty ? nil : $0 }
        return Binding(table: table, keys: validKeys ?? Binding.defaultKeys(of: table), position: pipeline.position)
    }
}
