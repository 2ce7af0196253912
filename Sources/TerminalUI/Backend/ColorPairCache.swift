import CNcurses

/// ncurses colour pairs, allocated on first use. Pair 0 is the terminal's default colours;
/// when the terminal's COLOR_PAIRS run out, further combinations fall back to pair 0 (text
/// stays readable, attributes still apply).
struct ColorPairCache {
    var limit = 0
    private var pairs: [Int32: Int16] = [:]
    private var nextPair: Int16 = 1

    /// The ncurses colour number for a (degraded) colour; -1 is the default colour.
    static func index(_ c: Color) -> Int16 {
        switch c {
        case .default: return -1
        case .ansi(let n): return Int16(n % 16)
        case .indexed(let n): return Int16(n)
        case .rgb: return -1 // degraded before reaching here
        }
    }

    mutating func pair(fg: Int16, bg: Int16) -> Int16 {
        if fg == -1 && bg == -1 { return 0 }
        let key = Int32(fg) << 16 | Int32(UInt16(bitPattern: bg))
        if let p = pairs[key] { return p }
        guard Int(nextPair) < limit else { return 0 }
        let p = nextPair
        guard init_pair(p, fg, bg) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = p
        return p
    }
}
