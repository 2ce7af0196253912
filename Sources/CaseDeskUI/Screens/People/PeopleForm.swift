import CaseCore
import TerminalUI

/// The form of the People and units screen: add a person or a unit, rename one, or confirm a
/// retirement. What it makes is a `MetaChange`, checked by CaseCore's own rules
/// (`MetaChange.apply`, the ones `casedesk people`/`units` and the store use) before it is
/// sent, so a refusal is said in the form as typed; the store checks again under its lock.
struct PeopleForm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case addPerson, addUnit
        case rename(PeopleSubject)
        case retire(PeopleSubject)
    }

    var kind: Kind
    var fields: FormState
    /// Why the change was not made (CaseCore's refusal, or the store's).
    var problem: String?
    /// Sent to the store; the answer closes the form or puts the refusal in it.
    var saving = false
    /// The retirement's Yes/No; No first, as a retirement is not undone.
    var dialog = DialogState(selected: 1)

    init(_ kind: Kind) {
        self.kind = kind
        switch kind {
        case .addPerson:
            fields = FormState([FormField("Id", placeholder: "e.g. asharma2"), FormField("Name"),
                                FormField("Role", hint: Self.spellings(PersonRole.self))])
        case .addUnit:
            fields = FormState([FormField("Id", placeholder: "e.g. OCD-MAN"), FormField("Name"),
                                FormField("Kind", hint: Self.spellings(UnitKind.self))])
        case .rename(let s):
            fields = FormState([FormField("Name", value: s.name, hint: "\(s.noun) \(s.id); the id stays")])
        case .retire:
            fields = FormState([])
        }
    }

    /// Why the form's change cannot be made, in a sentence.
    struct Problem: Error, Equatable {
        var text: String
        init(_ text: String) { self.text = text }
    }

    static func spellings<V: Vocabulary>(_ type: V.Type) -> String { type.allCases.map(\.label).joined(separator: ", ") }

    var title: String {
        switch kind {
        case .addPerson: "Add a person"
        case .addUnit: "Add a unit"
        case .rename(let s): "Rename \(s.noun) \(s.id)"
        case .retire(let s): "Retire \(s.noun) \(s.id)"
        }
    }

    func retireQuestion(today: Day) -> String {
        guard case .retire(let s) = kind else { return "" }
        let stays = s.noun == "person" ? "They stay on their cases, by name, marked retired" : "Its cases keep it, marked retired"
        return "Retire \(s.id) “\(s.name)” from \(today.iso)? \(stays); pickers stop offering it. Ids are never reused."
    }

    private func text(_ i: Int) -> String { fields.fields[i].value.trimmingCharacters(in: .whitespaces) }

    /// The change the form asks for, checked against `meta` by CaseCore's rules; or what is wrong.
    func change(meta: StoreMeta, today: Day) -> Result<MetaChange, Problem> {
        let change: MetaChange
        switch kind {
        case .addPerson:
            guard let role = Self.resolve(text(2), PersonRole.self) else {
                return .failure(Problem("Role: \(text(2).isEmpty ? "choose one" : "“\(text(2))” is not a role"); \(Self.spellings(PersonRole.self))."))
            }
            change = .addPerson(Person(id: text(0), name: text(1), role: role))
        case .addUnit:
            guard let kind = Self.resolve(text(2), UnitKind.self) else {
                return .failure(Problem("Kind: \(text(2).isEmpty ? "choose one" : "“\(text(2))” is not a kind of unit"); \(Self.spellings(UnitKind.self))."))
            }
            change = .addUnit(Unit(id: text(0), name: text(1), kind: kind))
        case .rename(.person(let id, _, _)): change = .renamePerson(id: id, name: text(0))
        case .rename(.unit(let id, _, _)): change = .renameUnit(id: id, name: text(0))
        case .retire(.person(let id, _, _)): change = .retirePerson(id: id, on: today)
        case .retire(.unit(let id, _, _)): change = .retireUnit(id: id, on: today)
        }
        do { _ = try change.apply(to: meta) } catch { return .failure(Problem(error.description.prefix(1).uppercased() + error.description.dropFirst() + ".")) }
        return .success(change)
    }

    /// A vocabulary value from what was typed: its spelling or label, or a prefix only one has
    /// (CaseCore's `Completion`, as every form field with choices reads them).
    static func resolve<V: Vocabulary>(_ text: String, _ type: V.Type) -> V? {
        Completion.resolve(text, in: Choice.of(type)).flatMap(V.init(rawValue:))
    }
}

extension PeopleScreen {
    /// Keys while the form is up: Tab/↑↓ between fields, Enter checks then sends the change,
    /// Esc cancels; the retirement asks Yes/No.
    static func formKey(_ state: inout AppState, _ form: PeopleForm, _ key: Key) -> [Effect] {
        var form = form
        if form.saving { return [] }   // the store's answer comes next
        if case .retire = form.kind {
            let widget = Dialog(title: form.title, message: form.retireQuestion(today: state.today), kind: .confirm, state: form.dialog)
            switch form.dialog.handle(key, for: widget) {
            case .chosen(0)?: return submit(&state, form)
            case .chosen?, .cancelled?:
                state.overlay = nil
                state.message = Message(text: "Nothing retired.", kind: .info)
            case nil: state.overlay = .people(form)
            }
            return []
        }
        switch key {
        case .escape:
            state.overlay = nil
            state.message = Message(text: "Nothing saved.", kind: .info)
            return []
        case .enter: return submit(&state, form)
        default:
            if form.fields.handle(.key(key)) { form.problem = nil }
            state.overlay = .people(form)
            return []
        }
    }

    static func formPaste(_ state: inout AppState, _ form: PeopleForm, _ text: String) {
        var form = form
        guard !form.saving else { return }
        form.fields.handle(.paste(text))
        state.overlay = .people(form)
    }

    private static func submit(_ state: inout AppState, _ form: PeopleForm) -> [Effect] {
        var form = form
        guard let meta = state.meta else { return [] }
        switch form.change(meta: meta, today: state.today) {
        case .failure(let why):
            form.problem = why.text
            state.overlay = .people(form)
            return []
        case .success(let change):
            form.saving = true
            form.problem = nil
            state.overlay = .people(form)
            return [.changeMeta(change)]
        }
    }

    static func renderForm(_ state: AppState, _ form: PeopleForm, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        let width = min(area.width - 2, 72)
        let problem = form.problem.map { Line.wrapped("✗ " + $0, width: width - 4, role: .error) } ?? []
        if case .retire = form.kind {
            var question = form.retireQuestion(today: state.today)
            if let p = form.problem { question = "✗ " + p }
            if form.saving { question += " Saving…" }
            Dialog(title: form.title, message: question, kind: .confirm, state: form.dialog).render(into: &buffer, area: area, theme: t)
            return
        }
        OverlayView.formBox(&buffer, body: area, width: width, title: form.title, form: Form(state: form.fields), under: problem,
                            keys: form.saving ? " Saving…" : " Enter saves · Esc cancels · Tab/↑↓ fields", theme: t)
    }
}
