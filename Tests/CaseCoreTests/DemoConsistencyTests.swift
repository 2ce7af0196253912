import Testing
@testable import CaseCore
@testable import CaseDemo

/// The rules of `domain.md` that a demo case must keep, checked independently of the store's
/// validator so that the generator is tested on its own terms.
enum DemoConsistency {
    static func problems(in c: Case, meta: StoreMeta, today: Day) -> [String] {
        var p: [String] = []
        func check(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { p.append(message()) } }

        check(Case.isValidID(c.id), "id \(c.id) is not a valid id")
        check(!c.crimeTypes.isEmpty, "no crime type")
        check(meta.unit(c.unit) != nil, "unknown unit \(c.unit)")
        check(c.lawyer.map { meta.person($0)?.role == .prosecutor } ?? true, "lawyer is not a prosecutor")
        check(c.caseworker.map { meta.person($0) != nil } ?? true, "unknown caseworker")
        check(c.opened <= today, "opened in the future")
        check(c.updated.day <= today && c.updated.day >= c.opened, "updated \(c.updated) outside opened...today")
        check(!c.title.isEmpty && !c.summary.isEmpty, "empty title or summary")

        let allOutcomes = !c.defendants.isEmpty && c.defendants.allSatisfy { $0.outcome != nil }
        check((c.status == .finalised) == (c.finalised != nil), "finalised date and status disagree")
        if c.status == .finalised {
            check(allOutcomes, "finalised with a defendant who has no outcome")
            check(c.requests.allSatisfy { !$0.status.isOpen }, "finalised with an open request")
        }
        if let f = c.finalised { check(f == c.defendants.compactMap { $0.outcome?.date }.max(), "finalised is not the last outcome") }
        if c.status >= .awaitingSentence {
            check(c.defendants.contains { $0.outcome?.category.isConviction == true }, "\(c.status) with no conviction")
        }

        check(Set(c.defendants.map(\.id)).count == c.defendants.count, "defendant ids repeat")
        for d in c.defendants {
            check(!d.charges.isEmpty, "\(d.id) has no charges")
            check(d.nationality.map(Countries.isKnown) ?? true, "\(d.id) unknown nationality \(d.nationality ?? "")")
            check(Set(d.charges.compactMap(\.count)).count == d.charges.count, "\(d.id) counts repeat")
            if let o = d.outcome { check(o.date >= c.opened && o.date <= today, "\(d.id) outcome \(o.date) outside opened...today") }
            if d.sentence != nil { check(d.outcome?.category.isConviction == true, "\(d.id) sentenced without conviction") }
            if let s = d.sentence, s.suspended == true { check((s.custodialMonths ?? 0) <= 24, "\(d.id) suspended over 2 years") }
            for o in d.ancillaryOrders {
                check(d.outcome?.category.isConviction == true, "\(d.id) order without conviction")
                check(o.made <= today && o.made >= (d.outcome?.date ?? o.made), "\(d.id) order made \(o.made) out of order")
                check(o.expires.map { $0 > o.made } ?? true, "\(d.id) order expires before it is made")
            }
            if let k = d.confiscation {
                for v in [k.benefitPence, k.availablePence, k.orderPence, k.recoveredPence].compactMap({ $0 }) {
                    check(v >= 0, "\(d.id) negative money")
                }
                if let o = k.orderPence, let b = k.benefitPence { check(o <= b, "\(d.id) order above benefit") }
                if let r = k.recoveredPence, let o = k.orderPence { check(r <= o, "\(d.id) recovered above order") }
                if k.stage >= .orderMade {
                    check(k.orderPence != nil && k.orderDate != nil, "\(d.id) \(k.stage) without an order")
                    check(d.outcome?.category.isConviction == true, "\(d.id) order without conviction")
                }
                if k.stage == .satisfied { check(k.recoveredPence == k.orderPence, "\(d.id) satisfied but not recovered") }
                if let od = k.orderDate {
                    check(od <= today && od >= (d.outcome?.date ?? od), "\(d.id) order date \(od) out of order")
                }
                if let rd = k.restraintDate { check(rd >= c.opened && rd <= today, "\(d.id) restraint date out of range") }
            }
        }
        check(zip(c.hearings, c.hearings.dropFirst()).allSatisfy { $0.date <= $1.date }, "hearings out of date order")
        if c.status == .finalised { check(c.hearings.allSatisfy { $0.date <= today || $0.type == .extradition }, "finalised with a future hearing") }
        if c.status == .awaitingTrial { check(c.hearings.contains { $0.type == .trial && $0.date > today }, "awaiting trial with no trial date") }
        for n in c.notes { check(meta.person(n.author) != nil && n.at.day <= today, "bad note \(n)") }

        for r in c.requests {
            let w = "request \(r.id)"
            check(!r.history.isEmpty, "\(w) has no history")
            check(r.history.last?.status == r.status, "\(w) history ends at \(String(describing: r.history.last?.status)), status \(r.status)")
            check(zip(r.history, r.history.dropFirst()).allSatisfy { $0.status.mayPrecede($1.status) }, "\(w) history out of lifecycle order")
            check(zip(r.history, r.history.dropFirst()).allSatisfy { $0.date <= $1.date }, "\(w) history dates go backwards")
            check(r.history.allSatisfy { $0.date >= c.opened && $0.date <= today }, "\(w) history outside opened...today")
            check(r.sent == r.history.first { $0.status == .sent }?.date, "\(w) sent is not the date of the sent entry")
            if let s = r.sent, let due = r.due { check(due > s, "\(w) due before sent") }
            let chases = r.chases ?? []
            check(r.lastChased == chases.map(\.date).max(), "\(w) lastChased is not the newest chase")
            check(chases.allSatisfy { $0.date >= (r.sent ?? $0.date) && $0.date <= today }, "\(w) chase outside sent...today")
            check(zip(chases, chases.dropFirst()).allSatisfy { $0.date <= $1.date }, "\(w) chases out of order")
            check(r.liaison.map { meta.person($0)?.role == .liaisonProsecutor } ?? true, "\(w) liaison is not a liaison prosecutor")
            check(r.defendant.map { id in c.defendants.contains { $0.id == id } } ?? true, "\(w) names an unknown defendant")
            check(Countries.isKnown(r.country), "\(w) unknown country \(r.country)")
            if r.kind == .europeanArrestWarrant || r.kind == .europeanInvestigationOrder { check(r.legalBasis == "eu2000", "\(w) EU instrument outside eu2000") }
        }
        return p
    }
}

@Suite struct DemoConsistencyTests {
    /// The checker itself must catch what it claims to: a broken case gives problems.
    @Test func checkerFindsBrokenCases() {
        let today = DemoGeneratorTests.today
        let g = DemoGenerator(seed: 3, today: today)
        var c = g.makeCase(index: 6) // finalised, with requests in the coverage band
        #expect(DemoConsistency.problems(in: c, meta: g.meta, today: today).isEmpty)
        c.finalised = nil
        c.unit = "NOPE"
        let problems = DemoConsistency.problems(in: c, meta: g.meta, today: today)
        #expect(problems.contains("unknown unit NOPE"))
        #expect(problems.contains("finalised date and status disagree"))
    }
}
