import CaseCore

/// `/` in long text (the case detail's tabs, the help screen), as `less` and vim do it: the
/// pattern is typed on the bottom line, Enter finds its next line from where the reader is,
/// `n`/`N` the next and previous one, wrapping at the ends with a message; every occurrence on
/// screen is highlighted (`MatchHighlight`). One last pattern for the whole program, as vim
/// keeps one, so `n` on another tab or case finds the same text again.
///
/// Matching is a plain substring (no regular expression: a case id such as `OCD-LON-0001`
/// or `£1.2m` finds itself), folded as the case list's filter is: case and accents ignored.
struct FindState: Sendable, Equatable {
    /// The `/` prompt while it is typed; nil otherwise.
    var input: LineInput?
    /// The last pattern searched for, as typed; empty when none.
    var pattern = ""

    /// The folded pattern, or nil when there is none.
    var needle: [UInt8]? { TextFind.needle(pattern) }
}

enum TextFind {
    /// The folded bytes of `pattern`, nil when it is empty.
    static func needle(_ pattern: String) -> [UInt8]? {
        pattern.isEmpty ? nil : Array(SearchText.fold(pattern).utf8)
    }

    /// Whether the line's text holds `needle` (folded).
    static func matches(_ line: Line, _ needle: [UInt8]) -> Bool {
        let text = line.spans.map(\.text).joined()
        return contains(Array(SearchText.fold(text).utf8), needle)
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool { firstOffset(of: needle, in: hay, from: 0) != nil }

    /// The byte offset of the first occurrence of `needle` in `hay` at or after `from`.
    static func firstOffset(of needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        let n = needle.count
        guard n > 0, hay.count >= n, from <= hay.count - n else { return nil }
        var i = max(0, from)
        while i <= hay.count - n {
            if hay[i] == needle[0] {
                var k = 1
                while k < n, hay[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// What a search found: where, and whether it went round an end of the text to get there.
    struct Found<Spot: Equatable>: Equatable {
        var spot: Spot
        var wrapped: Bool
    }

    /// The message of a search that wrapped (vim's words) or found nothing (less's words).
    static func wrapMessage(forward: Bool) -> String {
        forward ? "Search hit BOTTOM, continuing at TOP." : "Search hit TOP, continuing at BOTTOM."
    }

    static func notFound(_ pattern: String) -> String { "Pattern not found: \(pattern)" }
}

/// Searching the lines of a detail tab section by section (`DetailWindow`), so a search lays
/// out sections one at a time and stops at the first match, whatever the size of the case.
extension DetailWindow {
    /// The first line holding `needle`, going forward from `start` (included) to the end and
    /// then from the top, or backward from `start` to the top and then from the end.
    func find(_ needle: [UInt8], from start: DetailScroll, forward: Bool) -> TextFind.Found<DetailScroll>? {
        guard sections > 0 else { return nil }
        if forward {
            for s in max(0, start.section)..<sections {
                let l = lines(s)
                var i = s == start.section ? start.line : 0
                while i < l.count {
                    if TextFind.matches(l[i], needle) { return .init(spot: DetailScroll(section: s, line: i), wrapped: false) }
                    i += 1
                }
            }
            for s in 0...min(start.section, sections - 1) {
                let l = lines(s)
                let end = s == start.section ? min(start.line, l.count) : l.count
                for i in 0..<end where TextFind.matches(l[i], needle) {
                    return .init(spot: DetailScroll(section: s, line: i), wrapped: true)
                }
            }
            return nil
        }
        var s = min(start.section, sections - 1)
        while s >= 0 {
            let l = lines(s)
            var i = s == start.section ? min(start.line, l.count - 1) : l.count - 1
            while i >= 0 {
                if TextFind.matches(l[i], needle) { return .init(spot: DetailScroll(section: s, line: i), wrapped: false) }
                i -= 1
            }
            s -= 1
        }
        s = sections - 1
        while s >= max(0, start.section) {
            let l = lines(s)
            let low = s == start.section ? start.line + 1 : 0
            var i = l.count - 1
            while i >= low {
                if TextFind.matches(l[i], needle) { return .init(spot: DetailScroll(section: s, line: i), wrapped: true) }
                i -= 1
            }
            s -= 1
        }
        return nil
    }

    /// The place one line after `p` (the same place at the very end).
    func after(_ p: DetailScroll) -> DetailScroll {
        let n = lines(p.section).count
        if p.line + 1 < n { return DetailScroll(section: p.section, line: p.line + 1) }
        return p.section + 1 < sections ? DetailScroll(section: p.section + 1, line: 0) : p
    }

    /// The place one line before `p` (the same place at the very top).
    func before(_ p: DetailScroll) -> DetailScroll {
        if p.line > 0 { return DetailScroll(section: p.section, line: p.line - 1) }
        var s = p.section - 1
        while s >= 0 {
            let n = lines(s).count
            if n > 0 { return DetailScroll(section: s, line: n - 1) }
            s -= 1
        }
        return p
    }

    /// The very last line.
    var last: DetailScroll {
        var s = sections - 1
        while s > 0, lines(s).isEmpty { s -= 1 }
        return DetailScroll(section: max(0, s), line: max(0, lines(max(0, s)).count - 1))
    }

    /// Whether `spot` is among the `height` lines shown from `top`.
    func isShown(_ spot: DetailScroll, from top: DetailScroll, height: Int) -> Bool {
        guard spot >= top else { return false }
        var below = 0, s = top.section, skip = top.line
        while s < spot.section {
            below += lines(s).count - skip
            if below >= height { return false }
            skip = 0
            s += 1
        }
        return below + spot.line - skip < height
    }
}
