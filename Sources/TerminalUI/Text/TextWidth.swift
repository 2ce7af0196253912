/// Display width in terminal columns: the one place where it is decided.
///
/// Width is decided per grapheme cluster (Swift `Character`), from its scalars:
/// - a cluster of only zero-width scalars (combining marks, format characters) is 0;
/// - a cluster whose first scalar is East Asian Wide/Fullwidth (CJK, emoji presentation) is 2,
///   so a ZWJ sequence (👨‍👩‍👧) or a skin-tone sequence counts once, not per scalar;
/// - a pair of regional indicators (a flag) is 2;
/// - VS16 (U+FE0F, emoji presentation) makes a narrow base 2, VS15 (U+FE0E) makes it 1;
/// - everything else is 1.
/// The public functions measure what `Buffer.put` draws, i.e. the *visible* form of the text
/// (`Sanitizer.visible`), so a control character counts as its one-column symbol.
public enum TextWidth {
    /// Columns `s` takes when drawn.
    public static func of(_ s: String) -> Int {
        if let n = asciiPrintableCount(s) { return n }
        var total = 0
        for ch in Sanitizer.visible(s) { total += cluster(ch) }
        return total
    }

    /// Columns `c` takes when drawn (its visible form when it is a control character).
    public static func of(_ c: Character) -> Int {
        if let a = c.asciiValue, a >= 0x20, a < 0x7F { return 1 }
        if Sanitizer.isSafe(c) { return cluster(c) }
        return of(String(c))
    }

    /// Width of a cluster already known to be safe to draw (no control characters).
    static func cluster(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        let v = first.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        // Single-scalar clusters are by far the most common: decide without walking further.
        guard let second = it.next() else { return scalarWidth(v) }
        var width = scalarWidth(v)
        if isRegionalIndicator(v), isRegionalIndicator(second.value) { return 2 }
        var next: Unicode.Scalar? = second
        while let s = next {
            switch s.value {
            case 0xFE0F: if width == 1 { width = 2 }
            case 0xFE0E: if width == 2 { width = 1 }
            default: if width == 0 { width = scalarWidth(s.value) }
            }
            next = it.next()
        }
        return width
    }

    /// Width of a lone scalar: 0, 1 or 2.
    static func scalarWidth(_ v: UInt32) -> Int {
        if v < 0x300 { return v < 0x20 || (0x7F...0x9F).contains(v) ? 0 : 1 }
        if contains(WidthTables.zero, v) { return 0 }
        if v >= 0x1100, contains(WidthTables.wide, v) { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }

    /// Binary search over sorted, non-overlapping ranges.
    static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count - 1
        if hi < 0 || v < table[0].lowerBound || v > table[hi].upperBound { return false }
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let r = table[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// The length of `s` when it is all printable ASCII (one column per byte), else nil.
    static func asciiPrintableCount(_ s: String) -> Int? {
        var n = 0
        for b in s.utf8 {
            guard b >= 0x20, b < 0x7F else { return nil }
            n += 1
        }
        return n
    }
}
