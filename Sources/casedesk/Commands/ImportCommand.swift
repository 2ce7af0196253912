import ArgumentParser
import CaseCore
import Foundation
import TerminalUI

/// `casedesk import FILE`: add the cases of a bundle to the store; `casedesk import --from DIR`:
/// copy a whole store directory into a PostgreSQL store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a bundle of cases (one JSON document, as written by export), or copy a store directory into a PostgreSQL store.",
        discussion: """
            Every case in the bundle is checked before anything is written: one invalid case, \
            or a case whose id already exists with other content (without --replace), refuses \
            the whole import and nothing changes. A case already in the store with the same \
            content is skipped, so running an import that was cut short (a kill, a full disk) \
            again completes it. Each imported case gets an audit line naming --user.

            --from DIR copies every case of a store directory into the PostgreSQL store --store \
            names (initialising it from DIR's store.json if it has no tables yet), in batches, one \
            transaction each, with progress and an audit row per case, each document byte for \
            byte. Cases already on the server are left alone, so an interrupted import is \
            finished by running it again. Files that are not valid cases are listed and stay.

            Examples:
              casedesk import cases.json
              casedesk export --store old | casedesk import - --store new
              casedesk import --from ~/cases --store postgres://casedesk_owner@db.example/casedesk
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The bundle to read; - for standard input.", valueName: "FILE"))
    var file: String?
    @Flag(help: "Replace cases that already exist instead of refusing the import.")
    var replace = false
    @Option(help: ArgumentHelp("Copy this store directory into the PostgreSQL store instead of reading a bundle.",
                               valueName: "DIR"))
    var from: String?
    @Option(help: "With --from: cases per transaction.") var batch = 500

    func validate() throws {
        switch (file, from) {
        case (nil, nil): throw ValidationError("Give a bundle FILE (- for standard input), or --from DIR to copy a store directory.")
        case (.some, .some): throw ValidationError("Give a bundle FILE or --from DIR, not both.")
        default: break
        }
        if from != nil, replace { throw ValidationError("--replace is for a bundle; --from leaves cases already on the server alone.") }
        guard (1...2000).contains(batch) else { throw ValidationError("--batch must be between 1 and 2000, found \(batch).") }
    }

    func run() throws {
        if let from {
            try ServerImport.run(options, from: from, batch: batch)
            return
        }
        let file = self.file ?? "-"
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw CLIError("cannot read the bundle: \(FileErrors.reason(error))", at: file)
            }
        }
        let bundle: CaseBundle
        do throws(CaseFileError) {
            bundle = try CaseBundle.decode(data: data, file: file == "-" ? "standard input" : file)
        } catch {
            let n = error.problems.count
            throw CLIError("the bundle is not valid: \(error.problems.first?.description ?? "unknown problem")"
                           + (n > 1 ? " (and \(n - 1) more problem\(n == 2 ? "" : "s"))" : ""))
        }
        let store = try StoreAccess.store(options)
        let result: JSONDirectoryStore.ImportResult
        do {
            result = try store.importBundle(bundle, replace: replace, user: options.userName())
        } catch let e as JSONDirectoryStore.ImportInterrupted {
            throw CLIError(e.description)
        } catch StoreError.alreadyExists(let id) {
            throw CLIError("case \(id) is already in the store with other content; nothing was imported "
                           + "(--replace saves the bundle's cases over those in the store)")
        }
        if !bundle.leftOut.isEmpty {
            let n = bundle.leftOut.count
            ByteOutput.standardError.line(Sanitizer.visible("casedesk: the bundle lacks \(n) case\(n == 1 ? "" : "s") its export could not read: "
                + bundle.leftOut.prefix(5).map(\.id).joined(separator: ", ") + (n > 5 ? ", …" : "") + " (see its leftOut)."))
        }
        let skipped = result.skipped.count
        ByteOutput.standardOutput.line("Imported \(result.created.count) new case\(result.created.count == 1 ? "" : "s")"
            + (result.replaced.isEmpty ? "" : " and replaced \(result.replaced.count)") + " into \(options.storePath())"
            + (skipped == 0 ? "." : "; \(skipped) case\(skipped == 1 ? " was" : "s were") already there with the same content."))
    }
}

/// The reason inside a Foundation file error, without its boilerplate.
enum FileErrors {
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
