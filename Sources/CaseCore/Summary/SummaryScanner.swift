/// Reads a case file's summary straight from its bytes, without building the JSON tree or
/// the strings nobody lists (the case summary, notes, legislation, authorities): opening a
/// store reads every file, and the tree of dictionaries was most of its cost.
///
/// It is a shortcut, never a second judge of a file: it reads only files written the way
/// CaseDesk writes them, and on anything else (`JSONCursor` lists what) it answers nil and
/// the caller decodes the file in full, so a damaged file gets the full parser's precise
/// problems. The case it reads goes through the same `CaseValidator` rules as a decoded one,
/// and any problem (not a warning) also sends the file to the full decode. `SummaryScannerTests`
/// hold every summary it gives equal to the one of the full decode.
public enum SummaryScanner {
    public static func summary(of bytes: UnsafeBufferPointer<UInt8>, fileName: String) -> CaseSummary? {
        guard UTF8Check.isValid(bytes) else { return nil }
        var c = JSONCursor(bytes)
        let k = readCase(&c)
        guard !c.failed, c.atEnd, CaseChecks.caseIDProblem(k.id, fileName: fileName) == nil,
              !CaseValidator.valueProblems(of: k).contains(where: { !$0.isWarning }) else { return nil }
        return CaseSummary(k)
    }

    // MARK: Keys (SummaryScannerTests holds them equal to ModelKeys)

    enum CaseKey: Int, CaseIterable {
        case id, urn, title, summary, unit, lawyer, caseworker, crimeTypes, status, sensitivity, opened, finalised,
             defendants, hearings, requests, notes, tasks, revision, updated
    }
    enum DefendantKey: Int, CaseIterable {
        case id, name, dateOfBirth, nationality, custody, charges, outcome, sentence, ancillaryOrders, confiscation,
             remand, custodyTimeLimits
    }
    enum ChargeKey: Int, CaseIterable { case offence, legislation, count }
    enum OutcomeKey: Int, CaseIterable { case category, date }
    enum SentenceKey: Int, CaseIterable { case custodialMonths, suspended, description }
    enum OrderKey: Int, CaseIterable { case type, made, expires }
    enum ConfiscationKey: Int, CaseIterable {
        case stage, restraintDate, benefitPence, availablePence, orderPence, orderDate, recoveredPence, paymentDue
    }
    enum CTLKey: Int, CaseIterable { case charge, from, limit, expires, extensions, ended }
    enum ExtensionKey: Int, CaseIterable { case applied, heard, granted, newExpiry, note }
    enum EndKey: Int, CaseIterable { case date, reason }
    enum HearingKey: Int, CaseIterable { case date, court, type, note }
    enum RequestKey: Int, CaseIterable {
        case id, kind, direction, country, authority, legalBasis, assistance, urgent, status, history, sent, due,
             lastChased, chases, liaison, defendant, note
    }
    enum StatusKey: Int, CaseIterable { case status, date, note }
    enum ChaseKey: Int, CaseIterable { case date, by, note }
    enum NoteKey: Int, CaseIterable { case at, author, text }
    enum TaskKey: Int, CaseIterable { case id, title, due, assignee, created, done }
    enum DoneKey: Int, CaseIterable { case date, by }

    static func table<K: CaseIterable>(_: K.Type, required: [String] = []) -> (KeyTable, UInt64) {
        let t = KeyTable(K.allCases.map { "\($0)" })
        return (t, t.bits(required))
    }

