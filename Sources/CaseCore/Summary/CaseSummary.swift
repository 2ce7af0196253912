import Foundation

/// What the list, the filters, the MLA board and the dashboard need of a case: small enough
/// that a division's 100,000 cases fit in memory together. Derived from a `Case`; the case
/// file is the only truth.
public struct CaseSummary: Sendable, Equatable, Identifiable {
    // Stored compactly (issue 16.4: 184 bytes a summary, now 176): `finalised` in 4 bytes
    // (`PackedDay`), the note count in 32 bits, the small fields last so no padding falls
    // between them. Unit and people stay `String`s (held once by `StringPool`): the list's
    // sorts and the sort index read them per summary, and a `NameTable` read there made
    // sorting by unit 3x slower.
    public var id: String
    public var urn: String?
    public var title: String
    // Names that repeat from case to case are held once (`StringPool`), however the summary
    // was made: every setter interns them.
    public var unit: String { didSet { unit = StringPool.intern(unit) } }
    public var lawyer: String? { didSet { lawyer = StringPool.intern(lawyer) } }
    public var caseworker: String? { didSet { caseworker = StringPool.intern(caseworker) } }
    /// Held once per distinct list (`CrimeTypesPool`), however the summary was made.
    public var crimeTypes: [CrimeType] { didSet { crimeTypes = CrimeTypesPool.intern(crimeTypes) } }
    public var revision: Int
    public var updated: Timestamp
    public var defendants: [DefendantSummary]
    /// Sorted by date.
    public var hearings: [HearingSummary]
    public var requests: [RequestSummary]
    /// Schema version 2: next actions, without unknown keys (the Agenda and the "no next
    /// action" filter read these, never the case file).
    public var tasks: [CaseTask]
    /// Lower-cased, accent-folded UTF-8 of id, URN, title, defendant names, offences and
    /// countries (codes and names), separated by newlines: the filter searches this. Empty in
    /// a snapshot opened with the text apart (`StoreSnapshot.searchTexts`, the UI's catalog).
    public var searchText: [UInt8]
    private var noteCountValue: Int32
    public var opened: Day
    @PackedDay public var finalised: Day?
    public var status: CaseStatus
    public var sensitivity: Sensitivity

    /// Held in 32 bits (the notes of one file); a larger value set here is clamped.
    public var noteCount: Int {
        get { Int(noteCountValue) }
        set { noteCountValue = Int32(clamping: newValue) }
    }

    public init(_ c: Case) {
        id = c.id; urn = c.urn; title = c.title; unit = StringPool.intern(c.unit); lawyer = StringPool.intern(c.lawyer)
        caseworker = StringPool.intern(c.caseworker); crimeTypes = CrimeTypesPool.intern(c.crimeTypes); status = c.status
        sensitivity = c.sensitivity; opened = c.opened; finalised = c.finalised
        revision = c.revision; updated = c.updated; noteCountValue = Int32(clamping: c.notes.count)
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

    /// Every field given: the summary cache's decode, which set each field of a copied
    /// template (a retain and release of every field of it, per summary). The unit, people
    /// and crime types come already held once (`DecodeNames` gives `StringPool`'s and
    /// `CrimeTypesPool`'s), so they are not looked up again here.
    init(id: String, urn: String?, title: String, pooledUnit unit: String, lawyer: String?, caseworker: String?,
         crimeTypes: [CrimeType], status: CaseStatus, sensitivity: Sensitivity, opened: Day, finalised: Day?,
         revision: Int, updated: Timestamp, defendants: [DefendantSummary], hearings: [HearingSummary],
         requests: [RequestSummary], noteCount: Int, tasks: [CaseTask], searchText: [UInt8]) {
        self.id = id; self.urn = urn; self.title = title; self.unit = unit
        self.lawyer = lawyer; self.caseworker = caseworker
        self.crimeTypes = crimeTypes; self.status = status; self.sensitivity = sensitivity
        self.opened = opened; self.finalised = finalised; self.revision = revision; self.updated = updated
        self.defendants = defendants; self.hearings = hearings; self.requests = requests
        noteCountValue = Int32(clamping: noteCount); self.tasks = tasks
        self.searchText = searchText
    }
}

public struct DefendantSummary: Sendable, Equatable {
    // Stored compactly (issue 16.4: 112 bytes a defendant, now 72): the nationality as a
    // `NameTable` code, the optional date (`PackedDay`) and months in 4 bytes each, the small fields last.
    public var id: String
    public var name: String
    public var ancillaryOrders: [AncillarySummary]
    /// Held behind a reference: most defendants have none, and inline it made every
    /// defendant's summary ~100 bytes larger.
    public var confiscation: Confiscation? {
        get { confiscationBox?.value }
        set { confiscationBox = newValue.map(ConfiscationBox.init) }
    }
    private var confiscationBox: ConfiscationBox?
    /// Schema version 2, without unknown keys or notes.
    public var custodyTimeLimits: [CustodyTimeLimit]
    private var nationalityCode: UInt32
    @PackedDay public var outcomeDate: Day?
    private var custodialMonthsValue: Int32
    public var custody: Custody
    public var outcome: OutcomeCategory?
    public var suspended: Bool
    /// Schema version 2.
    public var remand: Remand?

