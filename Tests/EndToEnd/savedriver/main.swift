#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseCore
import Foundation

// casedesk-savedriver STORE CASE COUNT TAG
//
// What a UI session does to the store, without a terminal: one store value, a note added
// to CASE through the note form and saved with the revision it was read at (as the UI's
// `.save` effect does), COUNT times. Each save the store acknowledged is printed on stdout
// as "acked REVISION TEXT" the moment it returns, so a test that kills this process knows
// exactly which saves were acknowledged and must be on disk. A refusal is printed on stderr
// as "refused: MESSAGE" and ends the run with status 1.

let args = CommandLine.arguments
guard args.count == 5, let count = Int(args[3]) else {
    FileHandle.standardError.write(Data("usage: casedesk-savedriver STORE CASE COUNT TAG\n".utf8))
    exit(2)
}
let store = JSONDirectoryStore(directory: URL(fileURLWithPath: args[1]))
let caseID = args[2], tag = args[4]

func say(_ fd: Int32, _ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }   // unbuffered: a kill loses nothing said
}

do {
    let meta = try store.readMeta()
    for k in 0..<count {
        let c = try store.load(id: caseID)
        guard var form = CaseForms.form(for: .note(index: nil), in: c, meta: meta), let i = form.index(of: "text") else {
            say(2, "refused: no note form for \(caseID)"); exit(1)
        }
        let text = "\(tag)-\(k)"
        form.fields[i].text = text
        let clock = LocalClock.system
        let context = EditContext(today: clock.today, now: clock.now(), user: "driver")
        let edit = try form.edit(today: context.today).get()
        let saved = try store.save(try edit.apply(to: c, context: context), baseRevision: c.revision, user: "driver",
                                   action: edit.auditAction)
        say(1, "acked \(saved.revision) \(text)")
    }
} catch {
    say(2, "refused: \(error)")
    exit(1)
}
