/// One change a user made through a form, kept as the fields it changed rather than as the
/// whole case: applied to the version the form was opened on it gives the case to save, and
/// applied to a newer version from disk ("reload and reapply my edit") it changes the same
/// fields and nothing else.
///
/// Invariants: `values` holds every field of an `.add`, and only the changed fields of an
/// `.update`; `.delete` has no values. `anchor` is set for positional parts (see `CasePart`).
public struct CaseEdit: Sendable, Equatable {
    public enum Operation: String, Sendable, Equatable { case add, update, delete }

    public var part: CasePart
    public var operation: Operation
    public var values: [String: FieldValue]
    public var anchor: PartAnchor?

    public init(part: CasePart, operation: Operation, values: [String: FieldValue] = [:], anchor: PartAnchor? = nil) {
        self.part = part; self.operation = operation; self.values = values; self.anchor = anchor
    }

    /// The audit action of the save: `create` for a new case, `delete` for a removed part
    /// is still an `update` of the case (the case itself stays).
    public var auditAction: String { part == .case && operation == .add ? "create" : "update" }

    /// What a one-line message says after the save: "Saved defendant D2: custody, outcome.date".
    public var summary: String {
        switch operation {
        case .add: "Added \(part.name)"
        case .delete: "Deleted \(part.name)"
        case .update: "Saved \(part.name): " + values.keys.sorted().joined(separator: ", ")
        }
    }

    /// The case with this edit made. `base` is nil only when adding a case.
    /// Throws when the part is gone or changed underneath (someone else's save), or when a
    /// request's status change breaks its lifecycle.
    public func apply(to base: Case?, context: EditContext) throws(FieldProblem) -> Case {
        if part == .case, operation == .add { return newCase(context) }
        guard var c = base else { throw FieldProblem(key: nil, message: "There is no case to apply this edit to.") }
        switch part {
        case .case:
            guard operation == .update else { throw FieldProblem(key: nil, message: "A case is deleted through the store, not an edit.") }
            setCase(&c)
        case .defendant(let id):
            try editDefendant(&c, id: id)
        case .charge(let d, let i):
            try withDefendant(&c, d) { (x: inout Defendant) throws(FieldProblem) in
                try edit(&x.charges, index: i, anchor: anchorCharge, what: "charge",
                         make: { Charge(offence: "") }, set: setCharge)
            }
        case .ancillaryOrder(let d, let i):
            try withDefendant(&c, d) { (x: inout Defendant) throws(FieldProblem) in
                try edit(&x.ancillaryOrders, index: i, anchor: anchorOrder, what: "ancillary order",
                         make: { AncillaryOrder(type: .other, made: context.today) }, set: setOrder)
            }
        case .confiscation(let d):
            try withDefendant(&c, d) { (x: inout Defendant) throws(FieldProblem) in
                switch operation {
                case .delete: x.confiscation = nil
                case .add, .update:
                    var conf = x.confiscation ?? Confiscation(stage: .none)
                    setConfiscation(&conf)
                    x.confiscation = conf
                }
            }
        case .hearing(let i):
            try edit(&c.hearings, index: i, anchor: anchorHearing, what: "hearing",
                     make: { Hearing(date: context.today, court: "", type: .other) }, set: setHearing)
        case .request(let id):
            try editRequest(&c, id: id, context)
        case .chase(let r, let i):
            guard let n = c.requests.firstIndex(where: { $0.id == r }) else { throw gone("request \(r)") }
            var chases = c.requests[n].chases ?? []
            try edit(&chases, index: i, anchor: anchorChase, what: "chase",
                     make: { Chase(date: context.today) }, set: setChase)
            RequestLifecycle.setChases(&c.requests[n], chases)
        case .note(let i):
            try edit(&c.notes, index: i, anchor: anchorNote, what: "note",
                     make: { Note(at: context.now, author: context.user, text: "") }, set: setNote)
        case .custodyTimeLimit(let d, let i):
            try withDefendant(&c, d) { (x: inout Defendant) throws(FieldProblem) in
                try edit(&x.custodyTimeLimits, index: i, anchor: anchorCTL, what: "custody time limit",
                         make: { CustodyTimeLimit(from: context.today, limit: .other) }, set: setCTL)
            }
        case .ctlExtension(let d, let k, let i):
            try withDefendant(&c, d) { (x: inout Defendant) throws(FieldProblem) in
                guard x.custodyTimeLimits.indices.contains(k) else { throw gone("custody time limit \(k + 1) of \(d)") }
                try edit(&x.custodyTimeLimits[k].extensions, index: i, anchor: anchorExtension, what: "extension",
                         make: { CTLExtension(applied: context.today) }, set: setExtension)
            }
        case .task(let id):
            try editTask(&c, id: id, context)
        }
        return c
    }

