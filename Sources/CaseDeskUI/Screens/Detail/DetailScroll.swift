/// Where the case detail screen is scrolled to: the first line on screen, as a section of the
/// tab (`DetailTabs`) and a line within it, so that drawing and moving lay out only the
/// sections on screen and the ones stepped over, never the whole tab (issue 13.11).
struct DetailScroll: Sendable, Equatable, Comparable {
    var section = 0
    var line = 0

    static func < (a: DetailScroll, b: DetailScroll) -> Bool { (a.section, a.line) < (b.section, b.line) }
}

/// Moving and drawing over a tab's sections, given how to lay one out.
struct DetailWindow {
    let sections: Int
    let lines: (Int) -> [Line]

    init(_ tabs: DetailTabs) {
        sections = tabs.sectionCount
        lines = { tabs.lines(section: $0) }
    }

    init(sections: Int, lines: @escaping (Int) -> [Line]) { self.sections = sections; self.lines = lines }

    /// Up to `height` lines from `from`.
    func visible(from: DetailScroll, height: Int) -> [Line] {
        var out: [Line] = []
        var s = from.section, skip = from.line
        while s < sections, out.count < height {
            let l = lines(s)
            if skip < l.count { out += l[skip..<min(l.count, skip + height - out.count)] }
            skip = 0
            s += 1
        }
        return out
    }

    /// The line (from 0) where `from` starts and the tab's length in lines, for the ruler; nil
    /// past `limit` sections, where counting every frame would cost what the whole tab does.
    func position(of from: DetailScroll, limit: Int) -> (first: Int, total: Int)? {
        guard sections <= limit else { return nil }
        var first = from.line, total = 0
        for s in 0..<sections {
            let n = lines(s).count
            if s < from.section { first += n }
            total += n
        }
        return (first, total)
    }

    /// How far through the sections `from` is, in percent, for a tab too long to count.
    func percent(of from: DetailScroll, height: Int) -> Int {
        if from >= bottom(height: height) { return 100 }
        let n = max(1, lines(from.section).count)
        return Int((Double(from.section) + Double(from.line) / Double(n)) * 100 / Double(max(1, sections)))
    }

    /// The last place a full screen can start: `height` lines before the end (or the top).
    func bottom(height: Int) -> DetailScroll {
        var need = height, s = sections - 1
        while s >= 0 {
            let n = lines(s).count
            if n >= need { return DetailScroll(section: s, line: n - need) }
            need -= n
            s -= 1
        }
        return DetailScroll()
    }

    /// `from` moved `by` lines (back when negative), kept between the top and `bottom`.
    func moved(_ from: DetailScroll, by: Int, height: Int) -> DetailScroll {
        var p = from
        if by > 0 {
            var left = by
            let last = bottom(height: height)
            while left > 0, p < last {
                let n = lines(p.section).count
                let step = min(left, n - p.line)
                left -= step
                p.line += step
                if p.line >= n { p = DetailScroll(section: p.section + 1, line: 0) }
            }
            return min(p, last)
        }
        var left = -by
        while left > 0, p > DetailScroll() {
            if p.line == 0 {
                p.section -= 1
                p.line = lines(p.section).count
            }
            let step = min(left, p.line)
            left -= step
            p.line -= step
        }
        return p
    }

    /// `from`, moved as little as possible so that section `target` shows whole (or its
    /// first `height` lines).
    func showing(_ target: Int, from: DetailScroll, height: Int) -> DetailScroll {
        if target < from.section || (target == from.section && from.line > 0) { return DetailScroll(section: target, line: 0) }
        var below = -from.line, s = from.section
        while s <= target { below += lines(s).count; s += 1 }
        return below > height ? moved(from, by: below - height, height: height) : from
    }
}
