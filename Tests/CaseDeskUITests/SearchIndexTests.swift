import CaseCore
import CaseDemo
import Testing
@testable import CaseDeskUI

/// The UI's filter must find exactly what CaseCore's CaseFilter finds.
@Suite struct SearchIndexTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let summaries: [CaseSummary] = {
        let g = DemoGenerator(seed: 3, today: today)
        return (0..<400).map { CaseSummary(g.makeCase(index: $0)) }
    }()

    static func expected(_ text: String) -> [Int] {
        CaseFilter(text: text).apply(to: summaries, context: QueryContext(today: today)).indices
    }

    @Test(arguments: ["o", "operation", "op ka", "es", "ñ", "drug", "zzzz", "cd-20", "-r1", "spain", "a e i"])
    func sameHitsAsCaseFilter(_ text: String) {
        let index = SearchIndex(Self.summaries)
        let hits = index.matching(TextQuery(text), candidates: nil)
        #expect(hits.indices.filter { hits[$0] } == Self.expected(text), "\(text)")
    }

    @Test func narrowingFromThePreviousHitsGivesTheSameResult() {
        let index = SearchIndex(Self.summaries)
        var previous: [Int]?
        var typed = ""
        for c in "operation k" {
            typed.append(c)
            let hits = index.matching(TextQuery(typed), candidates: previous)
            let found = hits.indices.filter { hits[$0] }
            #expect(found == Self.expected(typed), "\(typed)")
            previous = found
        }
    }

    /// A saved case's text replaced in place (longer, shorter, the same length, the first and
    /// the last case) is the index built afresh, and finds the new words and not the old.
    @Test func replacingOneCasesTextIsAFreshIndex() {
        var summaries = Self.summaries
        var index = SearchIndex(summaries)
        for (i, title) in [(0, "Operation Quokka and a much longer title than it had"), (399, "Q"), (200, "Operation Zebu"),
                           (17, String(repeating: "x", count: 5_000))] {
            var c = DemoGenerator(seed: 3, today: Self.today).makeCase(index: i)
            c.title = title
            summaries[i] = CaseSummary(c)
            index.replace(i, with: summaries[i].searchText)
            #expect(index == SearchIndex(summaries), "after replacing case \(i)")
        }
        let quokka = index.matching(TextQuery("quokka"), candidates: nil)
        #expect(quokka.indices.filter { quokka[$0] } == [0])
        #expect(!index.matching(TextQuery(Self.summaries[200].title), candidates: nil)[200])
    }

    /// Split over several threads, a sweep marks exactly what one thread marks, whatever
    /// the number of parts (more parts than summaries included).
    @Test(arguments: ["o", "operation", "es", "zzzz", "-r1", "a e i"])
    func sweepingInPartsFindsTheSame(_ text: String) {
        let index = SearchIndex(Self.summaries)
        let whole = index.matching(TextQuery(text), candidates: nil, parts: 1)
        for parts in [2, 3, 7, 401] {
            #expect(index.matching(TextQuery(text), candidates: nil, parts: parts) == whole, "\(parts) parts")
        }
    }

    @Test func aMatchNeverSpansTwoCases() {
        // The end of one case's text and the start of the next must not join into a match.
        let index = SearchIndex(Self.summaries)
        let a = Self.summaries[0].searchText.suffix(2), b = Self.summaries[1].searchText.prefix(2)
        let joined = String(decoding: a + b, as: UTF8.self)
        guard !joined.contains("\n"), !joined.contains(" ") else { return }
        let hits = index.matching(TextQuery(joined), candidates: nil)
        #expect(hits.indices.filter { hits[$0] } == Self.expected(joined))
    }

    /// Checking a word only in the hits so far, in parts (more parts than summaries included),
    /// marks what a sweep of every summary marks.
    @Test func checkingOnlyTheCandidatesInPartsFindsTheSame() {
        let index = SearchIndex(Self.summaries)
        let within = index.matching(TextQuery("o"), candidates: nil)
        for parts in [1, 2, 3, 401] {
            let hits = index.matching(words: TextQuery("operation k").words, within: within, parts: parts)
            #expect(hits.indices.filter { hits[$0] } == Self.expected("operation k"), "\(parts) parts")
        }
    }

    /// The vector search finds the first occurrence a byte-by-byte search finds, with matches
    /// dense enough that several of sixteen start positions are candidates at once.
    @Test func findGivesTheFirstOccurrence() {
        var rng = SeededRandom(seed: 9)
        let index = SearchIndex(texts: [Array("abababaabbbaaaab".utf8)])
        for _ in 0..<2_000 {
            let hay = (0..<rng.int(0...80)).map { _ in rng.pick(Array("aab-".utf8)) }
            let needle = (0..<rng.int(1...5)).map { _ in rng.pick(Array("ab-".utf8)) }
            let expected = hay.count < needle.count ? nil
                : (0...(hay.count - needle.count)).first { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
            let found = hay.withUnsafeBytes { h in
                needle.withUnsafeBytes { n in
                    SearchIndex.find(n, anchor: index.anchor(of: needle), in: h.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, length: h.count)
                }
            }
            #expect(found == expected, "\(needle) in \(hay)")
        }
        #expect(SearchIndex.laneBits(0xFF00_0000_0000_00FF) == 0b1000_0001)
    }
}