    /// ISO 3166-1 alpha-2, for the measures broken down by country.
    public var nationality: String? {
        get { NameTable.name(orNil: nationalityCode) }
        set { nationalityCode = NameTable.code(newValue) }
    }
    /// Held in 32 bits: a file's months are at most `ValueRanges.maxCount`; a larger value
    /// set here is clamped.
    public var custodialMonths: Int? {
        get { custodialMonthsValue == .min ? nil : Int(custodialMonthsValue) }
        set { custodialMonthsValue = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min }
    }

    public init(_ d: Defendant) {
        id = d.id; name = d.name; nationalityCode = NameTable.code(d.nationality); custody = d.custody
        outcome = d.outcome?.category; outcomeDate = d.outcome?.date
        custodialMonthsValue = .min; suspended = d.sentence?.suspended ?? false
        ancillaryOrders = d.ancillaryOrders.map { AncillarySummary(type: $0.type, made: $0.made, expires: $0.expires) }
        remand = d.remand
        custodyTimeLimits = d.custodyTimeLimits.map(DefendantSummary.slim)
        custodialMonths = d.sentence?.custodialMonths
        // Unknown keys are not needed for figures; dropping them here keeps summaries small.
        confiscation = d.confiscation.map { var c = $0; c.extra = [:]; return c }
    }

    /// Every field given, the nationality as its `NameTable` code (the summary cache's decode).
    init(id: String, name: String, nationalityCode: UInt32, custody: Custody, outcome: OutcomeCategory?, outcomeDate: Day?,
         custodialMonths: Int?, suspended: Bool, ancillaryOrders: [AncillarySummary], confiscation: Confiscation?,
         remand: Remand?, custodyTimeLimits: [CustodyTimeLimit]) {
        self.id = id; self.name = name; self.nationalityCode = nationalityCode; self.custody = custody
        self.outcome = outcome; self.outcomeDate = outcomeDate; custodialMonthsValue = .min
        self.suspended = suspended; self.ancillaryOrders = ancillaryOrders
        confiscationBox = confiscation.map(ConfiscationBox.init); self.remand = remand
        self.custodyTimeLimits = custodyTimeLimits; self.custodialMonths = custodialMonths
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
    public var made: Day
    // `expires` in 4 bytes (`PackedDay`): 12 bytes an order, not 16.
    @PackedDay public var expires: Day?
    public var type: AncillaryOrderType
    public init(type: AncillaryOrderType, made: Day, expires: Day? = nil) {
        self.type = type; self.made = made; self.expires = expires
    }
}

/// 8 bytes (issue 16.4: was 24, with the court's name inline): the court is a `NameTable`
/// code of 24 bits, split so it packs beside the type.
public struct HearingSummary: Sendable, Equatable {
    public var date: Day
    public var type: HearingType
    private var courtHigh: UInt8
    private var courtLow: UInt16
    /// Held once (`NameTable`): a store names few courts, in many hearings.
    public var court: String {
        get { NameTable.name(UInt32(courtHigh) << 16 | UInt32(courtLow)) }
        set { (courtHigh, courtLow) = Self.split(NameTable.code(newValue)) }
    }
    public init(date: Day, type: HearingType, court: String) {
        self.init(date: date, type: type, courtCode: NameTable.code(court))
    }
    /// The court as its `NameTable` code (the summary cache's decode).
    init(date: Day, type: HearingType, courtCode: UInt32) {
        self.date = date; self.type = type; (courtHigh, courtLow) = Self.split(courtCode)
    }
    private static func split(_ code: UInt32) -> (UInt8, UInt16) {
        (UInt8(truncatingIfNeeded: code >> 16), UInt16(truncatingIfNeeded: code))   // NameTable.capacity: 24 bits
    }
}

public struct RequestSummary: Sendable, Equatable, Identifiable {
    // Stored compactly (issue 16.4: 144 bytes a request, now 72): the names as `NameTable`
    // codes, the optional dates in 4 bytes (`PackedDay`), the count in 32 bits, the small fields last.
    public var id: String
    public var defendant: String?
    private var countryCode: UInt32
    private var authorityCode: UInt32
    private var liaisonCode: UInt32
    @PackedDay public var sent: Day?
    @PackedDay public var due: Day?
    @PackedDay public var lastChased: Day?
    /// The date of the latest `executed` entry of the history, for timeliness measures.
    @PackedDay public var executed: Day?
    /// The date of the newest history entry: when the request reached its status.
    @PackedDay public var statusDate: Day?
    private var chaseCountValue: Int32
    public var kind: RequestKind
    public var direction: RequestDirection
    public var urgent: Bool
    public var status: RequestStatus

