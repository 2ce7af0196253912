import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// `y` (copy an id, OSC 52) and `o` (the whole case in $PAGER) on the Cases, detail and board
/// screens, and the `options.clipboard` setting.
@Suite struct HandoffTests {
    @Test func yCopiesTheSelectedCaseIDWhenTheTerminalTakesOSC52() {
        var d = TestDriver()
        d.state.clipboard = .osc52
        let id = d.state.selectedCaseID ?? "none"
        d.press(CasesCommand.copyID)
        #expect(d.effects.last == .copyToClipboard(text: id))
        #expect(d.screen.contains("Copied the case id \(id) to the clipboard."))
    }

    @Test func yOnTheRequestsPaneCopiesTheRequestID() {
        var d = TestDriver()
        d.state.clipboard = .osc52
        d.command("open OCD-LON-0001")
        d.press(DetailCommand.back)
        d.press(CasesCommand.nextPane)
        d.press(CasesCommand.nextPane)
        #expect(d.state.cases.focus == .requests)
        let id = d.state.selectedSummaryIndex.map { d.state.summaries[$0].requests.first?.id } ?? nil
        d.press(CasesCommand.copyID)
        #expect(id != nil && d.effects.last == .copyToClipboard(text: id!))
    }

    @Test func yWhereTheClipboardIsOffSaysWhyAndCopiesNothing() {
        var d = TestDriver()
        d.state.clipboard = ClipboardMode.auto.access(term: "linux", environment: [:])
        let id = d.state.selectedCaseID ?? "none"
        d.press(CasesCommand.copyID)
        #expect(!d.effects.contains { if case .copyToClipboard = $0 { true } else { false } })
        #expect(d.state.message?.text.hasPrefix("Cannot copy \(id): this terminal is not known to take clipboard writes (OSC 52)") == true)
    }

    @Test func yOnTheBoardCopiesTheRequestAndOOpensItsCase() {
        var d = TestDriver()
        d.state.clipboard = .osc52
        d.press(GlobalCommand.board)
        d.press(BoardCommand.copyID)
        guard case .copyToClipboard(let id)? = d.effects.last else { Issue.record("nothing copied"); return }
        let row = BoardScreen.selectedRow(d.state)
        guard case .request(let ci, let ri)? = row else { Issue.record("no request selected"); return }
        #expect(id == d.state.summaries[ci].requests[ri].id)
        d.press(BoardCommand.pager)
        #expect(d.effects.last == .showInPager(caseID: d.state.summaries[ci].id))
    }

    @Test func oOnTheDetailScreenPagesThatCase() {
        var d = TestDriver()
        d.command("open OCD-LON-0001")
        d.press(DetailCommand.pager)
        #expect(d.effects.last == .showInPager(caseID: "OCD-LON-0001"))
    }

    @Test func theKeysAreInTheTablesHelpAndDocs() {
        let doc = KeyReference.markdown()
        #expect(doc.contains("| `y` | `cases.copyID` |"))
        #expect(doc.contains("| `o` | `detail.pager` |"))
        #expect(doc.contains("| `y` | `board.copyID` |"))
        #expect(doc.contains("options.clipboard"))
        var d = TestDriver()
        d.press(GlobalCommand.help)
        #expect(d.state.keys.cases.keys(for: .pager) == [.char("o")])
    }

    @Test func optionsClipboardIsReadAndKeyConfigLeavesIt() {
        let text = "options.clipboard = on\ncases.sort = s\noptions.clipboard = sometimes\noptions.colour = 3\n"
        let s = UISettings(text: text, file: "config")
        #expect(s.clipboard == .on)
        #expect(s.problems == ["config:3: options.clipboard is auto, on or off, not \"sometimes\"",
                               "config:4: there is no option \"colour\" (options: clipboard, mouse, counttimeout)"])
        #expect(KeyConfig(text: text, file: "config").problems.isEmpty)
    }

    @Test func thePagerIsLessRByDefaultAndStyledOnlyWhereItShowsStyles() {
        #expect(PagerLauncher.pager([:]) == ("less -R", true))
        #expect(PagerLauncher.pager(["PAGER": "more"]) == ("more", false))
        #expect(PagerLauncher.pager(["PAGER": "  "]) == ("less -R", true))
        #expect(PagerLauncher.pager(["PAGER": "/usr/bin/less -R -S"]) == ("/usr/bin/less -R -S", true))
    }

    @Test func thePagerGetsThePrivateFileAndItIsGoneAfter() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-pager-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        // A "pager" that copies what it was given, with the file's mode, then exits.
        let problem = PagerLauncher.show("the whole case\n", name: "OCD-LON-0001",
                                         command: "sh -c 'stat -c %a \"$0\" > \(out.path).mode; cp \"$0\" \(out.path); echo \"$0\" > \(out.path).name'",
                                         environment: ["PATH": "/usr/bin:/bin"])
        #expect(problem == nil)
        #expect(try String(contentsOf: out, encoding: .utf8) == "the whole case\n")
        #expect(try String(contentsOf: URL(fileURLWithPath: out.path + ".mode"), encoding: .utf8) == "600\n")
        let name = try String(contentsOf: URL(fileURLWithPath: out.path + ".name"), encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(name.hasSuffix("/OCD-LON-0001.txt"))
        #expect(!FileManager.default.fileExists(atPath: name))
        try? FileManager.default.removeItem(atPath: out.path + ".mode")
        try? FileManager.default.removeItem(atPath: out.path + ".name")
    }

    @Test func aPagerThatIsNotThereIsAMessage() {
        let problem = PagerLauncher.show("x", name: "C", command: "no-such-pager-here", environment: ["PATH": "/usr/bin:/bin"])
        #expect(problem == "cannot run the pager \"no-such-pager-here\" (not found; set $PAGER)")
    }
}
