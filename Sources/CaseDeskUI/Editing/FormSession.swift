import Foundation
import CaseCore
import TerminalUI

/// A form on screen: the pure `EditForm`, the cursor of each input, which field has focus,
/// and the problems found on the last Enter. `base` is the version of the case the form was
/// opened on; its revision is the base of the save.
struct FormSession: Sendable, Equatable {
    var form: EditForm
    /// nil only for a new case.
    var base: Case?
    var inputs: [TextInputState]
    var focus = 0
    var problems: FormProblems?
    /// A failed save's reason (disk full, permission…): shown in the form, what was typed is kept.
    var saveError: String?
    /// True from Enter until the store answers; keys wait.
    var saving = false

    init(form: EditForm, base: Case?) {
        self.form = form
        self.base = base
        inputs = form.fields.map { TextInputState($0.text) }
    }

    var focusedField: EditField { form.fields[focus] }

    /// What a key does to the form: nothing more to do, submit, or cancel.
    enum Outcome: Equatable { case none, submit, cancel }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .submit
        case .tab:
            if !complete() { move(1) }
        case .down: move(1)
        case .backTab, .up: move(-1)
        default:
            if inputs[focus].edit(key: key) {
                form.fields[focus].text = inputs[focus].text
                // The message at this field was about the old text.
                problems?.problems.removeAll { $0.key == form.fields[focus].key }
                saveError = nil
            }
        }
        return .none
    }

    /// Pasted text goes into the focused field (line breaks become spaces, as TextInput does).
    mutating func paste(_ text: String) {
        inputs[focus].insert(text)
        form.fields[focus].text = inputs[focus].text
        problems?.problems.removeAll { $0.key == form.fields[focus].key }
        saveError = nil
    }

    mutating func move(_ by: Int) {
        focus = (focus + by + inputs.count) % inputs.count
    }

    /// Tab on a field with choices: completes the word being typed to the first candidate, so
    /// "spa" becomes "ES". Returns false when there is nothing to complete (Tab then moves on).
    mutating func complete() -> Bool {
        let field = form.fields[focus]
        let choices = field.kind.choiceList
        guard !choices.isEmpty else { return false }
        var items = field.text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let multi: Bool = if case .choices = field.kind { true } else { false }
        let last = (multi ? items.last ?? "" : field.text).trimmingCharacters(in: .whitespaces)
        guard !last.isEmpty, !choices.contains(where: { $0.value == last }),
              let best = Completion.candidates(last, in: choices, limit: 1).first else { return false }
        let text: String
        if multi {
            items[items.count - 1] = (items.count > 1 ? " " : "") + best.value
            text = items.joined(separator: ",")
        } else {
            text = best.value
        }
        inputs[focus].setText(text)
        form.fields[focus].text = text
        problems?.problems.removeAll { $0.key == field.key }
        return true
    }

    /// The candidates shown under a focused field with choices: "ES Spain · EE Estonia …".
    var completionLine: String? {
        let field = focusedField
        let choices = field.kind.choiceList
        guard !choices.isEmpty else { return field.kind.hint }
        let word: String
        if case .choices = field.kind {
            word = field.text.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        } else {
            word = field.text
        }
        let found = Completion.candidates(word, in: choices, limit: 6)
        if found.count == 1, found[0].value == word.trimmingCharacters(in: .whitespaces) { return "= " + found[0].display }
        if found.isEmpty { return "no match — " + (field.kind.hint ?? "") }
        return "Tab: " + found.map(\.display).joined(separator: " · ")
    }

    /// Puts the problems on the form and moves the focus to the first field that has one.
    mutating func show(_ p: FormProblems) {
        problems = p
        // The first field on screen with a problem, whatever order the rules found them in.
        if let i = p.problems.compactMap({ $0.key.flatMap(form.index(of:)) }).min() { focus = i }
    }

    var formLevelMessages: [String] {
        var out = problems?.problems.filter { p in p.key == nil || form.index(of: p.key!) == nil }.map(\.message) ?? []
        if let saveError { out.append(saveError) }
        return out
    }
}
