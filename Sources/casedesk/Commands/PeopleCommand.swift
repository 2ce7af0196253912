import CaseCore

/// `casedesk people …`: the people of a store (store.json), with validation and audit.
typealias PeopleCommand = MetaCommand<People>

enum People: MetaKind {
    static let plural = "people", singular = "person", possessive = "their", object = "them", categoryOption = "role"
    static let discussion = """
        People are the lawyers, caseworkers and liaison prosecutors cases name by id. Ids \
        are unique and never reused; a retired person stays on the cases that name them, \
        by name, and is marked retired. Every change is one line in the audit trail \
        ('casedesk log'), made under the store's lock like a case save.

        Examples:
          casedesk people list
          casedesk people add asharma2 --name "Anil Sharma" --role prosecutor
          casedesk people rename asharma2 --name "Anil K. Sharma"
          casedesk people retire sosei
        """

    static func members(of meta: StoreMeta) -> [Person] { meta.people }
    static func add(id: String, name: String, category: PersonRole) -> MetaChange { .addPerson(Person(id: id, name: name, role: category)) }
    static func rename(id: String, name: String) -> MetaChange { .renamePerson(id: id, name: name) }
    static func retire(id: String, on day: Day) -> MetaChange { .retirePerson(id: id, on: day) }
}
