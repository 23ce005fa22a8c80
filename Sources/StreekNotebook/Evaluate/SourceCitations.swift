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
            let pieces = Self.pieces(of: source)
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

    /// `source` cut at every ", ", empty parts kept, as Foundation's components(separatedBy:) cuts it; found
    /// byte by byte, which costs every render far less than either general-purpose split.
    private static func pieces(of source: String) -> [Substring] {
        var pieces: [Substring] = []
        let bytes = source.utf8
        var start = bytes.startIndex, index = start
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: ","), next != bytes.endIndex, bytes[next] == UInt8(ascii: " ") {
                pieces.append(source[start..<index])
                index = bytes.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        pieces.append(source[start...])
        return pieces
    }
}
