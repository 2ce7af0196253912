import Foundation

/// What the list, the filters, the MLA board and the dashboard need of a case: small enough
/// that a division's 100,000 cases fit in memory together. Derived from a `Case`; the case
/// file is the only truth.
public struct CaseSummary: Sendable, Equatable, Identifiable {
    public var id: String
    public var urn: String?
    public var title: String
    // Names that repeat from case to case are held once (`StringPool`), however the summary
    // was made: every setter interns them.
    public var unit: String { didSet { unit = StringPool.intern(unit) } }
    public var lawyer: String? { didSet { lawyer = StringPool.intern(lawyer) } }
    public var caseworker: String? { didSet { caseworker = StringPool.intern(caseworker) } }
    public var crimeTypes: [CrimeType]
    public var status: CaseStatus
    public var sensitivity: Sensitivity
    public var opened: Day
    public var finalised: Day?
    public var revision: Int
    public var updated: Timestamp
    public var defendants: [DefendantSummary]
    /// Sorted by date.
    public var hearings: [HearingSummary]
    public var requests: [RequestSummary]
    public var noteCount: Int
    /// Schema version 2: next actions, without unknown keys (the Agenda and the "no next
    /// action" filter read these, never the case file).
    public var tasks: [CaseTask]
    /// Lower-cased, accent-folded UTF-8 of id, URN, title, defendant names, offences and
    /// countries (codes and names), separated by newlines: the filter searches this. Empty in
    /// a snapshot opened with the text apart (`StoreSnapshot.searchTexts`, the UI's catalog).
    public var searchText: [UInt8]

    public init(_ c: Case) {
        id = c.id; urn = c.urn; title = c.title; unit = StringPool.intern(c.unit); lawyer = StringPool.intern(c.lawyer)
        caseworker = StringPool.intern(c.caseworker); crimeTypes = c.crimeTypes; status = c.status
        sensitivity = c.sensitivity; opened = c.opened; finalised = c.finalised
        revision = c.revision; updated = c.updated; noteCount = c.notes.count
        defendants = c.defendants.map(DefendantSummary.init)
        hearings = c.hearings.map { HearingSummary(date: $0.date, type: $0.type, court: $0.court) }
            .sorted { $0.date < $1.date }
        requests = c.requests.map(RequestSummary.init)
        tasks = c.tasks.map { var t = $0; t.extra = [:]; t.done?.extra = [:]; return t }
        // Folded part by part straight into the bytes: the same text as folding the parts
        // joined by newlines (folding works line by line), without the joined copies.
        var text: [UInt8] = []
        text.reserveCapacity(256)
        var parts = SearchText.Parts()
        func add(_ part: String) { parts.add(part, to: &text) }
        add(c.id); add(c.title)
        if let urn = c.urn { add(urn) }
        for d in c.defendants {
            add(d.name)
            if let n = d.nationality { add(n); add(Countries.name(of: n) ?? "") }
            for ch in d.charges { add(ch.offence) }
        }
        for r in c.requests {
            add(r.id); add(r.country); add(Countries.name(of: r.country) ?? "")
        }
        searchText = text
    }

    /// Every field given, the names interned as the setters intern them: the summary cache's
    /// decode, which set each field of a copied template (a retain and release of every
    /// field of it, per summary).
    init(id: String, urn: String?, title: String, unit: String, lawyer: String?, caseworker: String?,
         crimeTypes: [CrimeType], status: CaseStatus, sensitivity: Sensitivity, opened: Day, finalised: Day?,
         revision: Int, updated: Timestamp, defendants: [DefendantSummary], hearings: [HearingSummary],
         requests: [RequestSummary], noteCount: Int, tasks: [CaseTask], searchText: [UInt8]) {
        self.id = id; self.urn = urn; self.title = title; self.unit = StringPool.intern(unit)
        self.lawyer = StringPool.intern(lawyer); self.caseworker = StringPool.intern(caseworker)
        self.crimeTypes = crimeTypes; self.status = status; self.sensitivity = sensitivity; self.opened = opened
        self.finalised = finalised; self.revision = revision; self.updated = updated; self.defendants = defendants
        self.hearings = hearings; self.requests = requests; self.noteCount = noteCount; self.tasks = tasks
        self.searchText = searchText
    }
}

