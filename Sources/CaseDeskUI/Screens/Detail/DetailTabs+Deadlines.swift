import CaseCore
import TerminalUI

/// Schema version 2 on the case detail: remand and custody time limits (with days left and
/// the at-risk and expired marks, a symbol and a word), and the case's tasks.
extension DetailTabs {
    /// "! AT RISK 182-day CTL from 2026-06-15: expires 2026-12-14, 20 days left".
    func ctlLines(_ d: Defendant, indent: String = "  ") -> [Line] {
        var l: [Line] = []
        if let r = d.remand { l += Line.field(indent + "Remand", r.label, width: width) }
        for ctl in d.custodyTimeLimits {
            l.append(ctlSummary(ctl, indent: indent))
            if let diff = ctl.courtDifference {
                l += Line.wrapped("court's date \(diff.court.iso) differs from the computed \(diff.computed.iso); the court's date is used",
                                  width: width, role: .warning, indent: indent + "    ")
            }
            for x in ctl.extensions {
                let outcome = x.granted.map { $0 ? "granted" + (x.newExpiry.map { ", new expiry \($0.iso)" } ?? "") : "refused" }
                    ?? "pending"
                l += Line.wrapped("extension applied \(x.applied.iso)" + (x.heard.map { ", heard \($0.iso)" } ?? "") + ": \(outcome)",
                                  width: width, role: .muted, indent: indent + "    ")
            }
            if let end = ctl.ended {
                l += Line.wrapped("ended \(end.date.iso): \(end.reason.label.lowercased())", width: width, role: .muted,
                                  indent: indent + "    ")
            }
        }
        return l
    }

    /// The mark leads the line, so a narrow screen never cuts it off.
    func ctlSummary(_ ctl: CustodyTimeLimit, indent: String, lead: String = "") -> Line {
        let state = ctl.state(on: self.state.today)
        var text = lead + (ctl.limit.days.map { "\($0)-day CTL" } ?? "CTL (other)") + (ctl.charge.map { " for \($0)" } ?? "") + " from \(ctl.from.iso)"
        if let e = ctl.expiry, state != .ended {
            let left = self.state.today.days(to: e)
            text += ": expires \(e.iso), " + (left >= 0 ? "\(left) day\(left == 1 ? "" : "s") left" : "\(-left) day\(left == -1 ? "" : "s") ago")
        } else if ctl.expiry == nil {
            text += ": no expiry (the court's date is needed)"
        }
        if state == .running, ctl.extensionPending { text += "; extension pending" }
        var line = Line(indent)
        switch state {
        case .expired: line = line.appending("‼ EXPIRED ", .error)
        case .atRisk: line = line.appending("! AT RISK ", .error)
        default: break
        }
        return line.appending(text)
    }

    /// The Overview's deadlines: each running CTL of a defendant, and the open tasks.
    func overviewDeadlines() -> [Line] {
        var l: [Line] = []
        for d in c.defendants {
            for ctl in d.custodyTimeLimits where ctl.isRunning(on: state.today) {
                l.append(ctlSummary(ctl, indent: "", lead: d.name + ": "))
            }
        }
        if !l.isEmpty { l.insert(Line("Custody time limits", .title), at: 0); l.append(Line()) }
        if !c.tasks.isEmpty {
            l.append(Line("Tasks", .title))
            for t in c.tasks.sorted(by: { ($0.isOpen ? 0 : 1, $0.due ?? Day(ordinal: .max)) < ($1.isOpen ? 0 : 1, $1.due ?? Day(ordinal: .max)) }) {
                var line = Line((t.isOpen ? "☐ " : "☑ ") + t.title, t.isOpen ? .text : .muted)
                if let due = t.due { line = line.appending("  due \(due.iso)", .muted) }
                if let who = t.assignee { line = line.appending("  " + state.personName(who), .muted) }
                if let done = t.done { line = line.appending("  done \(done.date.iso) by \(done.by)", .muted) }
                else if let due = t.due, due < state.today { line = line.appending("  * OVERDUE", .overdue) }
                l.append(line)
            }
            l.append(Line())
        }
        return l
    }
}
