import Foundation
import Testing
@testable import CaseCore
@testable import CaseDemo

/// The scanner's shortcut and the full decode agree: every summary the scanner gives equals
/// the one built from the full decode, field by field, and a file the full decode refuses
/// never gets a summary from the scanner.
@Suite struct SummaryScannerTests {
    static let today = Day(year: 2026, month: 11, day: 29)!

    /// What opening a store makes of the bytes: the full decode's summary, or nil when damaged.
    static func full(_ bytes: [UInt8], _ id: String) -> CaseSummary? {
        bytes.withUnsafeBufferPointer { b in
            (try? CaseCodec.decode(bytes: b, fileName: id, file: nil).case).map(CaseSummary.init)
        }
    }

    static func scanned(_ bytes: [UInt8], _ id: String) -> CaseSummary? {
        bytes.withUnsafeBufferPointer { SummaryScanner.summary(of: $0, fileName: id) }
    }

    @Test func knowsExactlyTheModelsKeys() {
        func names<K: CaseIterable>(_: K.Type) -> [String] { K.allCases.map { "\($0)" } }
        #expect(names(SummaryScanner.CaseKey.self) == ModelKeys.case.keys)
        #expect(names(SummaryScanner.DefendantKey.self) == ModelKeys.defendant.keys)
        #expect(names(SummaryScanner.ChargeKey.self) == ModelKeys.charge.keys)
        #expect(names(SummaryScanner.OutcomeKey.self) == ModelKeys.outcome.keys)
        #expect(names(SummaryScanner.SentenceKey.self) == ModelKeys.sentence.keys)
        #expect(names(SummaryScanner.OrderKey.self) == ModelKeys.ancillaryOrder.keys)
        #expect(names(SummaryScanner.ConfiscationKey.self) == ModelKeys.confiscation.keys)
        #expect(names(SummaryScanner.CTLKey.self) == ModelKeys.custodyTimeLimit.keys)
        #expect(names(SummaryScanner.ExtensionKey.self) == ModelKeys.ctlExtension.keys)
        #expect(names(SummaryScanner.EndKey.self) == ModelKeys.ctlEnd.keys)
        #expect(names(SummaryScanner.HearingKey.self) == ModelKeys.hearing.keys)
        #expect(names(SummaryScanner.RequestKey.self) == ModelKeys.request.keys)
        #expect(names(SummaryScanner.StatusKey.self) == ModelKeys.statusChange.keys)
        #expect(names(SummaryScanner.ChaseKey.self) == ModelKeys.chase.keys)
        #expect(names(SummaryScanner.NoteKey.self) == ModelKeys.note.keys)
        #expect(names(SummaryScanner.TaskKey.self) == ModelKeys.task.keys)
        #expect(names(SummaryScanner.DoneKey.self) == ModelKeys.taskDone.keys)
    }

    @Test func everyDemoCaseGivesTheFullDecodesSummary() {
        for seed: UInt64 in [1, 7] {
            let g = DemoGenerator(seed: seed, today: Self.today)
            for n in 0..<400 {
                let c = g.makeCase(index: n)
                let bytes = CaseCodec.encodeBytes(c)
                let expected = Self.full(bytes, c.id)
                #expect(expected != nil, "demo case \(c.id) does not decode")
                let got = Self.scanned(bytes, c.id)
                #expect(got != nil, "the scanner gave up on demo case \(c.id) (seed \(seed))")
                #expect(got == expected, "summaries differ for demo case \(c.id) (seed \(seed))")
            }
        }
    }

    /// Keys in another order than CaseDesk writes them (sorted, as another tool may write
    /// them) and no white space: the same summaries, and still read by the scanner.
    @Test func keysInAnotherOrderGiveTheFullDecodesSummary() throws {
        let g = DemoGenerator(seed: 2, today: Self.today)
        for n in 0..<200 {
            let c = g.makeCase(index: n)
            let sorted = JSONWriter.compact(try JSONParser.parse(Data(CaseCodec.encodeBytes(c))))
            let expected = Self.full(sorted, c.id)
            #expect(expected != nil, "demo case \(c.id) with sorted keys does not decode")
            let got = Self.scanned(sorted, c.id)
            #expect(got != nil, "the scanner gave up on demo case \(c.id) with sorted keys")
            #expect(got == expected, "summaries differ for demo case \(c.id) with sorted keys")
        }
    }

