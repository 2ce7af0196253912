#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words of a filter as typed, folded the way `CaseSummary.searchText` is folded (lower
/// case, no accents). A summary matches when every word occurs somewhere in its search text,
/// so "kest ES" finds Operation Kestrel with a request to Spain.
///
/// Matching is a byte search (see `find`; glibc's `memmem` is a GNU extension the Swift
/// Glibc module does not export) with no allocation, so one keystroke over 100,000
/// summaries costs a few milliseconds.
public struct TextQuery: Sendable, Equatable {
    /// Folded UTF-8 of each word; never contains an empty word.
    public let words: [[UInt8]]

    public init(_ text: String) {
        let folded = SearchText.fold(text)
        words = folded.split(whereSeparator: { $0.isWhitespace }).map { Array($0.utf8) }
    }

    public var isEmpty: Bool { words.isEmpty }

    public func matches(_ summary: CaseSummary) -> Bool { matches(bytes: summary.searchText) }

    public func matches(bytes haystack: [UInt8]) -> Bool {
        if words.isEmpty { return true }
        return haystack.withUnsafeBytes { h in
            words.withUnsafeBufferPointer { ws in
                for w in ws {
                    let found = w.withUnsafeBytes { n in TextQuery.find(n, in: h) }
                    if !found { return false }
                }
                return true
            }
        }
    }

    /// True when everything this query matches is also matched by `broader`: each word of
    /// `broader` is inside some word of this one (typing on extends a word; adding a word
    /// only narrows). Then a new result can be computed from the old result alone.
    public func narrows(_ broader: TextQuery) -> Bool {
        broader.words.allSatisfy { b in words.contains { w in Self.contains(w, b) } }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > hay.count { return false }
        return hay.withUnsafeBytes { h in needle.withUnsafeBytes { n in find(n, in: h) } }
    }

    /// Whether `needle` (not empty) occurs in `hay`.
    ///
    /// Sixteen start positions at a time: a position is a candidate when the needle's first
    /// byte is there and its last byte is `count - 1` further on (two vector compares), and
    /// only candidates are checked in full. Unlike `memchr` on the first byte, a common first
    /// letter ("o" in "ou") does not make it stop at every occurrence.
    @inline(__always)
    static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer) -> Bool {
        let n = needle.count, h = hay.count
        guard n > 0, n <= h, let hp = hay.baseAddress, let np = needle.baseAddress else { return n == 0 }
        let first = np.load(as: UInt8.self), last = np.load(fromByteOffset: n - 1, as: UInt8.self)
        let limit = h - n              // the last start position
        let vf = SIMD16<UInt8>(repeating: first), vl = SIMD16<UInt8>(repeating: last)
        var i = 0
        while i + 15 <= limit {
            let a = hp.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = hp.loadUnaligned(fromByteOffset: i + n - 1, as: SIMD16<UInt8>.self)
            let m = (a .== vf) .& (b .== vl)
            if any(m) {
                for k in 0..<16 where m[k] {
                    if n <= 2 || memcmp(hp + i + k + 1, np + 1, n - 2) == 0 { return true }
                }
            }
            i += 16
        }
        while i <= limit {
            if hp.load(fromByteOffset: i, as: UInt8.self) == first,
               hp.load(fromByteOffset: i + n - 1, as: UInt8.self) == last,
               n <= 2 || memcmp(hp + i + 1, np + 1, n - 2) == 0 { return true }
            i += 1
        }
        return false
    }
}
