import ArgumentParser
import CaseCore
import CaseStorePostgres
import TerminalUI

/// What `casedesk people` and `casedesk units` share: one change to the store's people or
/// units with its audit line (`CaseStore.change`: under the directory's lock, or in one
/// PostgreSQL transaction), said in one line.
enum MetaEditing {
    static func run(_ change: MetaChange, options: StoreOptions, said: (StoreMeta) -> String) throws {
        let store = try StoreAccess.anyStore(options)
        do {
            let (meta, _) = try store.change(change, user: options.userName())
            ByteOutput.standardOutput.line(Sanitizer.visible(said(meta)))
        } catch let refusal as MetaChange.Refusal {
            throw CLIError(refusal.description, at: PostgresAddress.redacted(options.storePath()))
        }
    }

    /// A name given on the command line: not empty (the store checks the rest).
    static func validate(name: String, option: String = "--name") throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("\(option) needs some text.") }
    }
}
