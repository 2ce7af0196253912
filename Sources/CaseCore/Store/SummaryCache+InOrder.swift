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
        guard let cache = inOrder(files, from: store) else { return nil }
        let count = cache.count
        // Each result's position among the summaries or the damaged, in the id order the cache
        // keeps, so the decoders below write each one where it belongs.
        var position = [Int](repeating: 0, count: count)
        var summaryCount = 0, damagedCount = 0
        for k in 0..<count {
            if cache.isSummary(k) { position[k] = summaryCount; summaryCount += 1 } else { position[k] = damagedCount; damagedCount += 1 }
        }
        var summaries = [CaseSummary?](repeating: nil, count: summaryCount)
        var damaged = [DamagedCase?](repeating: nil, count: damagedCount)
        let positions = position, root = store.root
        summaries.withUnsafeMutableBufferPointer { s in
            damaged.withUnsafeMutableBufferPointer { d in
                let sSlots = s.baseAddress.map { ResultSlots(base: $0) }
                let dSlots = d.baseAddress.map { ResultSlots(base: $0) }
                let chunk = max(64, count / (ProcessInfo.processInfo.activeProcessorCount * 8) + 1)
                DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { k in
                    for n in (k * chunk)..<min(count, (k + 1) * chunk) {
                        switch cache.result(n, root: root) {
                        case .summary(let x)? where cache.isSummary(n): sSlots?.base[positions[n]] = x
                        case .damaged(let x)? where !cache.isSummary(n): dSlots?.base[positions[n]] = x
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
