import CaseCore
import TerminalUI

/// One line of an overview section: a figure ("Guilty pleas  151 ██████"), or a note.
struct DashboardItem: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Label, value, then a bar or `after` text; selectable when it has a target.
        case figure
        /// Plain text across the column (a sub-heading, an explanation, the trend glyphs).
        case note
    }

    var kind: Kind = .figure
    var label: String
    var value: String = ""
    var valueRole: Role = .text
    /// A bar after the value, as a fraction (0–1) of the column's room.
    var bar: Double?
    /// Text after the value, e.g. "▲ 4 pts".
    var after: String = ""
    var afterRole: Role = .muted
    /// The cases Enter lists for this figure; nil for lines that are not a count of cases.
    var target: DrillTarget?
    /// Several figures on one line (caseload per unit or lawyer: open, opened, finalised),
    /// each already padded to its column's width; drawn right-aligned at the column's edge,
    /// under headings padded the same way. Used instead of `value`.
    var cells: [String] = []
    /// What Enter lists for each cell (`h`/`l` choose the cell); as many as `cells`.
    var cellTargets: [DrillTarget] = []

    /// j/k stop on this line: it is a count of cases, or holds counts of cases.
    var isSelectable: Bool { target != nil || !cellTargets.isEmpty }

    /// The cases Enter lists with cell `cell` chosen (`DashboardState.cell`).
    func target(cell: Int) -> DrillTarget? {
        cellTargets.isEmpty ? target : cellTargets[max(0, min(cell, cellTargets.count - 1))]
    }

    static func note(_ text: String, _ role: Role = .muted) -> DashboardItem {
        DashboardItem(kind: .note, label: text, valueRole: role)
    }
}

/// A titled block of the overview: outcomes, rates, trend, sentences, confiscation, ancillary
/// orders, MLA timeliness, caseload.
struct DashboardSection: Sendable, Equatable {
    var title: String
    /// Shown at the right of the title, muted (e.g. "vs 2012-2013").
    var aside: String = ""
    var items: [DashboardItem]

    /// Title plus items.
    var height: Int { 1 + items.count }
}

/// How the dashboard writes figures: CaseCore's `Percent` and `Money` for rates and pounds,
/// so the screen, the export and `casedesk report` round the same way.
enum DashboardFormat {
    static func count(_ n: Int) -> String { Format.grouped(n) }

    static func rate(convictions row: MeasureRow) -> String { Percent.text(row.convictions, of: row.ratedOutcomes) }
    static func rate(guiltyPleas row: MeasureRow) -> String { Percent.text(row.guiltyPleas, of: row.ratedOutcomes) }

    static func pounds(_ pence: Int) -> String { Money.wholePounds(pence) }

    /// A median of whole numbers is whole or a half: "36", "36.5", "–" for none.
    static func median(_ m: Double?) -> String {
        guard let m, m.isFinite else { return Percent.none }
        let tenths = Int((m * 10).rounded())
        return "\(tenths / 10)" + (tenths % 10 == 0 ? "" : ".\(abs(tenths % 10))")
    }

    /// "▲ 4 pts", "▼ 2 pts", "= 0 pts", or "–" when either period has no rate. The arrow
    /// carries the meaning, so it reads the same without colour.
    static func change(_ points: Double?) -> (text: String, role: Role) {
        let p = Percent.points(points)
        if p == Percent.none { return (Percent.none, .muted) }
        if p.hasPrefix("+") { return ("▲ \(p.dropFirst()) pts", .success) }
        if p.hasPrefix("-") { return ("▼ \(p.dropFirst()) pts", .warning) }
        return ("= 0 pts", .muted)
    }

    /// The change in a table cell: "▲ 4", "▼ 12", "= 0", or "–" when either period has no rate.
    static func shortChange(_ points: Double?) -> String {
        let full = change(points).text
        return full.hasSuffix(" pts") ? String(full.dropLast(4)) : full
    }

    /// Short names that fit a dashboard column; the help and export use the full ones.
    static func short(_ t: AncillaryOrderType) -> String {
        switch t {
        case .seriousCrimePreventionOrder: "Serious crime prevention"
        case .travelRestrictionOrder: "Travel restriction"
        case .financialReportingOrder: "Financial reporting"
        case .sexualOffencesPreventionOrder: "Sexual offences prevention"
        case .directorDisqualification: "Director disqualification"
        case .slaveryAndTraffickingPreventionOrder: "Slavery & trafficking prev."
        case .other: "Other"
        }
    }

    static func outcomeLabel(_ o: OutcomeCategory) -> String {
        switch o {
        case .guiltyPlea: "Guilty pleas"
        case .convictedAfterTrial: "Convicted after trial"
        case .acquittedAfterTrial: "Acquitted after trial"
        case .directedAcquittal: "Directed acquittals"
        case .dropped: "Dropped"
        case .administrativelyFinalised: "Admin. finalised"
        }
    }
}