    public var country: String {
        get { NameTable.name(countryCode) }
        set { countryCode = NameTable.code(newValue) }
    }
    /// The authority abroad that sends or executes it (the board's filter searches it).
    public var authority: String? {
        get { NameTable.name(orNil: authorityCode) }
        set { authorityCode = NameTable.code(newValue) }
    }
    public var liaison: String? {
        get { NameTable.name(orNil: liaisonCode) }
        set { liaisonCode = NameTable.code(newValue) }
    }
    /// Held in 32 bits (a count of chases in one file); a larger value set here is clamped.
    public var chaseCount: Int {
        get { Int(chaseCountValue) }
        set { chaseCountValue = Int32(clamping: newValue) }
    }

    public init(_ r: InternationalRequest) {
        id = r.id; kind = r.kind; direction = r.direction; countryCode = NameTable.code(r.country); urgent = r.urgent
        status = r.status; sent = r.sent; due = r.due
        lastChased = r.lastChased ?? r.chases?.map(\.date).max()
        executed = r.history.last { $0.status == .executed }?.date
        statusDate = r.history.last?.date
        chaseCountValue = Int32(clamping: r.chases?.count ?? 0)
        authorityCode = NameTable.code(r.authority); liaisonCode = NameTable.code(r.liaison); defendant = r.defendant
    }

    /// Every field given, the names as their `NameTable` codes (the summary cache's decode).
    init(id: String, kind: RequestKind, direction: RequestDirection, countryCode: UInt32, urgent: Bool, status: RequestStatus,
         sent: Day?, due: Day?, lastChased: Day?, executed: Day?, statusDate: Day?, chaseCount: Int, authorityCode: UInt32,
         liaisonCode: UInt32, defendant: String?) {
        self.id = id; self.kind = kind; self.direction = direction; self.countryCode = countryCode
        self.urgent = urgent; self.status = status; self.sent = sent; self.due = due
        self.lastChased = lastChased; self.executed = executed
        self.statusDate = statusDate; chaseCountValue = Int32(clamping: chaseCount)
        self.authorityCode = authorityCode; self.liaisonCode = liaisonCode; self.defendant = defendant
    }
}

/// A `Day?` in 4 bytes for the summaries (issue 16.4: `Day?` takes 5, 8 with padding):
/// `Int32.min`, a date no file holds (`ValueRanges.days`), stands for nil. Compared by that
/// number, so two summaries are equal exactly when their dates are.
@propertyWrapper
public struct PackedDay: Sendable, Equatable {
    private var ordinal: Int32

    public init(wrappedValue: Day?) { ordinal = wrappedValue?.ordinal ?? .min }

    public var wrappedValue: Day? {
        @inline(__always) get { ordinal == .min ? nil : Day(ordinal: ordinal) }
        @inline(__always) set { ordinal = newValue?.ordinal ?? .min }
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
