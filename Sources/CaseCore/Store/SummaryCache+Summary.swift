import Foundation

// The binary form of one summary (inside the cache's entries, and the PostgreSQL store's
// stored summaries through `ServerStoreSupport`): varints, length-prefixed strings.
extension SummaryCache {
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

    /// Each field read in the order `encode` wrote it (arguments are evaluated left to right).
    static func decodeSummary(_ r: inout BinaryReader) -> CaseSummary {
        var names = DecodeNames.passThrough()
        return decodeSummary(&r, names: &names)
    }

    /// The same, with the names of a run of entries remembered in `names`.
    static func decodeSummary(_ r: inout BinaryReader, names: inout DecodeNames) -> CaseSummary {
        var s = decodeSummaryLeavingText(&r, names: &names)
        s.searchText = r.bytes()
        return s
    }

    /// Every field but the search text, which is left for the caller to read from `r` (the
    /// UI's open copies it straight into its one buffer of texts, `SearchTexts`).
    static func decodeSummaryLeavingText(_ r: inout BinaryReader, names: inout DecodeNames) -> CaseSummary {
        CaseSummary(id: r.string(), urn: r.optString(), title: r.string(), pooledUnit: names.pooled(&r),
                    lawyer: names.optPooled(&r), caseworker: names.optPooled(&r), crimeTypes: names.crimeTypes(&r),
                    status: r.vocab(CaseStatus.self), sensitivity: r.vocab(Sensitivity.self), opened: r.day(),
                    finalised: r.optDay(), revision: r.int(), updated: Timestamp(seconds: r.int64()),
                    defendants: (0..<r.count()).map { _ in decodeDefendant(&r, &names) },
                    hearings: (0..<r.count()).map { _ in
                        HearingSummary(date: r.day(), type: r.vocab(HearingType.self), courtCode: names.code(&r))
                    },
                    requests: (0..<r.count()).map { _ in decodeRequest(&r, &names) },
                    noteCount: r.int(),
                    tasks: (0..<r.count()).map { _ in
                        let id = r.string(), title = r.string(), due = r.optDay(), assignee = names.optPooled(&r)
                        let created = r.day(), doneDate = r.optDay(), doneBy = names.optPooled(&r)
                        return CaseTask(id: id, title: title, due: due, assignee: assignee, created: created,
                                        done: doneDate.map { TaskDone(date: $0, by: doneBy ?? "") })
                    },
                    searchText: [])
    }

    /// `named`: false steps over the id and name (the measures' decode), leaving them empty.
    static func decodeDefendant(_ r: inout BinaryReader, _ names: inout DecodeNames, named: Bool = true) -> DefendantSummary {
        var id = "", name = ""
        if named { id = r.string(); name = r.string() } else { r.skip(); r.skip() }
        return DefendantSummary(id: id, name: name, nationalityCode: names.optCode(&r), custody: r.vocab(Custody.self),
                         outcome: r.optVocab(OutcomeCategory.self), outcomeDate: r.optDay(), custodialMonths: r.optInt(),
                         suspended: r.bool(),
                         ancillaryOrders: (0..<r.count()).map { _ in
                             AncillarySummary(type: r.vocab(AncillaryOrderType.self), made: r.day(), expires: r.optDay())
                         },
                         confiscation: r.bool() ? Confiscation(stage: r.vocab(ConfiscationStage.self), restraintDate: r.optDay(),
                                                               benefitPence: r.optInt(), availablePence: r.optInt(),
                                                               orderPence: r.optInt(), orderDate: r.optDay(),
                                                               recoveredPence: r.optInt(), paymentDue: r.optDay()) : nil,
                         remand: r.optVocab(Remand.self),
                         custodyTimeLimits: (0..<r.count()).map { _ in decodeCTL(&r) })
    }

    private static func decodeRequest(_ r: inout BinaryReader, _ names: inout DecodeNames) -> RequestSummary {
        RequestSummary(id: r.string(), kind: r.vocab(RequestKind.self), direction: r.vocab(RequestDirection.self),
                       countryCode: names.code(&r), urgent: r.bool(), status: r.vocab(RequestStatus.self), sent: r.optDay(),
                       due: r.optDay(), lastChased: r.optDay(), executed: r.optDay(), statusDate: r.optDay(),
                       chaseCount: r.int(), authorityCode: names.optCode(&r), liaisonCode: names.optCode(&r),
                       defendant: r.optString())
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
