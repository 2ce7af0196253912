import Testing
@testable import CaseCore

/// A retired person or unit is not offered for new work (the pickers of the case, task,
/// chase and request forms), yet a case that already names them keeps them: its form shows
/// the name marked retired and saves unchanged. (docs/decisions.md, "Retired people and units")
@Suite struct RetiredChoiceTests {
    static let meta = StoreMeta(name: "Test", units: [
        Unit(id: "OCD-LON", name: "OCD London", kind: .organisedCrimeDivision),
        Unit(id: "OCD-OLD", name: "OCD Old Street", kind: .organisedCrimeDivision, retired: Day(iso: "2026-01-31")!),
    ], people: [
        Person(id: "pshah", name: "Priya Shah", role: .prosecutor),
        Person(id: "sosei", name: "Sam Osei", role: .prosecutor, retired: Day(iso: "2026-06-30")!),
        Person(id: "tokafor", name: "Tunde Okafor", role: .liaisonProsecutor),
    ])

    static func choices(_ form: EditForm, _ key: String) -> [String] {
        form.fields[form.index(of: key)!].kind.choiceList.map(\.value)
    }

    @Test func retiredPeopleAndUnitsAreNotOfferedForNewWork() {
        let form = CaseForms.form(for: .case, in: nil, meta: Self.meta)!
        #expect(Self.choices(form, "lawyer") == ["pshah", "tokafor"])
        #expect(Self.choices(form, "unit") == ["OCD-LON"])
        let task = CaseForms.form(for: .task(id: nil), in: FormFixture.sample(), meta: Self.meta)!
        #expect(Self.choices(task, "assignee") == ["pshah", "tokafor"])
        var typed = form
        FormFixture.set(&typed, "title", "Operation Wren")
        FormFixture.set(&typed, "id", "OCD-9")
        FormFixture.set(&typed, "lawyer", "sosei")
        guard case .failure(let p) = typed.edit(today: FormFixture.today) else { Issue.record("a retired lawyer was accepted"); return }
        #expect(p.problems.contains { $0.key == "lawyer" })
    }

    @Test func aCaseThatNamesARetiredPersonKeepsThemAndSavesUnchanged() {
        var c = FormFixture.sample()
        c.lawyer = "sosei"
        c.unit = "OCD-OLD"
        let form = CaseForms.form(for: .case, in: c, meta: Self.meta)!
        #expect(Self.choices(form, "lawyer") == ["pshah", "sosei", "tokafor"])
        #expect(form.fields[form.index(of: "lawyer")!].kind.choiceList.first { $0.value == "sosei" }?.label.contains("retired") == true)
        #expect(Self.choices(form, "unit") == ["OCD-LON", "OCD-OLD"])
        guard case .success(let edit) = form.edit(today: FormFixture.today) else { Issue.record("the unchanged form was refused"); return }
        let saved = try? edit.apply(to: c, context: FormFixture.context)
        #expect(saved?.lawyer == "sosei" && saved?.unit == "OCD-OLD")
    }
}
