import ArgumentParser
import CaseCore
import CaseStorePostgres
import Foundation
import TerminalUI

/// `casedesk db …`: setting up a PostgreSQL store and moving cases in and out of it.
struct DBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Set up a PostgreSQL store, and copy cases between it and a store directory.",
        discussion: """
            The store is --store or $CASEDESK_STORE, a postgres://user@host:port/database address \
            (?sslmode=disable|prefer|require|verify-ca|verify-full). The password is read from \
            $PGPASSWORD or ~/.pgpass, never from the address. See docs/postgres.md.

            Examples:
              casedesk db init --store postgres://casedesk_admin@db.example/cases --name "OCD London"
              casedesk db import ~/cases --store postgres://casedesk_admin@db.example/cases
              casedesk db export /tmp/cases-copy --store postgres://shughes@db.example/cases
            """,
        subcommands: [DBInitCommand.self, DBGrantCommand.self, DBImportCommand.self, DBExportCommand.self])
}

/// The server store the options name, or a clear refusal for a directory.
enum ServerStoreAccess {
    static func store(_ options: StoreOptions) throws -> PostgresStore {
        let place = options.storePath()
        guard PostgresAddress.isAddress(place) else {
            throw CLIError("'casedesk db' works on a PostgreSQL store; give --store postgres://user@host/database", at: place)
        }
        do { return try PostgresStore(addressText: place) } catch let e as PostgresAddress.Invalid { throw CLIError(e.description) }
    }
}

struct DBInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or upgrade the tables of a PostgreSQL store (each migration in its own transaction).",
        discussion: """
            Run it as the role that is to own the tables (not a person's role). A database whose \
            schema is newer than this program is refused and left as it is. After an upgrade it \
            also writes again the stored summaries another version of casedesk wrote, so the \
            next open reads them instead of decoding every case.
            """)

    @OptionGroup var options: StoreOptions
    @Option(help: "The store's name, on a new database.") var name: String?
    @Option(help: ArgumentHelp("Take units, people and name from this store directory's store.json, on a new database.",
                               valueName: "DIR"))
    var metaFrom: String?

    func run() throws {
        let store = try ServerStoreAccess.store(options)
        var meta = StoreMeta(name: name ?? store.address.database)
        if let metaFrom { meta = try JSONDirectoryStore(directory: URL(fileURLWithPath: metaFrom)).readMeta() }
        if let name { meta.name = name }
        let applied = try store.initialize(meta: meta)
        ByteOutput.standardOutput.line(applied.isEmpty ? "The schema of \(store.address) is up to date."
            : "Applied migration\(applied.count == 1 ? "" : "s") \(applied.map(String.init).joined(separator: ", ")) to \(store.address).")
        let progress = Progress(label: "rewriting stored summaries")
        let refresh = try store.refreshSummaries(progress: progress.report)
        progress.finish()
        if refresh.rewritten > 0 {
            ByteOutput.standardOutput.line("Rewrote the stored summaries of \(refresh.rewritten) case\(refresh.rewritten == 1 ? "" : "s") "
                + "(written by another version of casedesk), so they open without decoding each document.")
        }
        if !refresh.unreadable.isEmpty {
            ByteOutput.standardOutput.line("\(refresh.unreadable.count) case document\(refresh.unreadable.count == 1 ? "" : "s") "
                + "could not be read and were left as they are (casedesk check lists them): "
                + refresh.unreadable.prefix(10).joined(separator: ", ") + (refresh.unreadable.count > 10 ? ", …" : "") + ".")
        }
    }
}

struct DBImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy every case of a store directory into the PostgreSQL store, keeping each document byte for byte.",
        discussion: """
            Cases go in batches, one transaction each, with an audit row per case. Cases already \
            on the server are left alone, so an interrupted import is finished by running it \
            again. Files that are not valid cases are listed and stay in the directory.
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The store directory to copy from.", valueName: "DIR")) var from: String
    @Option(help: "Cases per transaction.") var batch = 500

    func validate() throws {
        guard (1...2000).contains(batch) else { throw ValidationError("--batch must be between 1 and 2000, found \(batch).") }
    }

    func run() throws { try ServerImport.run(options, from: from, batch: batch) }
}

/// A store directory copied into a PostgreSQL store: `casedesk import --from DIR` and
/// `casedesk db import DIR`.
enum ServerImport {
    static func run(_ options: StoreOptions, from: String, batch: Int) throws {
        let place = options.storePath()
        guard PostgresAddress.isAddress(place) else {
            throw CLIError("--from copies a store directory into a PostgreSQL store; give --store postgres://user@host/database (to copy one directory to another, use 'casedesk export | casedesk import -')", at: place)
        }
        let store = try ServerStoreAccess.store(options)
        let progress = Progress(label: "importing cases")
        let started = Date()
        let result = try store.importCases(from: URL(fileURLWithPath: from), user: options.userName(), batch: batch,
                                           progress: progress.report)
        progress.finish()
        for (id, reason) in result.refused {
            ByteOutput.standardError.line("casedesk: not imported: \(Sanitizer.visible(id)): \(Sanitizer.visible(reason))")
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        ByteOutput.standardOutput.line("Imported \(result.imported) cases into \(store.address) in \(seconds) s"
            + (result.present > 0 ? " (\(result.present) were already there)" : "") + ".")
        if !result.refused.isEmpty { throw ExitCode(1) }
    }
}

struct DBExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the PostgreSQL store's cases out as a new store directory (documents byte for byte).")

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("A new or empty directory.", valueName: "DIR")) var to: String

    func run() throws {
        let store = try ServerStoreAccess.store(options)
        let progress = Progress(label: "exporting cases")
        let n = try store.exportCases(to: URL(fileURLWithPath: to), progress: progress.report)
        progress.finish()
        ByteOutput.standardOutput.line("Wrote \(n) cases to \(to).")
    }
}

struct DBGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let a login role use the store, limited to its units (row-level security).",
        discussion: """
            The role must exist (CREATE ROLE shughes LOGIN PASSWORD '…'). It sees the cases of \
            its units, OFFICIAL-SENSITIVE ones only where --person is named on them; a \
            --supervisor sees every case. Run as the owner of the tables; running it again \
            replaces the role's access.

            Examples:
              casedesk db grant shughes --person shughes --units OCD-LON,OCD-MAN
              casedesk db grant adeyemi --supervisor
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The login role.", valueName: "ROLE")) var role: String
    @Option(help: ArgumentHelp("The units whose cases it sees, by id, comma-separated.", valueName: "IDS")) var units: String = ""
    @Option(help: ArgumentHelp("The person it is on cases (an id of store.json's people).", valueName: "ID")) var person: String?
    @Flag(help: "Sees every case of the division.") var supervisor = false

    func validate() throws {
        if role.isEmpty { throw ValidationError("ROLE must not be empty.") }
    }

    func run() throws {
        let store = try ServerStoreAccess.store(options)
        let list = units.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        try store.grant(PostgresStore.Access(role: role, person: person, units: list, supervisor: supervisor))
        let scope = supervisor ? "every case" : list.isEmpty ? "no unit's cases" : "the cases of " + list.joined(separator: ", ")
        ByteOutput.standardOutput.line("\(role) may now use \(store.address) and sees \(scope).")
    }
}
