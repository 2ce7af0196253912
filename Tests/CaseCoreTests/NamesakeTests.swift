import Testing
@testable import CaseCore

/// Issue 18.10: two people with the same name are told apart wherever names are shown.
@Suite struct NamesakeTests {
    let meta = StoreMeta(name: "Test", units: [], people: [
        Person(id: "asharma", name: "Anil Sharma", role: .prosecutor),
        Person(id: "asharma2", name: "Anil Sharma", role: .prosecutor),
        Person(id: "sosei", name: "Sarah Osei", role: .prosecutor),
    ])

    @Test func namesakesCarryTheirIDOthersDoNot() {
        #expect(meta.personName("asharma") == "Anil Sharma (asharma)")
        #expect(meta.personName("asharma2") == "Anil Sharma (asharma2)")
        #expect(meta.personName("sosei") == "Sarah Osei")
        #expect(meta.personName("nobody") == "nobody")
    }

    /// Issue 16: `list` names 100,000 lawyers from a table worked out once; it must say
    /// what `personName` says for everyone (a person listed twice under one id is no namesake).
    @Test func theTableOfNamesSaysWhatPersonNameSays() {
        var meta = self.meta
        meta.people.append(Person(id: "sosei", name: "Sarah Osei", role: .caseworker))
        meta.people.append(Person(id: "jdoe", name: "ANIL SHARMA", role: .caseworker))
        let names = meta.personNames()
        for p in meta.people { #expect(names[p.id] == meta.personName(p.id), "\(p.id)") }
        #expect(names.count == 4)
        #expect(names["nobody"] == nil)
    }

    @Test func aBreakdownByLawyerNeverHasTwoRowsThatReadTheSame() {
        let labels = ["asharma", "asharma2", "sosei"].map { ReportRowKey.lawyer($0).label(meta: meta) }
        #expect(Set(labels).count == 3)
    }

    @Test func pickersTellThemApart() {
        let labels = Choice.people(meta).map(\.label)
        #expect(labels.contains("Anil Sharma (asharma) (Prosecutor)"))
        #expect(labels.contains("Anil Sharma (asharma2) (Prosecutor)"))
    }
}
