import CaseCore
import TerminalUI

/// The lines of each tab of the case detail screen, from the full case, in *sections*: a
/// defendant, a hearing, a request row, a note, an audit line, a piece of the summary. The
/// screen lays out only the sections on screen (`DetailScroll`), so a key costs the same on a
/// case with a 50 MB summary or 100,000 defendants as on a small one (issue 13.11).
struct DetailTabs {
    let state: AppState
    let c: Case
    let width: Int
    let tab: DetailTab
    /// The hearings in date order (only on the Hearings tab).
    private let hearingOrder: [Int]
    /// Where each piece of the summary starts (only on the Overview tab).
    private let summaryPieces: [Int]

    init(state: AppState, c: Case, width: Int, tab: DetailTab) {
        self.state = state; self.c = c; self.width = width; self.tab = tab
        hearingOrder = tab == .hearings ? c.hearings.indices.sorted { c.hearings[$0].date < c.hearings[$1].date } : []
        summaryPieces = tab == .overview ? TextPieces.starts(of: c.summary) : []
    }

    /// How many sections the tab has (at least one).
    var sectionCount: Int {
        switch tab {
        case .overview: 1 + summaryPieces.count
        case .defendants: max(1, c.defendants.count)
        case .hearings: max(1, c.hearings.count)
        case .requests: c.requests.isEmpty ? 1 : c.requests.count + 2
        case .notes: max(1, c.notes.count)
        case .history: state.detail.audit.map { 1 + max(1, $0.entries.count) + ($0.skipped.isEmpty ? 0 : 1) } ?? 1
        }
    }

    /// The lines of section `n` of the tab.
    func lines(section n: Int) -> [Line] {
        switch tab {
        case .overview:
            if n == 0 { return overviewHead() }
            return Line.wrapped(TextPieces.piece(of: c.summary, n - 1, starts: summaryPieces), width: width)
        case .defendants: return c.defendants.isEmpty ? [Line("No defendants.", .muted)] : defendant(n)
        case .hearings: return c.hearings.isEmpty ? [Line("No hearings.", .muted)] : hearing(hearingOrder[n])
        case .requests:
            if c.requests.isEmpty { return [Line("No international requests.", .muted)] }
            if n == 0 { return [Line("   Kind         Ctry Status              Due         Days", .muted)] }
            return n <= c.requests.count ? [requestRow(n - 1)] : selectedRequest()
        case .notes: return c.notes.isEmpty ? [Line("No notes.", .muted)] : note(n)
        case .history: return history(n)
        }
    }

    /// Every line of the tab (tests, and small cases).
    func allLines() -> [Line] { (0..<sectionCount).flatMap { lines(section: $0) } }

    /// The section of the Requests tab that holds request row `r`.
    static func requestRowSection(_ r: Int) -> Int { 1 + r }

    private func overviewHead() -> [Line] {
        var l: [Line] = []
        l += Line.wrapped(c.title, width: width, role: .title)
        l.append(.field("ID", c.id + (c.urn.map { "   URN " + $0 } ?? "")))
        l += Line.field("Marking", c.sensitivity.label, width: width, role: c.sensitivity == .officialSensitive ? .markingSensitive : .marking)
        l += Line.field("Status", c.status.label, width: width)
        l += Line.field("Unit", c.unit + (state.meta?.unit(c.unit).map { " – " + $0.name } ?? ""), width: width)
        l += Line.field("Lawyer", state.personName(c.lawyer), width: width)
        l += Line.field("Caseworker", state.personName(c.caseworker), width: width)
        l += Line.field("Crime types", c.crimeTypes.map(\.label).joined(separator: ", "), width: width)
        l.append(.field("Opened", c.opened.iso + (c.finalised.map { "   finalised " + $0.iso } ?? "")))
        if let h = c.hearings.filter({ $0.date >= state.today }).min(by: { $0.date < $1.date }) {
            l += Line.field("Next hearing", "\(h.date.iso) \(h.type.label), \(h.court)", width: width)
        }
        l.append(.field("Counts", [Format.count(c.defendants.count, "defendant"), Format.count(c.hearings.count, "hearing"),
                                  Format.count(c.requests.count, "request"), Format.count(c.notes.count, "note")].joined(separator: ", ")))
        l.append(.field("Revision", "\(c.revision), updated \(c.updated.iso)", role: .muted))
        l.append(Line())
        l += overviewDeadlines()
        l.append(Line("Summary", .title))
        if c.summary.isEmpty { l.append(Line("(none)", .muted)) }
        return l
    }

