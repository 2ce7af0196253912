import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The case list's filter, narrowed key by key (issue 16.3). Each result remembers where each
/// of its words first occurs in each hit, so a word typed on ("ope" after "op") is checked
/// where the shorter word was found (a few bytes per hit) instead of searched again from the
/// start of every hit's text: a common word narrowed over most of 100,000 cases was 10-20 ms
/// of a keystroke.
extension SearchIndex {
    /// The items containing every one of `words`, with where each word first occurs in each.
    ///
    /// Invariant: `items` ascend; `at[k * words.count + w]` is the offset in `bytes` of the first
    /// occurrence of `words[w]` in item `items[k]`.
    struct Found: Sendable, Equatable {
        let words: [[UInt8]]
        fileprivate(set) var items: [Int32] = []
        fileprivate(set) var at: [UInt32] = []

        var count: Int { items.count }

        /// One flag per item of an index of `total` items.
        func flags(total: Int) -> [Bool] {
            var f = [Bool](repeating: false, count: total)
            for i in items { f[Int(i)] = true }
            return f
        }

        fileprivate init(words: [[UInt8]]) { self.words = words }

        fileprivate mutating func append(_ other: Found) {
            items += other.items
            at += other.at
        }
    }

    /// `words` without those inside another (the same items match, with fewer words to search and
    /// remember): "operation ope" is "operation", "kes " is "kes". The first of equal words is kept.
    static func essential(_ words: [[UInt8]]) -> [[UInt8]] {
        var kept: [[UInt8]] = []
        for (i, w) in words.enumerated() {
            let inside = words.indices.contains { j in
                j != i && (words[j].count > w.count || (words[j] == w && j < i)) && offset(of: w, in: words[j]) != nil
            }
            if !inside { kept.append(w) }
        }
        return kept
    }

