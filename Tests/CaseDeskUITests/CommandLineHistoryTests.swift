import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 18.4: `:sort COLUMN` with completion, and Up/Down history in `:` and `/`, kept across
/// sessions in the history file; a damaged history file never hangs, crashes or loses input.
@Suite struct CommandLineHistoryTests {
    /// The text on the command line, nil when it is not up.
    static func line(_ d: TestDriver) -> String? {
        if case .commandLine(let input)? = d.state.overlay { return input.text }
        return nil
    }

    var ids: (TestDriver) -> [String] = { d in d.state.cases.visible.map { d.state.summaries[$0].id } }

    @Test func sortByAColumnAndDirection() {
        var d = TestDriver()
        d.command("sort nextHearing desc")
        #expect(d.state.cases.sort == .nextHearing && !d.state.cases.ascending)
        #expect(d.state.message?.text == "Sorted by next hearing ↓.")
        let expected = CaseSort(.nextHearing, ascending: false).apply(Array(d.state.summaries.indices), of: d.state.summaries,
                                                                     context: d.state.queryContext, meta: d.state.meta)
        #expect(d.state.cases.visible == expected)
        d.command("sort TITLE")
        #expect(d.state.cases.sort == .title && d.state.cases.ascending)
    }

    @Test func sortSaysWhatIsWrong() {
        var d = TestDriver()
        d.command("sort owner")
        #expect(d.state.message?.kind == .error)
        #expect(d.state.message?.text.hasPrefix("\"owner\" is not a column to sort by here (one of: id title crimeTypes") == true)
        d.command("sort title sideways")
        #expect(d.state.message?.text == "\"sideways\" is not a direction: asc or desc.")
        d.command("sort")
        #expect(d.state.message?.text.hasPrefix("Which column? Usage: :sort COLUMN [asc|desc]") == true)
        #expect(d.state.cases.sort == .id)
    }

    @Test func sortOnTheBoard() {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        d.command("sort country desc")
        #expect(d.state.board.sort == .country && !d.state.board.ascending)
        d.press(GlobalCommand.commandLine)
        d.type("sort da")
        d.press(.tab)
        #expect(Self.line(d) == "sort daysOpen ")
    }

    @Test func tabCompletesColumnsThenTheDirection() {
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.type("so")
        d.press(.tab)
        #expect(Self.line(d) == "sort ")
        d.type("next")
        d.press(.tab)
        #expect(Self.line(d) == "sort next")
        #expect(d.state.message?.text == "nextHearing  nextDeadline")
        d.type("H")
        d.press(.tab)
        #expect(Self.line(d) == "sort nextHearing ")
        d.type("d")
        d.press(.tab)
        #expect(Self.line(d) == "sort nextHearing desc")
        d.press(.enter)
        #expect(d.state.cases.sort == .nextHearing && !d.state.cases.ascending)
    }

    @Test func upAndDownRecallCommandsStartingWithWhatWasTyped() {
        var d = TestDriver()
        d.command("sort title")
        d.command("open OCD-LON-0001")
        d.press(GlobalCommand.cases)
        d.press(GlobalCommand.commandLine)
        d.press(.up)
        #expect(Self.line(d) == "open OCD-LON-0001")
        d.press(.up)
        #expect(Self.line(d) == "sort title")
        d.press(.up)   // nothing older: stays
        #expect(Self.line(d) == "sort title")
        d.press(.down)
        d.press(.down)   // past the newest: what was typed (nothing)
        #expect(Self.line(d) == "")
        d.type("s")
        d.press(.up)
        #expect(Self.line(d) == "sort title")
        d.press(.down)
        #expect(Self.line(d) == "s")
    }

    @Test func upAndDownRecallFiltersAndCtrlNPMove() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("kes")
        d.press(.enter)
        d.press(CasesCommand.back)
        #expect(d.state.cases.filter.text.isEmpty)
        d.press(CasesCommand.filter)
        d.press(.up)
        #expect(d.state.cases.filter.text == "kes")
        #expect(ids(d) == ["OCD-LON-0001"])
        d.press(.down)
        #expect(d.state.cases.filter.text.isEmpty && d.state.cases.visible.count == 6)
        let row = d.state.cases.list.selected
        d.press(.ctrl("n"))
        #expect(d.state.cases.list.selected == row + 1)
        d.press(.ctrl("p"))
        #expect(d.state.cases.list.selected == row)
        #expect(d.state.cases.filterEditing)
    }

    /// The board's `/` shares the filters' history with the case list's.
    @Test func theBoardsFilterRecallsTheSameHistory() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("germany")
        d.press(.enter)
        d.press(GlobalCommand.board)
        d.press(BoardCommand.filter)
        d.press(.up)
        #expect(d.state.board.filter.text == "germany")
        #expect(d.state.board.filterEditing)
        d.press(.down)
        #expect(d.state.board.filter.text.isEmpty)
    }

    static func tempDir() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-history-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/state/casedesk/history"
        var first = TestDriver(files: UIFiles(historyPath: path))
        first.perform([.loadHistory])
        first.command("sort unit")
        first.press(CasesCommand.filter)
        first.type("wren")
        first.press(.enter)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ":sort unit\n/wren\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        var second = TestDriver(files: UIFiles(historyPath: path))
        second.perform([.loadHistory])
        second.press(GlobalCommand.commandLine)
        second.press(.up)
        #expect(Self.line(second) == "sort unit")
        second.press(.escape)
        second.press(CasesCommand.filter)
        second.press(.up)
        #expect(second.state.cases.filter.text == "wren")
    }

    @Test func historyIsBounded() {
        var h = InputHistory()
        for i in 0..<(InputHistory.limit + 20) { h.add("open \(i)", .command) }
        h.add("open 30", .command)   // typed again: moves to the end, not kept twice
        #expect(h.commands.count == InputHistory.limit)
        #expect(h.commands.first == "open 20" && h.commands.last == "open 30")
        #expect(h.commands.filter { $0 == "open 30" }.count == 1)
    }

    /// A FIFO, a link out, a directory or a file that is not a history file: the UI starts at
    /// once, says so once, keeps what is typed for the session, and never writes over it.
    @Test(arguments: ["fifo", "link", "directory", "garbage", "binary"])
    func aDamagedHistoryFileNeverHangsOrIsWrittenOver(_ kind: String) throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/history"
        let outside = dir + "/outside"
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o600) == 0)
        case "link":
            try ":open SECRET\n".write(toFile: outside, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        case "directory": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case "garbage": try ":open A\nnot a history line\n".write(toFile: path, atomically: false, encoding: .utf8)
        default: try Data([0x3A, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        }
        let before = try? Data(contentsOf: URL(fileURLWithPath: kind == "link" ? outside : path))
        var d = TestDriver(files: UIFiles(historyPath: path))
        d.perform([.loadHistory])
        #expect(d.state.message?.kind == .error)
        #expect(d.state.message?.text.hasPrefix("History is kept for this session only: \(path)") == true, "\(d.state.message?.text ?? "")")
        d.command("sort title")
        #expect(d.state.cases.sort == .title)
        d.press(GlobalCommand.commandLine)
        d.press(.up)
        #expect(Self.line(d) == "sort title")
        if kind != "fifo", kind != "directory" {
            let after = try? Data(contentsOf: URL(fileURLWithPath: kind == "link" ? outside : path))
            #expect(after == before)
        }
        if kind == "link" {
            let dest = try FileManager.default.destinationOfSymbolicLink(atPath: path)
            #expect(dest == outside)
        }
    }
}