    static let caseKeys = table(CaseKey.self, required: ["id", "title", "unit", "crimeTypes", "status", "sensitivity",
                                                         "opened", "revision", "updated"])
    static let defendantKeys = table(DefendantKey.self, required: ["id", "name", "custody"])
    static let chargeKeys = table(ChargeKey.self, required: ["offence"])
    static let outcomeKeys = table(OutcomeKey.self, required: ["category", "date"])
    static let sentenceKeys = table(SentenceKey.self)
    static let orderKeys = table(OrderKey.self, required: ["type", "made"])
    static let confiscationKeys = table(ConfiscationKey.self, required: ["stage"])
    static let ctlKeys = table(CTLKey.self, required: ["from", "limit"])
    static let extensionKeys = table(ExtensionKey.self, required: ["applied"])
    static let endKeys = table(EndKey.self, required: ["date", "reason"])
    static let hearingKeys = table(HearingKey.self, required: ["date", "court", "type"])
    static let requestKeys = table(RequestKey.self, required: ["id", "kind", "direction", "country", "legalBasis", "status"])
    static let statusKeys = table(StatusKey.self, required: ["status", "date"])
    static let chaseKeys = table(ChaseKey.self, required: ["date"])
    static let noteKeys = table(NoteKey.self, required: ["at", "author", "text"])
    static let taskKeys = table(TaskKey.self, required: ["id", "title", "created"])
    static let doneKeys = table(DoneKey.self, required: ["date", "by"])

    enum Vocab {
        static let crime = VocabTable(CrimeType.self), status = VocabTable(CaseStatus.self)
        static let sensitivity = VocabTable(Sensitivity.self), custody = VocabTable(Custody.self)
        static let outcome = VocabTable(OutcomeCategory.self), order = VocabTable(AncillaryOrderType.self)
        static let stage = VocabTable(ConfiscationStage.self), remand = VocabTable(Remand.self)
        static let limit = VocabTable(CTLLimit.self), endReason = VocabTable(CTLEndReason.self)
        static let hearing = VocabTable(HearingType.self), kind = VocabTable(RequestKind.self)
        static let direction = VocabTable(RequestDirection.self), requestStatus = VocabTable(RequestStatus.self)
    }

    // MARK: Readers
    // Each reads what the summary or a `CaseValidator` rule needs and steps over the rest
    // (checked, not kept): the `Case` it builds has empty notes, legislation and the like.

    static func readCase(_ c: inout JSONCursor) -> Case {
        var k = Case(id: "", title: "", unit: "", crimeTypes: [], status: .preCharge, opened: Day(ordinal: 0),
                     updated: Timestamp(seconds: 0))
        c.object(caseKeys.0, required: caseKeys.1) { c, n in
            switch CaseKey(rawValue: n)! {
            case .id: k.id = c.string()
            case .urn: k.urn = c.string()
            case .title: k.title = c.string()
            case .summary: c.skipString()
            case .unit: k.unit = c.nonEmptyString()
            case .lawyer: k.lawyer = c.string()
            case .caseworker: k.caseworker = c.string()
            case .crimeTypes:
                c.array { c in k.crimeTypes.append(c.vocab(Vocab.crime)) }
                if k.crimeTypes.isEmpty { c.fail() }
            case .status: k.status = c.vocab(Vocab.status)
            case .sensitivity: k.sensitivity = c.vocab(Vocab.sensitivity)
            case .opened: k.opened = c.day()
            case .finalised: k.finalised = c.day()
            case .defendants: c.array { c in k.defendants.append(readDefendant(&c)) }
            case .hearings: c.array { c in k.hearings.append(readHearing(&c)) }
            case .requests: c.array { c in k.requests.append(readRequest(&c)) }
            case .notes:
                c.array { c in
                    var at = Timestamp(seconds: 0)
                    c.object(noteKeys.0, required: noteKeys.1) { c, n in
                        if NoteKey(rawValue: n)! == .at { at = c.timestamp() } else { c.skipString() }
                    }
                    k.notes.append(Note(at: at, author: "", text: ""))
                }
            case .tasks: c.array { c in k.tasks.append(readTask(&c)) }
            case .revision: k.revision = c.int(maximum: ValueRanges.maxRevision)
            case .updated: k.updated = c.timestamp()
            }
        }
        return k
    }

