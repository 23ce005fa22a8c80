import Foundation
import StreekNotebook

/// Renders the preview's notebooks and remembers, per notebook, which files its last render read, so
/// that a changed file re-renders exactly the notebooks that read it. Good renders are written to the
/// output folder as `streek render` writes them (with their cache key), so a later `streek render`
/// or `streek check` finds them current.
final class Rebuilder {
    let projectRoot: URL
    let outputFolder: URL?
    let version: String
    let jobs: [PreviewJob]
    /// Kept between rounds, so that only changed data files are parsed again.
    private let renderer: NotebookRenderer
    private let notebookPaths: [String: String]
    private var inputs: [String: Set<String>] = [:]
    private var digestsRead: [String: ContentDigest?] = [:]
    private var failing: Set<String> = []

    enum Outcome {
        /// `duration` by the clock on the wall, `cpu` by the rendering thread's CPU time.
        case rendered([OutputFile], duration: Duration, cpu: Duration)
        case failed(RenderProblem)
    }

    /// `outputFolder` nil: render in memory only.
    init(projectRoot: URL, outputFolder: URL?, version: String, jobs: [PreviewJob]) {
        self.projectRoot = projectRoot.standardizedFileURL
        self.outputFolder = outputFolder?.standardizedFileURL
        self.version = version
        self.jobs = jobs
        let renderer = NotebookRenderer(projectRoot: projectRoot)
        self.renderer = renderer
        notebookPaths = Dictionary(jobs.map { ($0.baseName, renderer.displayPath(of: $0.notebook)) }, uniquingKeysWith: { $1 })
    }

    /// Project-relative files to poll: every notebook and every file a last good render read.
    var watchedFiles: Set<String> {
        Set(notebookPaths.values).union(inputs.values.joined())
    }

    /// Folders to poll as a whole: Data/ while a render fails (it may be waiting for a file to appear).
    var watchedTrees: Set<String> {
        failing.isEmpty ? [] : ["Data"]
    }

    /// Of `paths`, those whose bytes now differ from what the last render read (a file saved while it
    /// was being rendered, before the poller took its first stamp).
    func changedSinceRead(_ paths: Set<String>) -> Set<String> {
        paths.filter { path in
            guard let read = digestsRead[path] else { return false }
            return read != ContentDigest(ofFileAt: RenderInput.url(of: path, in: projectRoot))
        }
    }

    /// The notebooks to render after `changed` (project-relative paths) changed: those that read one of
    /// them, and, for a change under Data/, those whose last render failed.
    func jobs(affectedBy changed: Set<String>) -> [PreviewJob] {
        jobs.filter { job in
            if let notebook = notebookPaths[job.baseName], changed.contains(notebook) { return true }
            if !(inputs[job.baseName] ?? []).isDisjoint(with: changed) { return true }
            return failing.contains(job.baseName) && changed.contains { $0.hasPrefix("Data/") }
        }
    }

    /// Renders `jobs` after the files `changed` (project-relative) changed: those are read anew, every
    /// other data file is taken as it was parsed before.
    func render(_ jobs: [PreviewJob], after changed: Set<String>) -> [(job: PreviewJob, outcome: Outcome)] {
        renderer.forgetData(at: changed.map { RenderInput.url(of: $0, in: projectRoot) })
        let cache = outputFolder.map { RenderCache(outputFolder: $0, projectRoot: projectRoot, version: version) }
        return jobs.map { job in
            let key = RenderCache.Job(notebook: notebookPaths[job.baseName] ?? job.baseName, baseName: job.baseName,
                                      parameters: job.parameters)
            let start = ContinuousClock.now, cpuStart = ThreadCPUTime.now()
            do {
                let alreadyWritten = cache?.isCurrent(key) ?? true
                let output = try renderer.render(job.notebook, parameters: job.parameters, baseName: job.baseName)
                inputs[job.baseName] = Set(output.inputs.map(\.path))
                for input in output.inputs { digestsRead[input.path] = input.digest }
                failing.remove(job.baseName)
                if !alreadyWritten, let cache, let outputFolder {
                    try OutputWriter.write(output.files, into: outputFolder)
                    try? cache.record(output, for: key)
                }
                return (job, .rendered(output.files, duration: ContinuousClock.now - start, cpu: ThreadCPUTime.now() - cpuStart))
            } catch {
                failing.insert(job.baseName)
                return (job, .failed(RenderProblem(error, projectRoot: projectRoot, language: job.language)))
            }
        }
    }
}
