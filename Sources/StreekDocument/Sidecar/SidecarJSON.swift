import StreekCore

// The sidecar written with `PrettyJSON`: every type's members in sorted order, optional ones left out when
// nil, as the synthesized `Codable` conformances name them (they stay the reader's definition).

extension Sidecar {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.key("blocks"); json.array(blocks) { $1.write(to: &$0) }
            json.key("dataFiles"); json.array(dataFiles) { $1.write(to: &$0) }
            json.key("figures"); json.array(figures) { $1.write(to: &$0) }
            json.key("notebook"); notebook.write(to: &json)
            json.key("numbers"); json.string(numbers.rawValue)
            json.key("parameters"); json.array(parameters) { $1.write(to: &$0) }
            json.key("schema"); json.string(schema)
            json.key("schemaVersion"); json.int(schemaVersion)
            json.key("streekVersion"); json.string(streekVersion)
        }
    }
}

extension Sidecar.InputFile {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.key("path"); json.string(path)
            if let sha256 { json.key("sha256"); json.string(sha256) }
        }
    }
}

extension Sidecar.Parameter {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.key("name"); json.string(name)
            json.key("text"); json.string(text)
            json.key("value"); json.value(value)
        }
    }
}

extension SidecarBlock {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            if let anchor { json.key("anchor"); json.string(anchor) }
            if let caption { json.key("caption"); json.string(caption) }
            if let columns { json.key("columns"); json.array(columns) { $1.write(to: &$0) } }
            if let empty { json.key("empty"); json.string(empty) }
            json.key("index"); json.int(index)
            if let key { json.key("key"); json.array(key) { $0.string($1) } }
            json.key("kind"); json.string(kind.rawValue)
            json.key("line"); json.int(line)
            if let name { json.key("name"); json.string(name) }
            if let notes { json.key("notes"); json.array(notes) { $0.string($1) } }
            if let paragraphs { json.key("paragraphs"); json.array(paragraphs) { $0.string($1) } }
            if let rows { json.key("rows"); json.array(rows) { $1.write(to: &$0) } }
            if let sources { json.key("sources"); json.array(sources) { $0.string($1) } }
        }
    }
}

extension SidecarColumn {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.key("format"); format.write(to: &json)
            json.key("id"); json.string(id)
            json.key("label"); json.string(label)
            json.key("type"); json.string(type.rawValue)
        }
    }
}

extension SidecarRow {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.key("texts"); json.array(texts) { $0.string($1) }
            json.key("values"); json.array(values) { $0.value($1) }
        }
    }
}

extension SidecarFigure {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.key("column"); json.int(column)
            json.key("expression"); json.string(expression)
            if let format { json.key("format"); format.write(to: &json) }
            json.key("line"); json.int(line)
            if let section { json.key("section"); json.string(section) }
            json.key("sentence"); json.string(sentence)
            json.key("template"); json.string(template)
            json.key("text"); json.string(text)
            json.key("value"); json.value(value)
        }
    }
}

extension NumberStyle {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            if let decimals { json.key("decimals"); json.int(decimals) }
            json.key("grouping"); json.bool(grouping)
            json.key("percent"); json.bool(percent)
            json.key("signed"); json.bool(signed)
        }
    }
}
