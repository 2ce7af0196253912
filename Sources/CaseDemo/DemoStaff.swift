import CaseCore

/// The units and people of the demo store: the Organised Crime Division's three offices,
/// five Areas' complex casework units, the International Division with its liaison
/// prosecutors abroad, and a specialist fraud unit.
enum DemoStaff {
    static let units: [Unit] = [
        Unit(id: "OCD-LON", name: "Organised Crime Division, London", kind: .organisedCrimeDivision),
        Unit(id: "OCD-BHM", name: "Organised Crime Division, Birmingham", kind: .organisedCrimeDivision),
        Unit(id: "OCD-NTH", name: "Organised Crime Division, North (Manchester)", kind: .organisedCrimeDivision),
        Unit(id: "CCU-NW", name: "Complex Casework Unit, North West", kind: .complexCaseworkUnit),
        Unit(id: "CCU-YH", name: "Complex Casework Unit, Yorkshire and Humberside", kind: .complexCaseworkUnit),
        Unit(id: "CCU-WM", name: "Complex Casework Unit, West Midlands", kind: .complexCaseworkUnit),
        Unit(id: "CCU-SE", name: "Complex Casework Unit, South East", kind: .complexCaseworkUnit),
        Unit(id: "CCU-WALES", name: "Complex Casework Unit, Cymru-Wales", kind: .complexCaseworkUnit),
        Unit(id: "INTL", name: "International Division", kind: .internationalDivision),
        Unit(id: "SFU", name: "Specialist Fraud Division", kind: .specialistFraud),
    ]

    /// Person ids are login-style (`shughes`), so `--mine` can match `$USER`.
    static func personID(_ name: String) -> String {
        let parts = name.split(separator: " ")
        let first = SearchText.fold(String(parts.first?.prefix(1) ?? "x"))
        let last = SearchText.fold(String(parts.last ?? "x"))
        return (first + last).filter { $0.isLetter && $0.isASCII }
    }

    /// Two prosecutors and one caseworker per unit, named from the staff lists in a fixed order.
    static let unitStaff: [(unit: String, prosecutors: [Person], caseworkers: [Person])] = {
        var n = 0
        var taken = Set(["mokoro", "gwilliams", "zbegum", "cdoyle", "rashworth", "vnair"])
        func next(_ role: PersonRole) -> Person {
            while true {
                let given = DemoNames.staffGiven[n % DemoNames.staffGiven.count]
                let family = DemoNames.staffFamily[(n * 7 + 3 + n / DemoNames.staffGiven.count) % DemoNames.staffFamily.count]
                n += 1
                let name = given + " " + family
                let id = personID(name)
                if taken.insert(id).inserted { return Person(id: id, name: name, role: role) }
            }
        }
        return units.map { unit in
            let prosecutors = [next(.prosecutor), next(.prosecutor)]
            return (unit.id, prosecutors, [next(.caseworker)])
        }
    }()

    static let paralegals = [
        Person(id: "mokoro", name: "Michael Okoro", role: .paralegal),
        Person(id: "gwilliams", name: "Gwen Williams", role: .paralegal),
        Person(id: "zbegum", name: "Zara Begum", role: .paralegal),
        Person(id: "cdoyle", name: "Ciara Doyle", role: .paralegal),
    ]
    static let supervisors = [
        Person(id: "rashworth", name: "Rosalind Ashworth", role: .supervisor),
        Person(id: "vnair", name: "Vikram Nair", role: .supervisor),
    ]
    static let liaison: [Person] = DemoPlaces.liaisonPosts.map {
        Person(id: $0.id, name: $0.name, role: .liaisonProsecutor, extra: ["post": .string($0.post)])
    }

    static func prosecutors(unit: String) -> [String] {
        unitStaff.first { $0.unit == unit }!.prosecutors.map(\.id)
    }
    /// The unit's caseworker, or one of the paralegals who support every unit.
    static func caseworkers(unit: String) -> [String] {
        unitStaff.first { $0.unit == unit }!.caseworkers.map(\.id) + [paralegals[unit.count % paralegals.count].id]
    }
    static func liaison(for country: String) -> String? {
        DemoPlaces.liaisonPosts.first { $0.country == country }?.id
    }

    static let meta = StoreMeta(
        name: "CaseDesk demo: Organised Crime and International casework",
        units: units,
        people: unitStaff.flatMap { $0.prosecutors + $0.caseworkers } + paralegals + liaison + supervisors,
        chaseIntervalDays: 28)
}