    func gone(_ what: String) -> FieldProblem {
        FieldProblem(key: nil, message: "The \(what) is no longer in the case: someone else changed or removed it.")
    }

    func withDefendant(_ c: inout Case, _ id: String, _ body: (inout Defendant) throws(FieldProblem) -> Void) throws(FieldProblem) {
        guard let n = c.defendants.firstIndex(where: { $0.id == id }) else { throw gone("defendant \(id)") }
        try body(&c.defendants[n])
    }

    /// Adds, updates or deletes an element of a list found by position and anchor.
    func edit<T: Equatable>(_ list: inout [T], index: Int?, anchor: (T) -> Bool, what: String,
                            make: () -> T, set: (inout T) -> Void) throws(FieldProblem) {
        switch operation {
        case .add:
            var x = make()
            set(&x)
            list.append(x)
        case .update, .delete:
            guard let i = index else { throw gone(what) }
            // The element may have moved (someone inserted before it): find it by its value.
            let at = (i < list.count && anchor(list[i])) ? i : list.firstIndex(where: anchor)
            guard let at else { throw gone("\(what) \(i + 1)") }
            if operation == .delete { list.remove(at: at) } else { set(&list[at]) }
        }
    }

    func anchorCharge(_ x: Charge) -> Bool { if case .charge(let a) = anchor { a == x } else { true } }
    func anchorOrder(_ x: AncillaryOrder) -> Bool { if case .order(let a) = anchor { a == x } else { true } }
    func anchorHearing(_ x: Hearing) -> Bool { if case .hearing(let a) = anchor { a == x } else { true } }
    func anchorChase(_ x: Chase) -> Bool { if case .chase(let a) = anchor { a == x } else { true } }
    func anchorNote(_ x: Note) -> Bool { if case .note(let a) = anchor { a == x } else { true } }
    func anchorCTL(_ x: CustodyTimeLimit) -> Bool { if case .ctl(let a) = anchor { a == x } else { true } }
    func anchorExtension(_ x: CTLExtension) -> Bool { if case .ctlExtension(let a) = anchor { a == x } else { true } }

    // MARK: Reading values

    func has(_ key: String) -> Bool { values[key] != nil }
    func string(_ key: String) -> String? { values[key]?.string }
    func day(_ key: String) -> Day? { values[key]?.day }
    func int(_ key: String) -> Int? { values[key]?.int }
    func bool(_ key: String) -> Bool? { values[key]?.bool }
    func list(_ key: String) -> [String] { values[key]?.list ?? [] }
    /// Sets `target` when the edit holds `key` (to nil when the field was emptied).
    func assign<T>(_ key: String, _ target: inout T?, _ read: (String) -> T?) {
        if has(key) { target = read(key) }
    }
    func assign<T>(_ key: String, _ target: inout T, _ read: (String) -> T?) {
        if has(key), let v = read(key) { target = v }
    }
    func vocab<V: Vocabulary>(_ key: String) -> V? { string(key).flatMap(V.init(rawValue:)) }
}

/// What an edit needs from the world: the day (for `today`, `+28d` and status dates), the
/// time (for notes) and who is editing.
public struct EditContext: Sendable, Equatable {
    public var today: Day
    public var now: Timestamp
    public var user: String
    public init(today: Day, now: Timestamp, user: String) { self.today = today; self.now = now; self.user = user }
}
