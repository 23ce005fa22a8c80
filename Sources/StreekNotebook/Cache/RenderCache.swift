import Foundation
import StreekCore
import StreekDocument

/// Decides whether a render can be skipped: its key is a digest over the notebook's bytes, every data file
/// it read (and every optional file it found absent), the parameters and the streek version. Modification
/// times play no part: a file saved unchanged keeps the render, a changed value anywhere it read does not.
///
/// The key of each render lives beside its output, in `<out>/.streek-cache/<baseName>.json`: variant renders
/// (`--param`, `--all-years`, other `--out` folders) keep a key each, and deleting the output folder
/// deletes its keys. The folder ignores itself in git (its own `.gitignore`), so a fresh clone has no keys
/// and renders everything once; `streek check` never reads them.
public final class RenderCache: @unchecked Sendable {
    public static let folderName = ".streek-cache"

    public let outputFolder: URL
    public let projectRoot: URL
    /// The streek version (plus, from the command line, the identity of the executable).
    public let version: String
    private let digests = DigestMemo()

    public init(outputFolder: URL, projectRoot: URL, version: String) {
        self.outputFolder = outputFolder.standardizedFileURL
        self.projectRoot = projectRoot.standardizedFileURL
        self.version = version
    }

    /// One render as a key: which notebook, under which output name, with which parameters.
    public struct Job: Sendable, Hashable {
        public var notebook: String
        public var baseName: String
        public var parameters: [String: String]

        /// `notebook` is the project-relative path the renderer names it by (`Notebooks/x.md`).
        public init(notebook: String, baseName: String, parameters: [String: String]) {
            self.notebook = notebook
            self.baseName = baseName
            self.parameters = parameters
        }
    }

    /// True when the last render of `job` into this folder read exactly the bytes that are there now, with
    /// the same parameters and streek version, and its output files are still what it wrote.
    public func isCurrent(_ job: Job) -> Bool {
        currentRender(job) != nil
    }

    /// What the key file of a current render (see `isCurrent`) remembers besides: the notebook's language,
    /// so that a skipped notebook need not be parsed to say so in its language.
    public struct CurrentRender: Sendable {
        /// Nil in key files written before the language was recorded.
        public var language: Language?
    }

    /// The current render of `job`, or nil when it has to be rendered (again).
    public func currentRender(_ job: Job) -> CurrentRender? {
        // A key file names paths; one that points outside the project or the output folder is not trusted
        // (and not read).
        guard let entry = try? entry(for: job.baseName),
              entry.inputs.allSatisfy({ Self.isConfined($0.path) || $0.path == job.notebook }),
              entry.outputs.allSatisfy({ Self.isConfined($0.path) }),
              entry.outputs.allSatisfy({ digests.current(outputFolder.appendingPathComponent($0.path)) == $0.digest })
        else { return nil }
        let inputsNow = entry.inputs.map { RenderInput(path: $0.path, digest: digests.current(url(ofInput: $0.path))) }
        guard key(for: job, inputs: inputsNow) == entry.key else { return nil }
        return CurrentRender(language: entry.language.flatMap(Language.init(rawValue:)))
    }

    /// Remembers the render just written (after `OutputWriter` wrote its files).
    public func record(_ output: NotebookRenderer.Output, for job: Job) throws {
        let inputs = Array(Set(output.inputs)).sorted { $0.path < $1.path }
        let entry = Entry(
            schema: Entry.currentSchema, streek: version, notebook: job.notebook, baseName: job.baseName,
            parameters: job.parameters, language: output.evaluated.numberFormat.language.rawValue, inputs: inputs,
            outputs: output.files.map { RenderInput(path: $0.path, digest: ContentDigest(of: $0.contents)) },
            key: key(for: job, inputs: inputs))
        let ignore = OutputFile(path: "\(Self.folderName)/.gitignore", text: "# Render keys of streek; local to this machine.\n*\n")
        let key = OutputFile(path: "\(Self.folderName)/\(job.baseName).json", contents: entry.json())
        // The .gitignore is the same every time: written only when it is not there as it should be.
        let ignoreIsCurrent = (try? Data(contentsOf: outputFolder.appendingPathComponent(ignore.path))) == Data(ignore.contents)
        try OutputWriter.write(ignoreIsCurrent ? [key] : [ignore, key], into: outputFolder)
    }

    /// The key of a render of `job` from `inputs`. Inputs are sorted by path, so the order the
    /// directives read them in does not matter.
    func key(for job: Job, inputs: [RenderInput]) -> ContentDigest {
        var parts = ["streek-render-key \(Entry.currentSchema)", version, job.notebook, job.baseName]
        for name in job.parameters.keys.sorted() { parts += ["param", name, job.parameters[name]!] }
        for input in inputs.sorted(by: { $0.path < $1.path }) { parts += ["input", input.path, input.digest?.hex ?? "absent"] }
        return ContentDigest(combining: parts)
    }

    private func entry(for baseName: String) throws -> Entry {
        let data = try Data(contentsOf: outputFolder.appendingPathComponent("\(Self.folderName)/\(baseName).json"))
        let entry = try JSONDecoder().decode(Entry.self, from: data)
        guard entry.schema == Entry.currentSchema else { throw CocoaError(.fileReadCorruptFile) }
        return entry
    }

    private static func isConfined(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }

    private func url(ofInput path: String) -> URL {
        RenderInput.url(of: path, in: projectRoot)
    }

    /// What is stored per render: the key and what it was made of (to read, and to re-hash).
    struct Entry: Codable, Equatable {
        static let currentSchema = 1
        var schema: Int
        var streek: String
        var notebook: String
        var baseName: String
        var parameters: [String: String]
        /// The notebook's language (`numbers`), for the messages about it.
        var language: String?
        var inputs: [RenderInput]
        /// The files written, relative to the output folder, with their digests.
        var outputs: [RenderInput]
        var key: ContentDigest

        /// The entry as JSON (keys sorted; read back with `JSONDecoder`). Written by hand: JSONEncoder's
        /// start-up work would cost every render more than the whole key.
        func json() -> [UInt8] {
            var json = PrettyJSON(capacity: 4096)
            json.object { json in
                json.key("baseName"); json.string(baseName)
                json.key("inputs"); json.array(inputs) { $1.write(to: &$0) }
                json.key("key"); json.string(key.hex)
                if let language { json.key("language"); json.string(language) }
                json.key("notebook"); json.string(notebook)
                json.key("outputs"); json.array(outputs) { $1.write(to: &$0) }
                json.key("parameters")
                json.object { json in
                    for name in parameters.keys.sorted() { json.key(name); json.string(parameters[name]!) }
                }
                json.key("schema"); json.int(schema)
                json.key("streek"); json.string(streek)
            }
            json.newline()
            return json.bytes
        }
    }
}

extension RenderInput {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            if let digest { json.key("digest"); json.string(digest.hex) }
            json.key("path"); json.string(path)
        }
    }
}

/// Digests of files as they are now, each file hashed once per run (several renders read the same data).
private final class DigestMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [URL: ContentDigest?] = [:]

    func current(_ url: URL) -> ContentDigest? {
        lock.lock()
        defer { lock.unlock() }
        if let digest = known[url] { return digest }
        let digest = ContentDigest(ofFileAt: url)
        known[url] = digest
        return digest
    }
}
