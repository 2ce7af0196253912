import ArgumentParser
import CaseCore
import TerminalUI

/// `casedesk people …`: the people of a store (store.json), with validation and audit.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List, add, rename and retire the people of the store.",
        discussion: """
            People are the lawyers, caseworkers and liaison prosecutors cases name by id. Ids \
            are unique and never reused; a retired person stays on the cases that name them, \
            by name, and is marked retired. Every change is one line in the audit trail \
            ('casedesk log'), made under the store's lock like a case save.

            Examples:
              casedesk people list
              casedesk people add asharma2 --name "Anil Sharma" --role prosecutor
              casedesk people rename asharma2 --name "Anil K. Sharma"
              casedesk people retire sosei
            """,
        subcommands: [List.self, Add.self, Rename.self, Retire.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the people: id, name, role, retired.")
        @OptionGroup var options: StoreOptions
        static let formats: [OutputFormat] = [.table, .tsv, .csv]
        @Option(help: OutputFormat.help(formats)) var format: String = "table"
        func validate() throws { _ = try OutputFormat.parse(format, allowed: Self.formats) }

        func run() throws {
            let meta = try StoreAccess.anyStore(options).readMeta()
            let outputFormat = try OutputFormat.parse(format, allowed: Self.formats)
            let human = outputFormat == .table
            var table = Table([.init("Id"), .init("Name", flexible: true, minWidth: 16), .init("Role"), .init("Retired")])
            for p in meta.people {
                table.append([p.id, p.name, human ? p.role.label : p.role.rawValue, p.retired?.iso ?? (human ? "–" : "")])
            }
            table.write(outputFormat, to: .standardOutput, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a person.")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("A new id: letters, digits, '.', '_' or '-'.", valueName: "ID")) var id: String
        @Option(help: ArgumentHelp("Their name as shown.", valueName: "NAME")) var name: String
        @Option(help: ArgumentHelp("\(PersonRole.spellings.joined(separator: ", ")).", valueName: "ROLE")) var role: String
        func validate() throws {
            try MetaEditing.validate(name: name)
            _ = try VocabularyArgument.one(role, option: "role", as: PersonRole.self)
        }
        func run() throws {
            let person = Person(id: id, name: name, role: try VocabularyArgument.one(role, option: "role"))
            try MetaEditing.run(.addPerson(person), options: options) { _ in "Added \(person.id), \(person.name) (\(person.role.label))." }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Change a person's name (their id stays).")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The person's id.", valueName: "ID")) var id: String
        @Option(help: ArgumentHelp("The new name.", valueName: "NAME")) var name: String
        func validate() throws { try MetaEditing.validate(name: name) }
        func run() throws {
            try MetaEditing.run(.renamePerson(id: id, name: name), options: options) { _ in "Renamed \(id) to \(name)." }
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire", abstract: "Mark a person retired; the cases that name them keep them.")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The person's id.", valueName: "ID")) var id: String
        @Option(help: .hidden) var today: String?
        func validate() throws { try Today.validate(today) }
        func run() throws {
            let day = Today.resolve(today)
            try MetaEditing.run(.retirePerson(id: id, on: day), options: options) { meta in
                "Retired \(id), \(meta.person(id)?.name ?? id), on \(day.iso)."
            }
        }
    }
}
