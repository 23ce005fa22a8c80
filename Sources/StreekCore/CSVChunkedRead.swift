import Dispatch
import Foundation

/// How many pieces `CSVChunkedRead` cuts a file's records into. Small files are read in one go.
struct CSVChunking: Sendable {
    /// Pieces read at the same time (at most; a piece needs a line end to start at).
    var chunks: Int
    /// Records shorter than this (in bytes) are read in one go.
    var minimumBytes: Int
    /// Bytes read in sequence before the split: the first records settle the column types.
    var prefixBytes: Int

    /// Two pieces per core, so a core that other work slows down takes fewer of them.
    static let automatic = CSVChunking(chunks: 2 * ProcessInfo.processInfo.activeProcessorCount,
                                       minimumBytes: 4 << 20, prefixBytes: 64 << 10)
    static let sequential = CSVChunking(chunks: 1, minimumBytes: .max, prefixBytes: 0)
}

/// Reads the records of a large file on every core and gives exactly what reading them in one
/// sequence gives: the same cells, the same text codes, the same first odd cell and decimal
/// evidence, and the same error at the same place.
///
/// After a prefix read in sequence, the rest is cut at line ends and every piece is read on its
/// own, guessing that its first line starts a record. Pieces are then joined in order; a piece
/// joins only when the one before it ended exactly where it began (the guess held: no quoted
/// field spans the cut). From the first piece that does not join, or that gave up (a malformed
/// record, a text where only earlier records know the column type), the records are read again
/// in sequence, which reports any error exactly where a sequential reading would.
struct CSVChunkedRead {
    let reader: CSVRecordReader
    let chunking: CSVChunking

    /// The records from `start` to `end`, and how many pieces read on their own joined.
    func read(from start: ByteCursor, until end: Int, bytesPerRow: Double) throws -> (block: CSVRecordBlock, joined: Int) {
        var cursor = start
        var block = reader.emptyBlock(expectedRows: Self.rows(end - start.position, bytesPerRow))
        guard chunking.chunks > 1, end - start.position >= chunking.minimumBytes else {
            try reader.read(into: &block, &cursor, until: end)
            return (block, 0)
        }
        try reader.read(into: &block, &cursor, until: min(end, start.position + chunking.prefixBytes))
        let starts = pieceStarts(from: cursor.position, to: end)
        let pieces = readPieces(starts, end: end, bytesPerRow: bytesPerRow)
        var joined = 0
        for index in starts.indices {
            // Taken out of the results, so each piece's buffers go once they are copied.
            guard case .success(let part)? = pieces.take(index), starts[index] == cursor.position else { break }
            let shift = cursor.line - 1
            block.append(part.block, lineShift: shift)
            cursor.position = part.end.position
            cursor.line = part.end.line + shift
            cursor.lineStart = part.end.lineStart
            joined += 1
        }
        try reader.read(into: &block, &cursor, until: end)  // nothing left when every piece joined
        return (block, joined)
    }

    /// Where the pieces start: just after a line end near each even cut.
    private func pieceStarts(from position: Int, to end: Int) -> [Int] {
        let size = (end - position) / chunking.chunks
        var starts = [position]
        for cut in 1..<chunking.chunks {
            var next = position + cut * size
            while next < end, reader.buffer[next - 1] != ByteCursor.newline { next += 1 }
            if next < end, next > starts[starts.count - 1] { starts.append(next) }
        }
        return starts
    }

    /// Reads every piece at the same time; a piece stops early once an earlier one gave up.
    private func readPieces(_ starts: [Int], end: Int, bytesPerRow: Double) -> PieceResults {
        let results = PieceResults(count: starts.count)
        let reader = reader
        DispatchQueue.concurrentPerform(iterations: starts.count) { index in
            let stop = index + 1 < starts.count ? starts[index + 1] : end
            var cursor = ByteCursor(buffer: reader.buffer, origin: reader.origin, separator: reader.separator)
            (cursor.position, cursor.lineStart) = (starts[index], starts[index])
            var block = reader.emptyBlock(expectedRows: Self.rows(stop - starts[index], bytesPerRow))
            do {
                try reader.read(into: &block, &cursor, until: stop, asChunk: true) { results.failed(before: index) }
                results.put(.success(Piece(block: block, end: (cursor.position, cursor.line, cursor.lineStart))), at: index)
            } catch {
                results.fail(index)
                results.put(.failure(error), at: index)
            }
        }
        return results
    }

    private static func rows(_ bytes: Int, _ bytesPerRow: Double) -> Int {
        Int(Double(bytes) / max(bytesPerRow, 1) * 1.1) + 16
    }

    /// A piece read on its own: its cells, and where its last record ended (line counted from 1).
    struct Piece {
        var block: CSVRecordBlock
        var end: (position: Int, line: Int, lineStart: Int)
    }

    /// One slot per piece, each written by the thread that reads it, and the first piece that gave up.
    final class PieceResults: @unchecked Sendable {
        private var slots: [Result<Piece, any Error>?]
        private let lock = NSLock()
        private var firstFailure = Int.max

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func put(_ result: Result<Piece, any Error>, at index: Int) { lock.withLock { slots[index] = result } }

        func take(_ index: Int) -> Result<Piece, any Error>? {
            lock.withLock {
                defer { slots[index] = nil }
                return slots[index]
            }
        }

        func fail(_ index: Int) { lock.withLock { firstFailure = min(firstFailure, index) } }

        func failed(before index: Int) -> Bool { lock.withLock { firstFailure < index } }
    }
}
