import ArgumentParser
import CaseCore
import TerminalUI

/// One list of store.json that cases name by id (its people, its units), as `casedesk people`
/// and `casedesk units` show and change it: a kind gives its words and its `MetaChange`s,
/// `MetaCommand` the one shape of the commands (list, add, rename, retire).
protocol MetaKind {
    associatedtype Member: MetaMember
    /// The command's name and the list's noun: "people", "units".
    static var plural: String { get }
    /// "person", "unit".
    static var singular: String { get }
    /// The possessive and object pronouns for one of them: "their"/"them", "its"/"it".
    static var possessive: String { get }
    static var object: String { get }
    /// The option naming the category on `add`, and the list's column: "role", "kind".
    static var categoryOption: String { get }
    static var discussion: String { get }

    static func members(of meta: StoreMeta) -> [Member]
    static func add(id: String, name: String, category: Member.Category) -> MetaChange
    static func rename(id: String, name: String) -> MetaChange
    static func retire(id: String, on day: Day) -> MetaChange
}

/// What the list shows of a person or a unit.
protocol MetaMember {
    /// What it is besides its name (a person's role, a unit's kind).
    associatedtype Category: Vocabulary
    var id: String { get }
    var name: String { get }
    var category: Category { get }
    var retired: Day? { get }
}

extension Person: MetaMember { var category: PersonRole { role } }
extension Unit: MetaMember { var category: UnitKind { kind } }

/// `casedesk people …` and `casedesk units …`: validation and the audit line are the store's
/// (`MetaEditing.run`, CaseCore's `MetaChange`); this is what both commands accept and say.
struct MetaCommand<K: MetaKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: K.plural,
            abstract: "List, add, rename and retire the \(K.plural) of the store.",
            discussion: K.discussion,
            subcommands: [List.self, Add.self, Rename.self, Retire.self])
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: "List the \(K.plural): id, name, \(K.categoryOption), retired.")
        }
        static var formats: [OutputFormat] { [.table, .tsv, .csv] }
        @OptionGroup var options: StoreOptions
        @Option(help: OutputFormat.help(formats)) var format: String = "table"
        func validate() throws { _ = try OutputFormat.parse(format, allowed: Self.formats) }

        func run() throws {
            let meta = try StoreAccess.anyStore(options).readMeta()
            let outputFormat = try OutputFormat.parse(format, allowed: Self.formats)
            let human = outputFormat == .table
            var table = Table([.init("Id"), .init("Name", flexible: true, minWidth: 16), .init(K.categoryOption.capitalized),
                               .init("Retired")])
            for e in K.members(of: meta) {
                table.append([e.id, e.name, human ? e.category.label : e.category.rawValue, e.retired?.iso ?? (human ? "–" : "")])
            }
            table.write(outputFormat, to: .standardOutput, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
        }
    }

    /// What `add` and `rename` both take: an id and the name to give it, checked here once.
    struct Naming: ParsableArguments {
        @Argument(help: ArgumentHelp("The \(K.singular)'s id; a new one is letters, digits, '.', '_' or '-'.", valueName: "ID"))
        var id: String
        @Option(help: ArgumentHelp("\(K.possessive.capitalized) name as shown.", valueName: "NAME")) var name: String
        func validate() throws { try MetaEditing.validate(name: name) }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: "Add a \(K.singular).")
        }
        @OptionGroup var options: StoreOptions
        @OptionGroup var naming: Naming
        @Option(name: .customLong(K.categoryOption),
                help: ArgumentHelp("\(K.Member.Category.spellings.joined(separator: ", ")).", valueName: K.categoryOption.uppercased()))
        var category: String
        func validate() throws { _ = try VocabularyArgument.one(category, option: K.categoryOption, as: K.Member.Category.self) }
        func run() throws {
            let kind = try VocabularyArgument.one(category, option: K.categoryOption, as: K.Member.Category.self)
            try MetaEditing.run(K.add(id: naming.id, name: naming.name, category: kind), options: options) { _ in
                "Added \(naming.id), \(naming.name) (\(kind.label))."
            }
        }
    }

    struct Rename: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "rename", abstract: "Change a \(K.singular)'s name (\(K.possessive) id stays).")
        }
        @OptionGroup var options: StoreOptions
        @OptionGroup var naming: Naming
        func run() throws {
            try MetaEditing.run(K.rename(id: naming.id, name: naming.name), options: options) { _ in
                "Renamed \(naming.id) to \(naming.name)."
            }
        }
    }

    struct Retire: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "retire",
                                 abstract: "Mark a \(K.singular) retired; the cases that name \(K.object) keep \(K.object).")
        }
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The \(K.singular)'s id.", valueName: "ID")) var id: String
        @Option(help: .hidden) var today: String?
        func validate() throws { try Today.validate(today) }
        func run() throws {
            let day = Today.resolve(today)
            try MetaEditing.run(K.retire(id: id, on: day), options: options) { meta in
                "Retired \(id), \(K.members(of: meta).first { $0.id == id }?.name ?? id), on \(day.iso)."
            }
        }
    }
}