    static func readDefendant(_ c: inout JSONCursor) -> Defendant {
        var d = Defendant(id: "", name: "", custody: .onBail)
        c.object(defendantKeys.0, required: defendantKeys.1) { c, n in
            switch DefendantKey(rawValue: n)! {
            case .id: d.id = c.nonEmptyString()
            case .name: d.name = c.string()
            case .dateOfBirth: d.dateOfBirth = c.day()
            case .nationality: d.nationality = c.country()
            case .custody: d.custody = c.vocab(Vocab.custody)
            case .charges:
                c.array { c in
                    var ch = Charge(offence: "")
                    c.object(chargeKeys.0, required: chargeKeys.1) { c, n in
                        switch ChargeKey(rawValue: n)! {
                        case .offence: ch.offence = c.nonEmptyString()
                        case .legislation: c.skipString()
                        case .count: ch.count = c.int(maximum: ValueRanges.maxCount)
                        }
                    }
                    d.charges.append(ch)
                }
            case .outcome:
                var o = Outcome(category: .dropped, date: Day(ordinal: 0))
                c.object(outcomeKeys.0, required: outcomeKeys.1) { c, n in
                    if OutcomeKey(rawValue: n)! == .category { o.category = c.vocab(Vocab.outcome) } else { o.date = c.day() }
                }
                d.outcome = o
            case .sentence:
                var s = Sentence()
                c.object(sentenceKeys.0) { c, n in
                    switch SentenceKey(rawValue: n)! {
                    case .custodialMonths: s.custodialMonths = c.int(maximum: ValueRanges.maxCount)
                    case .suspended: s.suspended = c.bool()
                    case .description: c.skipString()
                    }
                }
                d.sentence = s
            case .ancillaryOrders:
                c.array { c in
                    var o = AncillaryOrder(type: .other, made: Day(ordinal: 0))
                    c.object(orderKeys.0, required: orderKeys.1) { c, n in
                        switch OrderKey(rawValue: n)! {
                        case .type: o.type = c.vocab(Vocab.order)
                        case .made: o.made = c.day()
                        case .expires: o.expires = c.day()
                        }
                    }
                    d.ancillaryOrders.append(o)
                }
            case .confiscation: d.confiscation = readConfiscation(&c)
            case .remand: d.remand = c.vocab(Vocab.remand)
            case .custodyTimeLimits: c.array { c in d.custodyTimeLimits.append(readCTL(&c)) }
            }
        }
        return d
    }

    static func readConfiscation(_ c: inout JSONCursor) -> Confiscation {
        var f = Confiscation(stage: .none)
        c.object(confiscationKeys.0, required: confiscationKeys.1) { c, n in
            switch ConfiscationKey(rawValue: n)! {
            case .stage: f.stage = c.vocab(Vocab.stage)
            case .restraintDate: f.restraintDate = c.day()
            case .benefitPence: f.benefitPence = c.int(maximum: ValueRanges.maxPence)
            case .availablePence: f.availablePence = c.int(maximum: ValueRanges.maxPence)
            case .orderPence: f.orderPence = c.int(maximum: ValueRanges.maxPence)
            case .orderDate: f.orderDate = c.day()
            case .recoveredPence: f.recoveredPence = c.int(maximum: ValueRanges.maxPence)
            case .paymentDue: f.paymentDue = c.day()
            }
        }
        return f
    }

