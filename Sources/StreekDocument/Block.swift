/// What a directive shows. A new kind is one case here and one method in `BlockVisitor`; the compiler
/// then lists every renderer that lacks it.
public enum Block: Sendable, Codable, Equatable {
    case table(TableBlock)
    case text(TextBlock)
    case chart(ChartBlock)
    case map(MapBlock)

    public func accept<Visitor: BlockVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .table(let table): return visitor.visit(table)
        case .text(let text): return visitor.visit(text)
        case .chart(let chart): return visitor.visit(chart)
        case .map(let map): return visitor.visit(map)
        }
    }
}

/// One renderer's treatment of every block kind.
public protocol BlockVisitor {
    associatedtype Result
    func visit(_ table: TableBlock) -> Result
    func visit(_ text: TextBlock) -> Result
    func visit(_ chart: ChartBlock) -> Result
    func visit(_ map: MapBlock) -> Result
}
