import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// `E`: the case as JSON in $EDITOR. The reducer asks for `.runEditor(text:)`; the test plays
/// the editor by answering `.editorFinished` with the text it "saved".
@Suite struct EditingEditorTests {
    static func started() throws -> (TestDriver, String) {
        var d = TestDriver.editing()
        d.press(CasesCommand.editJSON)
        guard case .runEditor(let text, let purpose)? = d.effects.last else {
            Issue.record("no editor was run: \(d.effects.suffix(2))")
            throw CancellationError()
        }
        #expect(purpose == .caseJSON)
        return (d, text)
    }

    @Test func theCaseGoesToTheEditorAsItsFileText() throws {
        let (_, text) = try Self.started()
        #expect(text == String(decoding: CaseCodec.encode(Fixture.kestrel), as: UTF8.self))
    }

    @Test func aValidEditIsSaved() throws {
        var (d, text) = try Self.started()
        d.send(.editorFinished(purpose: .caseJSON, result: .finished(text: text.replacingOccurrences(of: "Operation Kestrel", with: "Operation Falcon"), status: 0)))
        #expect(d.kestrel.title == "Operation Falcon" && d.kestrel.revision == 5)
        #expect(d.messageText == "Edited as JSON: title — OCD-LON-0001 saved (revision 5).")
        // The renamed case left the filtered list: undo asks first.
        d.press(CasesCommand.undo)
        d.press(.char("y"))
        #expect(d.kestrel.title == "Operation Kestrel")
    }

    @Test func badJSONListsItsProblemsAndCanBeReopenedOnTheSameText() throws {
        var (d, text) = try Self.started()
        let broken = text.replacingOccurrences(of: "\"title\": \"Operation Kestrel\",", with: "\"title\": \"Operation Kestrel\"")
        d.send(.editorFinished(purpose: .caseJSON, result: .finished(text: broken, status: 0)))
        guard case .editing(.editorProblems(let e))? = d.state.overlay else {
            Issue.record("no problems dialog")
            return
        }
        #expect(e.problems.first?.line != nil && e.problems.first?.column != nil)
        #expect(d.screen.contains("problem"))
        #expect(d.screen.contains("▶ 1 Reopen the editor on the same text ◀"))
        #expect(d.kestrel.revision == 4)
        d.press(.char("1"))
        #expect(d.effects.last == .runEditor(text: broken, purpose: .caseJSON))
    }

    @Test func invalidValuesAreProblemsAtTheirPathsAndDiscardLeavesTheStore() throws {
        var (d, text) = try Self.started()
        let bad = text.replacingOccurrences(of: "\"custody\": \"onBail\"", with: "\"custody\": \"onHoliday\"")
            .replacingOccurrences(of: "\"OCD-LON\"", with: "\"NOWHERE\"")
        d.send(.editorFinished(purpose: .caseJSON, result: .finished(text: bad, status: 0)))
        guard case .editing(.editorProblems(let e))? = d.state.overlay else {
            Issue.record("no problems dialog")
            return
        }
        #expect(e.problems.contains { $0.path == "$.defendants[1].custody" })
        d.press(.char("2"))
        #expect(d.state.overlay == nil)
        #expect(d.messageText == "Discarded; OCD-LON-0001 is unchanged.")
        #expect(d.kestrel == Fixture.kestrel)
    }

    @Test func theIDCannotBeChangedAndAQuitEditorSavesNothing() throws {
        var (d, text) = try Self.started()
        let renamed = text.replacingOccurrences(of: "\"id\": \"OCD-LON-0001\"", with: "\"id\": \"OCD-LON-0777\"")
        d.send(.editorFinished(purpose: .caseJSON, result: .finished(text: renamed, status: 0)))
        guard case .editing(.editorProblems(let e))? = d.state.overlay else {
            Issue.record("a changed id was accepted")
            return
        }
        #expect(e.problems.contains { $0.path == "$.id" })
        d.press(.escape)
        d.press(CasesCommand.editJSON)
        d.send(.editorFinished(purpose: .caseJSON, result: .finished(text: "", status: 1)))
        #expect(d.messageText == "The editor exited with status 1; nothing was saved.")
        d.press(CasesCommand.editJSON)
        d.send(.editorFinished(purpose: .caseJSON, result: .finished(text: text, status: 0)))
        #expect(d.messageText == "No change; nothing saved.")
        #expect(d.kestrel.revision == 4)
    }

    @Test func theLauncherUsesAPrivateFileAndRemovesIt() {
        // The "editor" writes the file's permissions and directory into the file itself.
        let env = ["EDITOR": "sh -c 'stat -c %a \"$0\" > \"$0.tmp\"; dirname \"$0\" >> \"$0.tmp\"; mv \"$0.tmp\" \"$0\"'", "PATH": "/usr/bin:/bin"]
        guard case .finished(let out, let status) = EditorLauncher.edit("{}", name: "OCD-1", environment: env) else {
            Issue.record("the editor did not run")
            return
        }
        let lines = out.split(separator: "\n").map(String.init)
        #expect(status == 0)
        #expect(lines.first == "600")
        #expect(lines.count == 2 && !FileManager.default.fileExists(atPath: lines[1]))
        // VISUAL wins over EDITOR.
        let visual = ["VISUAL": "sh -c 'echo visual > \"$0\"'", "EDITOR": "false", "PATH": "/usr/bin:/bin"]
        #expect(EditorLauncher.edit("x", name: "c", environment: visual) == .finished(text: "visual\n", status: 0))
    }

    @Test func theEditorRunsInTheTerminalsForegroundGroupWithItsArguments() {
        // An editor put in a process group of its own is stopped (SIGTTIN) when it reads a key:
        // it must run in ours. "$EDITOR" with arguments is split by the shell.
        let env = ["EDITOR": "sh -c 'cut -d\" \" -f5 /proc/self/stat > \"$0\"'", "VISUAL": "", "PATH": "/usr/bin:/bin"]
        guard case .finished(let out, let status) = EditorLauncher.edit("{}", name: "OCD-1", environment: env) else {
            Issue.record("the editor did not run")
            return
        }
        #expect(status == 0)
        #expect(Int32(out.trimmingCharacters(in: .whitespacesAndNewlines)) == getpgrp())
    }
}
