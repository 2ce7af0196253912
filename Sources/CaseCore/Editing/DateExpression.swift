/// The dates a user may type in a form: `YYYY-MM-DD`, `today`, `yesterday`, `tomorrow`, and
/// offsets from today such as `+28d`, `-1w`, `+3m`, `+1y` (a bare number of days `+10` too).
/// Months and years keep the day of the month, clamped to the month's end (31 Jan +1m is
/// 28/29 Feb), which is what a prosecutor counting "one month from today" expects.
public enum DateExpression {
    /// What to say when a text is not a date: the accepted spellings, with examples.
    public static let hint = "YYYY-MM-DD, today, +28d, -1w, +3m"

    /// The day `text` means, relative to `today`; nil when it is not one of the spellings.
    public static func parse(_ text: String, today: Day) -> Day? {
        let t = text.trimmingWhitespace.lowercased()
        switch t {
        case "today", "t", "now": return today
        case "yesterday": return today.adding(days: -1)
        case "tomorrow": return today.adding(days: 1)
        default: break
        }
        if let d = Day(iso: t) { return d }
        return offset(t, from: today)
    }

    /// `±N[dwmy]`; the sign is required so that a bare "28" is not mistaken for a day of the month.
    static func offset(_ t: String, from today: Day) -> Day? {
        guard let sign = t.first, sign == "+" || sign == "-" else { return nil }
        var body = Substring(t.dropFirst())
        var unit: Character = "d"
        if let last = body.last, "dwmy".contains(last) {
            unit = last
            body = body.dropLast()
        }
        guard !body.isEmpty, body.count <= 5, body.allSatisfy(\.isASCIIDigit), let n0 = Int(body) else { return nil }
        let n = sign == "-" ? -n0 : n0
        switch unit {
        case "d": return today.adding(days: n)
        case "w": return today.adding(days: 7 * n)
        case "m": return addingMonths(n, to: today)
        default: return addingMonths(12 * n, to: today)
        }
    }

    static func addingMonths(_ n: Int, to day: Day) -> Day? {
        let (y, m, d) = day.parts
        let total = y * 12 + (m - 1) + n
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        guard (1...9999).contains(year) else { return nil }
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year)))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
