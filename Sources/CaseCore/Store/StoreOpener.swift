#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a name in `cases/` is, in one place for every reader (open, check, export).
enum CaseFileName: Equatable {
    /// `ID.json`: read as a case; anything there that cannot be read is a damaged case.
    case caseFile
    /// `.NAME.PID.N.tmp` or `.NAME.PID.bulk.tmp`, left by a write that was killed.
    case temp
    /// Anything else (`.bak`, hidden files): not read, listed by `check`.
    case ignored

    static func kind(of name: String) -> CaseFileName {
        // Asked of every name in `cases/` on each open (twice at 100,000 files): an ASCII name
        // is judged by its bytes, which says what `hasPrefix`/`hasSuffix` say without their
        // Unicode comparison (a fifth of the listing's time). Other names take that comparison.
        var name = name
        if let kind = name.withUTF8({ Self.kind(ascii: $0) }) { return kind }
        if name.hasPrefix(".") { return name.hasSuffix(".tmp") ? .temp : .ignored }
        return name.hasSuffix(".json") ? .caseFile : .ignored
    }

    /// Nil for a name that is not all ASCII.
    private static func kind(ascii u: UnsafeBufferPointer<UInt8>) -> CaseFileName? {
        for c in u where c >= 0x80 { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            return u.count >= n && memcmp(u.baseAddress! + (u.count - n), suffix.utf8Start, n) == 0
        }
        if u.first == UInt8(ascii: ".") { return ends(".tmp") ? .temp : .ignored }
        return ends(".json") ? .caseFile : .ignored
    }
}

/// What one case file gave when it was read: its summary, or why it is damaged.
/// Indirect, so the tables of 100,000 results (open, cache) hold a pointer each, not a
/// whole summary inline.
indirect enum CaseFileResult: Sendable {
    case summary(CaseSummary)
    case damaged(DamagedCase)

    var id: String {
        switch self {
        case .summary(let s): s.id
        case .damaged(let d): d.id
        }
    }
}

/// Lets the parallel readers write each result into its own slot of one buffer. Safe
/// because every index is written by exactly one worker and read only after they finish.
struct ResultSlots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T?>

    /// `each(0..<count)` worked out on every core, `chunk` indexes to a worker at a time, in
    /// index order.
    static func fill(_ count: Int, chunk: Int = 256, _ each: @Sendable (Int) -> T?) -> [T?] {
        fill(count, chunk: chunk, state: {}) { j, _ in each(j) }
    }

    /// The same, each worker's run of `chunk` indexes sharing a `state` made for it (what a
    /// decoder remembers from one entry to the next, `DecodeNames`).
    static func fill<State>(_ count: Int, chunk: Int = 256, state: @Sendable () -> State,
                            _ each: @Sendable (Int, inout State) -> T?) -> [T?] {
        var out = [T?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let slots = ResultSlots(base: base)
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { k in
                var kept = state()
                for j in (k * chunk)..<min(count, (k + 1) * chunk) { slots.base[j] = each(j, &kept) }
            }
        }
        return out
    }
}

/// Reads every case file into summaries, in parallel on all cores, reusing the summary
/// cache for files unchanged since it was written.
struct StoreOpener {
    let store: JSONDirectoryStore

