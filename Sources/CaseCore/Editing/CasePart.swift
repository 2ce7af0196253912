/// Which part of a case a form edits. Defendants and requests are found by id; the parts
/// without an id (charges, orders, hearings, chases, notes) by position, checked against the
/// value the form started from (`CaseEdit.anchor`) so that an edit re-applied to a newer
/// version of the case never lands on a different element. A nil index or id is a new part.
public enum CasePart: Sendable, Equatable, Hashable {
    case `case`
    case defendant(id: String?)
    case charge(defendant: String, index: Int?)
    case ancillaryOrder(defendant: String, index: Int?)
    case confiscation(defendant: String)
    case hearing(index: Int?)
    case request(id: String?)
    case chase(request: String, index: Int?)
    case note(index: Int?)
    /// Schema version 2: a defendant's custody time limit, found by position.
    case custodyTimeLimit(defendant: String, index: Int?)
    /// An application to extend the `ctl`-th custody time limit of a defendant.
    case ctlExtension(defendant: String, ctl: Int, index: Int?)
    /// A next action of the case, found by id.
    case task(id: String?)

    /// A name for titles and messages: "defendant D2", "hearing 3", "chase 1 of R-1".
    public var name: String {
        switch self {
        case .case: "case"
        case .defendant(let id): id.map { "defendant \($0)" } ?? "new defendant"
        case .charge(let d, let i): i.map { "charge \($0 + 1) of \(d)" } ?? "new charge of \(d)"
        case .ancillaryOrder(let d, let i): i.map { "order \($0 + 1) of \(d)" } ?? "new order of \(d)"
        case .confiscation(let d): "confiscation of \(d)"
        case .hearing(let i): i.map { "hearing \($0 + 1)" } ?? "new hearing"
        case .request(let id): id.map { "request \($0)" } ?? "new request"
        case .chase(let r, let i): i.map { "chase \($0 + 1) of \(r)" } ?? "new chase of \(r)"
        case .note(let i): i.map { "note \($0 + 1)" } ?? "new note"
        case .custodyTimeLimit(let d, let i): i.map { "CTL \($0 + 1) of \(d)" } ?? "new CTL of \(d)"
        case .ctlExtension(let d, let k, let i):
            i.map { "extension \($0 + 1) of CTL \(k + 1) of \(d)" } ?? "new extension of CTL \(k + 1) of \(d)"
        case .task(let id): id.map { "task \($0)" } ?? "new task"
        }
    }

    /// The JSON path of this part in a case, for matching validator problems to a form.
    public func jsonPath(in c: Case) -> String? {
        switch self {
        case .case: return "$"
        case .defendant(let id):
            guard let id else { return c.defendants.isEmpty ? nil : "$.defendants[\(c.defendants.count - 1)]" }
            return c.defendants.firstIndex { $0.id == id }.map { "$.defendants[\($0)]" }
        case .charge(let d, let i):
            guard let n = c.defendants.firstIndex(where: { $0.id == d }) else { return nil }
            return "$.defendants[\(n)].charges[\(i ?? c.defendants[n].charges.count - 1)]"
        case .ancillaryOrder(let d, let i):
            guard let n = c.defendants.firstIndex(where: { $0.id == d }) else { return nil }
            return "$.defendants[\(n)].ancillaryOrders[\(i ?? c.defendants[n].ancillaryOrders.count - 1)]"
        case .confiscation(let d):
            return c.defendants.firstIndex { $0.id == d }.map { "$.defendants[\($0)].confiscation" }
        case .hearing(let i): return "$.hearings[\(i ?? c.hearings.count - 1)]"
        case .request(let id):
            guard let id else { return c.requests.isEmpty ? nil : "$.requests[\(c.requests.count - 1)]" }
            return c.requests.firstIndex { $0.id == id }.map { "$.requests[\($0)]" }
        case .chase(let r, let i):
            guard let n = c.requests.firstIndex(where: { $0.id == r }) else { return nil }
            return "$.requests[\(n)].chases[\(i ?? (c.requests[n].chases?.count ?? 1) - 1)]"
        case .note(let i): return "$.notes[\(i ?? c.notes.count - 1)]"
        case .custodyTimeLimit(let d, let i):
            guard let n = c.defendants.firstIndex(where: { $0.id == d }) else { return nil }
            return "$.defendants[\(n)].custodyTimeLimits[\(i ?? c.defendants[n].custodyTimeLimits.count - 1)]"
        case .ctlExtension(let d, let k, let i):
            guard let n = c.defendants.firstIndex(where: { $0.id == d }),
                  c.defendants[n].custodyTimeLimits.indices.contains(k) else { return nil }
            let count = c.defendants[n].custodyTimeLimits[k].extensions.count
            return "$.defendants[\(n)].custodyTimeLimits[\(k)].extensions[\(i ?? count - 1)]"
        case .task(let id):
            guard let id else { return c.tasks.isEmpty ? nil : "$.tasks[\(c.tasks.count - 1)]" }
            return c.tasks.firstIndex { $0.id == id }.map { "$.tasks[\($0)]" }
        }
    }
}

/// The element a positional part held when its form opened.
public enum PartAnchor: Sendable, Equatable {
    case charge(Charge)
    case order(AncillaryOrder)
    case hearing(Hearing)
    case chase(Chase)
    case note(Note)
    case ctl(CustodyTimeLimit)
    case ctlExtension(CTLExtension)
}