    private func defendant(_ n: Int) -> [Line] {
        var l: [Line] = []
        let d = c.defendants[n]
        if n > 0 { l.append(Line()) }
        var head = Line(d.name, .title).appending("  " + d.custody.label)
        if let nat = d.nationality { head = head.appending("  " + (Countries.name(of: nat) ?? nat), .muted) }
        if let dob = d.dateOfBirth { head = head.appending("  born " + dob.iso, .muted) }
        l.append(head)
        for ch in d.charges {
            var text = "• " + ch.offence
            if let count = ch.count { text += " (\(count) count\(count == 1 ? "" : "s"))" }
            l += Line.wrapped(text, width: width, indent: "  ")
            if let leg = ch.legislation { l += Line.wrapped(leg, width: width, role: .muted, indent: "    ") }
        }
        l += ctlLines(d)
        if let o = d.outcome { l += Line.field("  Outcome", "\(o.category.label), \(o.date.iso)", width: width) }
        if let s = d.sentence {
            var text = s.custodialMonths.map { Format.months($0) + (s.suspended == true ? " suspended" : " custody") } ?? ""
            if let desc = s.description { text += (text.isEmpty ? "" : "; ") + desc }
            l += Line.field("  Sentence", text.isEmpty ? "–" : text, width: width)
        }
        for o in d.ancillaryOrders {
            l += Line.field("  Order", o.type.label + ", made \(o.made.iso)" + (o.expires.map { ", expires \($0.iso)" } ?? ""), width: width)
        }
        if let cf = d.confiscation {
            l += Line.field("  Confiscation", cf.stage.label + (cf.restraintDate.map { ", restraint \($0.iso)" } ?? ""), width: width)
            var money: [String] = []
            if let v = cf.benefitPence { money.append("benefit " + Format.pounds(v)) }
            if let v = cf.availablePence { money.append("available " + Format.pounds(v)) }
            if let v = cf.orderPence { money.append("order " + Format.pounds(v) + (cf.orderDate.map { " (\($0.iso))" } ?? "")) }
            if let v = cf.recoveredPence { money.append("recovered " + Format.pounds(v)) }
            if let v = cf.paymentDue { money.append("payment due " + v.iso) }
            if !money.isEmpty { l += Line.wrapped(money.joined(separator: ", "), width: width, indent: "    ") }
        }
        return l
    }

    /// The next hearing: the first in date order on or after today.
    private var nextHearing: Int? {
        var lo = 0, hi = hearingOrder.count
        while lo < hi { let m = (lo + hi) / 2; if c.hearings[hearingOrder[m]].date < state.today { lo = m + 1 } else { hi = m } }
        return lo < hearingOrder.count ? hearingOrder[lo] : nil
    }

    private func hearing(_ i: Int) -> [Line] {
        var l: [Line] = []
        let h = c.hearings[i]
        let isNext = i == nextHearing
        let role: Role = isNext ? .title : (h.date < state.today ? .muted : .text)
        var line = Line(isNext ? "► " : "  ", role).appending(h.date.iso + "  ", role)
            .appending(TextLayout.pad(h.type.label, to: 16, align: .left) + " ", role).appending(h.court, role)
        if isNext { line = line.appending("  (next)", .title) }
        l.append(line)
        if let note = h.note { l += Line.wrapped(note, width: width, role: .muted, indent: "              ") }
        return l
    }

