import Dispatch
import Foundation

/// How `CSVChunkedRead` cuts a file's records into pieces. Small files are read in one go.
struct CSVChunking: Sendable {
    /// Pieces at least (more for a large file, one per `pieceBytes`; a piece needs a line end to start at).
    var chunks: Int
    /// Records shorter than this (in bytes) are read in one go.
    var minimumBytes: Int
    /// Bytes read in sequence before the split: the first records settle the column types.
    var prefixBytes: Int
    /// About how large a piece is: small pieces join soon after they are read, so few are held at once.
    var pieceBytes: Int = 2 << 20

    /// Two pieces per core at least, so a core that other work slows down takes fewer of them.
    static let automatic = CSVChunking(chunks: 2 * Parallelism.cores,
                                       minimumBytes: 4 << 20, prefixBytes: 64 << 10)
    static let sequential = CSVChunking(chunks: 1, minimumBytes: .max, prefixBytes: 0)
}

/// Reads the records of a large file on every core and gives exactly what reading them in one
/// sequence gives: the same cells, the same text codes, the same first odd cell and decimal
/// evidence, and the same error at the same place.
///
/// After a prefix read in sequence, the rest is cut at line ends and every piece is read on its
/// own, guessing that its first line starts a record. Pieces join in order as soon as they are read
/// (so only a few are held at once); a piece joins only when the one before it ended exactly where
/// it began (the guess held: no quoted field spans the cut). From the first piece that does not
/// join, or that gave up (a malformed record, a text where only earlier records know the column
/// type), the records are read again in sequence, which reports any error exactly where a
/// sequential reading would.
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
        let join = PieceJoin(block, cursor, starts: pieceStarts(from: cursor.position, to: end))
        block = reader.emptyBlock(expectedRows: 0)  // the join holds the only reference: it appends in place
        readPieces(into: join, end: end, bytesPerRow: bytesPerRow)
        var (joined, count) = join.take(leaving: block)
        try reader.read(into: &joined.block, &joined.cursor, until: end)  // nothing left when every piece joined
        return (joined.block, count)
    }

    /// Where the pieces start: just after a line end near each even cut.
    private func pieceStarts(from position: Int, to end: Int) -> [Int] {
        let pieces = max(chunking.chunks, min(256, (end - position) / max(chunking.pieceBytes, 1)))
        let size = (end - position) / pieces
        var starts = [position]
        for cut in 1..<pieces {
            var next = position + cut * size
            while next < end, reader.buffer[next - 1] != ByteCursor.newline { next += 1 }
            if next < end, next > starts[starts.count - 1] { starts.append(next) }
        }
        return starts
    }

    /// Reads every piece at the same time, each handed to the join when done; a piece stops early
    /// once an earlier one gave up.
    private func readPieces(into join: PieceJoin, end: Int, bytesPerRow: Double) {
        let reader = reader, starts = join.starts
        DispatchQueue.concurrentPerform(iterations: starts.count) { index in
            guard !join.failed(before: index) else { return join.finished(index, .failure(CSVRecordReader.ChunkAbandoned())) }
            let stop = index + 1 < starts.count ? starts[index + 1] : end
            var cursor = ByteCursor(buffer: reader.buffer, origin: reader.origin, separator: reader.separator)
            (cursor.position, cursor.lineStart) = (starts[index], starts[index])
            var block = reader.emptyBlock(expectedRows: Self.rows(stop - starts[index], bytesPerRow))
            do {
                try reader.read(into: &block, &cursor, until: stop, asChunk: true) { join.failed(before: index) }
                join.finished(index, .success(Piece(block: block, end: (cursor.position, cursor.line, cursor.lineStart))))
            } catch {
                join.finished(index, .failure(error))
            }
        }
    }

    private static func rows(_ bytes: Int, _ bytesPerRow: Double) -> Int {
        Int(Double(bytes) / max(bytesPerRow, 1) * 1.1) + 16
    }

    /// A piece read on its own: its cells, and where its last record ended (line counted from 1).
    struct Piece {
        var block: CSVRecordBlock
        var end: (position: Int, line: Int, lineStart: Int)
    }

    /// The records read so far (prefix and joined pieces) and where they end. Pieces arrive from any
    /// thread in any order; each joins as soon as every piece before it has.
    final class PieceJoin: @unchecked Sendable {
        struct Joined {
            var block: CSVRecordBlock
            var cursor: ByteCursor
        }

        let starts: [Int]
        private let joinLock = NSLock(), failureLock = NSLock()
        private var joined: Joined
        private var next = 0, count = 0, stopped = false
        /// Pieces read before the ones ahead of them joined.
        private var waiting: [Int: Result<Piece, any Error>] = [:]
        private var firstFailure = Int.max

        init(_ block: CSVRecordBlock, _ cursor: ByteCursor, starts: [Int]) {
            joined = Joined(block: block, cursor: cursor)
            self.starts = starts
        }

        func finished(_ index: Int, _ result: Result<Piece, any Error>) {
            if case .failure = result { failureLock.withLock { firstFailure = min(firstFailure, index) } }
            joinLock.withLock {
                guard !stopped else { return }
                waiting[index] = result
                while let result = waiting.removeValue(forKey: next) {
                    guard case .success(let piece) = result, starts[next] == joined.cursor.position else {
                        stopped = true
                        waiting.removeAll()
                        return
                    }
                    let shift = joined.cursor.line - 1
                    joined.block.append(piece.block, lineShift: shift)
                    joined.cursor.position = piece.end.position
                    joined.cursor.line = piece.end.line + shift
                    joined.cursor.lineStart = piece.end.lineStart
                    (next, count) = (next + 1, count + 1)
                }
            }
        }

        /// Whether a piece before `index` gave up (its records, and all after, are read in sequence).
        func failed(before index: Int) -> Bool { failureLock.withLock { firstFailure < index } }

        /// What joined, and how many pieces; call once every piece has finished. Hands the block over
        /// (the join keeps `empty`), so the caller's reading goes on in place.
        func take(leaving empty: CSVRecordBlock) -> (Joined, Int) {
            joinLock.withLock {
                let result = joined
                joined = Joined(block: empty, cursor: joined.cursor)
                return (result, count)
            }
        }
    }
}