    /// Where `needle` first occurs in `word` (both short: words of a filter).
    static func offset(of needle: [UInt8], in word: [UInt8]) -> Int? {
        guard needle.count <= word.count else { return nil }
        return (0...(word.count - needle.count)).first { word[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The items containing every one of `words` (folded, none empty), looking only at `base`'s
    /// items when given, which must contain all of them (each of `base.words` is inside one of
    /// `words`). A word with one of `base`'s words inside it is looked for from where that word
    /// was found, less where it lies in this one: its first occurrence cannot be earlier.
    /// - Parameter parts: how many slices of the candidates are searched at once; by default one
    ///   per core when there are many.
    func narrow(to words: [[UInt8]], from base: Found?, parts: Int? = nil) -> Found {
        let candidates = base?.count ?? count
        let parts = max(1, min(parts ?? (candidates < Self.parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)),
                               max(1, candidates)))
        guard let base else {
            // From nothing: the longest word swept through the whole text, whose hits the others narrow.
            guard let longest = words.max(by: { $0.count < $1.count }) else { return Found(words: words) }
            let seed = inParts(parts, words: [longest], rows: count) { sweep(longest, items: $0) }
            return words.count == 1 ? seed : narrow(to: words, from: seed, parts: parts)
        }
        let plan = words.map { Plan(word: $0, base: base.words, index: self) }
        return inParts(parts, words: words, rows: candidates) { narrow(plan, words: words, base: base, rows: $0) }
    }

    /// `slice` of each of `parts` slices of `rows` rows, at once, joined in order.
    private func inParts(_ parts: Int, words: [[UInt8]], rows: Int, _ slice: @Sendable (Range<Int>) -> Found) -> Found {
        guard parts > 1 else { return slice(0..<rows) }
        var slices = [Found](repeating: Found(words: words), count: parts)
        slices.withUnsafeMutableBufferPointer { out in
            // Each part writes only its own slot.
            nonisolated(unsafe) let slots = out
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                slots[p] = slice((rows * p / parts)..<(rows * (p + 1) / parts))
            }
        }
        var found = slices[0]
        for s in slices.dropFirst() { found.append(s) }
        return found
    }

    /// The items among `items` containing `word`, found by one search through their text (which
    /// is contiguous), jumping to the next item after each hit.
    private func sweep(_ word: [UInt8], items: Range<Int>) -> Found {
        var found = Found(words: [word])
        guard !items.isEmpty else { return found }
        let pair = anchor(of: word)
        var hits: [Int32] = [], at: [UInt32] = []
        hits.reserveCapacity(items.count)
        at.reserveCapacity(items.count)
        bytes.withUnsafeBytes { all in
            word.withUnsafeBytes { needle in
                starts.withUnsafeBufferPointer { starts in
                    guard let text = all.baseAddress else { return }
                    var position = starts[items.lowerBound], item = items.lowerBound
                    let end = starts[items.upperBound]
                    while position < end, let hit = Self.find(needle, anchor: pair, in: text + position, length: end - position) {
                        let p = position + hit
                        while starts[item + 1] <= p { item += 1 }    // hits come in order: amortised
                        hits.append(Int32(item))
                        at.append(UInt32(p))
                        item += 1
                        position = starts[item]
                    }
                }
            }
        }
        found.items = hits
        found.at = at
        return found
    }

    /// How one word is looked for: from which of the base's words, and its two rarest bytes.
    private struct Plan: Sendable {
        let word: [UInt8]
        let anchor: Anchor
        /// The base word inside this one and where it lies in it (nil: from the item's start).
        let from: (word: Int, offset: Int, same: Bool)?

        init(word: [UInt8], base: [[UInt8]], index: SearchIndex) {
            self.word = word
            anchor = index.anchor(of: word)
            var best: (word: Int, offset: Int, same: Bool)?
            for (b, w) in base.enumerated() {
                guard let off = SearchIndex.offset(of: w, in: word) else { continue }
                if best == nil || w.count > base[best!.word].count { best = (b, off, w.count == word.count) }
            }
            from = best
        }
    }

    /// Rows `rows` of `base`'s items searched for every word.
    ///
    /// A block of candidates at a time. The first word to search (`lead`, most often the one
    /// being typed) is first looked for right where it may begin in each candidate, reading
    /// the 8 bytes there for the whole block before comparing any: a word typed on is most often
    /// found there, and read one candidate at a time each first touch of a candidate's text
    /// waited for memory (~100 ns, most of a narrowing). The candidates where it is not are
    /// searched by runs of neighbours, as one stretch of text. Then the other words, if any.
    private func narrow(_ plan: [Plan], words: [[UInt8]], base: Found, rows: Range<Int>) -> Found {
        var found = Found(words: words)
        let n = plan.count
        found.items.reserveCapacity(rows.count)
        found.at.reserveCapacity(rows.count * n)
        var positions = [UInt32](repeating: 0, count: n)
        let baseItems = base.items, baseAt = base.at, baseWidth = base.words.count
        // The first word that is not simply one of the base's.
        let lead = plan.firstIndex { !($0.from?.same ?? false) }
        let prefix = lead.map { Self.prefix(plan[$0].word) } ?? (bytes: 0, mask: 0)
        let block = 32
        var ahead = [UInt64](repeating: 0, count: block), aheadFrom = [Int](repeating: 0, count: block)
        var leadAt = [Int](repeating: 0, count: block)
        // Whether to read ahead: not for a word looked for from each item's start (rarely right there).
        var look = lead.map { plan[$0].from != nil } ?? false, blocks = 1
        bytes.withUnsafeBytes { all in
            guard let text = all.baseAddress else { return }
            func item(_ row: Int) -> Int { Int(baseItems[row]) }
            /// Where word `w` of row `row` may first occur: its item's start, or where the base's word inside it was.
            func from(_ w: Int, _ row: Int) -> Int {
                let start = starts[item(row)]
                guard let b = plan[w].from else { return start }
                return max(start, Int(baseAt[row * baseWidth + b.word]) - b.offset)
            }
            func find(_ w: Int, _ from: Int, _ end: Int) -> Int? {
                plan[w].word.withUnsafeBytes { Self.find($0, anchor: plan[w].anchor, in: text + from, length: end - from) }.map { from + $0 }
            }
            var first = rows.lowerBound
            while first < rows.upperBound {
                let last = min(first + block, rows.upperBound)
                if let lead {
                    // Read ahead only where the word was found there often enough in the last block
                    // read (and again every 8th block): else the reads cost more than they save.
                    let read = look || blocks % 8 == 0
                    for row in first..<last {
                        let f = from(lead, row)
                        aheadFrom[row - first] = f
                        ahead[row - first] = read && f + 8 <= all.count ? text.loadUnaligned(fromByteOffset: f, as: UInt64.self) : 0
                    }
                    let word = plan[lead].word
                    func there(_ row: Int) -> Bool {
                        read && ahead[row - first] & prefix.mask == prefix.bytes
                            && (word.count <= 8 || word.withUnsafeBytes { memcmp(text + aheadFrom[row - first] + 8, $0.baseAddress! + 8, $0.count - 8) == 0 })
                    }
                    var row = first, thereCount = 0
                    defer {
                        if read { look = thereCount * 4 >= last - first }
                        blocks += 1
                    }
                    while row < last {
                        if there(row) { leadAt[row - first] = aheadFrom[row - first]; thereCount += 1; row += 1; continue }
                        var stop = row + 1
                        while stop < last && item(stop) == item(stop - 1) + 1 && !there(stop) { stop += 1 }
                        // Rows row..<stop: neighbouring items, searched as one stretch; after a hit, the next row.
                        let end = starts[item(stop - 1) + 1]
                        var r = row
                        while r < stop {
                            guard let p = find(lead, aheadFrom[r - first], end) else { break }
                            while starts[item(r) + 1] <= p { leadAt[r - first] = -1; r += 1 }
                            leadAt[r - first] = p
                            r += 1
                        }
                        while r < stop { leadAt[r - first] = -1; r += 1 }
                        row = stop
                    }
                }
                for row in first..<last {
                    let it = item(row)
                    let end = starts[it + 1] - 1
                    var every = true
                    for w in 0..<n {
                        if let b = plan[w].from, b.same {
                            positions[w] = baseAt[row * baseWidth + b.word]
                            continue
                        }
                        let p = w == lead ? (leadAt[row - first] < 0 ? nil : leadAt[row - first]) : find(w, from(w, row), end)
                        guard let p else { every = false; break }
                        positions[w] = UInt32(p)
                    }
                    if every {
                        found.items.append(Int32(it))
                        found.at += positions
                    }
                }
                first = last
            }
        }
        return found
    }

    /// A word's first 8 bytes (fewer when shorter) as a little-endian number, and the mask of them.
    private static func prefix(_ word: [UInt8]) -> (bytes: UInt64, mask: UInt64) {
        var bytes: UInt64 = 0
        for (k, b) in word.prefix(8).enumerated() { bytes |= UInt64(b) << (8 * k) }
        return (bytes, word.count >= 8 ? ~0 : (1 << (8 * UInt64(word.count))) - 1)
    }
}
