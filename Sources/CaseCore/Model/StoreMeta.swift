/// `store.json`: what a store is called, its units and people, and its chase interval.
public struct StoreMeta: Sendable, Equatable {
    public static let format = "casedesk-store"
    /// The newest store format this program reads and writes. Version 1 stores are read
    /// as they are and upgraded by their first save (see `upgradeSchemaIfNeeded`).
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var name: String
    public var units: [Unit]
    public var people: [Person]
    public var chaseIntervalDays: Int
    public var extra: UnknownKeys

    public init(schemaVersion: Int = StoreMeta.currentSchemaVersion, name: String, units: [Unit] = [],
                people: [Person] = [], chaseIntervalDays: Int = 28, extra: UnknownKeys = [:]) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.units = units
        self.people = people
        self.chaseIntervalDays = chaseIntervalDays
        self.extra = extra
    }

    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// A person's name as shown wherever names are listed (lists, dashboard and report rows,
    /// pickers): the name, and the id after it when another person of the store has the same
    /// name ("Anil Sharma (asharma2)"), so two people never look alike and a breakdown never
    /// shows two rows that read the same; the id itself for an id the store does not know.
    public func personName(_ id: String) -> String {
        guard let p = person(id) else { return id }
        let folded = p.name.lowercased()
        let namesake = people.contains { $0.id != p.id && $0.name.lowercased() == folded }
        return namesake ? "\(p.name) (\(p.id))" : p.name
    }

    /// `personName` of every person, worked out in one pass: for a list of 100,000 rows,
    /// where asking `personName` for each would compare every person's name every time.
    public func personNames() -> [String: String] {
        var ids: [String: Set<String>] = [:]
        for p in people { ids[p.name.lowercased(), default: []].insert(p.id) }
        var names: [String: String] = [:]
        for p in people where names[p.id] == nil {
            names[p.id] = ids[p.name.lowercased(), default: []].count > 1 ? "\(p.name) (\(p.id))" : p.name
        }
        return names
    }
}

public struct Unit: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// The day it was retired (`casedesk units retire`): its cases keep it; new ones should not.
    public var retired: Day?
    public var extra: UnknownKeys
    public init(id: String, name: String, kind: UnitKind, retired: Day? = nil, extra: UnknownKeys = [:]) {
        self.id = id; self.name = name; self.kind = kind; self.retired = retired; self.extra = extra
    }
}

public struct Person: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var role: PersonRole
    /// The day they were retired (`casedesk people retire`): they stay on their cases, by name.
    public var retired: Day?
    public var extra: UnknownKeys
    public init(id: String, name: String, role: PersonRole, retired: Day? = nil, extra: UnknownKeys = [:]) {
        self.id = id; self.name = name; self.role = role; self.retired = retired; self.extra = extra
    }
}
