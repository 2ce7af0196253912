import CaseCore

/// How figures are written on screen: one place, so every screen agrees.
enum Format {
    /// Pence as pounds with thousands separators: 123456789 → "£1,234,567.89"; whole pounds
    /// drop the pence.
    static func pounds(_ pence: Int?) -> String {
        guard let pence else { return "–" }
        let negative = pence < 0
        let p = abs(pence)
        let whole = grouped(p / 100)
        let rest = p % 100
        let text = "£" + whole + (rest == 0 ? "" : "." + (rest < 10 ? "0\(rest)" : "\(rest)"))
        return negative ? "-" + text : text
    }

    static func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0, (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// "1 note", "3 notes".
    static func count(_ n: Int, _ noun: String) -> String { "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

    static func day(_ d: Day?) -> String { d?.iso ?? "–" }

    static func months(_ m: Int) -> String {
        if m >= 12, m % 12 == 0 { return m == 12 ? "1 year" : "\(m / 12) years" }
        return m == 1 ? "1 month" : "\(m) months"
    }
}
