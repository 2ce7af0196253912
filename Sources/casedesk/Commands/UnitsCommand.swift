import CaseCore

/// `casedesk units …`: the units of a store (store.json), with validation and audit.
typealias UnitsCommand = MetaCommand<Units>

enum Units: MetaKind {
    static let plural = "units", singular = "unit", possessive = "its", object = "it", categoryOption = "kind"
    static let discussion = """
        Units are the divisions cases belong to, named by id. Ids are unique and never \
        reused; a retired unit stays on the cases that name it and is marked retired. \
        Every change is one line in the audit trail ('casedesk log'), made under the \
        store's lock like a case save.

        Examples:
          casedesk units list
          casedesk units add OCD-MAN --name "Organised Crime Division, Manchester" --kind organisedCrimeDivision
          casedesk units rename OCD-MAN --name "OCD North West"
          casedesk units retire CCU-WALES
        """

    static func members(of meta: StoreMeta) -> [Unit] { meta.units }
    static func add(id: String, name: String, category: UnitKind) -> MetaChange { .addUnit(Unit(id: id, name: name, kind: category)) }
    static func rename(id: String, name: String) -> MetaChange { .renameUnit(id: id, name: name) }
    static func retire(id: String, on day: Day) -> MetaChange { .retireUnit(id: id, on: day) }
}
