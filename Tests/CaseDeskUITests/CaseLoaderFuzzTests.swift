import CaseCore
import CaseDemo
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 13.12: the case loader under a few thousand mutations of valid case files per run —
/// byte flips, truncation, huge numbers and dates, deep nesting, spliced and deleted slices,
/// a BOM, NULs and trailing garbage. The property: loading either gives a case that validation
/// accepts and that every screen can show and every report count, or fails with problems
/// naming the file and a JSON path; never a crash, never a hang.
///
/// One fixed seed (the same mutants every run) and one random seed (new ones every run). The
/// random seed is printed first, so a crash can be replayed: CASEDESK_FUZZ_SEED=N swift test
/// --filter CaseLoaderFuzzTests. A mutant that breaks the property is written to $TMPDIR.
@Suite struct CaseLoaderFuzzTests {
    static let fixedSeed: UInt64 = 0x13_12
    static let mutantsPerSeed = 1500

    @Test func fixedSeed() { run(seed: Self.fixedSeed) }

    @Test func randomSeed() {
        let seed = ProcessInfo.processInfo.environment["CASEDESK_FUZZ_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 1...UInt64.max)
        print("CaseLoaderFuzzTests: random seed \(seed) (replay: CASEDESK_FUZZ_SEED=\(seed) swift test --filter CaseLoaderFuzzTests)")
        run(seed: seed)
    }

    struct Tally { var loaded = 0, refused = 0, shown = 0 }

    func run(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let g = DemoGenerator(seed: 7, today: Fixture.today)
        let meta = g.meta
        let originals = (0..<12).map { CaseCodec.encodeBytes(g.makeCase(index: $0)) }
        var tally = Tally()
        let started = Date()
        for n in 0..<Self.mutantsPerSeed {
            let k = rng.int(0...(originals.count - 1))
            var bytes = originals[k]
            for _ in 0..<rng.int(1...3) { FuzzMutation.apply(&bytes, &rng) }
            let id = g.makeCase(index: k).id
            let file = "cases/\(id).json"
            let t0 = Date()
            let result: Result<Case, CaseFileError>
            do throws(CaseFileError) {
                result = .success(try CaseCodec.decode(data: Data(bytes), fileName: id, file: file))
            } catch { result = .failure(error) }
            let took = Date().timeIntervalSince(t0)
            func broken(_ why: String) {
                let dump = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-fuzz-\(seed)-\(n).json")
                try? Data(bytes).write(to: dump)
                Issue.record("seed \(seed), mutant \(n): \(why) (the file is at \(dump.path))")
            }
            if took > 2 { broken("loading took \(Int(took)) s") }
            switch result {
            case .success(let c):
                tally.loaded += 1
                let errors = CaseValidator.valueProblems(of: c).filter { !$0.isWarning }
                if !errors.isEmpty { broken("it loaded but validation refuses it: \(errors)"); continue }
                // Showing every mutant that loads would take minutes; most differ from the
                // original only inside a string. Show every one whose numbers or dates changed,
                // and one in eight of the rest.
                if c.revision != 0 || n % 8 == 0 || FuzzMutation.touchedNumbers(bytes, originals[k]) {
                    _ = CaseExercise.run(c, meta: meta, thorough: false)
                    tally.shown += 1
                }
            case .failure(let e):
                tally.refused += 1
                if e.problems.isEmpty { broken("refused without a problem") }
                for p in e.problems where p.file != file || !p.path.hasPrefix("$") || p.message.isEmpty {
                    broken("a problem that does not name the file and a JSON path: \(p)")
                }
            }
        }
        print("CaseLoaderFuzzTests: seed \(seed): \(Self.mutantsPerSeed) mutants, \(tally.loaded) loaded (\(tally.shown) shown on every screen and reported), \(tally.refused) refused with a path, in \(Int(Date().timeIntervalSince(started))) s")
        #expect(tally.loaded > 0 && tally.refused > 0, "the mutations should both keep and break files")
    }
}

/// The mutations of the loader fuzz test, each on the bytes of a valid case file.
enum FuzzMutation {
    static let numbers = ["9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308", "-0", "0.5",
                          "10000000000001", "10000000000000", "1000000000001", "1000001", "-1", "99999999999999999999999999"]
    static let dates = ["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2013-02-29",
                        "2012-02-29", "0000-00-00", "2026-13-01", "+2026-01-01"]
    static let bytesOfNote: [UInt8] = Array("0123456789\"{}[],:-.eE\\ntf".utf8) + [0x00, 0x1B, 0x7F, 0xC2, 0x9B, 0xFF, 0xEF, 0xBB, 0xBF]

