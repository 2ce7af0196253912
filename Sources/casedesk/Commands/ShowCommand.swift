import ArgumentParser
import CaseCore
import CaseDeskUI
import Foundation
import TerminalUI

/// `casedesk show CASE`: the whole case, as on the detail tabs, ready to print or attach.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a whole case: every detail tab, with the protective marking.",
        discussion: """
            Everything on the case's detail tabs (overview and summary, defendants, hearings, \
            every request in full, notes and the audit trail), with the protective marking at \
            the top and bottom of every page. text: pages of --page-lines lines, separated by \
            a form feed; markdown: a heading per tab, for a review or a brief to counsel; json: \
            the marking, the case as stored and its audit trail. In the UI, `o` shows the same \
            text in $PAGER and `:export FILE.md` writes the markdown.

            Examples:
              casedesk show OCD-LON-0001 | lpr
              casedesk show OCD-LON-0001 --format markdown > brief.md
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The case to print.", valueName: "CASE"))
    var caseID: String
    @Option(help: ArgumentHelp("Output format: text, markdown, json.", valueName: "FORMAT"))
    var format: String = "text"
    @Option(help: ArgumentHelp("Lines per page of text (0: one page).", valueName: "N"))
    var pageLines = 60
    @Option(help: ArgumentHelp("Columns of text and markdown (default: the terminal's, else 80).", valueName: "N"))
    var width: Int?

    func validate() throws {
        guard CaseSheet.Format(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format \"\(format)\" is not available here; use one of: text, markdown, json.")
        }
        if pageLines < 0 || (1..<10).contains(pageLines) { throw ValidationError("--page-lines must be 0 or at least 10.") }
        if let width, width < 40 { throw ValidationError("--width must be at least 40.") }
    }

    func run() throws {
        let store = try StoreAccess.anyStore(options)
        let meta = try store.readMeta()
        let c: Case
        do { c = try store.load(id: caseID) } catch let e as StoreError {
            throw CLIError("no case \(caseID) could be read: \(e.description)", at: options.storePath())
        }
        let audit = try? store.audit(caseID: caseID)
        let columns = width ?? (Terminal.stdoutIsTerminal ? min(100, Terminal.stdoutColumns ?? 80) : 80)
        let sheet = CaseSheet.render(CaseSheet.Source(case: c, meta: meta, audit: audit, today: LocalClock.system.today),
                                     format: CaseSheet.Format(rawValue: format.lowercased()) ?? .text,
                                     width: columns, pageLines: pageLines)
        ByteOutput.standardOutput.write(bytes: Array(sheet.utf8))
    }
}
