import CaseCore

/// The People and units screen: the store's people, then its units, as `store.json` has them.
struct PeopleState: Sendable, Equatable {
    var rows: [PeopleRow] = []
    var position = ListPosition()
    /// What the rows were laid out from: the store's description and the catalog generation
    /// (a person's units come from the cases); either changing lays them out again.
    var builtFrom: PeopleSource?
}

struct PeopleSource: Sendable, Equatable {
    var meta: StoreMeta?
    var generation: Int
}

enum PeopleRow: Sendable, Equatable {
    case group(String, count: Int)
    /// A person and the units of the cases they are lawyer or caseworker on.
    case person(Person, units: [String])
    case unit(Unit, cases: Int)

    var subject: PeopleSubject? {
        switch self {
        case .group: nil
        case .person(let p, _): .person(id: p.id, name: p.name, retired: p.retired)
        case .unit(let u, _): .unit(id: u.id, name: u.name, retired: u.retired)
        }
    }
}

/// The person or unit a rename or retirement is about.
enum PeopleSubject: Sendable, Equatable {
    case person(id: String, name: String, retired: Day?)
    case unit(id: String, name: String, retired: Day?)

    var id: String { switch self { case .person(let id, _, _), .unit(let id, _, _): id } }
    var name: String { switch self { case .person(_, let n, _), .unit(_, let n, _): n } }
    var retired: Day? { switch self { case .person(_, _, let r), .unit(_, _, let r): r } }
    var noun: String { if case .person = self { "person" } else { "unit" } }
}