public struct DefendantSummary: Sendable, Equatable {
    public var id: String
    public var name: String
    /// ISO 3166-1 alpha-2, for the measures broken down by country.
    public var nationality: String?
    public var custody: Custody
    public var outcome: OutcomeCategory?
    public var outcomeDate: Day?
    public var custodialMonths: Int?
    public var suspended: Bool
    public var ancillaryOrders: [AncillarySummary]
    /// Held behind a reference: most defendants have none, and inline it made every
    /// defendant's summary ~100 bytes larger.
    public var confiscation: Confiscation? {
        get { confiscationBox?.value }
        set { confiscationBox = newValue.map(ConfiscationBox.init) }
    }
    private var confiscationBox: ConfiscationBox?
    /// Schema version 2.
    public var remand: Remand?
    /// Schema version 2, without unknown keys or notes.
    public var custodyTimeLimits: [CustodyTimeLimit]

    public init(_ d: Defendant) {
        id = d.id; name = d.name; nationality = d.nationality; custody = d.custody
        outcome = d.outcome?.category; outcomeDate = d.outcome?.date
        custodialMonths = d.sentence?.custodialMonths; suspended = d.sentence?.suspended ?? false
        ancillaryOrders = d.ancillaryOrders.map { AncillarySummary(type: $0.type, made: $0.made, expires: $0.expires) }
        remand = d.remand
        custodyTimeLimits = d.custodyTimeLimits.map(DefendantSummary.slim)
        // Unknown keys are not needed for figures; dropping them here keeps summaries small.
        confiscation = d.confiscation.map { var c = $0; c.extra = [:]; return c }
    }

    /// Every field given (the summary cache's decode).
    init(id: String, name: String, nationality: String?, custody: Custody, outcome: OutcomeCategory?, outcomeDate: Day?,
         custodialMonths: Int?, suspended: Bool, ancillaryOrders: [AncillarySummary], confiscation: Confiscation?,
         remand: Remand?, custodyTimeLimits: [CustodyTimeLimit]) {
        self.id = id; self.name = name; self.nationality = nationality; self.custody = custody; self.outcome = outcome
        self.outcomeDate = outcomeDate; self.custodialMonths = custodialMonths; self.suspended = suspended
        self.ancillaryOrders = ancillaryOrders; confiscationBox = confiscation.map(ConfiscationBox.init); self.remand = remand
        self.custodyTimeLimits = custodyTimeLimits
    }

    /// A confiscation shared by the copies of one summary, compared by value. Its fields
    /// packed (amounts with `Int64.min` for none, days as ordinals with `Int32.min` for none:
    /// the validator bounds amounts to 10^13 pence, and no day is that far back), 80 bytes of
    /// heap instead of 128 (a summary drops the unknown keys): 5 MB of the demo store's
    /// 110,000 confiscations at 100,000 cases (issue 16.4).
    private final class ConfiscationBox: Sendable, Equatable {
        private let benefit: Int64, available: Int64, order: Int64, recovered: Int64
        private let restraintDay: Int32, orderDay: Int32, paymentDay: Int32
        private let stage: ConfiscationStage

        init(_ c: Confiscation) {
            func pence(_ p: Int?) -> Int64 { p.map(Int64.init) ?? .min }
            func day(_ d: Day?) -> Int32 { d?.ordinal ?? .min }
            benefit = pence(c.benefitPence); available = pence(c.availablePence)
            order = pence(c.orderPence); recovered = pence(c.recoveredPence)
            restraintDay = day(c.restraintDate); orderDay = day(c.orderDate); paymentDay = day(c.paymentDue)
            stage = c.stage
        }

        var value: Confiscation {
            func pence(_ p: Int64) -> Int? { p == .min ? nil : Int(p) }
            func day(_ d: Int32) -> Day? { d == .min ? nil : Day(ordinal: d) }
            return Confiscation(stage: stage, restraintDate: day(restraintDay), benefitPence: pence(benefit),
                                availablePence: pence(available), orderPence: pence(order), orderDate: day(orderDay),
                                recoveredPence: pence(recovered), paymentDue: day(paymentDay))
        }

        static func == (a: ConfiscationBox, b: ConfiscationBox) -> Bool { a === b || a.value == b.value }
    }

    static func slim(_ c: CustodyTimeLimit) -> CustodyTimeLimit {
        var c = c
        c.extra = [:]
        c.ended?.extra = [:]
        c.extensions = c.extensions.map { var x = $0; x.extra = [:]; x.note = nil; return x }
        return c
    }

