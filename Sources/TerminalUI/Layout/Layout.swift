/// Split arithmetic: divides a length among constraints. Lengths and percentages are served
/// first, then fill parts share the rest by weight (never below their minimum); when space is
/// short, the last parts shrink first, so the first (most important) pane keeps its size.
public enum Layout {
    /// The sizes of the parts of `total` cells, `spacing` cells apart. They add up to at most
    /// `total - spacing * (count - 1)`, exactly that when any part is a fill.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - max(0, spacing) * (constraints.count - 1))
        var sizes = constraints.map { c -> Int in
            switch c.kind {
            case .length(let n): return max(n, c.minimum)
            case .percent(let p): return max(available * p / 100, c.minimum)
            case .fill: return c.minimum
            }
        }
        var over = sizes.reduce(0, +) - available
        if over > 0 {
            // Shrink from the end: first down to the minimums, then the minimums themselves.
            for i in sizes.indices.reversed() where over > 0 {
                let cut = min(over, sizes[i] - min(sizes[i], constraints[i].minimum))
                sizes[i] -= cut
                over -= cut
            }
            for i in sizes.indices.reversed() where over > 0 {
                let cut = min(over, sizes[i])
                sizes[i] -= cut
                over -= cut
            }
            return sizes
        }
        distributeFill(&sizes, constraints, space: -over)
        return sizes
    }

    /// Gives `space` spare cells to the fill parts by weight, respecting their minimums
    /// (already in `sizes`); rounding remainders go to the first parts.
    private static func distributeFill(_ sizes: inout [Int], _ constraints: [Constraint], space: Int) {
        var free = constraints.indices.filter { if case .fill(let w) = constraints[$0].kind { return w > 0 } else { return false } }
        guard !free.isEmpty else { return }
        // Space for fills = their minimums (already counted) + the spare.
        var pool = space + free.reduce(0) { $0 + sizes[$1] }
        while true {
            let weight = free.reduce(0) { total, i in if case .fill(let w) = constraints[i].kind { return total + w } else { return total } }
            var share: [Int: Int] = [:]
            for i in free { if case .fill(let w) = constraints[i].kind { share[i] = pool * w / weight } }
            if let starved = free.first(where: { share[$0]! < constraints[$0].minimum }) {
                sizes[starved] = constraints[starved].minimum
                pool -= sizes[starved]
                free.removeAll { $0 == starved }
                if free.isEmpty { return }
                continue
            }
            var remainder = pool - share.values.reduce(0, +)
            for i in free {
                sizes[i] = share[i]! + (remainder > 0 ? 1 : 0)
                remainder -= 1
            }
            return
        }
    }

    /// Parts of `rect` side by side, left to right (the width is divided).
    public static func columns(_ rect: Rect, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        var x = rect.x
        return sizes(constraints, total: rect.width, spacing: spacing).map { w in
            defer { x += w + spacing }
            return Rect(x: x, y: rect.y, width: w, height: rect.height)
        }
    }

    /// Parts of `rect` stacked top to bottom (the height is divided).
    public static func rows(_ rect: Rect, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        var y = rect.y
        return sizes(constraints, total: rect.height, spacing: spacing).map { h in
            defer { y += h + spacing }
            return Rect(x: rect.x, y: y, width: rect.width, height: h)
        }
    }
}

extension Rect {
    /// Side-by-side panes: the width is divided (a vertical divider runs between them).
    public func splitHorizontally(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout.columns(self, constraints, spacing: spacing)
    }

    /// Stacked panes: the height is divided (a horizontal divider runs between them).
    public func splitVertically(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout.rows(self, constraints, spacing: spacing)
    }

    /// The top `n` rows and the rest.
    public func cutTop(_ n: Int) -> (top: Rect, rest: Rect) {
        let h = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// The bottom `n` rows and the rest.
    public func cutBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
        let h = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h))
    }
}
