import ArgumentParser
import CaseCore
import TerminalUI

/// What `casedesk people` and `casedesk units` share: one change to store.json, made under
/// the store's lock with its audit line (`JSONDirectoryStore.change`), said in one line.
enum MetaEditing {
    static func run(_ change: MetaChange, options: StoreOptions, said: (StoreMeta) -> String) throws {
        let store = try StoreAccess.store(options)
        do {
            let (meta, _) = try store.change(change, user: options.userName())
            ByteOutput.standardOutput.line(Sanitizer.visible(said(meta)))
        } catch let refusal as MetaChange.Refusal {
            throw CLIError(refusal.description, at: options.storePath())
        }
    }

    /// A name given on the command line: not empty (the store checks the rest).
    static func validate(name: String, option: String = "--name") throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("\(option) needs some text.") }
    }
}