    /// The running CTL that expires first.
    public func earliestRunningCTL(on today: Day) -> CustodyTimeLimit? {
        Defendant.earliestRunning(custodyTimeLimits, on: today)?.ctl
    }
}

public struct AncillarySummary: Sendable, Equatable {
    public var type: AncillaryOrderType
    public var made: Day
    public var expires: Day?
    public init(type: AncillaryOrderType, made: Day, expires: Day? = nil) {
        self.type = type; self.made = made; self.expires = expires
    }
}

public struct HearingSummary: Sendable, Equatable {
    public var date: Day
    public var type: HearingType
    /// Interned (`StringPool`): a store names few courts, in many hearings.
    public var court: String { didSet { court = StringPool.intern(court) } }
    public init(date: Day, type: HearingType, court: String) {
        self.date = date; self.type = type; self.court = StringPool.intern(court)
    }
}

public struct RequestSummary: Sendable, Equatable, Identifiable {
    public var id: String
    public var kind: RequestKind
    public var direction: RequestDirection
    public var country: String { didSet { country = StringPool.intern(country) } }
    public var urgent: Bool
    public var status: RequestStatus
    public var sent: Day?
    public var due: Day?
    public var lastChased: Day?
    /// The date of the latest `executed` entry of the history, for timeliness measures.
    public var executed: Day?
    /// The date of the newest history entry: when the request reached its status.
    public var statusDate: Day?
    public var chaseCount: Int
    /// The authority abroad that sends or executes it (the board's filter searches it).
    public var authority: String? { didSet { authority = StringPool.intern(authority) } }
    public var liaison: String? { didSet { liaison = StringPool.intern(liaison) } }
    public var defendant: String?

    public init(_ r: InternationalRequest) {
        id = r.id; kind = r.kind; direction = r.direction; country = StringPool.intern(r.country); urgent = r.urgent
        status = r.status; sent = r.sent; due = r.due
        lastChased = r.lastChased ?? r.chases?.map(\.date).max()
        executed = r.history.last { $0.status == .executed }?.date
        statusDate = r.history.last?.date
        chaseCount = r.chases?.count ?? 0
        authority = StringPool.intern(r.authority); liaison = StringPool.intern(r.liaison); defendant = r.defendant
    }

    /// Every field given, the names interned as the setters intern them (the summary cache's decode).
    init(id: String, kind: RequestKind, direction: RequestDirection, country: String, urgent: Bool, status: RequestStatus,
         sent: Day?, due: Day?, lastChased: Day?, executed: Day?, statusDate: Day?, chaseCount: Int, authority: String?,
         liaison: String?, defendant: String?) {
        self.id = id; self.kind = kind; self.direction = direction; self.country = StringPool.intern(country)
        self.urgent = urgent; self.status = status; self.sent = sent; self.due = due; self.lastChased = lastChased
        self.executed = executed; self.statusDate = statusDate; self.chaseCount = chaseCount
        self.authority = StringPool.intern(authority); self.liaison = StringPool.intern(liaison); self.defendant = defendant
    }
}

/// Folding used both for the stored search text and for the user's query, so they match.
public enum SearchText {
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendFolded(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the folding of `s` to `out`.
    static func appendFolded(_ s: String, to out: inout [UInt8]) {
        // Most text is ASCII, where folding is just lower-casing: this path is ~20x faster
        // than Foundation's folding and makes opening a 100,000-case store noticeably quicker.
        // Lines are folded one by one so that one accented name does not send the whole
        // text down the slow path.
        var s = s
        var allASCII = true
        s.withUTF8 { u in
            for c in u where c >= 0x80 { allASCII = false; break }
            if allASCII { for c in u { out.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c) } }
        }
        if allASCII { return }
        var line: [UInt8] = []
        var ascii = true
        func flush() {
            if ascii {
                out.append(contentsOf: line)
            } else if !LatinFolding.append(line, to: &out) {
                let text = String(decoding: line, as: UTF8.self)
                out.append(contentsOf: text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                    .lowercased().utf8)
            }
            line.removeAll(keepingCapacity: true)
            ascii = true
        }
        for c in s.utf8 {
            if c == 0x0A { flush(); out.append(c); continue }
            if c >= 0x80 { ascii = false }
            line.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
        }
        flush()
    }
}
