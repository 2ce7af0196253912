/// The agenda index's entries in order, in chunks of at most `maxChunk`: a save inserts or
/// removes an entry by moving the rest of one chunk (not of 400,000 entries), and a copy that
/// shares the chunks (the rows on screen) costs the changed chunk and the list of chunks.
struct AgendaOrder: Sendable {
    typealias Entry = AgendaIndex.Entry
    /// A chunk is split in two when it grows past this.
    let maxChunk: Int

    /// An entry's place: its chunk and its position in it. Ordered as the entries are.
    struct Location: Sendable, Equatable, Comparable {
        var chunk: Int32
        var offset: Int32
        static func < (a: Location, b: Location) -> Bool { (a.chunk, a.offset) < (b.chunk, b.offset) }
    }

    /// Never an empty chunk.
    private(set) var chunks: [[Entry]] = []
    private(set) var count = 0

    init(sorted: [Entry], maxChunk: Int = 2_048) {
        self.maxChunk = max(2, maxChunk)
        let half = self.maxChunk / 2
        chunks = stride(from: 0, to: sorted.count, by: half).map { Array(sorted[$0..<min($0 + half, sorted.count)]) }
        count = sorted.count
    }

    func entry(_ at: Location) -> Entry? {
        let c = Int(at.chunk), o = Int(at.offset)
        return c < chunks.count && o < chunks[c].count ? chunks[c][o] : nil
    }

    /// Every location, in order.
    var locations: some Sequence<Location> {
        chunks.indices.lazy.flatMap { c in self.chunks[c].indices.lazy.map { Location(chunk: Int32(c), offset: Int32($0)) } }
    }

    /// The first location whose entry `precedes` says false for (the order is sorted, so
    /// `precedes` holds for a prefix): the end of the last chunk when it holds for all.
    func firstNotPreceding(_ precedes: (Entry) -> Bool) -> Location {
        var lo = 0, hi = chunks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if precedes(chunks[mid][chunks[mid].count - 1]) { lo = mid + 1 } else { hi = mid }
        }
        guard lo < chunks.count else { return Location(chunk: Int32(max(0, chunks.count - 1)), offset: Int32(chunks.last?.count ?? 0)) }
        let chunk = chunks[lo]
        var l = 0, h = chunk.count
        while l < h {
            let mid = (l + h) / 2
            if precedes(chunk[mid]) { l = mid + 1 } else { h = mid }
        }
        return Location(chunk: Int32(lo), offset: Int32(l))
    }

    mutating func insert(_ e: Entry, at: Location) {
        count += 1
        guard !chunks.isEmpty else { chunks = [[e]]; return }
        let c = Int(at.chunk)
        chunks[c].insert(e, at: Int(at.offset))
        if chunks[c].count > maxChunk {
            let tail = Array(chunks[c][(maxChunk / 2)...])
            chunks[c].removeLast(tail.count)
            chunks.insert(tail, at: c + 1)
        }
    }

    mutating func remove(_ at: Location) {
        let c = Int(at.chunk)
        chunks[c].remove(at: Int(at.offset))
        count -= 1
        if chunks[c].isEmpty { chunks.remove(at: c) }
    }
}
