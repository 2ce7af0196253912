import Foundation
import Testing
@testable import CaseCore

/// Shared fixtures for the JSON, codec, validation and store tests.
enum Fixtures {
    static let day = Day(year: 2013, month: 2, day: 1)!
    static let fixedClock: @Sendable () -> Timestamp = { Timestamp(seconds: 1_764_000_000) }

    static let meta = StoreMeta(name: "Test store",
                                units: [Unit(id: "OCD-LON", name: "Organised Crime Division London", kind: .organisedCrimeDivision)],
                                people: [Person(id: "P1", name: "A Prosecutor", role: .prosecutor),
                                         Person(id: "L1", name: "A Liaison", role: .liaisonProsecutor)])

    static func sampleCase(_ id: String = "C-1") -> Case {
        Case(id: id, urn: "01AB2345613", title: "Operation Kestrel", summary: "Cocaine importation via Rotterdam.\nSecond line.",
             unit: "OCD-LON", lawyer: "P1", crimeTypes: [.drugTrafficking, .moneyLaundering], status: .charged,
             sensitivity: .officialSensitive, opened: day,
             defendants: [Defendant(id: "D1", name: "Zoë Smith", dateOfBirth: Day(year: 1980, month: 5, day: 6),
                                    nationality: "ES", custody: .inCustody,
                                    charges: [Charge(offence: "Conspiracy to supply a controlled drug of Class A",
                                                     legislation: "Misuse of Drugs Act 1971 s.4(3)", count: 2)],
                                    confiscation: Confiscation(stage: .restraint, restraintDate: day, benefitPence: 150_000_00)),
                          Defendant(id: "D2", name: "John Doe", custody: .abroad)],
             hearings: [Hearing(date: day.adding(days: 30), court: "Southwark Crown Court", type: .plea)],
             requests: [InternationalRequest(id: "\(id)-R1", kind: .mla, direction: .outgoing, country: "NL",
                                             authority: "Landelijk Parket", legalBasis: "coe1959",
                                             assistance: ["bankRecords", "witnessStatement"], urgent: true, status: .acknowledged,
                                             history: [StatusChange(status: .draft, date: day),
                                                       StatusChange(status: .sent, date: day.adding(days: 2)),
                                                       StatusChange(status: .acknowledged, date: day.adding(days: 9))],
                                             sent: day.adding(days: 2), due: day.adding(days: 60), lastChased: day.adding(days: 20),
                                             chases: [Chase(date: day.adding(days: 20), by: "L1", note: "called")],
                                             liaison: "L1", defendant: "D2")],
             notes: [Note(at: Timestamp(seconds: 1_360_000_000), author: "P1", text: "Advice given \"quoted\" \u{1}")],
             revision: 0, updated: Timestamp(seconds: 1_360_000_000))
    }

    static func tempDir() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-test-" + UUID().uuidString)
    }

    /// A new store in a fresh temp directory; the caller removes `store.directory`.
    static func newStore() throws -> JSONDirectoryStore {
        try JSONDirectoryStore.create(at: tempDir(), meta: meta, clock: fixedClock)
    }

    static func remove(_ store: JSONDirectoryStore) { try? FileManager.default.removeItem(at: store.directory) }

    static func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
}

@Suite struct StoreSupportTests {
    @Test func sampleCaseIsValid() {
        #expect(CaseValidator.problems(of: Fixtures.sampleCase(), meta: Fixtures.meta) == [])
    }
}