    private func requestRow(_ i: Int) -> Line {
        let r = c.requests[i]
        let summary = RequestSummary(r)
        let mark = summary.mark(today: state.today, chaseInterval: state.chaseInterval)
        let selected = i == state.detail.request
        let role: Role = selected ? .selection : .text
        let text = (selected ? "›" : " ") + (mark?.symbol ?? " ") + " " + TextLayout.pad(r.kind.label, to: 12, align: .left) + " "
            + TextLayout.pad(r.country, to: 4, align: .left) + " " + TextLayout.pad(r.status.label, to: 19, align: .left)
            + " " + TextLayout.pad(r.due?.iso ?? "–", to: 11, align: .left)
            + TextLayout.pad(summary.daysOpen(today: state.today).map(String.init) ?? "–", to: 4, align: .right)
            + (mark.map { "  " + $0.word } ?? "")
        return Line(TextLayout.pad(text, to: width, align: .left), role)
    }

    private func selectedRequest() -> [Line] {
        var l: [Line] = []
        let r = c.requests[min(state.detail.request, c.requests.count - 1)]
        l.append(Line())
        l.append(Line("\(r.id) · \(r.kind.label) · \(r.direction.label.lowercased()) · \(Countries.name(of: r.country) ?? r.country)"
                      + (r.urgent ? " · URGENT" : ""), .title))
        if let a = r.authority { l += Line.field("Authority", a, width: width) }
        l += Line.field("Legal basis", r.legalBasis, width: width)
        if !r.assistance.isEmpty { l += Line.wrapped("Assistance: " + r.assistance.joined(separator: ", "), width: width) }
        l.append(.field("Sent", Format.day(r.sent) + "   due " + Format.day(r.due) + "   last chased " + Format.day(r.lastChased)))
        if let p = r.liaison { l += Line.field("Liaison", state.personName(p), width: width) }
        if let d = r.defendant { l += Line.field("Defendant", c.defendants.first { $0.id == d }?.name ?? d, width: width) }
        if let n = r.note { l += Line.wrapped("Note: " + n, width: width) }
        l.append(Line("Status history", .title))
        for h in r.history {
            l += Line.wrapped("\(h.date.iso)  \(h.status.label)" + (h.note.map { " – " + $0 } ?? ""), width: width, indent: "  ")
        }
        if r.history.isEmpty { l.append(Line("  (none)", .muted)) }
        l.append(Line("Chases", .title))
        for ch in r.chases ?? [] {
            l += Line.wrapped("\(ch.date.iso)  " + (ch.by.map { state.personName($0) } ?? "–") + (ch.note.map { " – " + $0 } ?? ""),
                              width: width, indent: "  ")
        }
        if (r.chases ?? []).isEmpty { l.append(Line("  (none)", .muted)) }
        return l
    }

    private func note(_ i: Int) -> [Line] {
        let n = c.notes[i]
        var l: [Line] = i > 0 ? [Line()] : []
        l.append(Line(n.at.iso + "  " + state.personName(n.author), .muted))
        l += Line.wrapped(n.text, width: width, indent: "  ")
        return l
    }

    /// Revisions kept from being saved over first (section 0), then the entries newest first,
    /// then the count of skipped lines.
    private func history(_ n: Int) -> [Line] {
        if let e = state.detail.auditError { return Line.wrapped(e, width: width, role: .error) }
        guard let log = state.detail.audit else { return [Line("Reading the audit trail…", .muted)] }
        if n == 0 {
            // Revisions someone saved over are kept by the store: say how to see them.
            var l: [Line] = []
            for e in log.entries.reversed() {
                guard let rev = JSONDirectoryStore.keptRevision(inDetail: e.detail), let id = state.detail.caseID else { continue }
                l += Line.wrapped("Revision \(rev), saved over by \(e.user) at \(e.at.iso), is kept: casedesk log \(id) --show \(rev)",
                                  width: width, role: .warning)
            }
            return l
        }
        let n = n - 1
        let entries = max(1, log.entries.count)
        if n >= entries {
            return [Line("\(log.skipped.count) unreadable audit line\(log.skipped.count == 1 ? "" : "s") skipped.", .warning)]
        }
        if log.entries.isEmpty { return [Line("No changes recorded.", .muted)] }
        let e = log.entries[log.entries.count - 1 - n]
        return Line.wrapped("\(e.at.iso)  \(e.user)  \(e.action)" + (e.detail.isEmpty ? "" : ": " + e.detail), width: width)
    }
}