/// The filter's memo (issue 16.3): typing on and erasing gives exactly CaseFilter's hits, and
/// a query it has seen, or one whose words a remembered one already has, searches nothing.
@Suite struct FilterMemoTests {
    @Test func typingAndErasingGiveTheSameHitsAndErasingSearchesNothing() {
        let index = SearchIndex(SearchIndexTests.summaries)
        var memo = FilterMemo()
        var searches = 0
        func hits(_ text: String) -> [Int] {
            memo.hits(for: TextQuery(text)) { words, base in
                searches += 1
                return index.narrow(to: words, from: base)
            }.items.map(Int.init)
        }
        let typed = "operation kes"
        for n in 1...typed.count {
            let text = String(typed.prefix(n))
            #expect(hits(text) == SearchIndexTests.expected(text), "typed \(text)")
        }
        let afterTyping = searches
        #expect(afterTyping == typed.count - 1, "the space adds no word: nothing searched for it")
        for n in (1..<typed.count).reversed() {
            let text = String(typed.prefix(n))
            #expect(hits(text) == SearchIndexTests.expected(text), "erased to \(text)")
        }
        #expect(searches == afterTyping, "erasing searched again")
        #expect(hits("operation ope") == SearchIndexTests.expected("operation"))
        #expect(searches == afterTyping, "a word inside another searched")
        #expect(hits("operation zzzz").isEmpty)
        #expect(hits("kes operation") == SearchIndexTests.expected("kes operation"))
    }

    /// A longer query narrows the narrowest remembered query it narrows.
    @Test func narrowsTheNarrowestRememberedQuery() {
        let index = SearchIndex(SearchIndexTests.summaries)
        var memo = FilterMemo()
        var bases: [[[UInt8]]?] = []
        for text in ["o", "operation", "es", "operation ope es"] {
            let found = memo.hits(for: TextQuery(text)) { words, base in
                bases.append(base?.words)
                return index.narrow(to: words, from: base)
            }
            #expect(found.items.map(Int.init) == SearchIndexTests.expected(text), "\(text)")
        }
        let narrowest = ["o", "operation", "es"].min { SearchIndexTests.expected($0).count < SearchIndexTests.expected($1).count }!
        #expect(bases == [nil, [Array("o".utf8)], nil, [Array(narrowest.utf8)]])
    }

    @Test func keepsAtMostItsCapacity() {
        let index = SearchIndex(SearchIndexTests.summaries)
        var memo = FilterMemo()
        for n in 0..<(FilterMemo.capacity + 5) {
            _ = memo.hits(for: TextQuery("w\(n)")) { words, base in index.narrow(to: words, from: base) }
        }
        #expect(memo.entries.count == FilterMemo.capacity)
        memo.clear()
        #expect(memo.entries.isEmpty)
    }
}
