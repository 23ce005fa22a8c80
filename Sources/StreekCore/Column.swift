/// The cells of one column as plain arrays: a compatibility view of `Column`'s buffers for
/// code that wants to read or build a whole column at once.
public enum ColumnValues: Sendable, Equatable {
    case numbers([Double?])
    case texts([String?])
}

/// A named, typed column. Numbers live in one contiguous buffer with a validity bitmap; texts
/// are dictionary-encoded (codes into a table of distinct strings). `nil` cells are missing.
public struct Column: Sendable, Equatable {
    public var name: String
    var storage: Storage
    /// The source's sign for each missing cell that had one (`.`, `x`); nil when no cell has a sign.
    /// Travels with the rows through `picking`, so filter, sort and join keep it.
    public var missingFlags: MissingFlags?

    enum Storage: Sendable, Equatable {
        case numbers(NumberCells)
        case texts(TextCells)

        static func == (lhs: Storage, rhs: Storage) -> Bool {
            switch (lhs, rhs) {
            case (.numbers(let a), .numbers(let b)): return a == b
            case (.texts(let a), .texts(let b)): return a == b
            default: return false
            }
        }
    }

    init(_ name: String, storage: Storage) {
        self.name = name
        self.storage = storage
    }

    public init(_ name: String, numbers: [Double?]) {
        self.init(name, storage: .numbers(NumberCells(numbers)))
    }

    public init(_ name: String, texts: [String?]) {
        self.init(name, storage: .texts(TextCells(texts)))
    }

    /// Numeric when every non-missing value is a number; otherwise text, with numbers spelled
    /// by `Value.stableDescription` so mixed input still gives the same text on every machine.
    public init(_ name: String, values: [Value]) {
        if values.allSatisfy({ $0.isMissing || $0.number != nil }) {
            self.init(name, numbers: values.map(\.number))
        } else {
            self.init(name, texts: values.map { $0.isMissing ? nil : $0.description })
        }
    }

    /// The cells as arrays (built on demand; the column itself keeps its buffers).
    public var values: ColumnValues {
        get {
            switch storage {
            case .numbers(let cells): return .numbers(cells.optionals)
            case .texts(let cells): return .texts(cells.optionals)
            }
        }
        set {
            switch newValue {
            case .numbers(let numbers): storage = .numbers(NumberCells(numbers))
            case .texts(let texts): storage = .texts(TextCells(texts))
            }
        }
    }

    public var count: Int {
        switch storage {
        case .numbers(let cells): return cells.count
        case .texts(let cells): return cells.count
        }
    }

    public var isNumeric: Bool {
        if case .numbers = storage { return true }
        return false
    }

    public subscript(row: Int) -> Value {
        switch storage {
        case .numbers(let cells): return cells.validity[row] ? .number(cells.value(row)) : .missing
        case .texts(let cells): return Value(cells[row])
        }
    }

    /// All cells as `Value`s, in row order.
    public var cells: [Value] { (0..<count).map { self[$0] } }

    /// The numbers of a numeric column; `TableError.notNumeric` otherwise.
    public func numbers() throws -> [Double?] {
        try numberCells().optionals
    }

    /// The cells as texts, numbers spelled by `Value.stableDescription`.
    public var texts: [String?] {
        switch storage {
        case .texts(let cells): return cells.optionals
        case .numbers(let cells): return cells.optionals.map { $0.map(Value.stableDescription(of:)) }
        }
    }

    /// The numeric buffers; `TableError.notNumeric` for a text column.
    func numberCells() throws -> NumberCells {
        guard case .numbers(let cells) = storage else { throw TableError.notNumeric(name) }
        return cells
    }

    /// The text cells, numbers spelled as texts (dictionary-encoded either way).
    var textCells: TextCells {
        switch storage {
        case .texts(let cells): return cells
        case .numbers: return TextCells(texts)
        }
    }

    /// The same column with only the given rows, in the given order.
    func picking<Rows: Collection<Int>>(_ rows: Rows) -> Column {
        var picked: Column
        switch storage {
        case .numbers(let cells): picked = Column(name, storage: .numbers(cells.picking(rows)))
        case .texts(let cells): picked = Column(name, storage: .texts(cells.picking(rows)))
        }
        picked.missingFlags = missingFlags?.picking(rows)
        return picked
    }

    /// The source's sign for a missing cell, if it had one.
    public func missingFlag(_ row: Int) -> String? { missingFlags?[row] }

    /// The given rows, a missing cell where the row is nil (the unmatched rows of a left join).
    func picking(_ rows: [Int?]) -> Column {
        var picked: Column
        switch storage {
        case .numbers(let cells):
            picked = Column(name, numbers: rows.map { $0.flatMap { cells[$0] } })
        case .texts(let cells):
            picked = Column(name, storage: .texts(TextCells(codes: rows.map { $0.map { cells.codes[$0] } ?? -1 }, table: cells.table)))
        }
        if let missingFlags {
            var flags: [Int: String] = [:]
            for (position, row) in rows.enumerated() { if let row, let flag = missingFlags[row] { flags[position] = flag } }
            picked.missingFlags = flags.isEmpty ? nil : MissingFlags(flags)
        }
        return picked
    }

    /// A column of `count` missing cells with the same type as this one.
    func missingCells(_ count: Int) -> Column {
        isNumeric ? Column(name, numbers: Array(repeating: nil, count: count))
                  : Column(name, storage: .texts(TextCells(codes: Array(repeating: -1, count: count), table: .empty)))
    }

    func named(_ newName: String) -> Column {
        var copy = self
        copy.name = newName
        return copy
    }
}
