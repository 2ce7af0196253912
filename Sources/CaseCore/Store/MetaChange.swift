/// A change to the people or units of a store (`casedesk people …`, `casedesk units …`):
/// checked against the store's description as it is under the lock, then written with one
/// audit line (`JSONDirectoryStore.change`).
public enum MetaChange: Sendable, Equatable {
    case addPerson(Person)
    case renamePerson(id: String, name: String)
    case retirePerson(id: String, on: Day)
    case addUnit(Unit)
    case renameUnit(id: String, name: String)
    case retireUnit(id: String, on: Day)

    /// Why a change cannot be made, in a sentence naming the person or unit.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var description: String
        init(_ d: String) { description = d }
    }

    /// The audit trail's action: `person add`, `unit retire`, ….
    public var action: String {
        switch self {
        case .addPerson: "person add"
        case .renamePerson: "person rename"
        case .retirePerson: "person retire"
        case .addUnit: "unit add"
        case .renameUnit: "unit rename"
        case .retireUnit: "unit retire"
        }
    }

    /// `meta` with the change made; a change that would make it wrong is refused.
    public func apply(to meta: StoreMeta) throws(Refusal) -> (meta: StoreMeta, detail: String) {
        var m = meta
        switch self {
        case .addPerson(let p):
            try Self.checkNew(id: p.id, name: p.name, what: "person", taken: m.people.map(\.id))
            m.people.append(p)
            return (m, "\(p.id) \"\(p.name)\" (\(p.role.rawValue))")
        case .renamePerson(let id, let name):
            guard let i = m.people.firstIndex(where: { $0.id == id }) else { throw Self.noSuch("person", id, m.people.map(\.id)) }
            try Self.checkName(name, what: "person")
            let old = m.people[i].name
            guard old != name else { throw Refusal("\(id) is already called \"\(name)\"") }
            m.people[i].name = name
            return (m, "\(id) \"\(old)\" -> \"\(name)\"")
        case .retirePerson(let id, let day):
            guard let i = m.people.firstIndex(where: { $0.id == id }) else { throw Self.noSuch("person", id, m.people.map(\.id)) }
            if let r = m.people[i].retired { throw Refusal("\(id) was retired on \(r.iso) already") }
            m.people[i].retired = day
            return (m, "\(id) \"\(m.people[i].name)\" retired \(day.iso)")
        case .addUnit(let u):
            try Self.checkNew(id: u.id, name: u.name, what: "unit", taken: m.units.map(\.id))
            m.units.append(u)
            return (m, "\(u.id) \"\(u.name)\" (\(u.kind.rawValue))")
        case .renameUnit(let id, let name):
            guard let i = m.units.firstIndex(where: { $0.id == id }) else { throw Self.noSuch("unit", id, m.units.map(\.id)) }
            try Self.checkName(name, what: "unit")
            let old = m.units[i].name
            guard old != name else { throw Refusal("\(id) is already called \"\(name)\"") }
            m.units[i].name = name
            return (m, "\(id) \"\(old)\" -> \"\(name)\"")
        case .retireUnit(let id, let day):
            guard let i = m.units.firstIndex(where: { $0.id == id }) else { throw Self.noSuch("unit", id, m.units.map(\.id)) }
            if let r = m.units[i].retired { throw Refusal("\(id) was retired on \(r.iso) already") }
            m.units[i].retired = day
            return (m, "\(id) \"\(m.units[i].name)\" retired \(day.iso)")
        }
    }

    /// Ids as case ids are (`[A-Za-z0-9][A-Za-z0-9._-]{0,39}`): they go on command lines and in files.
    static func checkNew(id: String, name: String, what: String, taken: [String]) throws(Refusal) {
        guard Case.isValidID(id) else {
            throw Refusal("\"\(id)\" is not a \(what) id: 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit")
        }
        guard !taken.contains(id) else { throw Refusal("there is already a \(what) \(id); ids are never reused") }
        try checkName(name, what: what)
    }

    static func checkName(_ name: String, what: String) throws(Refusal) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw Refusal("a \(what)'s name cannot be empty") }
        guard name.count <= 120 else { throw Refusal("a \(what)'s name is at most 120 characters") }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw Refusal("a \(what)'s name cannot hold control characters")
        }
    }

    static func noSuch(_ what: String, _ id: String, _ known: [String]) -> Refusal {
        Refusal("there is no \(what) \"\(id)\"" + (known.isEmpty ? "" : "; \(what == "person" ? "people" : "units"): "
            + known.sorted().prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")))
    }
}

import Foundation

extension JSONDirectoryStore {
    /// Makes `change` to store.json under the store's lock, as every write of store.json is
    /// made: read again under the lock (a store.json that cannot be read is never written
    /// over), checked, then written atomically with its audit line through the journal, so a
    /// crash leaves the old file or the new one and the audit trail agrees with it.
    @discardableResult
    public func change(_ change: MetaChange, user: String) throws -> (meta: StoreMeta, entry: AuditEntry) {
        _ = try readMeta()
        return try withWriteLock {
            try upgradeSchemaIfNeeded(user: user)
            let (meta, detail) = try change.apply(to: try readMeta())
            let entry = AuditEntry(at: clock(), user: user, action: change.action, case: "", detail: detail)
            try journaled([entry]) {
                try files.writeAtomically("store.json", JSONWriter.pretty(meta.toJSON(), order: ModelKeys.storeMeta))
            }
            return (meta, entry)
        }
    }
}

extension MetaChange {
    /// Whether the change an audit entry of `change` describes is in `meta` (for the journal
    /// after a kill); nil when the entry is not one of these changes. The detail starts with
    /// the id and ends with what the change left: the new name, or the day retired.
    static func landed(_ e: AuditEntry, in meta: StoreMeta) -> Bool? {
        let id = String(e.detail.prefix { $0 != " " })
        switch e.action {
        case "person add": return meta.person(id) != nil
        case "unit add": return meta.unit(id) != nil
        case "person rename": return meta.person(id).map { e.detail.hasSuffix("-> \"\($0.name)\"") } ?? false
        case "unit rename": return meta.unit(id).map { e.detail.hasSuffix("-> \"\($0.name)\"") } ?? false
        case "person retire": return meta.person(id)?.retired.map { e.detail.hasSuffix(" retired \($0.iso)") } ?? false
        case "unit retire": return meta.unit(id)?.retired.map { e.detail.hasSuffix(" retired \($0.iso)") } ?? false
        default: return nil
        }
    }
}
