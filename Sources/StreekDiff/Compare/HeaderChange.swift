/// A difference in the render's settings: a notebook parameter, the notebook itself or the number format.
public struct HeaderChange: Sendable, Equatable {
    public enum Setting: Sendable, Equatable {
        case notebook
        case numbers
        case parameter(String)
    }

    public var setting: Setting
    /// Nil when the setting is absent from that file.
    public var old: String?
    public var new: String?

    public init(setting: Setting, old: String?, new: String?) {
        self.setting = setting
        self.old = old
        self.new = new
    }

    /// Changes between two headers: notebook, parameters (old order, then ones only in the new file),
    /// number format.
    static func changes(from old: RenderedHeader, to new: RenderedHeader) -> [HeaderChange] {
        var changes: [HeaderChange] = []
        if old.notebook != new.notebook {
            changes.append(HeaderChange(setting: .notebook, old: old.notebook, new: new.notebook))
        }
        let names = old.parameters.map(\.name) + new.parameters.map(\.name).filter { old.value(of: $0) == nil }
        for name in names where old.value(of: name) != new.value(of: name) {
            changes.append(HeaderChange(setting: .parameter(name), old: old.value(of: name), new: new.value(of: name)))
        }
        if old.numberConvention != new.numberConvention {
            changes.append(HeaderChange(setting: .numbers, old: old.numberConvention.rawValue, new: new.numberConvention.rawValue))
        }
        return changes
    }
}
