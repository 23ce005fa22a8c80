import Foundation
import StreekNotebook

extension RenderOptions {
    /// What `streek check` compares: Rendered/ must be what a render would produce now, so besides the
    /// renders asked for (one per notebook, or every combination with `--all`/`--all-years`), every
    /// year or variant render of those notebooks that has files in `folder` — written earlier by
    /// `render --all` or `--all-years` — is checked too. Variants never rendered are not missing: a
    /// plain `streek render` does not write them either. `--all`/`--all-years` check every combination.
    /// Each job comes with the option of `streek render` that writes it (`--all`, `--all-years` or none).
    public func jobsToCheck(renderer: NotebookRenderer, in folder: URL) throws -> [(job: RenderJob, renderFlag: String?)] {
        let flag = all ? "--all" : allYears ? "--all-years" : nil
        var jobs = try self.jobs(renderer: renderer).map { (job: $0, renderFlag: flag) }
        guard flag == nil else { return jobs }
        var known = Set(jobs.map(\.job.baseName))
        for notebook in try notebookURLs() {
            for (all, allYears) in [(false, true), (true, false)] {
                // Each notebook on its own, so that one notebook's refusal (a --param that fixes one of
                // its axes, which render refuses too) does not hide another's variants. A notebook
                // that cannot be read fails in its own render above.
                var single = self
                single.notebooks = [notebook.path]
                guard let variants = try? single.jobs(renderer: renderer, all: all, allYears: allYears) else { continue }
                for job in variants where !known.contains(job.baseName) && Self.hasFiles(of: job.baseName, in: folder) {
                    known.insert(job.baseName)
                    jobs.append((job, all ? "--all" : "--all-years"))
                }
            }
        }
        return jobs
    }

    /// Whether a render named `baseName` left any of its pages in `folder`.
    private static func hasFiles(of baseName: String, in folder: URL) -> Bool {
        ["md", "html", "json"].contains {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(baseName).\($0)").path)
        }
    }
}
