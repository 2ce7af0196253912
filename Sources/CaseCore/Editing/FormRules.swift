/// The rules that look at more than one field of a form: dates in order, values that only
/// make sense together, ids that must be new. Each problem names the field it is shown at.
enum FormRules {
    static func problems(part: CasePart, operation: CaseEdit.Operation, values v: [String: FieldValue],
                         fields form: EditForm, today: Day) -> [FieldProblem] {
        var out: [FieldProblem] = []
        func add(_ key: String, _ message: String) {
            // A field that could not be read already has its message; one at a time is enough.
            if !out.contains(where: { $0.key == key }) { out.append(FieldProblem(key: key, message: message)) }
        }
        func day(_ k: String) -> Day? { v[k]?.day }
        func after(_ later: String, _ earlier: String, _ what: String) {
            if let a = day(earlier), let b = day(later), b < a {
                add(later, "\(b.iso) is before \(what) (\(a.iso))")
            }
        }
        if let idField = form.index(of: "id"), operation == .add {
            let id = form.fields[idField].text.trimmingWhitespace
            if !id.isEmpty {
                if !Case.isValidID(id) {
                    add("id", "\"\(id)\" is not a valid id: letters, digits, '.', '_' or '-', starting with a letter or digit, at most 40")
                } else if form.takenIDs.contains(id) {
                    add("id", "\(id) is already taken")
                }
            }
        }
        switch part {
        case .case:
            after("finalised", "opened", "the date the case was opened")
            if let f = day("finalised"), f > today { add("finalised", "\(f.iso) is in the future") }
            if case .choice(let s)? = v["status"], s == CaseStatus.finalised.rawValue, day("finalised") == nil {
                add("finalised", "a finalised case needs the date it was finalised")
            }
        case .defendant:
            let hasCategory = v["outcome.category"].map { $0 != .none } ?? false
            let hasDate = day("outcome.date") != nil
            if hasCategory, !hasDate { add("outcome.date", "an outcome needs its date") }
            if hasDate, !hasCategory { add("outcome.category", "a date needs an outcome") }
            if let o = day("outcome.date"), o > today { add("outcome.date", "\(o.iso) is in the future") }
            if let b = day("dateOfBirth"), b > today { add("dateOfBirth", "\(b.iso) is in the future") }
            if case .flag(true)? = v["sentence.suspended"], v["sentence.custodialMonths"]?.int == nil {
                add("sentence.custodialMonths", "a suspended sentence needs its length in months")
            }
        case .ancillaryOrder:
            after("expires", "made", "the date the order was made")
        case .confiscation:
            after("orderDate", "restraintDate", "the restraint date")
            if let s = v["stage"]?.string.flatMap(ConfiscationStage.init(rawValue:)), s >= .orderMade {
                if v["orderPence"]?.int == nil { add("orderPence", "an order needs its amount from stage \"\(ConfiscationStage.orderMade.label)\" on") }
                if day("orderDate") == nil { add("orderDate", "an order needs its date from stage \"\(ConfiscationStage.orderMade.label)\" on") }
            }
            if let r = v["recoveredPence"]?.int, let o = v["orderPence"]?.int, r > o {
                add("recoveredPence", "\(MoneyInput.display(pence: r)) is more than the order (\(MoneyInput.display(pence: o)))")
            }
        case .request:
            after("due", "sent", "the date it was sent")
            if let d = day("statusDate"), d > today { add("statusDate", "\(d.iso) is in the future") }
            if let country = v["country"]?.string, country == "GB" { add("country", "the other state cannot be the United Kingdom") }
        case .chase:
            if let d = day("date"), d > today { add("date", "\(d.iso) is in the future: record a chase once it is made") }
        case .custodyTimeLimit:
            after("expires", "from", "the first remand (From)")
            after("ended.date", "from", "the first remand (From)")
            if v["ended.reason"].map({ $0 != .none }) ?? false, day("ended.date") == nil {
                add("ended.date", "an end reason needs the date the CTL ended")
            }
            if let e = day("ended.date"), e > today { add("ended.date", "\(e.iso) is in the future: record the end once it happens") }
            if case .choice(let l)? = v["limit"], l == CTLLimit.other.rawValue, day("expires") == nil {
                add("expires", "limit \"other\" has no computed expiry: type the court's date")
            }
        case .ctlExtension:
            after("heard", "applied", "the application")
            if let a = day("applied"), a > today { add("applied", "\(a.iso) is in the future") }
            switch v["granted"]?.string {
            case "granted"?: if day("newExpiry") == nil { add("newExpiry", "a granted extension needs its new expiry") }
            case "refused"?: if day("newExpiry") != nil { add("newExpiry", "a refused extension has no new expiry") }
            default: if day("newExpiry") != nil { add("granted", "a new expiry needs the decision \"granted\"") }
            }
        case .task:
            if let d = day("done"), d > today { add("done", "\(d.iso) is in the future") }
        case .charge, .hearing, .note:
            break
        }
        return out
    }
}
