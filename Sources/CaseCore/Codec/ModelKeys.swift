/// The keys of every stored type, in the order of `domain.md`: the writer's key order and
/// the decoders' list of known keys (everything else is kept in `extra`).
enum ModelKeys {
    static let unit = KeyOrder(["id", "name", "kind", "retired"])
    static let person = KeyOrder(["id", "name", "role", "retired"])
    static let storeMeta = KeyOrder(["format", "schemaVersion", "name", "units", "people", "chaseIntervalDays"],
                                    children: ["units": unit, "people": person])

    static let charge = KeyOrder(["offence", "legislation", "count"])
    static let outcome = KeyOrder(["category", "date"])
    static let sentence = KeyOrder(["custodialMonths", "suspended", "description"])
    static let ancillaryOrder = KeyOrder(["type", "made", "expires"])
    static let confiscation = KeyOrder(["stage", "restraintDate", "benefitPence", "availablePence",
                                        "orderPence", "orderDate", "recoveredPence", "paymentDue"])
    static let ctlExtension = KeyOrder(["applied", "heard", "granted", "newExpiry", "note"])
    static let ctlEnd = KeyOrder(["date", "reason"])
    static let custodyTimeLimit = KeyOrder(["charge", "from", "limit", "expires", "extensions", "ended"],
                                           children: ["extensions": ctlExtension, "ended": ctlEnd])
    static let taskDone = KeyOrder(["date", "by"])
    static let task = KeyOrder(["id", "title", "due", "assignee", "created", "done"], children: ["done": taskDone])
    static let defendant = KeyOrder(["id", "name", "dateOfBirth", "nationality", "custody", "charges",
                                     "outcome", "sentence", "ancillaryOrders", "confiscation", "remand",
                                     "custodyTimeLimits"],
                                    children: ["charges": charge, "outcome": outcome, "sentence": sentence,
                                               "ancillaryOrders": ancillaryOrder, "confiscation": confiscation,
                                               "custodyTimeLimits": custodyTimeLimit])
    static let hearing = KeyOrder(["date", "court", "type", "note"])
    static let statusChange = KeyOrder(["status", "date", "note"])
    static let chase = KeyOrder(["date", "by", "note"])
    static let request = KeyOrder(["id", "kind", "direction", "country", "authority", "legalBasis", "assistance",
                                   "urgent", "status", "history", "sent", "due", "lastChased", "chases",
                                   "liaison", "defendant", "note"],
                                  children: ["history": statusChange, "chases": chase])
    static let note = KeyOrder(["at", "author", "text"])
    static let `case` = KeyOrder(["id", "urn", "title", "summary", "unit", "lawyer", "caseworker", "crimeTypes",
                                  "status", "sensitivity", "opened", "finalised", "defendants", "hearings",
                                  "requests", "notes", "tasks", "revision", "updated"],
                                 children: ["defendants": defendant, "hearings": hearing, "requests": request,
                                            "notes": note, "tasks": task])
    static let auditEntry = KeyOrder(["at", "user", "action", "case", "revision", "detail"])
    static let leftOut = KeyOrder(["id", "problem"])
    static let bundle = KeyOrder(["format", "schemaVersion", "exported", "cases", "leftOut"],
                                 children: ["cases": `case`, "leftOut": leftOut])
}

/// Small helpers so each `toJSON()` reads as a list of fields. Absent optionals are left out.
extension JSONObject {
    mutating func put(_ key: String, _ v: String?) { if let v { self[key] = .string(v) } }
    mutating func put(_ key: String, _ v: Int?) { if let v { self[key] = .number(String(v)) } }
    mutating func put(_ key: String, _ v: Bool?) { if let v { self[key] = .bool(v) } }
    mutating func put(_ key: String, _ v: Day?) { if let v { self[key] = .string(v.iso) } }
    mutating func put(_ key: String, _ v: Timestamp?) { if let v { self[key] = .string(v.iso) } }
    mutating func put<E: Vocabulary>(_ key: String, _ v: E?) { if let v { self[key] = .string(v.rawValue) } }
    mutating func put(_ key: String, _ v: JSONValue?) { if let v { self[key] = v } }
    mutating func put(_ key: String, _ v: [String]) { self[key] = .array(v.map(JSONValue.string)) }
}
