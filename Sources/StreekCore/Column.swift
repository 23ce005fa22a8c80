/// The cells of one column, stored by type so numeric work never re-parses text.
public enum ColumnValues: Sendable, Equatable {
    case numbers([Double?])
    case texts([String?])
}

/// A named, typed column. `nil` cells are missing values.
public struct Column: Sendable, Equatable {
    public var name: String
    public var values: ColumnValues
    /// The source's sign for each missing cell that had one (`.`, `x`); nil when no cell has a sign.
    public var missingFlags: MissingFlags?

    public init(_ name: String, numbers: [Double?]) {
        self.name = name
        self.values = .numbers(numbers)
    }

    public init(_ name: String, texts: [String?]) {
        self.name = name
        self.values = .texts(texts)
    }

    /// Numeric when every non-missing value is a number; otherwise text, with numbers spelled
    /// by `Value.stableDescription` so mixed input still gives the same text on every machine.
    public init(_ name: String, values: [Value]) {
        self.name = name
        if values.allSatisfy({ $0.isMissing || $0.number != nil }) {
            self.values = .numbers(values.map(\.number))
        } else {
            self.values = .texts(values.map { $0.isMissing ? nil : $0.description })
        }
    }

    public var count: Int {
        switch values {
        case .numbers(let n): return n.count
        case .texts(let t): return t.count
        }
    }

    public var isNumeric: Bool {
        if case .numbers = values { return true }
        return false
    }

    public subscript(row: Int) -> Value {
        switch values {
        case .numbers(let n): return Value(n[row])
        case .texts(let t): return Value(t[row])
        }
    }

    /// All cells as `Value`s, in row order.
    public var cells: [Value] { (0..<count).map { self[$0] } }

    /// The numbers of a numeric column; `TableError.notNumeric` otherwise.
    public func numbers() throws -> [Double?] {
        guard case .numbers(let n) = values else { throw TableError.notNumeric(name) }
        return n
    }

    /// The cells as texts, numbers spelled by `Value.stableDescription`.
    public var texts: [String?] {
        switch values {
        case .texts(let t): return t
        case .numbers(let n): return n.map { $0.map(Value.stableDescription(of:)) }
        }
    }

    /// The same column with only the given rows, in the given order.
    func picking(_ rows: [Int]) -> Column {
        var picked: Column
        switch values {
        case .numbers(let n): picked = Column(name, numbers: rows.map { n[$0] })
        case .texts(let t): picked = Column(name, texts: rows.map { t[$0] })
        }
        picked.missingFlags = missingFlags?.picking(rows)
        return picked
    }

    /// The source's sign for a missing cell, if it had one.
    public func missingFlag(_ row: Int) -> String? { missingFlags?[row] }

    /// A column of `count` missing cells with the same type as this one.
    func missingCells(_ count: Int) -> Column {
        isNumeric ? Column(name, numbers: Array(repeating: nil, count: count))
                  : Column(name, texts: Array(repeating: nil, count: count))
    }

    func named(_ newName: String) -> Column {
        var copy = self
        copy.name = newName
        return copy
    }
}
