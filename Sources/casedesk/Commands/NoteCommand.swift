import ArgumentParser
import CaseCore
import Foundation

/// `casedesk note CASE TEXT`: add a note to a case from a script or another program.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a note to a case.",
        discussion: """
            The note is saved like any change made in the UI: validated, written atomically, \
            with one audit line naming --user. If someone else saves the case at the same \
            moment, the save is refused by the store; the refusal is reported on stderr and \
            the note is added again to the newer version (up to --retries times), so no \
            one's change is lost.

            Examples:
              casedesk note OCD-LON-0001 "Defence served a case statement."
              casedesk note OCD-LON-0001 "Called Madrid" --user lbianchi
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The case to add the note to.", valueName: "CASE"))
    var caseID: String
    @Argument(help: ArgumentHelp("The text of the note (several words are joined by spaces).", valueName: "TEXT"))
    var words: [String]
    @Option(help: "How many times to add the note again after someone else saved first.")
    var retries = 20

    func validate() throws {
        if words.joined().allSatisfy(\.isWhitespace) { throw ValidationError("The note needs some text.") }
        if retries < 0 { throw ValidationError("--retries cannot be negative.") }
    }

    func run() throws {
        let store = try StoreAccess.anyStore(options)
        let meta = try store.readMeta()
        let user = options.userName()
        let text = words.joined(separator: " ")
        for attempt in 0...retries {
            let c: Case
            do { c = try store.load(id: caseID) } catch let e as StoreError {
                throw CLIError(e.description, at: "store " + options.storePath())
            }
            guard var form = CaseForms.form(for: .note(index: nil), in: c, meta: meta), let i = form.index(of: "text") else {
                throw CLIError("cannot make a note form for \(caseID)")
            }
            form.fields[i].text = text
            let clock = LocalClock.system
            let context = EditContext(today: clock.today, now: clock.now(), user: user)
            let saved: Case
            do {
                let edit = try form.edit(today: context.today).get()
                let changed = try edit.apply(to: c, context: context)
                saved = try store.save(changed, baseRevision: c.revision, user: user, action: edit.auditAction)
            } catch let e as FormProblems {
                throw CLIError("the note is not valid: " + e.problems.map(\.message).joined(separator: "; "))
            } catch let e as StoreError {
                guard case .staleRevision = e, attempt < retries else { throw CLIError(e.description) }
                ByteOutput.standardError.line("casedesk: refused: \(e.description) Adding the note again to the newer version.")
                continue
            }
            ByteOutput.standardOutput.line("Added a note to \(caseID) (revision \(saved.revision)).")
            return
        }
    }
}
