import Foundation

extension SummaryCache {
    /// The summaries of a store reopened with nothing changed, read without a lookup table:
    /// when the cache lists exactly `files`, in their order, each with its size and time, the
    /// entries are checked in one pass and decoded in parallel straight into the case id order
    /// the cache keeps. Nil as soon as anything differs (a file added, changed, removed, listed
    /// in another order, or not a regular file): the caller then takes the general path, which
    /// reads only the files that changed.
    /// `textApart`: the summaries' search texts moved into `texts` as they are decoded (see
    /// `SearchTexts`), each summary's own left empty.
    static func loadInOrder(_ files: [PosixFile.Entry], from store: StoreFiles, textApart: Bool = false)
        -> (summaries: [CaseSummary], damaged: [DamagedCase], texts: SearchTexts?)? {
        guard let cache = inOrder(files, from: store) else { return nil }
        return withExtendedLifetime(cache.bytes) { decodeAll(cache, root: store.root, textApart: textApart) }
    }

    /// Every entry decoded once, in the order the results lie in the file (the directory's),
    /// each written where it belongs in the id order: the summaries straight into the array
    /// that is returned (no array of optionals copied into another: at 100,000 cases that
    /// held two arrays of summaries at once), and the pages of the cache given back as each
    /// part is decoded, so the mapped file and the summaries built from it do not sit in
    /// memory together (issue 16.4: the UI's peak came at the end of this).
    private static func decodeAll(_ cache: InOrder, root: String, textApart: Bool)
        -> (summaries: [CaseSummary], damaged: [DamagedCase], texts: SearchTexts?)? {
        let layout = cache.layout, count = cache.count
        // Entry n (directory order) → its position among the summaries or the damaged.
        var slot = [Int](repeating: 0, count: count)
        var summaryCount = 0, damagedCount = 0
        for k in 0..<count {
            let at = cache.records[k], n = (at - layout.tableAt) / Layout.recordSize
            if layout.isSummary(at) { slot[n] = summaryCount; summaryCount += 1 } else { slot[n] = damagedCount; damagedCount += 1 }
        }
        // Read by the check only: the results hold everything a summary is made of.
        cache.bytes.release(layout.arenaAt..<layout.tableAt)
        let slots = slot
        var damaged = [DamagedCase?](repeating: nil, count: damagedCount)
        var decoded = [Bool](repeating: false, count: count)
        let chunk = max(64, count / (ProcessInfo.processInfo.activeProcessorCount * 32) + 1)
        let chunks = (count + chunk - 1) / chunk
        // With `textApart`: each part's texts, one after the other, and where summary k's lies.
        var partTexts = [[UInt8]](repeating: [], count: textApart ? chunks : 0)
        var textAt = [TextAt](repeating: TextAt(), count: textApart ? summaryCount : 0)
        let summaries = [CaseSummary](unsafeUninitializedCapacity: summaryCount) { out, initialized in
            damaged.withUnsafeMutableBufferPointer { d in
                decoded.withUnsafeMutableBufferPointer { done in
                  partTexts.withUnsafeMutableBufferPointer { parts in
                    textAt.withUnsafeMutableBufferPointer { at in
                    // Nil without `textApart`: an empty array's buffer may still have an address.
                    let put = Slots(summaries: out.baseAddress, damaged: d.baseAddress, done: done.baseAddress!,
                                    parts: textApart ? parts.baseAddress : nil, textAt: textApart ? at.baseAddress : nil)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        let lo = c * chunk, hi = min(count, lo + chunk)
                        var first = Int.max, last = 0
                        var text: [UInt8] = []
                        // The part's entries, which lie one after the other in the file, hold
                        // its texts: room for them all at once, not grown (and copied) again and
                        // again. Untouched room is never paged in.
                        if put.textAt != nil, let (start, _) = layout.result(layout.record(lo)),
                           let (_, end) = layout.result(layout.record(hi - 1)), end > start {
                            text.reserveCapacity(end - start)
                        }
                        var names = DecodeNames(expected: 512)
                        for n in lo..<hi {
                            let at = layout.record(n)
                            guard let (start, end) = layout.result(at) else { continue }
                            (first, last) = (min(first, start), max(last, end))
                            var r = BinaryReader(layout.raw, at: start, end: end)
                            if layout.isSummary(at) {
                                guard r.bool(), let base = put.summaries else { continue }
                                // Made in its place: a summary copied there is a retain and
                                // release of each of its fields.
                                let s = base + slots[n]
                                s.initialize(to: decodeSummaryLeavingText(&r, names: &names))
                                if let textAt = put.textAt {
                                    // Straight from the cache's bytes into the part's texts.
                                    if let bytes = r.stringBytes() {
                                        textAt[slots[n]] = TextAt(part: Int32(c), start: Int32(text.count), count: Int32(bytes.count))
                                        text.append(contentsOf: bytes)
                                    }
                                } else {
                                    s.pointee.searchText = r.bytes()
                                }
                                guard !r.failed, r.atEnd else { s.deinitialize(count: 1); continue }
                            } else {
                                guard case .damaged(let x) = decodeResult(&r, root: root), !r.failed, r.atEnd,
                                      let base = put.damaged else { continue }
                                base[slots[n]] = x
                            }
                            put.done[n] = true
                        }
                        if first < last { cache.bytes.release(first..<last) }
                        cache.bytes.release(layout.record(lo)..<layout.record(hi))
                        put.parts?[c] = text
                    }
                    }
                  }
                }
            }
            if decoded.allSatisfy({ $0 }) { initialized = summaryCount; return }
            // One entry did not decode: the whole cache is refused, and what was built goes.
            for n in 0..<count where decoded[n] && layout.isSummary(layout.record(n)) { (out.baseAddress! + slots[n]).deinitialize(count: 1) }
            initialized = 0
        }
        guard summaries.count == summaryCount, decoded.allSatisfy({ $0 }) else { return nil }
        return (summaries, damaged.map { $0! }, textApart ? joined(partTexts, textAt) : nil)
    }

    /// Where a summary's search text lies among the parts' texts.
    private struct TextAt {
        var part: Int32 = 0
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// The summaries' texts in their order (each part holds those it decoded, in file order):
    /// where each lands is added up first, then the texts are copied on every core.
    private static func joined(_ parts: [[UInt8]], _ textAt: [TextAt]) -> SearchTexts {
        var starts = [Int]()
        starts.reserveCapacity(textAt.count + 1)
        starts.append(0)
        var total = 0
        for t in textAt { total += Int(t.count) + 1; starts.append(total) }   // each text ends in a 0
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            guard let base = out.baseAddress else { initialized = 0; return }
            parts.withUnsafeBufferPointer { p in
                textAt.withUnsafeBufferPointer { at in
                    starts.withUnsafeBufferPointer { st in
                        let copy = TextCopy(to: base, parts: p, textAt: at, starts: st)
                        let chunk = 4096, count = at.count
                        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                            copy.run(c * chunk..<min(count, (c + 1) * chunk))
                        }
                    }
                }
            }
            initialized = total
        }
        return SearchTexts(bytes: bytes, starts: starts)
    }

    /// The copies of `joined`, each text to its own place: no two workers write one byte.
    private struct TextCopy: @unchecked Sendable {
        let to: UnsafeMutablePointer<UInt8>
        let parts: UnsafeBufferPointer<[UInt8]>
        let textAt: UnsafeBufferPointer<TextAt>
        let starts: UnsafeBufferPointer<Int>

        func run(_ range: Range<Int>) {
            for k in range {
                let t = textAt[k], into = to + starts[k]
                if t.count > 0 {
                    parts[Int(t.part)].withUnsafeBufferPointer { b in
                        into.initialize(from: b.baseAddress! + Int(t.start), count: Int(t.count))
                    }
                }
                into[Int(t.count)] = 0
            }
        }
    }

    /// Where the parallel decoders write: each index by exactly one of them, read only after
    /// they have all finished.
    private struct Slots: @unchecked Sendable {
        let summaries: UnsafeMutablePointer<CaseSummary>?
        let damaged: UnsafeMutablePointer<DamagedCase?>?
        let done: UnsafeMutablePointer<Bool>
        /// Part c's texts, and where each summary's is (nil without `textApart`).
        let parts: UnsafeMutablePointer<[UInt8]>?
        let textAt: UnsafeMutablePointer<TextAt>?
    }
}
