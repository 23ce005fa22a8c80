import StreekCore

/// A raw value in the sidecar: a JSON number, a string, or null for a missing value. Numbers that JSON
/// cannot hold (NaN, infinity) are missing, as the renderers show them.
public enum SidecarValue: Sendable, Codable, Equatable, Hashable {
    case number(Double)
    case text(String)
    case missing

    public init(_ value: Value) {
        switch value {
        case .number(let number): self = number.isFinite ? .number(number) : .missing
        case .text(let text): self = .text(text)
        case .missing: self = .missing
        }
    }

    public var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// How a row key is compared and shown: `Hoogeveen`, `2016`.
    public var keyText: String { value.keyText }

    public var value: Value {
        switch self {
        case .number(let number): .number(number)
        case .text(let text): .text(text)
        case .missing: .missing
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .missing
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        case .missing: try container.encodeNil()
        }
    }
}
