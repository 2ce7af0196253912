import Foundation

/// `STORE/.cache/summaries`: the summary (or the damage report) of every case file, keyed
/// by file name, size and modification time, so that reopening a large store parses only
/// the files that changed. Derived data only: a missing, corrupt or foreign cache is
/// ignored and rebuilt, and deleting it loses nothing.
///
/// Format: `CDSUMCACHE` magic, format version, a fingerprint of how summaries are derived
/// (so a program that derives them differently rebuilds the cache), the entry count, then
/// the entries (see `encode`), in the order the directory listed the files. Then a table
/// for reading them without looking anything up (`loadInOrder`): the byte offset of every
/// entry (8 bytes each, little-endian), the entries in case id order (4 bytes each), and the
/// offset of that table and the entry count (8 bytes each).
struct SummaryCache {
    static let magic = Array("CDSUMCACHE".utf8)
    /// 2: summaries of schema version 2. 3: the paths of damaged files are stored relative
    /// to the store, so a copied store never reports a path inside the store it was copied from.
    /// 4: the table of offsets and of the id order at the end.
    static let version: UInt64 = 4

    struct Entry {
        var name: String
        var size: Int
        var mtime: Int64
        var result: CaseFileResult
    }

    private var byName: [String: Entry]
    var count: Int { byName.count }

