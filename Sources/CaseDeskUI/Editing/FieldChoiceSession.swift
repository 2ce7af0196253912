import CaseCore
import TerminalUI

/// "Reload and reapply my edit" when both users changed the same fields: each field with
/// their value and this user's, theirs chosen until the user picks mine (t / m, ←/→), so that
/// nothing of theirs is replaced without being seen. Enter saves the merge on their version.
struct FieldChoiceSession: Sendable, Equatable {
    /// The dialog this came from, to go back to on Esc.
    var conflict: ConflictSession
    /// This user's edit re-applied on their version (mine wherever both changed a field).
    var merged: Case
    var conflicts: [FieldConflict]
    /// Per conflict: true keeps mine, false theirs.
    var keepMine: [Bool]
    var selected = 0
    /// Why the last Enter saved nothing (the merge is not a valid case).
    var problem: String?

    init(conflict: ConflictSession, merged: Case, conflicts: [FieldConflict]) {
        self.conflict = conflict; self.merged = merged; self.conflicts = conflicts
        keepMine = Array(repeating: false, count: conflicts.count)
    }

    enum Outcome: Equatable { case none, save, back }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"), .tab: selected = min(conflicts.count - 1, selected + 1)
        case .char("m"), .right, .char("l"): keepMine[selected] = true
        case .char("t"), .left, .char("h"): keepMine[selected] = false
        case .char(" "): keepMine[selected].toggle()
        case .enter: return .save
        case .escape: return .back
        default: break
        }
        return .none
    }

    /// The paths where theirs was kept.
    var theirPaths: [String] { zip(conflicts, keepMine).filter { !$0.1 }.map(\.0.path) }

    /// "title: mine, urn: theirs".
    var summary: String {
        zip(conflicts, keepMine).map { "\($0.0.path): \($0.1 ? "mine" : "theirs")" }.joined(separator: ", ")
    }
}

extension Editing {
    /// Keys of the per-field choice.
    static func fieldChoiceKey(_ state: inout AppState, _ session: FieldChoiceSession, _ key: Key) -> [Effect] {
        var s = session
        switch s.handle(key) {
        case .none:
            state.overlay = .editing(.fieldChoice(s))
            return []
        case .back:
            state.overlay = .editing(.conflict(s.conflict))
            return []
        case .save:
            let theirs = s.conflict.theirs
            let result: Case
            do throws(CaseFileError) {
                result = try FieldMerge.keepingTheirs(s.theirPaths, theirs: theirs, in: s.merged)
            } catch {
                s.problem = error.problems.map(\.description).joined(separator: "; ")
                state.overlay = .editing(.fieldChoice(s))
                return []
            }
            var same = result
            same.revision = theirs.revision; same.updated = theirs.updated
            if same == theirs {
                state.overlay = nil
                state.message = Message(text: "Kept their version of \(theirs.id) (revision \(theirs.revision)): every field you changed, they changed too, and you kept theirs.",
                                        kind: .info)
                return []
            }
            let problems = blockingProblems(result, state)
            guard problems.isEmpty else {
                s.problem = problems.map(\.description).joined(separator: "; ")
                state.overlay = .editing(.fieldChoice(s))
                return []
            }
            state.overlay = nil
            // Where mine replaces theirs, their revision is kept in the store's history.
            let keep = s.keepMine.contains(true)
            state.editing.inFlight = SaveInFlight(before: theirs, mine: result, edit: s.conflict.edit, form: nil,
                                                  what: "Merged with their change (\(s.summary))",
                                                  keptRevision: keep ? theirs.revision : nil)
            let purpose = SavePurpose.edit(.form)
            return [keep ? .saveKeeping(result, baseRevision: theirs.revision, action: "update", purpose: purpose)
                         : .save(result, baseRevision: theirs.revision, action: "update", purpose: purpose)]
        }
    }

    static func fieldChoice(_ state: AppState, _ s: FieldChoiceSession, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        let width = min(area.width - 2, 100)
        let who = s.conflict.byWhom.map { " " + $0 } ?? ""
        var lines = Line.wrapped("Their change (revision \(s.conflict.base.revision) → \(s.conflict.theirs.revision)\(who)) and yours both set these fields.",
                                 width: width - 4, role: .muted)
        for (i, c) in s.conflicts.enumerated() {
            let here = i == s.selected
            lines.append(Line(spans: [Span(text: here ? "› " : "  ", role: .title), Span(text: c.path, role: here ? .title : .text)]))
            for (mine, value) in [(false, c.theirs), (true, c.mine)] {
                let mark = s.keepMine[i] == mine ? "(•)" : "( )"
                let label = mine ? "mine:   " : "theirs: "
                let text = TextLayout.truncate(Sanitizer.visible(value ?? "(absent)"), to: max(8, width - 20))
                lines.append(Line(spans: [Span(text: "    \(mark) \(label)", role: s.keepMine[i] == mine ? .title : .muted),
                                          Span(text: text, role: .text)]))
            }
        }
        if let p = s.problem { lines += Line.wrapped("✗ Not saved: " + p, width: width - 4, role: .error) }
        let height = min(area.height, lines.count + 3)
        let inner = OverlayView.box(&buffer, body: area, width: width, height: height,
                                    title: "Both changed \(s.conflicts.count) field\(s.conflicts.count == 1 ? "" : "s") of \(s.conflict.theirs.id): choose per field",
                                    theme: t)
        let top = max(0, s.selected * 3 + 3 - (inner.height - 1))
        TextLines.draw(lines, into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1),
                       scroll: top, theme: t)
        buffer.put(" t theirs · m mine · ↑↓ field · Enter saves · Esc back", x: inner.x, y: inner.maxY - 1,
                   maxWidth: inner.width, style: t[.muted])
    }
}
