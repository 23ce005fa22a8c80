import Foundation
import StreekNotebook
import StreekOptions

extension RenderJob {
    /// This render as the render cache names it.
    func cacheJob(_ renderer: NotebookRenderer) -> RenderCache.Job {
        RenderCache.Job(notebook: renderer.displayPath(of: notebook), baseName: baseName, parameters: parameters)
    }
}
