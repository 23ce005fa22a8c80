import StreekDocument

/// `<name>.json`, the render's sidecar: the Document as stored typed data, with the streek version and the
/// digests of the files the render read (`inputs`: the notebook first, then the data files).
enum SidecarFile {
    static func file(for document: Document, inputs: [RenderInput], baseName: String, tableTexts: TableTexts = TableTexts()) throws -> OutputFile {
        let files = inputs.map { Sidecar.InputFile(path: $0.path, sha256: $0.digest?.hex) }
        let sidecar = Sidecar(
            document: document, streekVersion: StreekVersion.current,
            notebook: files.first ?? Sidecar.InputFile(path: document.path, sha256: nil), dataFiles: Array(files.dropFirst()),
            tableTexts: tableTexts)
        return OutputFile(path: baseName + ".json", contents: try sidecar.encoded())
    }
}
