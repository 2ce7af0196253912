@testable import CaseCore

/// The case, store and edit context the form suites (EditingFormTests, EditingRequestTests,
/// EditingDeadlineFormTests, RequestLifecycleTests, RetiredChoiceTests) build on, and the
/// steps they share: open a part's form, type into a field, read its problems, save it.
enum FormFixture {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let context = EditContext(today: today, now: Timestamp(seconds: 1_795_000_000), user: "pshah")
    static let meta = StoreMeta(name: "Test", units: [Unit(id: "OCD-LON", name: "OCD London", kind: .organisedCrimeDivision)],
                                people: [Person(id: "pshah", name: "Priya Shah", role: .prosecutor),
                                         Person(id: "tokafor", name: "Tunde Okafor", role: .liaisonProsecutor)])

    static func sample() -> Case {
        Case(id: "OCD-1", title: "Operation Kestrel", unit: "OCD-LON", lawyer: "pshah", crimeTypes: [.drugTrafficking],
             status: .charged, opened: Day(iso: "2025-03-01")!,
             defendants: [Defendant(id: "D1", name: "Alan Marsh", custody: .onBail,
                                    charges: [Charge(offence: "Conspiracy to supply", legislation: "MDA 1971 s.4(3)")])],
             hearings: [Hearing(date: Day(iso: "2026-12-01")!, court: "Southwark Crown Court", type: .plea)],
             requests: [InternationalRequest(id: "OCD-1-R1", kind: .mla, direction: .outgoing, country: "ES",
                                             legalBasis: "coe1959", status: .sent,
                                             history: [StatusChange(status: .draft, date: Day(iso: "2026-01-02")!),
                                                       StatusChange(status: .sent, date: Day(iso: "2026-01-10")!)],
                                             sent: Day(iso: "2026-01-10")!)],
             revision: 3, updated: Timestamp(seconds: 1_790_000_000))
    }

    static func form(_ part: CasePart, _ c: Case = sample()) -> EditForm {
        CaseForms.form(for: part, in: c, meta: meta)!
    }

    static func set(_ form: inout EditForm, _ key: String, _ text: String) {
        form.fields[form.index(of: key)!].text = text
    }

    static func problems(_ form: EditForm) -> [String: String] {
        guard case .failure(let p) = form.edit(today: today) else { return [:] }
        var out: [String: String] = [:]
        for x in p.problems { out[x.key ?? "form"] = x.message }
        return out
    }

    static func saved(_ form: EditForm, _ c: Case = sample()) throws -> Case {
        try form.edit(today: today).get().apply(to: c, context: context)
    }
}
