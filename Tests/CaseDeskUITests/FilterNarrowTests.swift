import CaseCore
import CaseDemo
import Testing
@testable import CaseDeskUI

/// The case list's filter narrowed key by key (issue 16.3): after every key, typed or erased,
/// the hits are exactly those of a plain scan of every summary's text, and each hit's
/// remembered positions are where its words first occur.
@Suite struct FilterNarrowTests {
    /// The demo's cases, some retitled with accents, capitals and repeated letters to fold.
    static let summaries: [CaseSummary] = {
        let g = DemoGenerator(seed: 7, today: SearchIndexTests.today)
        let titles = ["Opération Késtrel", "ÑOÑO and Straße", "Øresund oper opera operation", "Ça va, CAFÉ", "aaaa aab aba"]
        return (0..<300).map { i in
            var c = g.makeCase(index: i)
            if i % 7 == 0 { c.title = titles[(i / 7) % titles.count] }
            return CaseSummary(c)
        }
    }()

    static func scan(_ text: String) -> [Int] {
        let q = TextQuery(text)
        return summaries.indices.filter { q.matches(summaries[$0]) }
    }

    static func items(_ f: SearchIndex.Found) -> [Int] { f.items.map(Int.init) }

    /// Random typing: letters of the store's own words, accented and capital letters, spaces;
    /// erasing one or several characters and typing on, sometimes the same text again.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func everyKeyGivesWhatAPlainScanGives(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let index = SearchIndex(Self.summaries)
        var memo = FilterMemo()
        let sources = ["operation kestrel", "OPÉRATION", "straße", "ñoño", "øre", "café ça", "patel fraud", "drug supply",
                       "aab aaaa", "cd-20", "murphy es", "r v", "zzq"]
        var typed = ""
        for _ in 0..<400 {
            switch rng.int(0...9) {
            case 0...5:
                let source = Array(rng.pick(sources))
                typed.append(rng.chance(0.8) && !source.isEmpty ? source[rng.int(0...(source.count - 1))] : rng.pick([" ", "e", "É", "o"]))
            case 6...7:
                typed.removeLast(min(typed.count, rng.int(1...3)))
            case 8:
                typed = String(rng.pick(sources).prefix(rng.int(0...6)))
            default:
                typed += " " + rng.pick(sources).prefix(rng.int(1...4))
            }
            let query = TextQuery(typed)
            guard !query.isEmpty else { continue }
            let found = memo.hits(for: query) { words, base in index.narrow(to: words, from: base, parts: rng.int(1...3)) }
            #expect(Self.items(found) == Self.scan(typed), "seed \(seed), typed \"\(typed)\"")
        }
    }

    /// Each hit's position of each word is that word's first occurrence in the hit's text,
    /// however the result was reached (from scratch, or narrowed from a word inside it).
    @Test func positionsAreFirstOccurrences() {
        let index = SearchIndex(Self.summaries)
        let pairs: [(from: String, to: String)] = [("o", "operation"), ("ration", "operation"), ("ab", "aab"), ("a", "aaaa"),
                                                   ("per", "operation kes"), ("kes op", "operation kestrel"), ("ñ", "ñoño")]
        for (from, to) in pairs {
            let base = index.narrow(to: SearchIndex.essential(TextQuery(from).words), from: nil)
            for found in [index.narrow(to: SearchIndex.essential(TextQuery(to).words), from: base),
                          index.narrow(to: SearchIndex.essential(TextQuery(to).words), from: nil)] {
                #expect(Self.items(found) == Self.scan(to), "\(from) -> \(to)")
                for (k, item) in found.items.enumerated() {
                    let text = Self.summaries[Int(item)].searchText
                    for (w, word) in found.words.enumerated() {
                        let at = Int(found.at[k * found.words.count + w]) - index.starts[Int(item)]
                        #expect(SearchIndex.offset(of: word, in: text) == at, "\(to): item \(item), word \(w)")
                    }
                }
            }
        }
    }

    /// Split over several threads (more parts than candidates included), narrowing finds the same.
    @Test func narrowingInPartsFindsTheSame() {
        let index = SearchIndex(Self.summaries)
        let base = index.narrow(to: [Array("o".utf8)], from: nil)
        for parts in [1, 2, 3, 7, 1_000] {
            #expect(index.narrow(to: [Array("op".utf8)], from: base, parts: parts) == index.narrow(to: [Array("op".utf8)], from: base),
                    "\(parts) parts")
            #expect(Self.items(index.narrow(to: [Array("e".utf8)], from: nil, parts: parts)) == Self.scan("e"))
        }
    }

    @Test func wordsInsideOthersAreDropped() {
        func essential(_ s: String) -> [String] {
            SearchIndex.essential(TextQuery(s).words).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(essential("operation ope") == ["operation"])
        #expect(essential("kes kes ") == ["kes"])
        #expect(essential("ab ba aba") == ["aba"])
        #expect(essential("es op") == ["es", "op"])
    }
}
