import CaseCore
import TerminalUI

/// "Which part?" for `a`, `e` and `d` on a detail tab that holds several: each defendant and
/// its charges, orders and confiscation; each hearing; the selected request and its chases;
/// each note. One option goes straight to its form, so the picker only shows for a choice.
struct PartPicker: Sendable, Equatable {
    struct Option: Sendable, Equatable {
        var label: String
        var part: CasePart
    }
    var title: String
    var command: EditCommand
    var base: Case
    var options: [Option]
    var selected = 0

    /// The parts `command` may apply to on `tab` (the Cases screen and Overview: the case).
    /// Notes are labelled with the local day they were written (`clock`).
    static func options(_ command: EditCommand, tab: DetailTab?, item: Int?, in c: Case, clock: LocalClock) -> [Option] {
        let adding = command == .add
        if command == .taskDone { return taskOptions(c) }
        switch tab {
        case nil, .overview?, .history?:
            if adding, tab != nil {
                return [Option(label: "Task (next action)", part: .task(id: nil)),
                        Option(label: "Defendant", part: .defendant(id: nil)), Option(label: "Hearing", part: .hearing(index: nil)),
                        Option(label: "International request", part: .request(id: nil)), Option(label: "Note", part: .note(index: nil))]
            }
            var out = [Option(label: "Case \(c.id) — \(c.title)", part: .case)]
            // The Overview holds the tasks: edit one (title, due, assignee; done on a date, or emptied to reopen).
            if tab == .overview { out += taskOptions(c) }
            return out
        case .defendants?:
            var out: [Option] = adding ? [Option(label: "New defendant", part: .defendant(id: nil))] : []
            for d in c.defendants {
                if adding {
                    out.append(Option(label: "Charge for \(d.id) \(d.name)", part: .charge(defendant: d.id, index: nil)))
                    out.append(Option(label: "Ancillary order for \(d.id) \(d.name)", part: .ancillaryOrder(defendant: d.id, index: nil)))
                    if d.confiscation == nil {
                        out.append(Option(label: "Confiscation for \(d.id) \(d.name)", part: .confiscation(defendant: d.id)))
                    }
                    out.append(Option(label: "Custody time limit for \(d.id) \(d.name)", part: .custodyTimeLimit(defendant: d.id, index: nil)))
                    for (k, ctl) in d.custodyTimeLimits.enumerated() {
                        out.append(Option(label: "Extension of CTL \(k + 1) of \(d.id)\(ctl.charge.map { " (\($0))" } ?? "")",
                                          part: .ctlExtension(defendant: d.id, ctl: k, index: nil)))
                    }
                    continue
                }
                out.append(Option(label: "\(d.id) \(d.name) (custody, remand, outcome, sentence)", part: .defendant(id: d.id)))
                for (i, ch) in d.charges.enumerated() {
                    out.append(Option(label: "  charge \(i + 1): \(ch.offence)", part: .charge(defendant: d.id, index: i)))
                }
                for (i, o) in d.ancillaryOrders.enumerated() {
                    out.append(Option(label: "  order \(i + 1): \(o.type.label), \(o.made.iso)", part: .ancillaryOrder(defendant: d.id, index: i)))
                }
                if let conf = d.confiscation {
                    out.append(Option(label: "  confiscation: \(conf.stage.label)", part: .confiscation(defendant: d.id)))
                }
                for (k, ctl) in d.custodyTimeLimits.enumerated() {
                    let expiry = ctl.expiry.map { ", expires \($0.iso)" } ?? ""
                    out.append(Option(label: "  CTL \(k + 1): \(ctl.limit.label)\(ctl.charge.map { ", \($0)" } ?? "")\(expiry)",
                                      part: .custodyTimeLimit(defendant: d.id, index: k)))
                    for (j, x) in ctl.extensions.enumerated() {
                        let decision = x.granted.map { $0 ? "granted" : "refused" } ?? "pending"
                        out.append(Option(label: "    extension \(j + 1): applied \(x.applied.iso), \(decision)",
                                          part: .ctlExtension(defendant: d.id, ctl: k, index: j)))
                    }
                }
            }
            return out
        case .hearings?:
            if adding { return [Option(label: "New hearing", part: .hearing(index: nil))] }
            return c.hearings.enumerated().map { i, h in
                Option(label: "\(h.date.iso) \(h.type.label) at \(h.court)", part: .hearing(index: i))
            }
        case .requests?:
            let selected = item.flatMap { c.requests.indices.contains($0) ? c.requests[$0] : nil }
            if adding {
                var out = [Option(label: "New international request", part: .request(id: nil))]
                if let r = selected { out.append(Option(label: "Chase of \(r.id)", part: .chase(request: r.id, index: nil))) }
                return out
            }
            guard let r = selected else { return [] }
            var out = [Option(label: "Request \(r.id) (\(r.kind.label), \(r.country), \(r.status.label))", part: .request(id: r.id))]
            for (i, ch) in (r.chases ?? []).enumerated() {
                out.append(Option(label: "  chase \(i + 1): \(ch.date.iso)\(ch.by.map { " by \($0)" } ?? "")", part: .chase(request: r.id, index: i)))
            }
            return out
        case .notes?:
            if adding { return [Option(label: "New note", part: .note(index: nil))] }
            return c.notes.enumerated().map { i, n in
                Option(label: "\(clock.day(of: n.at).iso) \(n.author): \(n.text)", part: .note(index: i))
            }
        }
    }

    /// Each task of the case, with its state (done on, due, open).
    static func taskOptions(_ c: Case) -> [Option] {
        c.tasks.map { t in
            let state = t.done.map { "done \($0.date.iso)" } ?? (t.due.map { "due \($0.iso)" } ?? "open")
            return Option(label: "Task \(t.id): \(t.title) (\(state))", part: .task(id: t.id))
        }
    }

    /// Keys: the `list` table (move, pick, close); a digit picks that option.
    enum Outcome { case pick(CasePart), cancel, none }
    mutating func handle(_ key: Key, keys: KeyMap<ListCommand>) -> Outcome {
        switch keys.command(for: key) {
        case .close: return .cancel
        case .pick: return .pick(options[selected].part)
        case .down: selected = (selected + 1) % options.count
        case .up: selected = (selected + options.count - 1) % options.count
        case .top, .pageUp: selected = 0
        case .bottom, .pageDown: selected = options.count - 1
        case .toggle: break
        case nil:
            if case .char(let ch) = key, let n = ch.wholeNumberValue, n >= 1, n <= min(9, options.count) {
                return .pick(options[n - 1].part)
            }
        }
        return .none
    }
}
