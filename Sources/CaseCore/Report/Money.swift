/// Money as people read it. Amounts are kept in pence (integers) everywhere; only display
/// turns them into pounds, here, so the UI and the command line show them the same way.
public enum Money {
    /// A sum of amounts that stops at the largest (or smallest) 64-bit amount instead of
    /// trapping. Stored amounts are at most `ValueRanges.maxPence`, so only a store of about a
    /// million maximal orders gets there; its total then shows as that maximum.
    @inline(__always) public static func sum(_ a: Int64, _ b: Int64) -> Int64 {
        let (s, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b < 0 ? .min : .max) : s
    }

    /// `£1,234.56`; negative amounts as `-£1,234.56`.
    public static func pounds(_ pence: Int) -> String {
        let sign = pence < 0 ? "-" : ""
        let m = pence.magnitude
        let p = m % 100
        return "\(sign)£\(Grouping.thousands(m / 100)).\(p < 10 ? "0" : "")\(p)"
    }

    /// `£1,234,567`, rounded to the nearest pound (50p rounds up, away from zero).
    public static func wholePounds(_ pence: Int) -> String {
        let sign = pence < 0 ? "-" : ""
        return "\(sign)£\(Grouping.thousands((pence.magnitude + 50) / 100))"
    }
}

/// Rates as whole percentages.
///
/// Halves round up (away from zero): 80.5% is shown as 81%, the way the CPS tables round
/// (2010-2011: 193 of 239 = 80.75% → 81%). JSON keeps the exact ratio instead.
public enum Percent {
    /// The placeholder for "no rate": never 0%.
    public static let none = "–"

    /// `81%`, or `–` for nil.
    public static func text(_ rate: Double?) -> String {
        guard let rate else { return none }
        return "\(whole(rate))%"
    }

    /// The exact ratio `numerator/denominator` to the nearest whole percent, `–` when the
    /// denominator is 0. Integer arithmetic, so a true half is never lost to floating point.
    public static func text(_ numerator: Int, of denominator: Int) -> String {
        guard denominator > 0 else { return none }
        return "\((200 * numerator + denominator) / (2 * denominator))%"
    }

    /// The rate (0–1) as a whole percentage, halves up. The product is first rounded to a
    /// millionth so that 0.805 (stored as 0.80499999...) counts as the half it means.
    public static func whole(_ rate: Double) -> Int {
        let hundredths = (rate * 100 * 1_000_000).rounded() / 1_000_000
        return Int(hundredths.rounded(.toNearestOrAwayFromZero))
    }

    /// A change in percentage points with its sign: `+4`, `-2`, `0`; `–` for nil.
    public static func points(_ change: Double?) -> String {
        guard let change else { return none }
        let v = Int(((change * 1_000_000).rounded() / 1_000_000).rounded(.toNearestOrAwayFromZero))
        return v > 0 ? "+\(v)" : "\(v)"
    }
}

public enum Grouping {
    /// `1234567` → `1,234,567`.
    public static func thousands<T: BinaryInteger>(_ n: T) -> String {
        let digits = Array(String(n.magnitude))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}