    static func apply(_ b: inout [UInt8], _ rng: inout SeededRandom) {
        guard !b.isEmpty else { b = Array("{}".utf8); return }
        let at = rng.int(0...(b.count - 1))
        switch rng.int(0...9) {
        case 0: b[at] = rng.pick(bytesOfNote)
        case 1: b[at] ^= UInt8(1 << rng.int(0...7))
        case 2: b.removeSubrange(at...)                                   // truncated
        case 3: replaceToken(&b, &rng, isNumber: true, with: rng.pick(numbers))
        case 4: replaceToken(&b, &rng, isNumber: false, with: rng.pick(dates))
        case 5:                                                           // deep nesting where a value goes
            let depth = rng.pick([64, 511, 512, 513, 5000])
            let colon = b[at...].firstIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? at
            b.replaceSubrange(colon..<colon, with: Array(repeating: UInt8(ascii: "["), count: depth) + Array("1".utf8)
                              + Array(repeating: UInt8(ascii: "]"), count: depth) + Array(",".utf8))
        case 6:                                                           // a slice spliced elsewhere
            let len = rng.int(1...min(200, b.count - at))
            let slice = Array(b[at..<(at + len)])
            b.insert(contentsOf: slice, at: rng.int(0...b.count))
        case 7: b.removeSubrange(at..<min(b.count, at + rng.int(1...64)))
        case 8: b = rng.pick([[0xEF, 0xBB, 0xBF] + b, b + Array(" x".utf8), b + [0], [0] + b, b + b])
        default:                                                          // a key's value made huge or wrong-typed
            replaceToken(&b, &rng, isNumber: true, with: rng.pick(["null", "true", "\"\"", "[]", "{}", String(repeating: "9", count: 400)]))
        }
    }

    /// Replaces one number token (or one date string) chosen at random.
    static func replaceToken(_ b: inout [UInt8], _ rng: inout SeededRandom, isNumber: Bool, with text: String) {
        var spans: [Range<Int>] = []
        var i = 0
        while i < b.count {
            if isNumber, b[i] == UInt8(ascii: ":") {
                var s = i + 1
                while s < b.count, b[s] == 32 { s += 1 }
                var e = s
                while e < b.count, (48...57).contains(b[e]) || b[e] == UInt8(ascii: "-") { e += 1 }
                if e > s { spans.append(s..<e) }
                i = e
            } else if !isNumber, b[i] == UInt8(ascii: "\""), i + 11 < b.count, b[i + 5] == UInt8(ascii: "-"), b[i + 8] == UInt8(ascii: "-"),
                      b[i + 11] == UInt8(ascii: "\"") {
                spans.append((i + 1)..<(i + 11))
                i += 12
            } else { i += 1 }
        }
        guard !spans.isEmpty else { return }
        b.replaceSubrange(rng.pick(spans), with: Array(text.utf8))
    }

    /// Whether a number or a date differs between the mutant and its original (roughly: the
    /// digits and dashes of the two files differ).
    static func touchedNumbers(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        func digits(_ x: [UInt8]) -> [UInt8] { x.filter { (48...57).contains($0) || $0 == UInt8(ascii: "-") } }
        return digits(a) != digits(b)
    }
}
