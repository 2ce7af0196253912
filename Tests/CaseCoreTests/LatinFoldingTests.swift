import Foundation
import Testing
@testable import CaseCore
@testable import CaseDemo

/// The table of `LatinFolding` gives what Foundation's folding gives: for every character it
/// holds, and for lines mixing them with ASCII as names and offences do.
@Suite struct LatinFoldingTests {
    static func viaTable(_ s: String) -> [UInt8]? {
        let lowered = s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var out: [UInt8] = []
        return LatinFolding.append(lowered, to: &out) ? out : nil
    }

    @Test func everyCharacterOfTheTableFoldsAsFoundationFoldsIt() {
        for v in LatinFolding.first...LatinFolding.last {
            let s = String(Character(Unicode.Scalar(v)!))
            // Beside ASCII letters of both cases, as in a name.
            for line in [s, "a\(s)b", "Z\(s)\(s)Q", "\(s) O'Brien"] {
                #expect(Self.viaTable(line) == LatinFolding.foldedByFoundation(line), "U+\(String(v, radix: 16)) in \(line)")
            }
        }
    }

    @Test func linesOfNamesFoldAsFoundationFoldsThem() {
        var rng = DemoRandom(seed: 5)
        let letters = (LatinFolding.first...LatinFolding.last).map { String(Character(Unicode.Scalar($0)!)) }
            + ["a", "Z", " ", "-", "'", "0"]
        for _ in 0..<3000 {
            let line = (0..<rng.int(1...12)).map { _ in letters[rng.int(0...(letters.count - 1))] }.joined()
            #expect(Self.viaTable(line) == LatinFolding.foldedByFoundation(line), "\(line)")
        }
        for name in ["Zoë Ångström", "ÉLODIE DUBOIS", "Łukasz Wiśniewski", "Ørsted Ærø", "Straße", "İlker Çelik"] {
            #expect(Self.viaTable(name) == LatinFolding.foldedByFoundation(name), "\(name)")
        }
    }

    /// Beyond the table (a combining accent, Greek, CJK): not folded here, left to Foundation.
    @Test func charactersBeyondTheTableAreLeftToFoundation() {
        for line in ["e\u{301}", "Ωmega", "東京", "ǅ\u{1F600}"] {
            var out: [UInt8] = [1, 2]
            #expect(!LatinFolding.append(Array(line.utf8), to: &out) && out == [1, 2], "\(line)")
        }
        #expect(SearchText.fold("Zoë e\u{301} Ωmega") == String(decoding: LatinFolding.foldedByFoundation("Zoë e\u{301} Ωmega"), as: UTF8.self))
    }
}
