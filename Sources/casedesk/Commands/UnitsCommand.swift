import ArgumentParser
import CaseCore
import TerminalUI

/// `casedesk units …`: the units of a store (store.json), with validation and audit.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "List, add, rename and retire the units of the store.",
        discussion: """
            Units are the divisions cases belong to, named by id. Ids are unique and never \
            reused; a retired unit stays on the cases that name it and is marked retired. \
            Every change is one line in the audit trail ('casedesk log'), made under the \
            store's lock like a case save.

            Examples:
              casedesk units list
              casedesk units add OCD-MAN --name "Organised Crime Division, Manchester" --kind organisedCrimeDivision
              casedesk units rename OCD-MAN --name "OCD North West"
              casedesk units retire CCU-WALES
            """,
        subcommands: [List.self, Add.self, Rename.self, Retire.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the units: id, name, kind, retired.")
        @OptionGroup var options: StoreOptions
        static let formats: [OutputFormat] = [.table, .tsv, .csv]
        @Option(help: OutputFormat.help(formats)) var format: String = "table"
        func validate() throws { _ = try OutputFormat.parse(format, allowed: Self.formats) }

        func run() throws {
            let meta = try StoreAccess.anyStore(options).readMeta()
            let outputFormat = try OutputFormat.parse(format, allowed: Self.formats)
            let human = outputFormat == .table
            var table = Table([.init("Id"), .init("Name", flexible: true, minWidth: 16), .init("Kind"), .init("Retired")])
            for u in meta.units {
                table.append([u.id, u.name, human ? u.kind.label : u.kind.rawValue, u.retired?.iso ?? (human ? "–" : "")])
            }
            table.write(outputFormat, to: .standardOutput, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a unit.")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("A new id: letters, digits, '.', '_' or '-'.", valueName: "ID")) var id: String
        @Option(help: ArgumentHelp("Its name as shown.", valueName: "NAME")) var name: String
        @Option(help: ArgumentHelp("\(UnitKind.spellings.joined(separator: ", ")).", valueName: "KIND")) var kind: String
        func validate() throws {
            try MetaEditing.validate(name: name)
            _ = try VocabularyArgument.one(kind, option: "kind", as: UnitKind.self)
        }
        func run() throws {
            let unit = Unit(id: id, name: name, kind: try VocabularyArgument.one(kind, option: "kind"))
            try MetaEditing.run(.addUnit(unit), options: options) { _ in "Added \(unit.id), \(unit.name) (\(unit.kind.label))." }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Change a unit's name (its id stays).")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The unit's id.", valueName: "ID")) var id: String
        @Option(help: ArgumentHelp("The new name.", valueName: "NAME")) var name: String
        func validate() throws { try MetaEditing.validate(name: name) }
        func run() throws {
            try MetaEditing.run(.renameUnit(id: id, name: name), options: options) { _ in "Renamed \(id) to \(name)." }
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire", abstract: "Mark a unit retired; the cases that name it keep it.")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The unit's id.", valueName: "ID")) var id: String
        @Option(help: .hidden) var today: String?
        func validate() throws { try Today.validate(today) }
        func run() throws {
            let day = Today.resolve(today)
            try MetaEditing.run(.retireUnit(id: id, on: day), options: options) { meta in
                "Retired \(id), \(meta.unit(id)?.name ?? id), on \(day.iso)."
            }
        }
    }
}