    /// `textApart`: the snapshot with the summaries' search texts apart (`StoreSnapshot.searchTexts`).
    func open(meta: StoreMeta, textApart: Bool = false, progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot {
        let listed = store.finishInterruptedWrites()
        let cases = try CasesDirectory(store)
        defer { cases.closeAll() }
        let casesFD = cases.fd
        let files = try cases.caseFiles(listed: listed)
        if let same = SummaryCache.loadInOrder(files, from: store.files, textApart: textApart) {
            progress(files.count, files.count)
            return StoreSnapshot(meta: meta, summaries: same.summaries, damaged: same.damaged, searchTexts: same.texts)
        }
        var cache = SummaryCache.load(from: store.files)
        let cachedCount = cache?.count
        var results = [CaseFileResult?](repeating: nil, count: files.count)
        var toParse: [Int] = []
        for (n, f) in files.enumerated() {
            if f.kind != .regular {
                // Not read at all: a FIFO would block, a device could be endless.
                results[n] = .damaged(StoreOpener.notAFile(store.casesDir + "/" + f.name, name: f.name, kind: f.kind))
            } else if let hit = cache?.lookup(name: f.name, size: f.size, mtime: f.mtime) {
                results[n] = hit
            } else {
                toParse.append(n)
            }
        }
        cache = nil  // its summaries live on in `results`; the lookup table is no longer needed
        let meter = ProgressMeter(total: files.count, report: progress)
        if files.count - toParse.count > 0 { meter.advance(by: files.count - toParse.count) }
        let casesDir = store.casesDir
        let parseList = toParse
        results.withUnsafeMutableBufferPointer { buf in
            let slots = ResultSlots(base: buf.baseAddress!)
            let work = parseList.count
            guard work > 0 else { return }
            let chunk = max(16, min(512, work / (ProcessInfo.processInfo.activeProcessorCount * 8) + 1))
            let chunks = (work + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { k in
                var buffer: [UInt8] = []
                buffer.reserveCapacity(16384)
                let lo = k * chunk, hi = min(work, lo + chunk)
                for j in lo..<hi {
                    let n = parseList[j]
                    slots.base[n] = StoreOpener.read(casesFD, casesDir + "/" + files[n].name, name: files[n].name, buffer: &buffer)
                }
                meter.advance(by: hi - lo)
            }
        }
        // The cache is written before the summaries are gathered, straight from the results,
        // so no second list of 100,000 entries is ever built.
        if !toParse.isEmpty || cachedCount != files.count {
            let present = results.indices.filter { results[$0] != nil }
            let ids = present.map { results[$0]!.id }
            let order = ids.indices.sorted { ids[$0] < ids[$1] }
            SummaryCache.write(count: present.count, entry: { k in
                let n = present[k]
                return SummaryCache.Entry(name: files[n].name, size: files[n].size, mtime: files[n].mtime, result: results[n]!)
            }, order: order, to: store.files)
        }
        var summaries: [CaseSummary] = []
        var damaged: [DamagedCase] = []
        summaries.reserveCapacity(files.count)
        for r in results {
            switch r {
            case .summary(let s)?: summaries.append(s)
            case .damaged(let d)?: damaged.append(d)
            case nil: break
            }
        }
        results = []
        summaries.sort { $0.id < $1.id }
        damaged.sort { $0.id < $1.id }
        let texts = textApart ? SearchTexts.takeApart(&summaries) : nil
        return StoreSnapshot(meta: meta, summaries: summaries, damaged: damaged, searchTexts: texts)
    }

    /// One file to a summary or a damaged entry; never throws, so one bad file cannot stop
    /// the rest of the store from opening.
    static func notAFile(_ path: String, name: String, kind: FileKind) -> DamagedCase {
        DamagedCase(id: String(name.dropLast(5)), path: path, problems: [Problem(file: path, message: kind.refusal)])
    }

    static func read(_ casesFD: Int32, _ path: String, name: String, buffer: inout [UInt8]) -> CaseFileResult {
        let id = String(name.dropLast(5))
        guard Case.isValidID(id) else {
            return .damaged(DamagedCase(id: id, path: path, problems: [Problem(file: path, message:
                "the file name is not a valid case id (1 to 40 letters, digits, '.', '_' or '-')")]))
        }
        do throws(StoreError) {
            guard try PosixFile.read(casesFD, name, path: path, limit: StoreLimits.caseFile, into: &buffer) else {
                return .damaged(DamagedCase(id: id, path: path, problems: [Problem(file: path, message: "the file vanished while the store was read")]))
            }
        } catch {
            return .damaged(DamagedCase(id: id, path: path, problems: [Problem(file: path, message: error.reason)]))
        }
        // Most files take the scanner's shortcut; any it is unsure of get the full decode,
        // which alone says what is wrong with a damaged one.
        if let s = buffer.withUnsafeBufferPointer({ SummaryScanner.summary(of: $0, fileName: id) }) { return .summary(s) }
        do throws(CaseFileError) {
            let c = try buffer.withUnsafeBufferPointer { b throws(CaseFileError) in
                try CaseCodec.decode(bytes: b, fileName: id, file: path).case
            }
            return .summary(CaseSummary(c))
        } catch {
            return .damaged(DamagedCase(id: id, path: path, problems: error.problems))
        }
    }
}
