import Foundation

/// The search folding (`SearchText`) of the Latin letters with accents, U+00A0 to U+024F,
/// one character at a time from a table made once with Foundation's own folding: a line
/// with "Zoë" or "Łukasz" in it no longer goes through Foundation's `folding` (4% of the CPU
/// of reading 100,000 generated case files). Those characters fold without regard to their
/// neighbours, so a line folded character by character is the line folded whole; a line
/// with any other character beyond ASCII (a combining accent, Greek, CJK) is left to
/// Foundation as before. `LatinFoldingTests` hold both to each other.
enum LatinFolding {
    static let first: UInt32 = 0xA0, last: UInt32 = 0x24F

    /// The folded, lower-cased UTF-8 of every character from `first` to `last`.
    static let table: [[UInt8]] = (first...last).map { foldedByFoundation(String(Character(Unicode.Scalar($0)!))) }

    static func foldedByFoundation(_ s: String) -> [UInt8] {
        Array(s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
    }

    /// Appends the folding of `line` (UTF-8, its ASCII letters already lower-cased) to `out`;
    /// false, leaving `out` as it was, when the line holds a character the table lacks.
    static func append(_ line: [UInt8], to out: inout [UInt8]) -> Bool {
        let start = out.count
        var i = 0
        let n = line.count
        while i < n {
            let c = line[i]
            if c < 0x80 { out.append(c); i += 1; continue }
            // Two-byte UTF-8 from C2 A0 (U+00A0) to C9 8F (U+024F).
            guard c >= 0xC2, c <= 0xC9, i + 1 < n else { out.removeSubrange(start...); return false }
            let v = UInt32(c & 0x1F) << 6 | UInt32(line[i + 1] & 0x3F)
            guard v >= first, v <= last else { out.removeSubrange(start...); return false }
            out.append(contentsOf: table[Int(v - first)])
            i += 2
        }
        return true
    }
}