    static func readCTL(_ c: inout JSONCursor) -> CustodyTimeLimit {
        var t = CustodyTimeLimit(from: Day(ordinal: 0), limit: .other)
        c.object(ctlKeys.0, required: ctlKeys.1) { c, n in
            switch CTLKey(rawValue: n)! {
            case .charge: t.charge = c.string()
            case .from: t.from = c.day()
            case .limit: t.limit = c.vocab(Vocab.limit)
            case .expires: t.expires = c.day()
            case .extensions:
                c.array { c in
                    var x = CTLExtension(applied: Day(ordinal: 0))
                    c.object(extensionKeys.0, required: extensionKeys.1) { c, n in
                        switch ExtensionKey(rawValue: n)! {
                        case .applied: x.applied = c.day()
                        case .heard: x.heard = c.day()
                        case .granted: x.granted = c.bool()
                        case .newExpiry: x.newExpiry = c.day()
                        case .note: c.skipString()
                        }
                    }
                    t.extensions.append(x)
                }
            case .ended:
                var e = CTLEnd(date: Day(ordinal: 0), reason: .other)
                c.object(endKeys.0, required: endKeys.1) { c, n in
                    if EndKey(rawValue: n)! == .date { e.date = c.day() } else { e.reason = c.vocab(Vocab.endReason) }
                }
                t.ended = e
            }
        }
        return t
    }

    static func readHearing(_ c: inout JSONCursor) -> Hearing {
        var h = Hearing(date: Day(ordinal: 0), court: "", type: .other)
        c.object(hearingKeys.0, required: hearingKeys.1) { c, n in
            switch HearingKey(rawValue: n)! {
            case .date: h.date = c.day()
            case .court: h.court = c.string()
            case .type: h.type = c.vocab(Vocab.hearing)
            case .note: c.skipString()
            }
        }
        return h
    }

    static func readRequest(_ c: inout JSONCursor) -> InternationalRequest {
        var r = InternationalRequest(id: "", kind: .other, direction: .outgoing, country: "", legalBasis: "", status: .draft)
        c.object(requestKeys.0, required: requestKeys.1) { c, n in
            switch RequestKey(rawValue: n)! {
            case .id: r.id = c.nonEmptyString()
            case .kind: r.kind = c.vocab(Vocab.kind)
            case .direction: r.direction = c.vocab(Vocab.direction)
            case .country: r.country = c.country()
            case .authority: r.authority = c.string()
            case .legalBasis, .note: c.skipString()
            case .assistance: c.skipStrings()
            case .urgent: r.urgent = c.bool()
            case .status: r.status = c.vocab(Vocab.requestStatus)
            case .history:
                c.array { c in
                    var s = StatusChange(status: .draft, date: Day(ordinal: 0))
                    c.object(statusKeys.0, required: statusKeys.1) { c, n in
                        switch StatusKey(rawValue: n)! {
                        case .status: s.status = c.vocab(Vocab.requestStatus)
                        case .date: s.date = c.day()
                        case .note: c.skipString()
                        }
                    }
                    r.history.append(s)
                }
            case .sent: r.sent = c.day()
            case .due: r.due = c.day()
            case .lastChased: r.lastChased = c.day()
            case .chases:
                var chases: [Chase] = []
                c.array { c in
                    var date = Day(ordinal: 0)
                    c.object(chaseKeys.0, required: chaseKeys.1) { c, n in
                        if ChaseKey(rawValue: n)! == .date { date = c.day() } else { c.skipString() }
                    }
                    chases.append(Chase(date: date))
                }
                r.chases = chases
            case .liaison: r.liaison = c.string()
            case .defendant: r.defendant = c.string()
            }
        }
        return r
    }

    static func readTask(_ c: inout JSONCursor) -> CaseTask {
        var t = CaseTask(id: "", title: "", created: Day(ordinal: 0))
        c.object(taskKeys.0, required: taskKeys.1) { c, n in
            switch TaskKey(rawValue: n)! {
            case .id: t.id = c.nonEmptyString()
            case .title: t.title = c.nonEmptyString()
            case .due: t.due = c.day()
            case .assignee: t.assignee = c.string()
            case .created: t.created = c.day()
            case .done:
                var d = TaskDone(date: Day(ordinal: 0), by: "")
                c.object(doneKeys.0, required: doneKeys.1) { c, n in
                    if DoneKey(rawValue: n)! == .date { d.date = c.day() } else { d.by = c.string() }
                }
                t.done = d
            }
        }
        return t
    }
}
