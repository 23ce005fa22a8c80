import StreekDocument

/// The source line under a block built from several files. Files from one publication name it in full each
/// time ("OIS Groningen, Quick scan … (2018), §3.1 …"); under a joined table the publication is named once,
/// followed by the numbered parts each file came from.
enum SourceCitations {
    /// The merged sources as the lines under a block.
    static func phrases(_ sources: [String]) -> [Phrase] {
        merged(sources).map { Phrase(literal: $0) }
    }

    /// `sources` with those sharing publisher and title (their first two comma-separated parts) merged into
    /// one citation, in order of first appearance; a source cited twice appears once.
    static func merged(_ sources: [String]) -> [String] {
        var publications: [String] = []
        var parts: [String: [String]] = [:]
        for source in sources {
            // The standard library's split, not Foundation's components(separatedBy:): same pieces, empty
            // ones kept, at a fraction of the cost in every render.
            let pieces = source.split(separator: ", ", omittingEmptySubsequences: false).map(String.init)
            let publication = pieces.count > 2 ? pieces[0..<2].joined(separator: ", ") : source
            let part = pieces.count > 2 ? pieces[2...].joined(separator: ", ") : ""
            if parts[publication] == nil { publications.append(publication) }
            if !(parts[publication] ?? []).contains(part) { parts[publication, default: []].append(part) }
        }
        return publications.flatMap { publication in
            let cited = parts[publication] ?? []
            // One part, or the publication also cited as a whole: each source as written.
            guard cited.count > 1, !cited.contains("") else {
                return cited.map { $0.isEmpty ? publication : publication + ", " + $0 }
            }
            return [publication + ": " + cited.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: "; ")]
        }
    }
}