    /// Demo cases reshaped at random: many defendants and requests, absent optionals, empty
    /// lists, accents, and escapes in the texts the scanner steps over.
    @Test func randomShapesGiveTheFullDecodesSummary() {
        var rng = DemoRandom(seed: 16)
        let g = DemoGenerator(seed: 3, today: Self.today)
        var shortcut = 0
        let total = 600
        for n in 0..<total {
            let c = Self.reshape(g.makeCase(index: n), &rng)
            let bytes = CaseCodec.encodeBytes(c)
            guard let expected = Self.full(bytes, c.id) else {
                Issue.record("reshaped case \(c.id) does not decode")
                continue
            }
            let got = Self.scanned(bytes, c.id)
            if got != nil { shortcut += 1 }
            #expect((got ?? expected) == expected, "summaries differ for reshaped case \(c.id)")
        }
        // Escapes in kept strings (a quote and a tab in a title) are decoded, not given up on.
        #expect(shortcut == total, "the scanner read only \(shortcut) of \(total) cases")
    }

    static func reshape(_ c: Case, _ rng: inout DemoRandom) -> Case {
        var c = c
        func coin() -> Bool { rng.int(0...1) == 1 }
        if coin() { c.urn = nil }
        if coin() { c.lawyer = nil; c.caseworker = nil }
        if rng.int(0...20) == 0 { c.title = "Operation \"Quote\"\tTab" }
        c.summary = "Line one\nline \"two\" \\ back\u{1}slash \u{1F600} é"
        if coin(), let d = c.defendants.first {
            for k in 0..<rng.int(1...25) {
                var e = d
                e.id = "X\(k)"
                e.name = ["Zoë Ångström", "ÉLODIE DUBOIS", "Łukasz Wiśniewski", "O'Brien", ""][k % 5]
                e.charges = (0..<rng.int(0...12)).map { Charge(offence: "Offence \($0) ç", legislation: "Act \"s.1\"", count: $0) }
                if coin() { e.dateOfBirth = nil; e.nationality = nil; e.sentence = nil }
                c.defendants.append(e)
            }
        }
        for k in c.requests.indices {
            if coin() { c.requests[k].chases = c.requests[k].chases.map { _ in [] } }
            c.requests[k].note = "Chased \"again\"\n\u{7}"
            c.requests[k].assistance = ["a\\b", "c\"d", ""]
        }
        if coin() { c.notes = [] }
        c.notes = c.notes.map { var x = $0; x.text += "\n\t\"quoted\" ✓"; return x }
        if coin() { c.hearings = c.hearings.reversed() }
        return c
    }

