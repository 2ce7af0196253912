import Foundation
import Testing
@testable import CaseCore

/// Two store instances on one directory stand in for two processes: flock locks belong to
/// the open file description, so two instances exclude each other as two processes would.
@Suite struct StoreConcurrencyTests {
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var successes = 0
        private(set) var stale = 0
        private(set) var other: [String] = []
        private(set) var revisions: [Int] = []
        func record(_ body: () -> Void) { lock.lock(); body(); lock.unlock() }
        func success(_ r: Int) { record { successes += 1; revisions.append(r) } }
        func refusedStale() { record { stale += 1 } }
        func failed(_ e: Error) { record { other.append("\(e)") } }
    }

    @Test func racingSavesOfOneCaseNeverLoseAnUpdate() throws {
        let first = try Fixtures.newStore()
        defer { Fixtures.remove(first) }
        let second = JSONDirectoryStore(directory: first.directory, clock: Fixtures.fixedClock)
        _ = try first.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let tally = Tally()
        let stores = [first, second]
        let rounds = 40
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let store = stores[k]
            for n in 0..<rounds {
                do {
                    var c = try store.load(id: "C-1")
                    let base = c.revision
                    c.summary = "writer \(k) round \(n)"
                    let saved = try store.save(c, baseRevision: base, user: "w\(k)", action: "update")
                    tally.success(saved.revision)
                } catch StoreError.staleRevision {
                    tally.refusedStale()
                } catch {
                    tally.failed(error)
                }
            }
        }
        #expect(tally.other == [])
        #expect(tally.successes + tally.stale == 2 * rounds)
        #expect(tally.successes >= rounds)
        // Every success moved the revision by exactly one: the revisions seen are 2...N+1.
        #expect(tally.revisions.sorted() == Array(2...(tally.successes + 1)))
        #expect(try first.revisionOnDisk(id: "C-1") == tally.successes + 1)
        #expect(try first.audit(caseID: "C-1").entries.count == tally.successes + 1)
    }

    @Test func racingSavesOfDifferentCasesAllLand() throws {
        let first = try Fixtures.newStore()
        defer { Fixtures.remove(first) }
        let second = JSONDirectoryStore(directory: first.directory, clock: Fixtures.fixedClock)
        let stores = [first, second]
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            for n in 0..<25 {
                do {
                    _ = try stores[k].save(Fixtures.sampleCase("W\(k)-\(n)"), baseRevision: nil, user: "w\(k)", action: "create")
                    tally.success(1)
                } catch {
                    tally.failed(error)
                }
            }
        }
        #expect(tally.other == [])
        let snap = try first.open { _, _ in }
        #expect(snap.summaries.count == 50)
        let log = try first.audit(caseID: nil)
        #expect(log.entries.count == 50)
        #expect(log.skipped.isEmpty)
    }
}
