#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension StoreOpener {
    /// Reads every case file that the summary cache does not already hold as it is and
    /// writes the cache again, a chunk of 1,024 files at a time: each chunk's summaries are written
    /// and dropped, so 100,000 summaries never sit in memory together (`casedesk list` of a
    /// store read for the first time, issue 16.4). A file the old cache holds with the same
    /// size and time is taken from it. False when the cache could not be written (a read-only
    /// store): the caller then opens the store in full.
    ///
    /// `files`: the case files as the caller has just listed them (each file is recorded
    /// with the size and time listed, so one changed since is read again next time).
    func writeCache(files: [PosixFile.Entry], progress: @escaping @Sendable (Int, Int) -> Void) throws -> Bool {
        let cases = try CasesDirectory(store)
        defer { cases.closeAll() }
        let casesFD = cases.fd
        let old = OldCache(store.files)
        let meter = ProgressMeter(total: files.count, report: progress)
        let casesDir = store.casesDir, root = store.files.root
        let chunkSize = 1024
        var ids: [String] = []
        ids.reserveCapacity(files.count)
        // Each result with its binary form: encoded by the worker that read it, so the
        // writer (one thread, while the other cores wait for the next chunk) only copies bytes.
        var chunk = [(result: CaseFileResult, bytes: [UInt8])?](repeating: nil, count: chunkSize)
        do throws(StoreError) {
            try store.files.writeAtomically(SummaryCache.file, create: true) { emit in
                var writer = SummaryCache.Writer(count: files.count, root: root)
                for from in stride(from: 0, to: files.count, by: chunkSize) {
                    let to = min(files.count, from + chunkSize)
                    chunk.withUnsafeMutableBufferPointer { buf in
                        let slots = ResultSlots(base: buf.baseAddress!)
                        let step = 64
                        DispatchQueue.concurrentPerform(iterations: (to - from + step - 1) / step) { k in
                            var buffer: [UInt8] = []
                            let lo = from + k * step, hi = min(to, lo + step)
                            for n in lo..<hi {
                                let f = files[n]
                                let result: CaseFileResult = f.kind != .regular
                                    ? .damaged(StoreOpener.notAFile(casesDir + "/" + f.name, name: f.name, kind: f.kind))
                                    : old?.result(f, root: root)
                                    ?? StoreOpener.read(casesFD, casesDir + "/" + f.name, name: f.name, buffer: &buffer)
                                slots.base[n - from] = (result: result, bytes: SummaryCache.encoded(result, root: root))
                            }
                            meter.advance(by: hi - lo)
                        }
                    }
                    for n in from..<to {
                        let (result, bytes) = chunk[n - from]!
                        ids.append(result.id)
                        writer.add(SummaryCache.Entry(name: files[n].name, size: files[n].size, mtime: files[n].mtime, result: result),
                                   encoded: bytes, flush: emit)
                        chunk[n - from] = nil
                    }
                }
                writer.finish(order: ids.indices.sorted { ids[$0] < ids[$1] }, flush: emit)
            }
        } catch {
            return false
        }
        return true
    }

    /// The cache as it was before this rewrite, looked up by file name without decoding
    /// anything but the entries asked for.
    struct OldCache: @unchecked Sendable {
        let bytes: CacheBytes
        let layout: SummaryCache.Layout
        let records: [String: Int]

        init?(_ files: StoreFiles) {
            guard let bytes = SummaryCache.bytes(of: files), let layout = SummaryCache.Layout(bytes.raw) else { return nil }
            var records: [String: Int] = [:]
            records.reserveCapacity(layout.count)
            for n in 0..<layout.count {
                let at = layout.record(n)
                guard let name = layout.name(at) else { return nil }
                records[String(decoding: name, as: UTF8.self)] = at
            }
            (self.bytes, self.layout, self.records) = (bytes, layout, records)
        }

        /// The cached result of `f`, nil when the cache has none for its name, size and time
        /// or it does not decode whole.
        func result(_ f: PosixFile.Entry, root: String) -> CaseFileResult? {
            withExtendedLifetime(bytes) {
                guard let at = records[f.name], layout.raw.i64(at + SummaryCache.Layout.size) == Int64(f.size),
                      layout.raw.i64(at + SummaryCache.Layout.mtime) == f.mtime,
                      let (start, end) = layout.result(at) else { return nil }
                var r = BinaryReader(layout.raw, at: start, end: end)
                let result = SummaryCache.decodeResult(&r, root: root)
                return r.failed || !r.atEnd ? nil : result
            }
        }
    }
}

extension JSONDirectoryStore {
    /// `openStream`, writing the summary cache first when it does not list the store's files
    /// as they are, without holding every summary (see `StoreOpener.writeCache`). Nil when
    /// the cache could not be written: then `open` it. The directory is listed (a stat of
    /// every file) once: the cache is written for that listing and then checked against it.
    public func openStream(progress: @escaping @Sendable (Int, Int) -> Void) throws -> SummaryStream? {
        let (meta, listed) = try streamListing()
        if let cache = SummaryCache.inOrder(listed, from: files) { return SummaryStream(store: self, meta: meta, cache: cache) }
        guard try StoreOpener(store: self).writeCache(files: listed, progress: progress),
              let cache = SummaryCache.inOrder(listed, from: files) else { return nil }
        return SummaryStream(store: self, meta: meta, cache: cache)
    }
}