    init(entries: [Entry]) {
        byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { _, b in b })
    }

    private init(byName: [String: Entry]) { self.byName = byName }

    func lookup(name: String, size: Int, mtime: Int64) -> CaseFileResult? {
        guard let e = byName[name], e.size == size, e.mtime == mtime else { return nil }
        return e.result
    }

    static let file = ".cache/summaries"

    /// The cache of the store, nil if absent or unusable. A `.cache` that is a link is
    /// refused by `readMeta` before this is reached, and never followed here.
    static func load(from files: StoreFiles) -> SummaryCache? {
        var buffer: [UInt8] = []
        guard (try? files.read(file, limit: StoreLimits.summaryCache, into: &buffer)) == true else { return nil }
        return decode(buffer, root: files.root)
    }

    /// Best effort: a cache that cannot be written only makes the next open slower. Written
    /// in pieces of about 1 MB, so a 100,000-case cache never sits in memory whole.
    static func write(count: Int, entry: (Int) -> Entry, order: [Int], to files: StoreFiles) {
        do throws(StoreError) {
            try files.writeAtomically(file, create: true) { emit in
                encode(count: count, entry: entry, order: order, root: files.root, flush: emit)
            }
        } catch {}
    }

    // MARK: Format

    static func encode(_ entries: [Entry], root: String = "") -> [UInt8] {
        var all: [UInt8] = []
        let order = entries.indices.sorted { entries[$0].result.id < entries[$1].result.id }
        encode(count: entries.count, entry: { entries[$0] }, order: order, root: root, flush: { all += $0; $0.removeAll() })
        return all
    }

    /// `path` without the store's root, so the cache holds no absolute path of the store.
    static func relative(_ path: String, to root: String) -> String {
        root.isEmpty || !path.hasPrefix(root + "/") ? path : String(path.dropFirst(root.count + 1))
    }

    static func absolute(_ path: String, in root: String) -> String {
        root.isEmpty || path.hasPrefix("/") ? path : root + "/" + path
    }

    /// `order`: the indices of the entries sorted by case id.
    static func encode(count: Int, entry: (Int) -> Entry, order: [Int], root: String = "",
                       flush: (inout [UInt8]) -> Void) {
        var w = BinaryWriter()
        w.out.reserveCapacity(1 << 20 + 65536)
        w.out += magic
        w.uint(version)
        w.uint(fingerprint)
        w.uint(UInt64(count))
        var flushed = 0
        var offsets: [UInt64] = []
        offsets.reserveCapacity(count)
        for n in 0..<count {
            offsets.append(UInt64(flushed + w.out.count))
            let e = entry(n)
            w.string(e.name); w.int(e.size); w.int64(e.mtime)
            switch e.result {
            case .summary(let s): w.bool(true); encode(s, &w)
            case .damaged(let d):
                w.bool(false); w.string(d.id); w.string(relative(d.path, to: root)); w.uint(UInt64(d.problems.count))
                for p in d.problems {
                    w.string(p.file.map { relative($0, to: root) }); w.string(p.path); w.int(p.line); w.int(p.column); w.string(p.message); w.bool(p.isWarning)
                }
            }
            if w.out.count >= 1 << 20 { flushed += w.out.count; flush(&w.out) }
        }
        let table = UInt64(flushed + w.out.count)
        for o in offsets { w.fixed(o, bytes: 8) }
        for n in order { w.fixed(UInt64(n), bytes: 4) }
        w.fixed(table, bytes: 8)
        w.fixed(UInt64(count), bytes: 8)
        flush(&w.out)
    }

    /// Where the table of offsets starts, checked against the entry count and the file's
    /// length; nil when the file cannot be a cache of this version.
    static func tableStart(_ bytes: [UInt8]) -> (table: Int, count: Int)? {
        guard bytes.count >= magic.count + 16, Array(bytes[0..<magic.count]) == magic else { return nil }
        let table = BinaryReader.fixed(bytes, at: bytes.count - 16, bytes: 8)
        let count = BinaryReader.fixed(bytes, at: bytes.count - 8, bytes: 8)
        guard count < UInt64(bytes.count), table < UInt64(bytes.count),
              table + count * 12 + 16 == UInt64(bytes.count) else { return nil }
        return (Int(table), Int(count))
    }

    static func decode(_ bytes: [UInt8], root: String = "") -> SummaryCache? {
        guard let (table, count) = tableStart(bytes) else { return nil }
        var r = BinaryReader(bytes, at: magic.count)
        guard r.uint() == version, r.uint() == fingerprint else { return nil }
        let n = r.count()
        guard n == count else { return nil }
        // Straight into the lookup table: no intermediate list of 100,000 entries.
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(n)
        for _ in 0..<n where !r.failed {
            let name = r.string(), size = r.int(), mtime = r.int64()
            entries[name] = Entry(name: name, size: size, mtime: mtime, result: decodeResult(&r, root: root))
        }
        guard !r.failed, r.i == table else { return nil }
        return SummaryCache(byName: entries)
    }

    /// The summary or damage report of one entry, after its name, size and time.
    static func decodeResult(_ r: inout BinaryReader, root: String) -> CaseFileResult {
        if r.bool() { return .summary(decodeSummary(&r)) }
        let id = r.string(), path = absolute(r.string(), in: root)
        var problems: [Problem] = []
        for _ in 0..<r.count() where !r.failed {
            problems.append(Problem(file: r.optString().map { absolute($0, in: root) }, path: r.string(), line: r.optInt(), column: r.optInt(),
                                    message: r.string(), isWarning: r.bool()))
        }
        return .damaged(DamagedCase(id: id, path: path, problems: problems))
    }

    static func encode(_ s: CaseSummary, _ w: inout BinaryWriter) {
        w.string(s.id); w.string(s.urn); w.string(s.title); w.string(s.unit); w.string(s.lawyer); w.string(s.caseworker)
        w.uint(UInt64(s.crimeTypes.count)); for t in s.crimeTypes { w.vocab(t) }
        w.vocab(s.status); w.vocab(s.sensitivity); w.day(s.opened); w.day(s.finalised)
        w.int(s.revision); w.int64(s.updated.seconds)
        w.uint(UInt64(s.defendants.count))
        for d in s.defendants {
            w.string(d.id); w.string(d.name); w.string(d.nationality); w.vocab(d.custody); w.vocab(d.outcome); w.day(d.outcomeDate)
            w.int(d.custodialMonths); w.bool(d.suspended)
            w.uint(UInt64(d.ancillaryOrders.count))
            for a in d.ancillaryOrders { w.vocab(a.type); w.day(a.made); w.day(a.expires) }
            w.bool(d.confiscation != nil)
            if let c = d.confiscation {
                w.vocab(c.stage); w.day(c.restraintDate); w.int(c.benefitPence); w.int(c.availablePence)
                w.int(c.orderPence); w.day(c.orderDate); w.int(c.recoveredPence); w.day(c.paymentDue)
            }
            w.vocab(d.remand)
            w.uint(UInt64(d.custodyTimeLimits.count))
            for c in d.custodyTimeLimits { encode(c, &w) }
        }
        w.uint(UInt64(s.hearings.count))
        for h in s.hearings { w.day(h.date); w.vocab(h.type); w.string(h.court) }
        w.uint(UInt64(s.requests.count))
        for q in s.requests {
            w.string(q.id); w.vocab(q.kind); w.vocab(q.direction); w.string(q.country); w.bool(q.urgent)
            w.vocab(q.status); w.day(q.sent); w.day(q.due); w.day(q.lastChased); w.day(q.executed)
            w.day(q.statusDate); w.int(q.chaseCount); w.string(q.authority); w.string(q.liaison); w.string(q.defendant)
        }
        w.int(s.noteCount)
        w.uint(UInt64(s.tasks.count))
        for t in s.tasks {
            w.string(t.id); w.string(t.title); w.day(t.due); w.string(t.assignee); w.day(t.created)
            w.day(t.done?.date); w.string(t.done?.by)
        }
        w.bytes(s.searchText)
    }

    static func encode(_ c: CustodyTimeLimit, _ w: inout BinaryWriter) {
        w.string(c.charge); w.day(c.from); w.vocab(c.limit); w.day(c.expires)
        w.uint(UInt64(c.extensions.count))
        for x in c.extensions {
            w.day(x.applied); w.day(x.heard); w.int(x.granted.map { $0 ? 1 : 0 }); w.day(x.newExpiry)
        }
        w.day(c.ended?.date); w.vocab(c.ended?.reason)
    }

    static func decodeCTL(_ r: inout BinaryReader) -> CustodyTimeLimit {
        let charge = r.optString(), from = r.day(), limit = r.vocab(CTLLimit.self), expires = r.optDay()
        let extensions = (0..<r.count()).map { _ in
            CTLExtension(applied: r.day(), heard: r.optDay(), granted: r.optInt().map { $0 == 1 }, newExpiry: r.optDay())
        }
        let endDate = r.optDay(), endReason = r.optVocab(CTLEndReason.self)
        let ended = endDate.flatMap { d in endReason.map { CTLEnd(date: d, reason: $0) } }
        return CustodyTimeLimit(charge: charge, from: from, limit: limit, expires: expires, extensions: extensions, ended: ended)
    }

    // Summaries have no memberwise initialiser (they are built from a Case), so decoding
    // starts from a template and sets every field.
    private static let caseTemplate = CaseSummary(Case(id: "x", title: "", unit: "", crimeTypes: [.other],
                                                       status: .preCharge, opened: Day(ordinal: 0),
                                                       updated: Timestamp(seconds: 0)))
    private static let defendantTemplate = DefendantSummary(Defendant(id: "", name: "", custody: .onBail))
    private static let requestTemplate = RequestSummary(InternationalRequest(id: "", kind: .mla, direction: .outgoing,
                                                                             country: "", legalBasis: "", status: .draft))

    static func decodeSummary(_ r: inout BinaryReader) -> CaseSummary {
        var s = caseTemplate
        s.id = r.string(); s.urn = r.optString(); s.title = r.string(); s.unit = r.string()
        s.lawyer = r.optString(); s.caseworker = r.optString()
        s.crimeTypes = (0..<r.count()).map { _ in r.vocab(CrimeType.self) }
        s.status = r.vocab(CaseStatus.self); s.sensitivity = r.vocab(Sensitivity.self)
        s.opened = r.day(); s.finalised = r.optDay(); s.revision = r.int(); s.updated = Timestamp(seconds: r.int64())
        s.defendants = (0..<r.count()).map { _ in
            var d = defendantTemplate
            d.id = r.string(); d.name = r.string(); d.nationality = r.optString(); d.custody = r.vocab(Custody.self)
            d.outcome = r.optVocab(OutcomeCategory.self); d.outcomeDate = r.optDay()
            d.custodialMonths = r.optInt(); d.suspended = r.bool()
            d.ancillaryOrders = (0..<r.count()).map { _ in
                AncillarySummary(type: r.vocab(AncillaryOrderType.self), made: r.day(), expires: r.optDay())
            }
            d.confiscation = r.bool() ? Confiscation(stage: r.vocab(ConfiscationStage.self), restraintDate: r.optDay(),
                                                     benefitPence: r.optInt(), availablePence: r.optInt(),
                                                     orderPence: r.optInt(), orderDate: r.optDay(),
                                                     recoveredPence: r.optInt(), paymentDue: r.optDay()) : nil
            d.remand = r.optVocab(Remand.self)
            d.custodyTimeLimits = (0..<r.count()).map { _ in decodeCTL(&r) }
            return d
        }
        s.hearings = (0..<r.count()).map { _ in HearingSummary(date: r.day(), type: r.vocab(HearingType.self), court: r.string()) }
        s.requests = (0..<r.count()).map { _ in
            var q = requestTemplate
            q.id = r.string(); q.kind = r.vocab(RequestKind.self); q.direction = r.vocab(RequestDirection.self)
            q.country = r.string(); q.urgent = r.bool(); q.status = r.vocab(RequestStatus.self)
            q.sent = r.optDay(); q.due = r.optDay(); q.lastChased = r.optDay(); q.executed = r.optDay()
            q.statusDate = r.optDay(); q.chaseCount = r.int(); q.authority = r.optString(); q.liaison = r.optString(); q.defendant = r.optString()
            return q
        }
        s.noteCount = r.int()
        s.tasks = (0..<r.count()).map { _ in
            let id = r.string(), title = r.string(), due = r.optDay(), assignee = r.optString(), created = r.day()
            let doneDate = r.optDay(), doneBy = r.optString()
            return CaseTask(id: id, title: title, due: due, assignee: assignee, created: created,
                            done: doneDate.map { TaskDone(date: $0, by: doneBy ?? "") })
        }
        s.searchText = r.bytes()
        return s
    }

    /// A hash of the summary of a fixed probe case: it changes when the way summaries are
    /// derived changes (search folding, country names, hearing order), which makes every
    /// older cache foreign.
    static let fingerprint: UInt64 = {
        let day = Day(year: 2013, month: 2, day: 1)!
        let probe = Case(id: "PROBE-1", urn: "01AB2345613", title: "Operation Ça Probe", unit: "U", lawyer: "L",
                         crimeTypes: [.drugTrafficking, .fraud], status: .charged, opened: day,
                         defendants: [Defendant(id: "D1", name: "Zoë Ångström", nationality: "ES", custody: .abroad,
                                                charges: [Charge(offence: "Conspiracy to supply")],
                                                outcome: Outcome(category: .guiltyPlea, date: day),
                                                sentence: Sentence(custodialMonths: 12),
                                                ancillaryOrders: [AncillaryOrder(type: .other, made: day, expires: day)],
                                                confiscation: Confiscation(stage: .orderMade, orderPence: 5, paymentDue: day),
                                                remand: .custody,
                                                custodyTimeLimits: [CustodyTimeLimit(charge: "c", from: day, limit: .crownCourt182,
                                                                                     expires: day, extensions: [CTLExtension(applied: day, granted: true, newExpiry: day)],
                                                                                     ended: CTLEnd(date: day, reason: .bailed))])],
                         hearings: [Hearing(date: day.adding(days: 9), court: "B", type: .trial),
                                    Hearing(date: day, court: "A", type: .plea)],
                         requests: [InternationalRequest(id: "R1", kind: .mla, direction: .outgoing, country: "NL",
                                                         authority: "OM", legalBasis: "coe1959", status: .executed,
                                                         history: [StatusChange(status: .sent, date: day),
                                                                   StatusChange(status: .executed, date: day.adding(days: 3))],
                                                         sent: day, chases: [Chase(date: day.adding(days: 1))])],
                         notes: [Note(at: Timestamp(seconds: 0), author: "a", text: "b")],
                         tasks: [CaseTask(id: "T", title: "t", due: day, assignee: "L", created: day,
                                          done: TaskDone(date: day, by: "L"))],
                         revision: 3, updated: Timestamp(seconds: 1))
        var w = BinaryWriter()
        encode(CaseSummary(probe), &w)
        w.uint(UInt64(Countries.codes.count))
        var h: UInt64 = 0xcbf29ce484222325
        for b in w.out { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }()
}
