import Foundation

extension SummaryCache {
    /// The summaries of a store reopened with nothing changed, read without a lookup table:
    /// when the cache lists exactly `files`, in their order, each with its size and time, the
    /// entries are checked in one pass and decoded in parallel straight into the case id order
    /// the cache keeps. Nil as soon as anything differs (a file added, changed, removed, listed
    /// in another order, or not a regular file): the caller then takes the general path, which
    /// reads only the files that changed.
    static func loadInOrder(_ files: [PosixFile.Entry], from store: StoreFiles)
        -> (summaries: [CaseSummary], damaged: [DamagedCase])? {
        var buffer: [UInt8] = []
        guard (try? store.read(file, limit: StoreLimits.summaryCache, into: &buffer)) == true,
              let (table, count) = tableStart(buffer), count == files.count, count > 0 else { return nil }
        let bytes = buffer
        var r = BinaryReader(bytes, at: magic.count)
        guard r.uint() == version, r.uint() == fingerprint, r.count() == count, !r.failed else { return nil }

        // One pass over the directory's order: entry n names file n, with its size and time.
        // The result's position in the id order is worked out here, so the decoders below
        // write each summary where it belongs.
        var start = [Int](repeating: 0, count: count)
        var isSummary = [Bool](repeating: false, count: count)
        for n in 0..<count {
            let at = Int(BinaryReader.fixed(bytes, at: table + 8 * n, bytes: 8))
            guard at >= magic.count, at < table, files[n].kind == .regular else { return nil }
            var e = BinaryReader(bytes, at: at)
            guard e.equalsString(files[n].name), e.int() == files[n].size, e.int64() == files[n].mtime,
                  !e.failed, e.i < table else { return nil }
            start[n] = e.i
            isSummary[n] = bytes[e.i] == 1
        }
        var position = [Int](repeating: -1, count: count)
        var summaryCount = 0, damagedCount = 0
        let orderAt = table + 8 * count
        for k in 0..<count {
            let n = Int(BinaryReader.fixed(bytes, at: orderAt + 4 * k, bytes: 4))
            guard n < count, position[n] < 0 else { return nil }  // the order is a permutation
            if isSummary[n] { position[n] = summaryCount; summaryCount += 1 } else { position[n] = damagedCount; damagedCount += 1 }
        }

        var summaries = [CaseSummary?](repeating: nil, count: summaryCount)
        var damaged = [DamagedCase?](repeating: nil, count: damagedCount)
        let starts = start, summaryFlags = isSummary, positions = position, root = store.root
        summaries.withUnsafeMutableBufferPointer { s in
            damaged.withUnsafeMutableBufferPointer { d in
                let sSlots = s.baseAddress.map { ResultSlots(base: $0) }
                let dSlots = d.baseAddress.map { ResultSlots(base: $0) }
                let chunk = max(64, count / (ProcessInfo.processInfo.activeProcessorCount * 8) + 1)
                DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { k in
                    for n in (k * chunk)..<min(count, (k + 1) * chunk) {
                        var e = BinaryReader(bytes, at: starts[n])
                        switch decodeResult(&e, root: root) {
                        case .summary(let x) where summaryFlags[n] && !e.failed: sSlots?.base[positions[n]] = x
                        case .damaged(let x) where !summaryFlags[n] && !e.failed: dSlots?.base[positions[n]] = x
                        default: break  // left nil: the whole cache is refused below
                        }
                    }
                }
            }
        }
        guard !summaries.contains(where: { $0 == nil }), !damaged.contains(where: { $0 == nil }) else { return nil }
        return (summaries.map { $0! }, damaged.map { $0! })
    }
}
