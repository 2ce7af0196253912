import CaseCore
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every summary's search text in one contiguous buffer, so a filter keystroke is a few
/// `memchr` sweeps over memory instead of a visit to each of 100,000 summaries (which costs a
/// retain and release of every field of each one, and measured ~130 ms on 100,000 cases).
/// The words are CaseCore's `TextQuery` (same folding and splitting as `CaseFilter`), so
/// both find the same cases.
///
/// Invariant: summary `i`'s text is `bytes[starts[i] ..< starts[i + 1] - 1]`, followed by a
/// 0 separator (which no folded text contains), so a match never spans two cases.
struct SearchIndex: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = [0]
    /// How often each byte occurs in a sample of the text (every 16th byte); kept from the
    /// build, not followed by `replace`, since it only picks which byte of a word to look for
    /// first (not part of equality).
    private(set) var frequency = [UInt32](repeating: 0, count: 256)

    static func == (a: SearchIndex, b: SearchIndex) -> Bool { a.bytes == b.bytes && a.starts == b.starts }

    init() {}

    /// Read in place: iterating the summaries (`lazy.map`) copied each whole summary, a
    /// retain and release of each of its fields, twice (issue 16.2).
    init(_ summaries: [CaseSummary]) {
        var texts = SearchTexts()
        summaries.withUnsafeBufferPointer { b in
            var total = 0
            for i in b.indices { total += b[i].searchText.count }
            texts.reserve(bytes: total, texts: b.count)
            for i in b.indices { texts.append(b[i].searchText) }
        }
        self.init(texts)
    }

    /// The texts taken out of the summaries (`SearchTexts`, the same layout): adopted, not copied.
    init(_ texts: SearchTexts) {
        bytes = texts.bytes
        starts = texts.starts
        frequency = Self.frequency(of: bytes)
    }

    /// One item per text (the board's requests use it too: one item per request).
    init<Texts: Collection>(texts: Texts) where Texts.Element == [UInt8] { self.init(SearchTexts(texts)) }

    /// Puts `texts` in place of items `items` (their number may differ: a request added to
    /// a case); the items after them move, none is rebuilt.
    mutating func replace(_ items: Range<Int>, with texts: [[UInt8]]) {
        let from = starts[items.lowerBound], to = starts[items.upperBound]
        var joined: [UInt8] = []
        var lengths: [Int] = []
        for t in texts { joined += t; joined.append(0); lengths.append(joined.count) }
        bytes.replaceSubrange(from..<to, with: joined)
        let delta = joined.count - (to - from)
        var tail = Array(starts[(items.upperBound + 1)...])
        if delta != 0 { for k in tail.indices { tail[k] += delta } }
        starts.replaceSubrange((items.lowerBound + 1)..., with: lengths.map { from + $0 } + tail)
    }

    var count: Int { starts.count - 1 }

    /// Puts `text` in place of summary `i`'s text (a saved case): the bytes after it move by
    /// the difference in length, instead of the whole store's text being joined again.
    mutating func replace(_ i: Int, with text: [UInt8]) {
        let range = starts[i]..<(starts[i + 1] - 1)    // without the 0 that ends it
        let delta = text.count - range.count
        bytes.replaceSubrange(range, with: text)
        if delta != 0 { for k in (i + 1)..<starts.count { starts[k] += delta } }
    }

    /// Marks in `hits` (one flag per summary) the summaries containing every word of `query`,
    /// looking only at `candidates` when given (the previous result, when the query narrowed).
    /// - Parameter parts: how many slices a full sweep is split into; by default one per core on
    ///   a large store.
    func matching(_ query: TextQuery, candidates: [Int]?, parts: Int? = nil) -> [Bool] {
        var within: [Bool]?
        if let candidates {
            var flags = [Bool](repeating: false, count: count)
            for i in candidates { flags[i] = true }
            within = flags
        }
        return matching(words: query.words, within: within, parts: parts)
    }

    /// The summaries containing every one of `words` (folded), looking only at those flagged
    /// in `within` when given (`FilterMemo` gives the hits of a query this one narrows). The
    /// longest word first, over every summary; each next word only over the hits so far.
    func matching(words: [[UInt8]], within: [Bool]?, parts: Int? = nil) -> [Bool] {
        let parts = parts ?? (count < Self.parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var hits = within
        bytes.withUnsafeBytes { all in
            guard let base = all.baseAddress else { return }
            for word in words.sorted(by: { $0.count > $1.count }) {
                let pair = anchor(of: word)
                var found = [Bool](repeating: false, count: count)
                word.withUnsafeBytes { w in
                    if let hits {
                        check(w, anchor: pair, base: base, within: hits, parts: parts, into: &found)
                    } else {
                        sweep(w, anchor: pair, base: base, parts: parts, into: &found)
                    }
                }
                hits = found
            }
        }
        return hits ?? [Bool](repeating: true, count: count)
    }

    /// Where in a word `find` looks first: its two rarest bytes in the text (from `frequency`),
    /// so a search stops at few places that are not a match ("p" in "op", not "o").
    struct Anchor: Sendable {
        var first: Int
        var second: Int
    }

    func anchor(of word: [UInt8]) -> Anchor {
        guard word.count > 1 else { return Anchor(first: 0, second: 0) }
        var best = 0
        for k in word.indices where frequency[Int(word[k])] < frequency[Int(word[best])] { best = k }
        var next = best == 0 ? 1 : 0
        for k in word.indices where k != best && frequency[Int(word[k])] < frequency[Int(word[next])] { next = k }
        return Anchor(first: best, second: next)
    }

    static func frequency(of bytes: [UInt8]) -> [UInt32] {
        var f = [UInt32](repeating: 0, count: 256)
        var i = 0
        while i < bytes.count { f[Int(bytes[i])] &+= 1; i += 16 }
        return f
    }

    /// The summaries flagged in `within` searched, split over the cores on a large store: each
    /// run of neighbouring candidates is swept as one stretch of text (one `memchr` over many
    /// summaries instead of one call per summary, which cost most of a keystroke).
    private func check(_ word: UnsafeRawBufferPointer, anchor: Anchor, base: UnsafeRawPointer, within: [Bool], parts: Int,
                       into found: inout [Bool]) {
        within.withUnsafeBufferPointer { wanted in
            found.withUnsafeMutableBufferPointer { out in
                // Each part writes the flags of its own summaries only, so the writes never overlap.
                nonisolated(unsafe) let flags = out, text = base, needle = word, candidates = wanted
                let n = count
                DispatchQueue.concurrentPerform(iterations: parts) { p in
                    var part = UnsafeMutableBufferPointer(rebasing: flags[...])
                    var i = n * p / parts
                    let end = n * (p + 1) / parts
                    while i < end {
                        guard candidates[i] else { i += 1; continue }
                        var j = i + 1
                        while j < end && candidates[j] { j += 1 }
                        sweep(needle, anchor: anchor, base: text, summaries: i..<j, into: &part)
                        i = j
                    }
                }
            }
        }
    }

    /// Below this many summaries one thread is faster than starting others.
    static let parallelThreshold = 20_000

    /// One pass over the whole buffer, split over the cores on a large store: each part sweeps
    /// its own summaries (a word never spans two, the 0 between them stops it) and marks only
    /// their flags.
    private func sweep(_ word: UnsafeRawBufferPointer, anchor: Anchor, base: UnsafeRawPointer, parts: Int, into found: inout [Bool]) {
        guard parts > 1 else { return sweep(word, anchor: anchor, base: base, summaries: 0..<count, into: &found) }
        found.withUnsafeMutableBufferPointer { out in
            // Each part writes the flags of its own summaries only, so the writes never overlap.
            nonisolated(unsafe) let flags = out, text = base, needle = word
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                var part = UnsafeMutableBufferPointer(rebasing: flags[...])
                sweep(needle, anchor: anchor, base: text, summaries: (count * p / parts)..<(count * (p + 1) / parts), into: &part)
            }
        }
    }

    /// After a hit, the search jumps to the next summary.
    private func sweep<Flags: MutableCollection<Bool>>(_ word: UnsafeRawBufferPointer, anchor: Anchor, base: UnsafeRawPointer,
                                                      summaries: Range<Int>, into found: inout Flags) where Flags.Index == Int {
        var position = starts[summaries.lowerBound]
        let end = starts[summaries.upperBound]
        var summary = summaries.lowerBound
        while position < end {
            guard let hit = Self.find(word, anchor: anchor, in: base + position, length: end - position) else { return }
            let at = position + hit
            // The summary holding `at`: move forward (hits come in order, so this is amortised).
            while starts[summary + 1] <= at { summary += 1 }
            found[summary] = true
            position = starts[summary + 1]
            summary += 1
            if summary >= summaries.upperBound { return }
        }
    }

    /// Bit `k` set when byte `k` of `word` (each 0x00 or 0xFF) is set.
    @inline(__always)
    static func laneBits(_ word: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: ((word & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) >> 56)
    }

    /// The offset of `needle` in `length` bytes at `hay`, nil when absent. One byte: `memchr`.
    /// Longer: sixteen start positions at a time, a position being a candidate when the
    /// needle's two rarest bytes (`anchor`) are both there, and only candidates compared in full;
    /// so a common byte does not stop the search at each occurrence, as `memchr` for one byte did.
    @inline(__always)
    static func find(_ needle: UnsafeRawBufferPointer, anchor: Anchor, in hay: UnsafeRawPointer, length: Int) -> Int? {
        let n = needle.count
        guard n > 0, let np = needle.baseAddress else { return 0 }
        guard length >= n else { return nil }
        if n == 1 {
            return memchr(hay, Int32(np.load(as: UInt8.self)), length).map { hay.distance(to: UnsafeRawPointer($0)) }
        }
        let a = anchor.first, b = anchor.second
        let va = SIMD16<UInt8>(repeating: np.load(fromByteOffset: a, as: UInt8.self))
        let vb = SIMD16<UInt8>(repeating: np.load(fromByteOffset: b, as: UInt8.self))
        let last = length - n               // the last start position
        var i = 0
        while i + 15 <= last {
            let m = (hay.loadUnaligned(fromByteOffset: i + a, as: SIMD16<UInt8>.self) .== va)
                .& (hay.loadUnaligned(fromByteOffset: i + b, as: SIMD16<UInt8>.self) .== vb)
            // The mask as two words of 0x00/0xFF bytes: `any(m)` was an out-of-line call per 16
            // bytes (4% of a filter key's samples at 100,000 cases), and reading its lanes one by
            // one was slower than walking the set bits.
            let words = unsafeBitCast(m, to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 {
                var bits = Self.laneBits(words[0]) | Self.laneBits(words[1]) << 8
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    // Two bytes: both are the anchor, already compared.
                    if n == 2 || memcmp(hay + i + k, np, n) == 0 { return i + k }
                    bits &= bits - 1
                }
            }
            i += 16
        }
        while i <= last {
            if memcmp(hay + i, np, n) == 0 { return i }
            i += 1
        }
        return nil
    }
}