    /// A file the full decode refuses never gets a summary from the scanner, and one it
    /// accepts gets the same summary: bytes changed, removed, doubled; values swapped for null,
    /// fractions, negatives, unknown keys, repeated keys, bad dates and bad UTF-8.
    @Test func changedBytesNeverGetASummaryTheFullDecodeWouldNotGive() {
        var rng = DemoRandom(seed: 99)
        let g = DemoGenerator(seed: 5, today: Self.today)
        let edits: [(String, String)] = [
            ("\"revision\": ", "\"revision\": -"), ("\"revision\": ", "\"revision\": 1.5, \"x\": "),
            ("\"urn\": ", "\"urn\": null, \"u\": "), ("\"opened\": \"", "\"opened\": \"2013-02-30\", \"o\": \""),
            ("\"title\": ", "\"title\": \"a\", \"title\": "), ("\"id\": \"D1\"", "\"id\": \"D1\", \"id\": \"D2\""),
            ("\"custody\": \"", "\"custody\": \"x"), ("\"updated\": \"", "\"updated\": \"1899"),
            ("\"date\": \"", "\"date\": \"1800-01-01\", \"z\": \""), ("\"count\": ", "\"count\": 01"),
            ("\"name\": \"", "\"name\": \"\u{FFFD}"), ("[\n", "[\n  ,"), ("\"sentence\": {", "\"sentence\": {\"zz\": 1, "),
            ("\"status\": \"", "\"status\": \"sent"), ("\"chases\": [", "\"chases\": [{}, "),
            ("\"lastChased\": \"", "\"lastChased\": \"2001-01-01\", \"q\": \""), ("\"crimeTypes\": [", "\"crimeTypes\": []"),
            ("\"defendants\": [", "\"defendants\": [1, "), ("\"orderPence\": ", "\"orderPence\": 1e3, \"y\": "),
        ]
        var changed = 0
        for n in 0..<300 {
            let c = g.makeCase(index: n)
            let clean = CaseCodec.encodeBytes(c)
            for _ in 0..<8 {
                var bytes = clean
                switch rng.int(0...5) {
                case 0: bytes[rng.int(0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: rng.int(0...255))
                case 1: bytes.remove(at: rng.int(0...(bytes.count - 1)))
                case 2: let k = rng.int(0...(bytes.count - 1)); bytes.insert(bytes[k], at: k)
                case 3: bytes[rng.int(0...(bytes.count - 1))] = Array("\"{}[],:0-.\\ntfu".utf8)[rng.int(0...14)]
                case 4: bytes = Array(bytes.prefix(rng.int(0...(bytes.count - 1))))
                default:
                    let (from, to) = edits[rng.int(0...(edits.count - 1))]
                    let text = String(decoding: bytes, as: UTF8.self)
                    guard let r = text.range(of: from) else { continue }
                    bytes = Array(text.replacingCharacters(in: r, with: to).utf8)
                }
                if bytes == clean { continue }
                changed += 1
                let expected = Self.full(bytes, c.id)
                let got = Self.scanned(bytes, c.id)
                if let got { #expect(got == expected, "the scanner read a changed \(c.id) differently from the full decode") }
            }
        }
        #expect(changed > 1500)
    }

    /// The search text is folded part by part; it must be the folded parts joined, each part
    /// once (a part folded alike to an earlier one, such as a co-defendant's offence or
    /// nationality, adds nothing a search could find).
    @Test func searchTextIsTheFoldingOfTheJoinedParts() {
        var rng = DemoRandom(seed: 4)
        let g = DemoGenerator(seed: 2, today: Self.today)
        for n in 0..<300 {
            let c = Self.reshape(g.makeCase(index: n), &rng)
            var parts = [c.id, c.title] + (c.urn.map { [$0] } ?? [])
            for d in c.defendants {
                parts.append(d.name)
                if let n = d.nationality { parts += [n, Countries.name(of: n) ?? ""] }
                parts += d.charges.map(\.offence)
            }
            for r in c.requests { parts += [r.id, r.country, Countries.name(of: r.country) ?? ""] }
            var seen: Set<String> = [], distinct: [String] = []
            for p in parts.map(SearchText.fold) where seen.insert(p).inserted { distinct.append(p) }
            #expect(CaseSummary(c).searchText == Array(distinct.joined(separator: "\n").utf8))
        }
    }

    @Test func badUTF8IsLeftToTheFullParser() {
        let c = DemoGenerator(seed: 1, today: Self.today).makeCase(index: 3)
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]] {
            var text = Array(String(decoding: CaseCodec.encodeBytes(c), as: UTF8.self).replacingOccurrences(
                of: "\"summary\": \"", with: "\"summary\": \"@").utf8)
            let at = text.firstIndex(of: UInt8(ascii: "@"))!
            text.replaceSubrange(at...at, with: bad)
            #expect(Self.scanned(text, c.id) == nil)
            #expect(Self.full(text, c.id) == nil)
        }
    }

    @Test func utf8CheckJudgesAsSwiftDoes() {
        var rng = DemoRandom(seed: 8)
        let pieces: [[UInt8]] = [[0x41], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0],
                                 [0xE0, 0x80], [0xED, 0xBF], [0xF4, 0x90], [0xF5], [0xFF], [0xC2], [0xE1, 0x80], [0xEF]]
        for _ in 0..<20000 {
            var b: [UInt8] = []
            for _ in 0..<rng.int(0...6) { b += pieces[rng.int(0...(pieces.count - 1))] }
            let swift = String(validating: b, as: UTF8.self) != nil
            #expect(b.withUnsafeBufferPointer(UTF8Check.isValid) == swift, "\(b)")
        }
    }
}
